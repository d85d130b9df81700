// Semantics of the integer "Advanced SIMD vector x indexed element" and "scalar x indexed
// element" instructions (C4.1, pseudocode in C7.2): the second operand of every element
// operation is one element of Vm, read before anything is written. Halfword elements (size
// 01) are indexed by H:L:M in V0-V15, words (size 10) by H:L in M:Rm; other sizes are
// unallocated.
import { checkFpAccess } from "../sysregs";
import { vreg, getV, setV, setVQ, setScalar, clearHigh, TMP, elemS, elemX, setElem,
  elementCount, sizeMask, setQC } from "../simd/vreg";
import { sqadd, sqsub, sqdmull, sqdmulh } from "../simd/arith";
import { anySet, addBySize, subBySize, mulBySize } from "../simd/lanes";

/** Register number of the indexed operand. */
@inline function indexedRegister(size: u32, M: u32, Rm: u32): u32 {
  return size == 1 ? Rm : (M << 4) | Rm;
}
/** Index of the indexed operand. */
@inline function indexOf(size: u32, H: u32, L: u32, M: u32): u32 {
  return size == 1 ? (H << 2) | (L << 1) | M : (H << 1) | L;
}
/** The indexed element, sign- or zero-extended. */
@inline function indexedElement(size: u32, L: u32, M: u32, Rm: u32, H: u32, unsigned: bool): i64 {
  return elemX(vreg(indexedRegister(size, M, Rm)), indexOf(size, H, L, M), size, unsigned);
}
/** The indexed element in every lane. */
@inline function splatElement(size: u32, L: u32, M: u32, Rm: u32, H: u32): v128 {
  const x = indexedElement(size, L, M, Rm, H, false);
  return size == 1 ? i16x8.splat(<i16>x) : i32x4.splat(<i32>x);
}
@inline function validSize(size: u32): bool {
  return size == 1 || size == 2;
}

export function MLA_element(Q: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  const b = splatElement(size, L, M, Rm, H);
  setVQ(Rd, addBySize(getV(Rd), mulBySize(getV(Rn), b, size), size), Q);
  return true;
}
export function MLS_element(Q: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  const b = splatElement(size, L, M, Rm, H);
  setVQ(Rd, subBySize(getV(Rd), mulBySize(getV(Rn), b, size), size), Q);
  return true;
}
export function MUL_element(Q: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, mulBySize(getV(Rn), splatElement(size, L, M, Rm, H), size), Q);
  return true;
}

/** SQDMULH (round = false) / SQRDMULH by element, in place. */
@inline function doublingHigh(round: bool, Q: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): void {
  const b = indexedElement(size, L, M, Rm, H, false);
  if (round && size == 1) {
    // i16x8.q15mulr_sat_s is SQRDMULH on halfwords; only MIN * MIN saturates
    const a = getV(Rn);
    if (b == -32768 && anySet(i16x8.eq(a, i16x8.splat(-32768)), Q)) setQC();
    setVQ(Rd, i16x8.q15mulr_sat_s(a, i16x8.splat(<i16>b)), Q);
    return;
  }
  const n = vreg(Rn);
  const d = vreg(Rd);
  const count = elementCount(Q, size);
  for (let e: u32 = 0; e < count; e++) setElem(d, e, size, <u64>sqdmulh(elemS(n, e, size), b, size, round));
  if (!Q) clearHigh(Rd);
}

export function SQDMULH_element(Q: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  doublingHigh(false, Q, size, L, M, Rm, H, Rn, Rd);
  return true;
}
export function SQRDMULH_element(Q: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  doublingHigh(true, Q, size, L, M, Rm, H, Rn, Rd);
  return true;
}

// Long operations: double-width results from the lower (Q = 0) or upper half of Vn.
const OP_MLAL: u32 = 0;
const OP_MLSL: u32 = 1;
const OP_MULL: u32 = 2;
const OP_QDMLAL: u32 = 3;
const OP_QDMLSL: u32 = 4;
const OP_QDMULL: u32 = 5;

@inline function longOp(op: u32, a: i64, b: i64, d: i64, size: u32): i64 {
  switch (op) {
    case OP_MLAL: return d + a * b;
    case OP_MLSL: return d - a * b;
    case OP_MULL: return a * b;
    case OP_QDMLAL: return sqadd(d, sqdmull(a, b, size), size + 1);
    case OP_QDMLSL: return sqsub(d, sqdmull(a, b, size), size + 1);
    default: return sqdmull(a, b, size); // OP_QDMULL
  }
}

@inline function longLanes(op: u32, Q: u32, unsigned: bool, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): void {
  const b = indexedElement(size, L, M, Rm, H, unsigned);
  const count: u32 = 8 >> size;
  const base = Q * count;
  const n = vreg(Rn);
  const d = vreg(Rd);
  for (let e: u32 = 0; e < count; e++) {
    const r = longOp(op, elemX(n, base + e, size, unsigned), b, elemX(d, e, size + 1, unsigned), size);
    setElem(TMP, e, size + 1, <u64>r);
  }
  setV(Rd, v128.load(TMP));
}

export function SMLAL_UMLAL_element(Q: u32, U: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  longLanes(OP_MLAL, Q, U != 0, size, L, M, Rm, H, Rn, Rd);
  return true;
}
export function SMLSL_UMLSL_element(Q: u32, U: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  longLanes(OP_MLSL, Q, U != 0, size, L, M, Rm, H, Rn, Rd);
  return true;
}
export function SMULL_UMULL_element(Q: u32, U: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  longLanes(OP_MULL, Q, U != 0, size, L, M, Rm, H, Rn, Rd);
  return true;
}
export function SQDMLAL_element(Q: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  longLanes(OP_QDMLAL, Q, false, size, L, M, Rm, H, Rn, Rd);
  return true;
}
export function SQDMLSL_element(Q: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  longLanes(OP_QDMLSL, Q, false, size, L, M, Rm, H, Rn, Rd);
  return true;
}
export function SQDMULL_element(Q: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  longLanes(OP_QDMULL, Q, false, size, L, M, Rm, H, Rn, Rd);
  return true;
}

// ---- Scalar ---------------------------------------------------------------------------------------

@inline function scalarLong(op: u32, size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): void {
  const b = indexedElement(size, L, M, Rm, H, false);
  const r = longOp(op, elemS(vreg(Rn), 0, size), b, elemS(vreg(Rd), 0, size + 1), size);
  setScalar(Rd, <u64>r & sizeMask(size + 1));
}

export function SQDMLAL_element_scalar(size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  scalarLong(OP_QDMLAL, size, L, M, Rm, H, Rn, Rd);
  return true;
}
export function SQDMLSL_element_scalar(size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  scalarLong(OP_QDMLSL, size, L, M, Rm, H, Rn, Rd);
  return true;
}
export function SQDMULL_element_scalar(size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  scalarLong(OP_QDMULL, size, L, M, Rm, H, Rn, Rd);
  return true;
}
export function SQDMULH_element_scalar(size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  const b = indexedElement(size, L, M, Rm, H, false);
  setScalar(Rd, <u64>sqdmulh(elemS(vreg(Rn), 0, size), b, size, false) & sizeMask(size));
  return true;
}
export function SQRDMULH_element_scalar(size: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (!validSize(size)) return false;
  if (!checkFpAccess()) return true;
  const b = indexedElement(size, L, M, Rm, H, false);
  setScalar(Rd, <u64>sqdmulh(elemS(vreg(Rn), 0, size), b, size, true) & sizeMask(size));
  return true;
}


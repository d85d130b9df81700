// Semantics of "Advanced SIMD three different" and "scalar three different" (C4.1,
// pseudocode in C7.2). Long and wide forms read the lower (Q = 0) or upper (Q = 1, the "2"
// forms) half of their narrow sources and write a full 128-bit result of double-width
// elements; the narrowing-high forms write the lower half (zeroing the upper) or the upper
// half (keeping the lower). Results are built before anything is written, since Vd may be
// a source.
import { checkFpAccess } from "../sysregs";
import { vreg, getV, setV, setScalar, TMP, elem, elemX, setElem, sizeMask, commitNarrowTmp } from "../simd/vreg";
import { sqadd, sqsub, sqdmull, polyMul8 } from "../simd/arith";
import { addBySize, subBySize } from "../simd/lanes";

const OP_ADD: u32 = 0;
const OP_SUB: u32 = 1;
const OP_ABD: u32 = 2;
const OP_ABA: u32 = 3;
const OP_MLA: u32 = 4;
const OP_MLS: u32 = 5;
const OP_MUL: u32 = 6;
const OP_QDMLAL: u32 = 7;
const OP_QDMLSL: u32 = 8;
const OP_QDMULL: u32 = 9;

/** One double-width result element from narrow (or, for wide forms, wide) operands a and b
 *  and the double-width destination element d; computed modulo 2^64, truncated later. */
@inline function wideOp(op: u32, a: i64, b: i64, d: i64, size: u32): i64 {
  switch (op) {
    case OP_ADD: return a + b;
    case OP_SUB: return a - b;
    case OP_ABD: return a > b ? a - b : b - a;
    case OP_ABA: return d + (a > b ? a - b : b - a);
    case OP_MLA: return d + a * b;
    case OP_MLS: return d - a * b;
    case OP_MUL: return a * b;
    case OP_QDMLAL: return sqadd(d, sqdmull(a, b, size), size + 1);
    case OP_QDMLSL: return sqsub(d, sqdmull(a, b, size), size + 1);
    default: return sqdmull(a, b, size); // OP_QDMULL
  }
}

/** Vd (double-width elements) = op(Vn half, Vm half); `wide`: Vn has double-width elements. */
@inline function longLanes(op: u32, wide: bool, Q: u32, unsigned: bool, size: u32, Rm: u32, Rn: u32, Rd: u32): void {
  const count: u32 = 8 >> size;
  const base = Q * count;
  const n = vreg(Rn);
  const m = vreg(Rm);
  const d = vreg(Rd);
  for (let e: u32 = 0; e < count; e++) {
    const a = wide ? elemX(n, e, size + 1, unsigned) : elemX(n, base + e, size, unsigned);
    const r = wideOp(op, a, elemX(m, base + e, size, unsigned), elemX(d, e, size + 1, unsigned), size);
    setElem(TMP, e, size + 1, <u64>r);
  }
  setV(Rd, v128.load(TMP));
}

/** Sign- or zero-extend the lower (high = false) or upper half's elements to double width. */
@inline function extendHalf(v: v128, size: u32, high: bool, unsigned: bool): v128 {
  switch (size) {
    case 0:
      if (high) return unsigned ? i16x8.extend_high_i8x16_u(v) : i16x8.extend_high_i8x16_s(v);
      return unsigned ? i16x8.extend_low_i8x16_u(v) : i16x8.extend_low_i8x16_s(v);
    case 1:
      if (high) return unsigned ? i32x4.extend_high_i16x8_u(v) : i32x4.extend_high_i16x8_s(v);
      return unsigned ? i32x4.extend_low_i16x8_u(v) : i32x4.extend_low_i16x8_s(v);
    default:
      if (high) return unsigned ? i64x2.extend_high_i32x4_u(v) : i64x2.extend_high_i32x4_s(v);
      return unsigned ? i64x2.extend_low_i32x4_u(v) : i64x2.extend_low_i32x4_s(v);
  }
}
/** Double-width products of the lower or upper halves' elements. */
@inline function extMul(a: v128, b: v128, size: u32, high: bool, unsigned: bool): v128 {
  switch (size) {
    case 0:
      if (high) return unsigned ? i16x8.extmul_high_i8x16_u(a, b) : i16x8.extmul_high_i8x16_s(a, b);
      return unsigned ? i16x8.extmul_low_i8x16_u(a, b) : i16x8.extmul_low_i8x16_s(a, b);
    case 1:
      if (high) return unsigned ? i32x4.extmul_high_i16x8_u(a, b) : i32x4.extmul_high_i16x8_s(a, b);
      return unsigned ? i32x4.extmul_low_i16x8_u(a, b) : i32x4.extmul_low_i16x8_s(a, b);
    default:
      if (high) return unsigned ? i64x2.extmul_high_i32x4_u(a, b) : i64x2.extmul_high_i32x4_s(a, b);
      return unsigned ? i64x2.extmul_low_i32x4_u(a, b) : i64x2.extmul_low_i32x4_s(a, b);
  }
}

/** Add or subtract: long (both sources extended) or wide (Vn already double width). */
@inline function addSubLong(sub: bool, wide: bool, Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): void {
  const unsigned = U != 0;
  const a = wide ? getV(Rn) : extendHalf(getV(Rn), size, Q != 0, unsigned);
  const b = extendHalf(getV(Rm), size, Q != 0, unsigned);
  setV(Rd, sub ? subBySize(a, b, size + 1) : addBySize(a, b, size + 1));
}

export function SADDL_UADDL(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  addSubLong(false, false, Q, U, size, Rm, Rn, Rd);
  return true;
}
export function SADDW_UADDW(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  addSubLong(false, true, Q, U, size, Rm, Rn, Rd);
  return true;
}
export function SSUBL_USUBL(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  addSubLong(true, false, Q, U, size, Rm, Rn, Rd);
  return true;
}
export function SSUBW_USUBW(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  addSubLong(true, true, Q, U, size, Rm, Rn, Rd);
  return true;
}

/** ADDHN/RADDHN/SUBHN/RSUBHN: the high halves of the double-width sums (differences),
 *  rounded when U = 1, into the lower (Q = 0) or upper (Q = 1) half of Vd. */
@inline function narrowHigh(sub: bool, Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): void {
  const count: u32 = 8 >> size;
  const esize: u64 = <u64>8 << <u64>size;
  const round: u64 = U ? <u64>1 << (esize - 1) : 0;
  const n = vreg(Rn);
  const m = vreg(Rm);
  for (let e: u32 = 0; e < count; e++) {
    const a = elem(n, e, size + 1);
    const b = elem(m, e, size + 1);
    setElem(TMP, e, size, ((sub ? a - b : a + b) + round) >> esize);
  }
  commitNarrowTmp(Rd, Q);
}

export function ADDHN_RADDHN(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  narrowHigh(false, Q, U, size, Rm, Rn, Rd);
  return true;
}
export function SUBHN_RSUBHN(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  narrowHigh(true, Q, U, size, Rm, Rn, Rd);
  return true;
}

export function SABAL_UABAL(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  longLanes(OP_ABA, false, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}
export function SABDL_UABDL(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  longLanes(OP_ABD, false, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}

export function SMLAL_UMLAL(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  setV(Rd, addBySize(getV(Rd), extMul(getV(Rn), getV(Rm), size, Q != 0, U != 0), size + 1));
  return true;
}
export function SMLSL_UMLSL(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  setV(Rd, subBySize(getV(Rd), extMul(getV(Rn), getV(Rm), size, Q != 0, U != 0), size + 1));
  return true;
}
export function SMULL_UMULL(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  setV(Rd, extMul(getV(Rn), getV(Rm), size, Q != 0, U != 0));
  return true;
}

export function SQDMLAL_vector(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 0 || size == 3) return false;
  if (!checkFpAccess()) return true;
  longLanes(OP_QDMLAL, false, Q, false, size, Rm, Rn, Rd);
  return true;
}
export function SQDMLSL_vector(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 0 || size == 3) return false;
  if (!checkFpAccess()) return true;
  longLanes(OP_QDMLSL, false, Q, false, size, Rm, Rn, Rd);
  return true;
}
export function SQDMULL_vector(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 0 || size == 3) return false;
  if (!checkFpAccess()) return true;
  longLanes(OP_QDMULL, false, Q, false, size, Rm, Rn, Rd);
  return true;
}

/** PMULL (size 00): polynomial multiply of the lower (upper, Q = 1) half's bytes into
 *  halfwords. */
export function PMULL_8(Q: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const n = vreg(Rn);
  const m = vreg(Rm);
  for (let e: u32 = 0; e < 8; e++) setElem(TMP, e, 1, polyMul8(elem(n, Q * 8 + e, 0), elem(m, Q * 8 + e, 0)));
  setV(Rd, v128.load(TMP));
  return true;
}

/** Scalar SQDMLAL/SQDMLSL/SQDMULL: element 0, result of double width. */
@inline function scalarLong(op: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): void {
  const r = wideOp(op, elemX(vreg(Rn), 0, size, false), elemX(vreg(Rm), 0, size, false), elemX(vreg(Rd), 0, size + 1, false), size);
  setScalar(Rd, <u64>r & sizeMask(size + 1));
}

export function SQDMLAL_scalar(size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 0 || size == 3) return false;
  if (!checkFpAccess()) return true;
  scalarLong(OP_QDMLAL, size, Rm, Rn, Rd);
  return true;
}
export function SQDMLSL_scalar(size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 0 || size == 3) return false;
  if (!checkFpAccess()) return true;
  scalarLong(OP_QDMLSL, size, Rm, Rn, Rd);
  return true;
}
export function SQDMULL_scalar(size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 0 || size == 3) return false;
  if (!checkFpAccess()) return true;
  scalarLong(OP_QDMULL, size, Rm, Rn, Rd);
  return true;
}


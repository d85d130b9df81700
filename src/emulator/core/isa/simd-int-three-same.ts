// Semantics of the integer "Advanced SIMD three same" and "scalar three same" instructions
// (C4.1; pseudocode in C7.2). Element operations with a WebAssembly SIMD equivalent run on
// whole vectors; the others go element by element through elementOp(), which computes on
// sign- or zero-extended 64-bit values. Element-wise results are written in place: element e
// of Vd is written after element e of the sources was read, so Vd may be a source.
import { checkFpAccess } from "../sysregs";
import { vreg, getV, setV, setVQ, setScalar, clearHigh, TMP, commitTmp, elemX, setElem,
  elementCount, sizeMask, setQC } from "../simd/vreg";
import { sqadd, uqadd, sqsub, uqsub, shiftByRegister, sqdmulh, polyMul8 } from "../simd/arith";
import { anySet, addBySize, subBySize, mulBySize, eqBySize, nonZeroBySize, gtBySize, geBySize,
  maxBySize, minBySize, absDiffBySize } from "../simd/lanes";

// Element operations (the `op` argument of elementOp; constant at every call site).
const OP_HADD: u32 = 0;
const OP_RHADD: u32 = 1;
const OP_HSUB: u32 = 2;
const OP_QADD: u32 = 3;
const OP_QSUB: u32 = 4;
const OP_CMGT: u32 = 5;
const OP_CMGE: u32 = 6;
const OP_SHL: u32 = 7;
const OP_QSHL: u32 = 8;
const OP_RSHL: u32 = 9;
const OP_QRSHL: u32 = 10;
const OP_MAX: u32 = 11;
const OP_MIN: u32 = 12;
const OP_ABD: u32 = 13;
const OP_ABA: u32 = 14;
const OP_ADD: u32 = 15;
const OP_SUB: u32 = 16;
const OP_TST: u32 = 17;
const OP_EQ: u32 = 18;
const OP_MLA: u32 = 19;
const OP_MLS: u32 = 20;
const OP_MUL: u32 = 21;
const OP_PMUL: u32 = 22;
const OP_QDMULH: u32 = 23;
const OP_QRDMULH: u32 = 24;

/** One element of `op`: a, b (and the destination element d for accumulating forms) are
 *  sign-extended (signed) or zero-extended (unsigned) elements of 8 << size bits; the
 *  result is truncated by the caller. */
@inline function elementOp(op: u32, a: i64, b: i64, d: i64, size: u32, unsigned: bool): i64 {
  switch (op) {
    case OP_HADD: return (a + b) >> 1;
    case OP_RHADD: return (a + b + 1) >> 1;
    case OP_HSUB: return (a - b) >> 1;
    case OP_QADD: return unsigned ? <i64>uqadd(<u64>a, <u64>b, size) : sqadd(a, b, size);
    case OP_QSUB: return unsigned ? <i64>uqsub(<u64>a, <u64>b) : sqsub(a, b, size);
    case OP_CMGT: return (unsigned ? <u64>a > <u64>b : a > b) ? -1 : 0;
    case OP_CMGE: return (unsigned ? <u64>a >= <u64>b : a >= b) ? -1 : 0;
    case OP_SHL: return shiftByRegister(a, <i8>b, size, unsigned, false, false);
    case OP_QSHL: return shiftByRegister(a, <i8>b, size, unsigned, false, true);
    case OP_RSHL: return shiftByRegister(a, <i8>b, size, unsigned, true, false);
    case OP_QRSHL: return shiftByRegister(a, <i8>b, size, unsigned, true, true);
    case OP_MAX: return (unsigned ? <u64>a > <u64>b : a > b) ? a : b;
    case OP_MIN: return (unsigned ? <u64>a < <u64>b : a < b) ? a : b;
    case OP_ABD: return a > b ? a - b : b - a;
    case OP_ABA: return d + (a > b ? a - b : b - a);
    case OP_ADD: return a + b;
    case OP_SUB: return a - b;
    case OP_TST: return (a & b) != 0 ? -1 : 0;
    case OP_EQ: return a == b ? -1 : 0;
    case OP_MLA: return d + a * b;
    case OP_MLS: return d - a * b;
    case OP_MUL: return a * b;
    case OP_PMUL: return <i64>polyMul8(<u64>a, <u64>b);
    case OP_QDMULH: return sqdmulh(a, b, size, false);
    default: return sqdmulh(a, b, size, true); // OP_QRDMULH
  }
}

/** Vd[e] = op(Vn[e], Vm[e]) for every element, in place; Q = 0 clears bits 127:64. */
@inline function lanesOfSize(op: u32, Q: u32, unsigned: bool, size: u32, Rm: u32, Rn: u32, Rd: u32): void {
  const n = vreg(Rn);
  const m = vreg(Rm);
  const d = vreg(Rd);
  const count = elementCount(Q, size);
  for (let e: u32 = 0; e < count; e++) {
    const r = elementOp(op, elemX(n, e, size, unsigned), elemX(m, e, size, unsigned), elemX(d, e, size, unsigned), size, unsigned);
    setElem(d, e, size, <u64>r);
  }
  if (!Q) clearHigh(Rd);
}
/** lanesOfSize() specialised for each element size (the size switches leave the loop). */
@inline function lanes(op: u32, Q: u32, unsigned: bool, size: u32, Rm: u32, Rn: u32, Rd: u32): void {
  switch (size) {
    case 0: lanesOfSize(op, Q, unsigned, 0, Rm, Rn, Rd); break;
    case 1: lanesOfSize(op, Q, unsigned, 1, Rm, Rn, Rd); break;
    case 2: lanesOfSize(op, Q, unsigned, 2, Rm, Rn, Rd); break;
    default: lanesOfSize(op, Q, unsigned, 3, Rm, Rn, Rd);
  }
}

/** The scalar form: element 0 only, the rest of Vd zeroed. */
@inline function scalarLane(op: u32, unsigned: bool, size: u32, Rm: u32, Rn: u32, Rd: u32): void {
  const r = elementOp(op, elemX(vreg(Rn), 0, size, unsigned), elemX(vreg(Rm), 0, size, unsigned), 0, size, unsigned);
  setScalar(Rd, <u64>r & sizeMask(size));
}

/** Pairwise: element e of the result combines elements 2e and 2e+1 of the concatenation
 *  Vm:Vn (Vn in the low half). */
@inline function pairwise(op: u32, Q: u32, unsigned: bool, size: u32, Rm: u32, Rn: u32, Rd: u32): void {
  const count = elementCount(Q, size);
  const half = count >> 1;
  const n = vreg(Rn);
  const m = vreg(Rm);
  for (let e: u32 = 0; e < half; e++) {
    setElem(TMP, e, size, <u64>elementOp(op, elemX(n, 2 * e, size, unsigned), elemX(n, 2 * e + 1, size, unsigned), 0, size, unsigned));
    setElem(TMP, e + half, size, <u64>elementOp(op, elemX(m, 2 * e, size, unsigned), elemX(m, 2 * e + 1, size, unsigned), 0, size, unsigned));
  }
  commitTmp(Rd, Q);
}

/** Sizes allocated by the vector forms of most instructions: 64-bit elements need Q = 1. */
@inline function anySize(Q: u32, size: u32): bool {
  return size != 3 || Q != 0;
}

/** Saturating add/subtract on 8/16-bit elements as whole vectors; QC when any active element
 *  saturated (the saturated and wrapped results differ). */
@inline function saturatingVector(sub: bool, Q: u32, unsigned: bool, size: u32, Rm: u32, Rn: u32, Rd: u32): void {
  const a = getV(Rn);
  const b = getV(Rm);
  let r: v128;
  if (size == 0) {
    r = sub ? (unsigned ? i8x16.sub_sat_u(a, b) : i8x16.sub_sat_s(a, b)) : (unsigned ? i8x16.add_sat_u(a, b) : i8x16.add_sat_s(a, b));
  } else {
    r = sub ? (unsigned ? i16x8.sub_sat_u(a, b) : i16x8.sub_sat_s(a, b)) : (unsigned ? i16x8.add_sat_u(a, b) : i16x8.add_sat_s(a, b));
  }
  const wrapped = sub ? subBySize(a, b, size) : addBySize(a, b, size);
  if (anySet(v128.xor(r, wrapped), Q)) setQC();
  setVQ(Rd, r, Q);
}

// ---- Vector ---------------------------------------------------------------------------------------

export function SHADD_UHADD(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_HADD, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}

export function SQADD_UQADD(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  if (size <= 1) saturatingVector(false, Q, U != 0, size, Rm, Rn, Rd);
  else lanes(OP_QADD, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}

export function SRHADD_URHADD(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  if (U && size <= 1) {
    const a = getV(Rn);
    const b = getV(Rm);
    setVQ(Rd, size == 0 ? i8x16.avgr_u(a, b) : i16x8.avgr_u(a, b), Q);
  } else {
    lanes(OP_RHADD, Q, U != 0, size, Rm, Rn, Rd);
  }
  return true;
}

export function AND_vector(Q: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  setVQ(Rd, v128.and(getV(Rn), getV(Rm)), Q);
  return true;
}
export function BIC_vector(Q: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  setVQ(Rd, v128.andnot(getV(Rn), getV(Rm)), Q);
  return true;
}
export function ORR_vector(Q: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  setVQ(Rd, v128.or(getV(Rn), getV(Rm)), Q);
  return true;
}
export function ORN_vector(Q: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  setVQ(Rd, v128.or(getV(Rn), v128.not(getV(Rm))), Q);
  return true;
}
export function EOR_vector(Q: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  setVQ(Rd, v128.xor(getV(Rn), getV(Rm)), Q);
  return true;
}
/** BSL: Vd selects, bit by bit, Vn (1) or Vm (0). */
export function BSL(Q: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  setVQ(Rd, v128.bitselect(getV(Rn), getV(Rm), getV(Rd)), Q);
  return true;
}
/** BIT: insert the bits of Vn where Vm is 1. */
export function BIT(Q: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  setVQ(Rd, v128.bitselect(getV(Rn), getV(Rd), getV(Rm)), Q);
  return true;
}
/** BIF: insert the bits of Vn where Vm is 0. */
export function BIF(Q: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  setVQ(Rd, v128.bitselect(getV(Rd), getV(Rn), getV(Rm)), Q);
  return true;
}

export function SHSUB_UHSUB(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_HSUB, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}

export function SQSUB_UQSUB(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  if (size <= 1) saturatingVector(true, Q, U != 0, size, Rm, Rn, Rd);
  else lanes(OP_QSUB, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}

export function CMGT_CMHI(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, gtBySize(getV(Rn), getV(Rm), size, U != 0), Q);
  return true;
}

export function CMGE_CMHS(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, geBySize(getV(Rn), getV(Rm), size, U != 0), Q);
  return true;
}

export function SSHL_USHL(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_SHL, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}

export function SQSHL_UQSHL(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_QSHL, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}

export function SRSHL_URSHL(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_RSHL, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}

export function SQRSHL_UQRSHL(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_QRSHL, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}

export function SMAX_UMAX(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, maxBySize(getV(Rn), getV(Rm), size, U != 0), Q);
  return true;
}

export function SMIN_UMIN(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, minBySize(getV(Rn), getV(Rm), size, U != 0), Q);
  return true;
}

export function SABD_UABD(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, absDiffBySize(getV(Rn), getV(Rm), size, U != 0), Q);
  return true;
}

export function SABA_UABA(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, addBySize(getV(Rd), absDiffBySize(getV(Rn), getV(Rm), size, U != 0), size), Q);
  return true;
}

export function ADD_vector(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, addBySize(getV(Rn), getV(Rm), size), Q);
  return true;
}

export function SUB_vector(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, subBySize(getV(Rn), getV(Rm), size), Q);
  return true;
}

/** CMTST: all ones where Vn AND Vm is not zero. */
export function CMTST(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, nonZeroBySize(v128.and(getV(Rn), getV(Rm)), size), Q);
  return true;
}

export function CMEQ_reg(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, eqBySize(getV(Rn), getV(Rm), size), Q);
  return true;
}

export function MLA_vector(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  if (size == 0) lanes(OP_MLA, Q, true, size, Rm, Rn, Rd);
  else setVQ(Rd, addBySize(getV(Rd), mulBySize(getV(Rn), getV(Rm), size), size), Q);
  return true;
}

export function MLS_vector(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  if (size == 0) lanes(OP_MLS, Q, true, size, Rm, Rn, Rd);
  else setVQ(Rd, subBySize(getV(Rd), mulBySize(getV(Rn), getV(Rm), size), size), Q);
  return true;
}

export function MUL_vector(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  if (size == 0) lanes(OP_MUL, Q, true, size, Rm, Rn, Rd);
  else setVQ(Rd, mulBySize(getV(Rn), getV(Rm), size), Q);
  return true;
}

/** PMUL: polynomial multiply over {0,1} of bytes, low 8 bits of each product. */
export function PMUL(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size != 0) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_PMUL, Q, true, size, Rm, Rn, Rd);
  return true;
}

export function SMAXP_UMAXP(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  pairwise(OP_MAX, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}

export function SMINP_UMINP(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  pairwise(OP_MIN, Q, U != 0, size, Rm, Rn, Rd);
  return true;
}

/** SQDMULH (U = 0), SQRDMULH (U = 1): high half of the doubled product, saturated. */
export function SQDMULH_SQRDMULH(Q: u32, U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size != 1 && size != 2) return false;
  if (!checkFpAccess()) return true;
  if (U && size == 1) {
    // i16x8.q15mulr_sat_s is (a * b + 2^14) >> 15 saturated: SQRDMULH on halfwords
    const a = getV(Rn);
    const b = getV(Rm);
    const min = i16x8.splat(-32768);
    if (anySet(v128.and(i16x8.eq(a, min), i16x8.eq(b, min)), Q)) setQC();
    setVQ(Rd, i16x8.q15mulr_sat_s(a, b), Q);
  } else if (U) {
    lanes(OP_QRDMULH, Q, false, size, Rm, Rn, Rd);
  } else {
    lanes(OP_QDMULH, Q, false, size, Rm, Rn, Rd);
  }
  return true;
}

/** ADDP (vector): sums of adjacent element pairs of Vm:Vn. */
export function ADDP_vector(Q: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!anySize(Q, size)) return false;
  if (!checkFpAccess()) return true;
  if (Q) {
    // even and odd elements of Vm:Vn side by side, then one vector add
    const n = getV(Rn);
    const m = getV(Rm);
    let even: v128, odd: v128;
    switch (size) {
      case 0:
        even = i8x16.shuffle(n, m, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        odd = i8x16.shuffle(n, m, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
        break;
      case 1:
        even = i16x8.shuffle(n, m, 0, 2, 4, 6, 8, 10, 12, 14);
        odd = i16x8.shuffle(n, m, 1, 3, 5, 7, 9, 11, 13, 15);
        break;
      case 2:
        even = i32x4.shuffle(n, m, 0, 2, 4, 6);
        odd = i32x4.shuffle(n, m, 1, 3, 5, 7);
        break;
      default:
        even = i64x2.shuffle(n, m, 0, 2);
        odd = i64x2.shuffle(n, m, 1, 3);
    }
    setV(Rd, addBySize(even, odd, size));
  } else {
    pairwise(OP_ADD, Q, true, size, Rm, Rn, Rd);
  }
  return true;
}

// ---- Scalar ---------------------------------------------------------------------------------------

export function SQADD_UQADD_scalar(U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  scalarLane(OP_QADD, U != 0, size, Rm, Rn, Rd);
  return true;
}
export function SQSUB_UQSUB_scalar(U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  scalarLane(OP_QSUB, U != 0, size, Rm, Rn, Rd);
  return true;
}
export function CMGT_CMHI_scalar(U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  scalarLane(OP_CMGT, U != 0, size, Rm, Rn, Rd);
  return true;
}
export function CMGE_CMHS_scalar(U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  scalarLane(OP_CMGE, U != 0, size, Rm, Rn, Rd);
  return true;
}
export function SSHL_USHL_scalar(U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  scalarLane(OP_SHL, U != 0, size, Rm, Rn, Rd);
  return true;
}
export function SQSHL_UQSHL_scalar(U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  scalarLane(OP_QSHL, U != 0, size, Rm, Rn, Rd);
  return true;
}
export function SRSHL_URSHL_scalar(U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  scalarLane(OP_RSHL, U != 0, size, Rm, Rn, Rd);
  return true;
}
export function SQRSHL_UQRSHL_scalar(U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  scalarLane(OP_QRSHL, U != 0, size, Rm, Rn, Rd);
  return true;
}
export function ADD_scalar(size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  scalarLane(OP_ADD, true, size, Rm, Rn, Rd);
  return true;
}
export function SUB_scalar(size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  scalarLane(OP_SUB, true, size, Rm, Rn, Rd);
  return true;
}
export function CMTST_scalar(size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  scalarLane(OP_TST, true, size, Rm, Rn, Rd);
  return true;
}
export function CMEQ_reg_scalar(size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  scalarLane(OP_EQ, true, size, Rm, Rn, Rd);
  return true;
}
export function SQDMULH_SQRDMULH_scalar(U: u32, size: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (size != 1 && size != 2) return false;
  if (!checkFpAccess()) return true;
  scalarLane(U ? OP_QRDMULH : OP_QDMULH, false, size, Rm, Rn, Rd);
  return true;
}


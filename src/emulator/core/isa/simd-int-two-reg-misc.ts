// Semantics of the integer "Advanced SIMD two-register miscellaneous" and "scalar two-register
// miscellaneous" instructions (C4.1, pseudocode in C7.2). Same-size results are written in
// place element by element (element e of Vd after element e of Vn was read); pairwise,
// widening and narrowing results are built in the scratch vector first.
import { checkFpAccess } from "../sysregs";
import { vreg, getV, setV, setVQ, setScalar, clearHigh, TMP, elem, elemS, elemX, setElem,
  elementCount, sizeMask, setQC, commitNarrowTmp } from "../simd/vreg";
import { suqadd, usqadd, satS, satU, satUU } from "../simd/arith";
import { anySet, addBySize, eqBySize, gtBySize, geBySize, absBySize, negBySize, signMinBySize } from "../simd/lanes";

// ---- REV, CLS/CLZ, CNT, NOT, RBIT ------------------------------------------------------------

/** Reverse the elements of 1 << size bytes inside containers of `container` bytes: result
 *  byte i is source byte i ^ (container - element size). */
@inline function reverse(Q: u32, size: u32, container: u32, Rn: u32, Rd: u32): void {
  const iota = i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  const indices = v128.xor(iota, i8x16.splat(<i8>(container - (1 << size))));
  setVQ(Rd, i8x16.swizzle(getV(Rn), indices), Q);
}

export function REV64_vector(Q: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  reverse(Q, size, 8, Rn, Rd);
  return true;
}
export function REV32_vector(Q: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size >= 2) return false;
  if (!checkFpAccess()) return true;
  reverse(Q, size, 4, Rn, Rd);
  return true;
}
export function REV16_vector(Q: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size != 0) return false;
  if (!checkFpAccess()) return true;
  reverse(Q, size, 2, Rn, Rd);
  return true;
}

/** CLS (U = 0): leading bits equal to the sign bit, not counting it; CLZ (U = 1). */
export function CLS_CLZ_vector(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  const esize: u64 = <u64>8 << <u64>size;
  const n = vreg(Rn);
  const d = vreg(Rd);
  const count = elementCount(Q, size);
  for (let e: u32 = 0; e < count; e++) {
    let r: u64;
    if (U) {
      r = <u64>clz(elem(n, e, size)) - (64 - esize);
    } else {
      const x = elemS(n, e, size);
      r = <u64>clz(x ^ (x >> 1)) + esize - 65;
    }
    setElem(d, e, size, r);
  }
  if (!Q) clearHigh(Rd);
  return true;
}

export function CNT(Q: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size != 0) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, i8x16.popcnt(getV(Rn)), Q);
  return true;
}

export function NOT_vector(Q: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  setVQ(Rd, v128.not(getV(Rn)), Q);
  return true;
}

/** RBIT (vector): reverse the bits of each byte (swap nibbles, then bit pairs, then bits). */
export function RBIT_vector(Q: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  let v = getV(Rn);
  const m4 = i8x16.splat(0x0f);
  const m2 = i8x16.splat(0x33);
  const m1 = i8x16.splat(0x55);
  v = v128.or(i16x8.shl(v128.and(v, m4), 4), v128.and(i16x8.shr_u(v, 4), m4));
  v = v128.or(i16x8.shl(v128.and(v, m2), 2), v128.and(i16x8.shr_u(v, 2), m2));
  v = v128.or(i16x8.shl(v128.and(v, m1), 1), v128.and(i16x8.shr_u(v, 1), m1));
  setVQ(Rd, v, Q);
  return true;
}

// ---- Pairwise long -----------------------------------------------------------------------------

/** SADDLP/UADDLP (accumulate = false) and SADALP/UADALP: Vd[e] (double width) =
 *  [Vd[e] +] Vn[2e] + Vn[2e+1], extended. */
@inline function pairwiseLong(accumulate: bool, Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): void {
  const unsigned = U != 0;
  let r: v128;
  if (size < 2) {
    const v = getV(Rn);
    if (size == 0) r = unsigned ? i16x8.extadd_pairwise_i8x16_u(v) : i16x8.extadd_pairwise_i8x16_s(v);
    else r = unsigned ? i32x4.extadd_pairwise_i16x8_u(v) : i32x4.extadd_pairwise_i16x8_s(v);
  } else {
    const n = vreg(Rn);
    for (let e: u32 = 0; e < 1 + Q; e++) {
      setElem(TMP, e, 3, <u64>(elemX(n, 2 * e, 2, unsigned) + elemX(n, 2 * e + 1, 2, unsigned)));
    }
    r = v128.load(TMP);
  }
  if (accumulate) r = addBySize(getV(Rd), r, size + 1);
  setVQ(Rd, r, Q);
}

export function SADDLP_UADDLP(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  pairwiseLong(false, Q, U, size, Rn, Rd);
  return true;
}
export function SADALP_UADALP(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  pairwiseLong(true, Q, U, size, Rn, Rd);
  return true;
}

// ---- Saturating accumulate, absolute value and negation -------------------------------------------

/** SUQADD (U = 0): signed Vd + unsigned Vn; USQADD (U = 1): unsigned Vd + signed Vn. */
@inline function accumulateElement(U: u32, size: u32, n: usize, d: usize, e: u32): u64 {
  if (U) return usqadd(elem(d, e, size), elemS(n, e, size), size);
  return <u64>suqadd(elemS(d, e, size), elem(n, e, size), size);
}

export function SUQADD_USQADD(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3 && !Q) return false;
  if (!checkFpAccess()) return true;
  const n = vreg(Rn);
  const d = vreg(Rd);
  const count = elementCount(Q, size);
  for (let e: u32 = 0; e < count; e++) setElem(d, e, size, accumulateElement(U, size, n, d, e));
  if (!Q) clearHigh(Rd);
  return true;
}

/** SQABS (U = 0) / SQNEG (U = 1) of one signed element: only the minimum saturates. */
@inline function sqAbsNeg(x: i64, U: u32, size: u32): i64 {
  const r = U ? -x : (x < 0 ? -x : x);
  if (size == 3 && x == i64.MIN_VALUE) { setQC(); return i64.MAX_VALUE; }
  return satS(r, size);
}

export function SQABS_SQNEG(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3 && !Q) return false;
  if (!checkFpAccess()) return true;
  const v = getV(Rn);
  // Whole vector: the minimum becomes the maximum (wrapped result - 1 = maximum)
  const isMin = eqBySize(v, signMinBySize(size), size);
  if (anySet(isMin, Q)) setQC();
  const wrapped = U ? negBySize(v, size) : absBySize(v, size);
  setVQ(Rd, addBySize(wrapped, isMin, size), Q);
  return true;
}

export function ABS_NEG_vector(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3 && !Q) return false;
  if (!checkFpAccess()) return true;
  const v = getV(Rn);
  setVQ(Rd, U ? negBySize(v, size) : absBySize(v, size), Q);
  return true;
}

// ---- Compare with zero -------------------------------------------------------------------------

/** CMGT (U = 0) / CMGE (U = 1) #0. */
export function CMGT_CMGE_zero(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3 && !Q) return false;
  if (!checkFpAccess()) return true;
  const zero = i64x2.splat(0);
  const v = getV(Rn);
  setVQ(Rd, U ? geBySize(v, zero, size, false) : gtBySize(v, zero, size, false), Q);
  return true;
}
/** CMEQ (U = 0) / CMLE (U = 1) #0. */
export function CMEQ_CMLE_zero(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3 && !Q) return false;
  if (!checkFpAccess()) return true;
  const zero = i64x2.splat(0);
  const v = getV(Rn);
  setVQ(Rd, U ? geBySize(zero, v, size, false) : eqBySize(v, zero, size), Q);
  return true;
}
export function CMLT_zero(Q: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3 && !Q) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, gtBySize(i64x2.splat(0), getV(Rn), size, false), Q);
  return true;
}

// ---- Narrowing and widening -------------------------------------------------------------------

const NARROW_XTN: u32 = 0;
const NARROW_SQXTUN: u32 = 1;
const NARROW_SQXTN: u32 = 2;
const NARROW_UQXTN: u32 = 3;

/** One element of 8 << size bits from a double-width element of Vn. */
@inline function narrowElement(kind: u32, n: usize, e: u32, size: u32): u64 {
  switch (kind) {
    case NARROW_XTN: return elem(n, e, size + 1);
    case NARROW_SQXTUN: return satU(elemS(n, e, size + 1), size);
    case NARROW_SQXTN: return <u64>satS(elemS(n, e, size + 1), size);
    default: return satUU(elem(n, e, size + 1), size);
  }
}

/** XTN/SQXTUN/SQXTN/UQXTN: the 64-bit result goes to the lower half (Q = 0, upper half
 *  zeroed) or the upper half (Q = 1, lower half kept) of Vd. */
@inline function narrow(kind: u32, Q: u32, size: u32, Rn: u32, Rd: u32): void {
  const n = vreg(Rn);
  const count: u32 = 8 >> size;
  for (let e: u32 = 0; e < count; e++) setElem(TMP, e, size, narrowElement(kind, n, e, size));
  commitNarrowTmp(Rd, Q);
}

/** XTN (U = 0), SQXTUN (U = 1). */
export function XTN_SQXTUN(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  narrow(U ? NARROW_SQXTUN : NARROW_XTN, Q, size, Rn, Rd);
  return true;
}
/** SQXTN (U = 0), UQXTN (U = 1). */
export function SQXTN_UQXTN(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  narrow(U ? NARROW_UQXTN : NARROW_SQXTN, Q, size, Rn, Rd);
  return true;
}

/** SHLL: each element of the lower (upper, Q = 1) half, zero-extended, shifted left by its
 *  own width. */
export function SHLL(Q: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  const n = vreg(Rn);
  const count: u32 = 8 >> size;
  const esize: u64 = <u64>8 << <u64>size;
  for (let e: u32 = 0; e < count; e++) setElem(TMP, e, size + 1, elem(n, Q * count + e, size) << esize);
  setV(Rd, v128.load(TMP));
  return true;
}

// ---- Scalar ------------------------------------------------------------------------------------

export function SUQADD_USQADD_scalar(U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  setScalar(Rd, accumulateElement(U, size, vreg(Rn), vreg(Rd), 0) & sizeMask(size));
  return true;
}
export function SQABS_SQNEG_scalar(U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  setScalar(Rd, <u64>sqAbsNeg(elemS(vreg(Rn), 0, size), U, size) & sizeMask(size));
  return true;
}
export function CMGT_CMGE_zero_scalar(U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  const x = load<i64>(vreg(Rn));
  setScalar(Rd, (U ? x >= 0 : x > 0) ? <u64>-1 : 0);
  return true;
}
export function CMEQ_CMLE_zero_scalar(U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  const x = load<i64>(vreg(Rn));
  setScalar(Rd, (U ? x <= 0 : x == 0) ? <u64>-1 : 0);
  return true;
}
export function CMLT_zero_scalar(size: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  setScalar(Rd, load<i64>(vreg(Rn)) < 0 ? <u64>-1 : 0);
  return true;
}
export function ABS_NEG_scalar(U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  const x = load<i64>(vreg(Rn));
  setScalar(Rd, <u64>(U ? -x : (x < 0 ? -x : x)));
  return true;
}
export function SQXTUN_scalar(size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  setScalar(Rd, narrowElement(NARROW_SQXTUN, vreg(Rn), 0, size) & sizeMask(size));
  return true;
}
export function SQXTN_UQXTN_scalar(U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (size == 3) return false;
  if (!checkFpAccess()) return true;
  setScalar(Rd, narrowElement(U ? NARROW_UQXTN : NARROW_SQXTN, vreg(Rn), 0, size) & sizeMask(size));
  return true;
}


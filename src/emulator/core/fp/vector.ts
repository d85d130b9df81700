// Whole-vector fast paths with WebAssembly SIMD for FPAdd, FPSub and FPMul on four singles
// and FPAdd/FPSub on two doubles, bit-exact with the element-by-element pseudocode in the
// common case: FPCR.RMode = RN (the caller checks), every element of both operands a normal
// number and every result a normal number larger than the smallest normal. Then no element
// can involve denormals (so FZ is irrelevant), NaNs (DN), tininess or overflow, and
// WebAssembly's correctly rounded (round-to-nearest-even) lanes give the results; Inexact is
// exact from TwoSum (addition) or from the exact double product of two singles.
// Otherwise the fast path declines (vectorFastOk = false) without raising anything, and the
// caller runs the elements through the scalar library.
import { FPSR_IXC, raiseFp } from "./status";

/** Whether the last fast-path call produced its result. */
export let vectorFastOk: bool = false;

/** Every single element has a biased exponent in [1, 254]. */
@inline function allNormal32(x: v128): bool {
  const biased = v128.and(i32x4.shr_u(x, 23), i32x4.splat(0xff));
  return i32x4.all_true(i32x4.lt_u(i32x4.sub(biased, i32x4.splat(1)), i32x4.splat(0xfe)));
}
/** Every single element is finite and larger in magnitude than the smallest normal. */
@inline function allSafe32(x: v128): bool {
  const magnitude = v128.and(x, i32x4.splat(0x7fffffff));
  return i32x4.all_true(v128.and(i32x4.gt_u(magnitude, i32x4.splat(0x00800000)),
    i32x4.lt_u(magnitude, i32x4.splat(0x7f800000))));
}
@inline function allNormal64(x: v128): bool {
  const biased = v128.and(i64x2.shr_u(x, 52), i64x2.splat(0x7ff));
  const low = i64x2.sub(biased, i64x2.splat(1)); // below 0x7fe as unsigned: no unsigned i64x2 compare
  return i64x2.all_true(v128.and(i64x2.ge_s(low, i64x2.splat(0)), i64x2.lt_s(low, i64x2.splat(0x7fe))));
}
@inline function allSafe64(x: v128): bool {
  const magnitude = v128.and(x, i64x2.splat(0x7fffffffffffffff));
  return i64x2.all_true(v128.and(i64x2.gt_s(magnitude, i64x2.splat(0x0010000000000000)),
    i64x2.lt_s(magnitude, i64x2.splat(0x7ff0000000000000))));
}

/** FPAdd (negate = false) or FPSub of four singles. */
@inline export function addSub32x4(a: v128, b: v128, negate: bool): v128 {
  vectorFastOk = false;
  if (!allNormal32(a) || !allNormal32(b)) return a;
  const y = negate ? f32x4.neg(b) : b;
  const s = f32x4.add(a, y);
  if (!allSafe32(s)) return a;
  // TwoSum per element: the rounding errors of a + y, exactly.
  const yv = f32x4.sub(s, a);
  const error = f32x4.add(f32x4.sub(a, f32x4.sub(s, yv)), f32x4.sub(y, yv));
  if (v128.any_true(f32x4.ne(error, f32x4.splat(0)))) raiseFp(FPSR_IXC);
  vectorFastOk = true;
  return s;
}

/** FPMul of four singles; each product is exact as a double. */
@inline export function mul32x4(a: v128, b: v128): v128 {
  vectorFastOk = false;
  if (!allNormal32(a) || !allNormal32(b)) return a;
  const p = f32x4.mul(a, b);
  if (!allSafe32(p)) return a;
  const exactLow = f64x2.mul(f64x2.promote_low_f32x4(a), f64x2.promote_low_f32x4(b));
  const aHigh = v128.shuffle<i32>(a, a, 2, 3, 0, 1);
  const bHigh = v128.shuffle<i32>(b, b, 2, 3, 0, 1);
  const exactHigh = f64x2.mul(f64x2.promote_low_f32x4(aHigh), f64x2.promote_low_f32x4(bHigh));
  const low = f64x2.ne(f64x2.promote_low_f32x4(p), exactLow);
  const high = f64x2.ne(f64x2.promote_low_f32x4(v128.shuffle<i32>(p, p, 2, 3, 0, 1)), exactHigh);
  if (v128.any_true(v128.or(low, high))) raiseFp(FPSR_IXC);
  vectorFastOk = true;
  return p;
}

/** FPAdd (negate = false) or FPSub of two doubles. */
@inline export function addSub64x2(a: v128, b: v128, negate: bool): v128 {
  vectorFastOk = false;
  if (!allNormal64(a) || !allNormal64(b)) return a;
  const y = negate ? f64x2.neg(b) : b;
  const s = f64x2.add(a, y);
  if (!allSafe64(s)) return a;
  const yv = f64x2.sub(s, a);
  const error = f64x2.add(f64x2.sub(a, f64x2.sub(s, yv)), f64x2.sub(y, yv));
  if (v128.any_true(f64x2.ne(error, f64x2.splat(0)))) raiseFp(FPSR_IXC);
  vectorFastOk = true;
  return s;
}

/** FPMulAdd of two singles per double lane (addend + a * b, fused; operands promoted): the
 *  product is exact as a double, so the one double rounding of the sum is the only rounding
 *  before the final one to single, which is then right unless the double sum was inexact and
 *  lies exactly halfway between two singles (flagged in `halfway`). */
@inline function mulAddHalf(addend: v128, a: v128, b: v128): v128 {
  const p = f64x2.mul(a, b);
  const s = f64x2.add(addend, p);
  const pv = f64x2.sub(s, addend);
  const error = f64x2.add(f64x2.sub(addend, f64x2.sub(s, pv)), f64x2.sub(p, pv));
  const inexactSum = f64x2.ne(error, f64x2.splat(0));
  const halfway = i64x2.eq(v128.and(s, i64x2.splat(0x1fffffff)), i64x2.splat(0x10000000));
  mulAddHalfway = v128.or(mulAddHalfway, v128.and(inexactSum, halfway));
  mulAddInexact = v128.or(mulAddInexact, inexactSum);
  return s;
}
let mulAddHalfway: v128 = i64x2.splat(0);
let mulAddInexact: v128 = i64x2.splat(0);

/** FPMulAdd of four singles: addend + a * b with one rounding, as the fused pseudocode. */
@inline export function mulAdd32x4(addend: v128, a: v128, b: v128): v128 {
  vectorFastOk = false;
  if (!allNormal32(addend) || !allNormal32(a) || !allNormal32(b)) return addend;
  mulAddHalfway = i64x2.splat(0);
  mulAddInexact = i64x2.splat(0);
  const sLow = mulAddHalf(f64x2.promote_low_f32x4(addend), f64x2.promote_low_f32x4(a), f64x2.promote_low_f32x4(b));
  const sHigh = mulAddHalf(f64x2.promote_low_f32x4(v128.shuffle<i32>(addend, addend, 2, 3, 0, 1)),
    f64x2.promote_low_f32x4(v128.shuffle<i32>(a, a, 2, 3, 0, 1)), f64x2.promote_low_f32x4(v128.shuffle<i32>(b, b, 2, 3, 0, 1)));
  if (v128.any_true(mulAddHalfway)) return addend;
  const rLow = f32x4.demote_f64x2_zero(sLow);
  const rHigh = f32x4.demote_f64x2_zero(sHigh);
  const r = v128.shuffle<i32>(rLow, rHigh, 0, 1, 4, 5);
  if (!allSafe32(r)) return addend;
  const roundedLow = f64x2.ne(f64x2.promote_low_f32x4(rLow), sLow);
  const roundedHigh = f64x2.ne(f64x2.promote_low_f32x4(rHigh), sHigh);
  if (v128.any_true(v128.or(mulAddInexact, v128.or(roundedLow, roundedHigh)))) raiseFp(FPSR_IXC);
  vectorFastOk = true;
  return r;
}

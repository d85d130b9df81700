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

// Doubles: FPMul and FPMulAdd by error-free transformations (Dekker's exact product,
// Knuth's TwoSum), when every operand's exponent keeps the product's error term a normal
// double: then a * b = p + e exactly, and the fused sum c + p + e is rounded once with its
// exact remainder known, so the result and Inexact are those of the pseudocode. A case whose
// rounding is not settled by that remainder (a tie, or a result that is a power of two with
// a nonzero tail) declines.

/** Biased exponent of a double in [lo, hi]. */
@inline function exponentWithin(x: u64, lo: u32, hi: u32): bool {
  return (<u32>(x >> 52) & 0x7ff) - lo <= hi - lo;
}
/** Bounds of the operand exponents (biased): products within 2^+-800 and a result within
 *  2^+-900, far from overflow and from the denormal range. */
const FACTOR_LO: u32 = 1023 - 400;
const FACTOR_HI: u32 = 1023 + 400;
const ADDEND_LO: u32 = 1023 - 800;
const ADDEND_HI: u32 = 1023 + 800;
const RESULT_LO: u32 = 1023 - 900;
const RESULT_HI: u32 = 1023 + 900;
const SPLITTER: f64 = 134217729; // 2^27 + 1, Veltkamp's split into 26 + 27 bits

/** The rounding error of a * b = p (exact, given the exponent bounds). */
@inline function productError(a: f64, b: f64, p: f64): f64 {
  const ta = SPLITTER * a;
  const aHigh = ta - (ta - a);
  const aLow = a - aHigh;
  const tb = SPLITTER * b;
  const bHigh = tb - (tb - b);
  const bLow = b - bHigh;
  return ((aHigh * bHigh - p) + aHigh * bLow + aLow * bHigh) + aLow * bLow;
}
/** The rounding error of x + y = s (exact). */
@inline function sumError(x: f64, y: f64, s: f64): f64 {
  const yv = s - x;
  return (x - (s - yv)) + (y - yv);
}

/** Whether the last double lane raised Inexact. */
let laneInexact: bool = false;

/** One lane of FPMul (fused = false) or FPMulAdd (addend + a * b): the result bits, with
 *  vectorFastOk cleared when the lane declines. */
@inline function mulAddLane64(addendBits: u64, aBits: u64, bBits: u64, fused: bool): u64 {
  if (!exponentWithin(aBits, FACTOR_LO, FACTOR_HI) || !exponentWithin(bBits, FACTOR_LO, FACTOR_HI)
    || (fused && !exponentWithin(addendBits, ADDEND_LO, ADDEND_HI))) {
    vectorFastOk = false;
    return 0;
  }
  const a = reinterpret<f64>(aBits);
  const b = reinterpret<f64>(bBits);
  const p = a * b;
  const e = productError(a, b, p);
  if (!fused) {
    laneInexact = e != 0;
    return reinterpret<u64>(p);
  }
  const c = reinterpret<f64>(addendBits);
  const s = c + p;
  const t = sumError(c, p, s);
  const w = t + e;
  const v = sumError(t, e, w);
  const r = s + w;
  const z = sumError(s, w, r);
  const rBits = reinterpret<u64>(r);
  if (!exponentWithin(rBits, RESULT_LO, RESULT_HI)) {
    vectorFastOk = false;
    return 0;
  }
  if (v != 0) {
    // r = RN(s + w) is RN(s + w + v) unless the remainder z + v reaches half an ulp of r
    // (below a power of two the ulp halves: declined too).
    const halfUlp = reinterpret<f64>(((rBits >> 52) & 0x7ff) - 53 << 52);
    if ((rBits & 0xfffffffffffff) == 0 || !(Math.abs(z + v) < halfUlp)) {
      vectorFastOk = false;
      return 0;
    }
  }
  laneInexact = z != 0 || v != 0;
  return rBits;
}

/** FPMul (fused = false) or FPMulAdd (addend + a * b) of two doubles. */
@inline export function mulAdd64x2(addend: v128, a: v128, b: v128, fused: bool): v128 {
  vectorFastOk = true;
  const low = mulAddLane64(i64x2.extract_lane(addend, 0), i64x2.extract_lane(a, 0), i64x2.extract_lane(b, 0), fused);
  const lowInexact = laneInexact;
  const high = mulAddLane64(i64x2.extract_lane(addend, 1), i64x2.extract_lane(a, 1), i64x2.extract_lane(b, 1), fused);
  if (!vectorFastOk) return addend;
  if (lowInexact || laneInexact) raiseFp(FPSR_IXC);
  return i64x2.replace_lane(i64x2.splat(low), 1, high);
}

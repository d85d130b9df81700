// Reciprocal and reciprocal square root estimates (Arm ARM shared pseudocode,
// shared/functions/float): FPRecipEstimate, FPRSqrtEstimate, FPRecpX, and the unsigned
// fixed-point UnsignedRecipEstimate and UnsignedRSqrtEstimate, with the 8-bit
// RecipEstimate/RecipSqrtEstimate tables computed as the pseudocode defines them
// (FEAT_RPRES's increased precision is not part of Armv8.0).
import { FPCR_FZ, FPSR_DZC, FPSR_IOC, FPSR_IXC, FPSR_OFC, FPSR_UFC, raiseFp, fpcrRounding,
  ROUND_NEGINF, ROUND_POSINF, ROUND_TIEEVEN } from "./status";
import { unpack, unpackedType, unpackedSign, processNaN, isNaNType, FP_ZERO, FP_INFINITY,
  fpDefaultNaN, fpInfinity, fpMaxNormal, fpZero, fracBits, expBits, signMask } from "./format";

/** RecipEstimate: a in [256, 512) is a fixed-point value in [0.5, 1); the result, in
 *  [256, 512), is its reciprocal in [1, 2) to 8 fraction bits, rounded to nearest. */
@inline export function recipEstimate(a: u32): u32 {
  const b = (<u32>1 << 19) / (a * 2 + 1);
  return (b + 1) >>> 1;
}

/** RecipSqrtEstimate: a in [128, 512) is a fixed-point value in [0.25, 1) (units of 1/512);
 *  the result, in [256, 512), is its reciprocal square root in [1, 2). The pseudocode counts
 *  b up from 512 while a * (b + 1)^2 < 2^28; this finds the same b from a square root. */
export function recipSqrtEstimate(a: u32): u32 {
  let x: u64;
  if (a < 256) x = <u64>(a * 2 + 1); // units of 1/512, rounded to nearest
  else x = <u64>((((a >>> 1) << 1) + 1) * 2); // units of 1/256, rounded to nearest (bottom bit discarded)
  const limit: u64 = <u64>1 << 28;
  // k = b + 1: the least k >= 513 with x * k^2 >= 2^28.
  let k = <u64>Math.floor(Math.sqrt(<f64>limit / <f64>x));
  if (k < 513) k = 513;
  while (x * k * k < limit) k++;
  while (k > 513 && x * (k - 1) * (k - 1) >= limit) k--;
  return <u32>(k >>> 1);
}

/** The fraction of `op` as 52 bits (single fractions left-aligned). */
@inline function fraction52(op: u64, N: u32): u64 {
  const F = fracBits(N);
  return (op & ((<u64>1 << <u64>F) - 1)) << <u64>(52 - F);
}

@inline function biasedExponent(op: u64, N: u32): i32 {
  return <i32>((op >>> <u64>fracBits(N)) & ((<u64>1 << <u64>expBits(N)) - 1));
}

const FRACTION_MASK_52: u64 = 0xfffffffffffff;

/** FPRecipEstimate (FRECPE) for single and double. */
export function fpRecipEstimate(op: u64, N: u32, fpcr: u32): u64 {
  unpack(op, N, fpcr);
  const type = unpackedType;
  const sign = unpackedSign;
  if (isNaNType(type)) return processNaN(type, op, N, fpcr);
  if (type == FP_INFINITY) return fpZero(sign, N);
  if (type == FP_ZERO) {
    raiseFp(FPSR_DZC);
    return fpInfinity(sign, N);
  }
  const F = fracBits(N);
  // |value| < 2^(Emin - 2): the reciprocal overflows.
  if ((op & (signMask(N) - 1)) < (<u64>1 << <u64>(F - 2))) {
    const rounding = fpcrRounding(fpcr);
    const overflowToInf = rounding == ROUND_TIEEVEN || (rounding == ROUND_POSINF && sign == 0) ||
      (rounding == ROUND_NEGINF && sign != 0);
    raiseFp(FPSR_OFC | FPSR_IXC);
    return overflowToInf ? fpInfinity(sign, N) : fpMaxNormal(sign, N);
  }
  let exp = biasedExponent(op, N);
  const maxBiased = (1 << expBits(N)) - 1;
  // |value| >= 2^(Emax - 1): with FZ the denormal reciprocal is flushed.
  if ((fpcr & FPCR_FZ) && exp >= maxBiased - 2) {
    raiseFp(FPSR_UFC);
    return fpZero(sign, N);
  }
  // Scale to a fixed-point value in [0.5, 1) in steps of 1/512.
  let fraction = fraction52(op, N);
  if (exp == 0) {
    if ((fraction >>> 51) == 0) {
      exp = -1;
      fraction = (fraction << 2) & FRACTION_MASK_52;
    } else {
      fraction = (fraction << 1) & FRACTION_MASK_52;
    }
  }
  const estimate = recipEstimate(256 | <u32>(fraction >>> 44));
  let resultExp = 2 * (maxBiased >> 1) - 1 - exp; // 253 - exp, 2045 - exp
  let resultFraction = <u64>(estimate & 0xff) << 44;
  if (resultExp == 0) {
    resultFraction = (<u64>1 << 51) | (resultFraction >>> 1);
  } else if (resultExp == -1) {
    resultFraction = (<u64>1 << 50) | (resultFraction >>> 2);
    resultExp = 0;
  }
  return fpZero(sign, N) | (<u64>resultExp << <u64>F) | (resultFraction >>> <u64>(52 - F));
}

/** FPRSqrtEstimate (FRSQRTE) for single and double. */
export function fpRSqrtEstimate(op: u64, N: u32, fpcr: u32): u64 {
  unpack(op, N, fpcr);
  const type = unpackedType;
  const sign = unpackedSign;
  if (isNaNType(type)) return processNaN(type, op, N, fpcr);
  if (type == FP_ZERO) {
    raiseFp(FPSR_DZC);
    return fpInfinity(sign, N);
  }
  if (sign) {
    raiseFp(FPSR_IOC);
    return fpDefaultNaN(N);
  }
  if (type == FP_INFINITY) return fpZero(0, N);
  // Scale to a fixed-point value in [0.25, 1) in steps of 1/512, keeping the exponent's parity.
  let fraction = fraction52(op, N);
  let exp = biasedExponent(op, N);
  if (exp == 0) {
    while ((fraction >>> 51) == 0) {
      fraction <<= 1;
      exp--;
    }
    fraction = (fraction << 1) & FRACTION_MASK_52;
  }
  const scaled: u32 = (exp & 1) == 0 ? 256 | <u32>(fraction >>> 44) : 128 | <u32>(fraction >>> 45);
  const bias = (1 << (expBits(N) - 1)) - 1;
  const resultExp = (3 * bias - 1 - exp) / 2; // (380 - exp) DIV 2, (3068 - exp) DIV 2
  const estimate = recipSqrtEstimate(scaled);
  const F = fracBits(N);
  return (<u64>resultExp << <u64>F) | (<u64>(estimate & 0xff) << <u64>(F - 8));
}

/** FPRecpX (FRECPX): the sign, the inverted exponent (the largest normal exponent for zeros
 *  and denormals) and a zero fraction. */
export function fpRecpX(op: u64, N: u32, fpcr: u32): u64 {
  unpack(op, N, fpcr);
  const type = unpackedType;
  if (isNaNType(type)) return processNaN(type, op, N, fpcr);
  const F = fracBits(N);
  const ones = (<u64>1 << <u64>expBits(N)) - 1;
  const exp = <u64>biasedExponent(op, N);
  const resultExp = exp == 0 ? ones - 1 : ~exp & ones;
  return fpZero(unpackedSign, N) | (resultExp << <u64>F);
}

/** UnsignedRecipEstimate (URECPE): a 32-bit fixed-point value in [0.5, 1) or all ones. */
export function unsignedRecipEstimate(op: u32): u32 {
  if ((op >>> 31) == 0) return 0xffffffff;
  return recipEstimate(op >>> 23) << 23;
}

/** UnsignedRSqrtEstimate (URSQRTE): a 32-bit fixed-point value in [0.25, 1) or all ones. */
export function unsignedRSqrtEstimate(op: u32): u32 {
  if ((op >>> 30) == 0) return 0xffffffff;
  return recipSqrtEstimate(op >>> 23) << 23;
}

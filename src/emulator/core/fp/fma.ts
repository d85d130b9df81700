// FPMulAdd (Arm ARM shared pseudocode, shared/functions/float): addend + op1 * op2 with a
// single rounding, for single and double. FPRSqrtStepFused halves that sum before its one
// rounding, which the `scale` argument (a power of two applied before rounding) provides.
// The product of the significands is exact in 128 bits; the addend is aligned to it with a
// sticky bit, added or subtracted, and the sum rounded once by roundPack.
//
// Single precision has a fast path for the common case (FPCR.RMode = RN, normal operands, a
// normal result larger than the smallest normal): the product of two singles is exact in a
// double, the double sum's rounding error is exact by TwoSum, and rounding that sum to odd
// (53 bits, at least 24 + 2) before the one rounding to single gives the correctly rounded
// result; Inexact is exact from the two errors.
import { fpcrRounding, FPSR_IOC, FPSR_IXC, raiseFp, ROUND_NEGINF, ROUND_TIEEVEN } from "./status";
import { unpack, unpackedType, unpackedSign, unpackedExp, unpackedSig, processNaNs3, isNaNType,
  FP_ZERO, FP_INFINITY, FP_QNAN, fpDefaultNaN, fpInfinity, fpZero } from "./format";
import { roundPack, normRoundPack } from "./round";
import { mul64, wideHi, shiftRightJam128, shiftLeft128, clz128 } from "./wide";
import { isNormal32, isSafeResult32 } from "./arith";

/** FPMulAdd: addend + op1 * op2, times 2^scale before the rounding (scale is 0 except for
 *  FPRSqrtStepFused's halving; it never applies to zeros and infinities). */
export function fpMulAdd(addend: u64, op1: u64, op2: u64, N: u32, fpcr: u32, scale: i32 = 0): u64 {
  if (N == 32 && scale == 0 && fpcrRounding(fpcr) == ROUND_TIEEVEN &&
      isNormal32(addend) && isNormal32(op1) && isNormal32(op2)) {
    const p = <f64>reinterpret<f32>(<u32>op1) * <f64>reinterpret<f32>(<u32>op2);
    const c = <f64>reinterpret<f32>(<u32>addend);
    const s = p + c;
    if (s != 0) {
      // TwoSum: the rounding error of p + c, exactly.
      const cv = s - p;
      const error = (p - (s - cv)) + (c - cv);
      let odd = reinterpret<u64>(s);
      // Round to odd: an inexact even sum moves one unit towards the exact value.
      if (error != 0 && (odd & 1) == 0) odd += (error > 0) == (s > 0) ? 1 : -1;
      const r = <f32>reinterpret<f64>(odd);
      const bits = <u64>reinterpret<u32>(r);
      if (isSafeResult32(bits)) {
        if (error != 0 || <f64>r != reinterpret<f64>(odd)) raiseFp(FPSR_IXC);
        return bits;
      }
    }
  }
  return mulAddExact(addend, op1, op2, N, fpcr, scale);
}

function mulAddExact(addend: u64, op1: u64, op2: u64, N: u32, fpcr: u32, scale: i32): u64 {
  const rounding = fpcrRounding(fpcr);
  unpack(addend, N, fpcr);
  const typeA = unpackedType;
  const signA = unpackedSign;
  const expA = unpackedExp;
  const sigA = unpackedSig;
  unpack(op1, N, fpcr);
  const type1 = unpackedType;
  const sign1 = unpackedSign;
  const exp1 = unpackedExp;
  const sig1 = unpackedSig;
  unpack(op2, N, fpcr);
  const type2 = unpackedType;
  const sign2 = unpackedSign;
  const exp2 = unpackedExp;
  const sig2 = unpackedSig;

  const inf1 = type1 == FP_INFINITY;
  const inf2 = type2 == FP_INFINITY;
  const zero1 = type1 == FP_ZERO;
  const zero2 = type2 == FP_ZERO;
  const infTimesZero = (inf1 && zero2) || (zero1 && inf2);
  if (isNaNType(typeA) || isNaNType(type1) || isNaNType(type2)) {
    // 0 * infinity plus a quiet NaN is Invalid and gives the default NaN.
    if (typeA == FP_QNAN && infTimesZero) {
      raiseFp(FPSR_IOC);
      return fpDefaultNaN(N);
    }
    return processNaNs3(typeA, type1, type2, addend, op1, op2, N, fpcr);
  }
  const infA = typeA == FP_INFINITY;
  const zeroA = typeA == FP_ZERO;
  const signP = sign1 ^ sign2;
  const infP = inf1 || inf2;
  const zeroP = zero1 || zero2;
  if (infTimesZero || (infA && infP && signA != signP)) {
    raiseFp(FPSR_IOC);
    return fpDefaultNaN(N);
  }
  if ((infA && signA == 0) || (infP && signP == 0)) return fpInfinity(0, N);
  if (infA || infP) return fpInfinity(1, N);
  if (zeroP) {
    if (!zeroA) return roundPack(signA, expA + scale, sigA, N, fpcr, rounding);
    // Same-signed zeros keep their sign; otherwise the exact zero follows the rounding mode.
    if (signA == signP) return fpZero(signA, N);
    return fpZero(rounding == ROUND_NEGINF ? 1 : 0, N);
  }

  // Product: (pHi, pLo) * 2^(expP - 124), leading one at bit 124 or 125.
  let pLo = mul64(sig1, sig2);
  let pHi = wideHi;
  let expP = exp1 + exp2 + scale;
  if (zeroA) return roundWide(signP, expP, pHi, pLo, N, fpcr, rounding);

  // Addend on the same scale: sigA * 2^62, leading one at bit 124.
  let aLo = shiftLeft128(0, sigA, 62);
  let aHi = wideHi;
  const expAddend = expA + scale;
  let exp = expP;
  if (expAddend > expP) {
    pLo = shiftRightJam128(pHi, pLo, clampShift(expAddend - expP));
    pHi = wideHi;
    exp = expAddend;
  } else if (expP > expAddend) {
    aLo = shiftRightJam128(aHi, aLo, clampShift(expP - expAddend));
    aHi = wideHi;
  }
  let sign = signP;
  let hi: u64;
  let lo: u64;
  if (signA == signP) {
    lo = pLo + aLo;
    hi = pHi + aHi + (lo < pLo ? 1 : 0);
  } else {
    // Subtract the smaller magnitude from the larger.
    if (aHi > pHi || (aHi == pHi && aLo > pLo)) {
      sign = signA;
      lo = aLo - pLo;
      hi = aHi - pHi - (aLo < pLo ? 1 : 0);
    } else {
      lo = pLo - aLo;
      hi = pHi - aHi - (pLo < aLo ? 1 : 0);
    }
    if (hi == 0 && lo == 0) return fpZero(rounding == ROUND_NEGINF ? 1 : 0, N);
  }
  return roundWide(sign, exp, hi, lo, N, fpcr, rounding);
}

@inline function clampShift(d: i32): u32 {
  return d > 127 ? 127 : <u32>d;
}

/** Round (hi, lo) * 2^(exp - 124) (non-zero, bit 0 sticky). */
function roundWide(sign: u32, exp: i32, hi: u64, lo: u64, N: u32, fpcr: u32, rounding: u32): u64 {
  const top = 127 - <i32>clz128(hi, lo); // position of the leading one
  let sig: u64;
  if (top > 62) sig = shiftRightJam128(hi, lo, <u32>(top - 62));
  else sig = lo << <u64>(62 - top);
  return normRoundPack(sign, exp + top - 124, sig, N, fpcr, rounding);
}

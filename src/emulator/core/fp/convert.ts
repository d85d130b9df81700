// Conversions (Arm ARM shared pseudocode, shared/functions/float): FPConvert between half,
// single and double (with the alternative half-precision format), FPToFixed and FixedToFP
// between floating point and integers or fixed point, and FPRoundInt.
import { FPCR_AHP, FPCR_DN, FPSR_IOC, FPSR_IXC, raiseFp,
  ROUND_NEGINF, ROUND_POSINF, ROUND_TIEAWAY, ROUND_TIEEVEN, ROUND_ZERO } from "./status";
import { unpack, unpackedType, unpackedSign, unpackedExp, unpackedSig, processNaN, isNaNType,
  FP_ZERO, FP_INFINITY, FP_SNAN, fpDefaultNaN, fpInfinity, fpZero, fracBits, quietBit, signMask } from "./format";
import { roundPack, normRoundPack } from "./round";

/** FPConvertNaN: the NaN's sign and the payload below the quiet bit, left-aligned and
 *  truncated to the destination, as a quiet NaN. */
function convertNaN(op: u64, N: u32, M: u32): u64 {
  const fromBits = fracBits(N) - 1;
  const toBits = fracBits(M) - 1;
  const payload = (op & ((<u64>1 << <u64>fromBits) - 1)) << <u64>(51 - fromBits);
  const sign = <u32>(op >>> <u64>(N - 1)) & 1;
  return fpInfinity(sign, M) | quietBit(M) | (payload >>> <u64>(51 - toBits));
}

/** FPConvert from format N to format M, rounding with `rounding`. FPCR.AHP selects the
 *  alternative half-precision format for a half-precision source or destination. */
export function fpConvert(op: u64, N: u32, M: u32, fpcr: u32, rounding: u32): u64 {
  unpack(op, N, fpcr);
  const type = unpackedType;
  const sign = unpackedSign;
  const altHp = M == 16 && (fpcr & FPCR_AHP) != 0;
  if (isNaNType(type)) {
    let result: u64;
    if (altHp) result = fpZero(sign, M);
    else if (fpcr & FPCR_DN) result = fpDefaultNaN(M);
    else result = convertNaN(op, N, M);
    if (type == FP_SNAN || altHp) raiseFp(FPSR_IOC);
    return result;
  }
  if (type == FP_INFINITY) {
    if (altHp) {
      raiseFp(FPSR_IOC);
      return fpZero(sign, M) | (signMask(M) - 1);
    }
    return fpInfinity(sign, M);
  }
  if (type == FP_ZERO) return fpZero(sign, M);
  return roundPack(sign, unpackedExp, unpackedSig, M, fpcr, rounding);
}

// Result of splitInteger(): the integer part of |value| * 2^fbits and how the discarded
// fraction compares with one half.
let intMagnitude: u64 = 0;
/** Discarded fraction: 0 none, 1 below a half, 2 exactly a half, 3 above a half. */
let fractionClass: u32 = 0;

/** Split sig * 2^(e - 62) (sig with its leading one at bit 62, e < 64) into integer part and
 *  fraction class. */
function splitInteger(sig: u64, e: i32): void {
  if (e >= 62) {
    intMagnitude = sig << <u64>(e - 62);
    fractionClass = 0;
    return;
  }
  const shift = 62 - e;
  if (shift >= 64) {
    intMagnitude = 0;
    fractionClass = 1;
    return;
  }
  intMagnitude = sig >>> <u64>shift;
  const rest = sig & ((<u64>1 << <u64>shift) - 1);
  const half = <u64>1 << <u64>(shift - 1);
  fractionClass = rest == 0 ? 0 : rest < half ? 1 : rest == half ? 2 : 3;
}

/** Whether rounding the magnitude (with its sign) increments it, given the fraction class. */
@inline function roundsUp(magnitude: u64, fraction: u32, sign: u32, rounding: u32): bool {
  switch (rounding) {
    case ROUND_TIEEVEN: return fraction == 3 || (fraction == 2 && (magnitude & 1) != 0);
    case ROUND_TIEAWAY: return fraction >= 2;
    case ROUND_POSINF: return fraction != 0 && sign == 0;
    case ROUND_NEGINF: return fraction != 0 && sign != 0;
    default: return false;
  }
}

/** FPToFixed: format N to an M-bit (32 or 64) signed or unsigned integer with fbits
 *  fraction bits, saturating with Invalid Operation (NaNs give 0). The result is
 *  zero-extended to 64 bits. */
export function fpToFixed(op: u64, N: u32, fbits: u32, unsigned: bool, M: u32, fpcr: u32, rounding: u32): u64 {
  unpack(op, N, fpcr);
  const type = unpackedType;
  const sign = unpackedSign;
  if (isNaNType(type)) {
    raiseFp(FPSR_IOC);
    return 0;
  }
  if (type == FP_ZERO) return 0;
  let magnitude: u64 = 0;
  let fraction: u32 = 0;
  let overflow = false;
  const e = unpackedExp + <i32>fbits;
  if (type == FP_INFINITY || e >= 64) {
    overflow = true;
  } else {
    splitInteger(unpackedSig, e);
    fraction = fractionClass;
    magnitude = intMagnitude + (roundsUp(intMagnitude, fraction, sign, rounding) ? 1 : 0);
  }
  const mask: u64 = M == 64 ? 0xffffffffffffffff : 0xffffffff;
  let result: u64;
  if (unsigned) {
    if (sign) {
      overflow = overflow || magnitude != 0;
      result = 0;
    } else if (overflow || magnitude > mask) {
      overflow = true;
      result = mask;
    } else {
      result = magnitude;
    }
  } else {
    const limit = <u64>1 << <u64>(M - 1); // |most negative|
    if (sign) {
      if (overflow || magnitude > limit) {
        overflow = true;
        result = limit;
      } else {
        result = (0 - magnitude) & mask;
      }
    } else if (overflow || magnitude > limit - 1) {
      overflow = true;
      result = limit - 1;
    } else {
      result = magnitude;
    }
  }
  if (overflow) raiseFp(FPSR_IOC);
  else if (fraction != 0) raiseFp(FPSR_IXC);
  return result;
}

/** FixedToFP: an M-bit integer with fbits fraction bits to format N. */
export function fixedToFp(value: u64, M: u32, fbits: u32, unsigned: bool, N: u32, fpcr: u32, rounding: u32): u64 {
  if (M == 32) value &= 0xffffffff;
  let sign: u32 = 0;
  let magnitude = value;
  if (!unsigned && (value >>> <u64>(M - 1)) & 1) {
    sign = 1;
    magnitude = (0 - value) & (M == 64 ? 0xffffffffffffffff : 0xffffffff);
  }
  if (magnitude == 0) return fpZero(0, N);
  return normRoundPack(sign, 62 - <i32>fbits, magnitude, N, fpcr, rounding);
}

/** FPRoundInt: round to an integral value in the same format; Inexact only when `exact`
 *  (FRINTX). */
export function fpRoundInt(op: u64, N: u32, fpcr: u32, rounding: u32, exact: bool): u64 {
  unpack(op, N, fpcr);
  const type = unpackedType;
  const sign = unpackedSign;
  if (isNaNType(type)) return processNaN(type, op, N, fpcr);
  if (type == FP_INFINITY) return fpInfinity(sign, N);
  if (type == FP_ZERO) return fpZero(sign, N);
  // Numbers of 2^F and above are integers already.
  if (unpackedExp >= <i32>fracBits(N)) return op;
  splitInteger(unpackedSig, unpackedExp);
  const fraction = fractionClass;
  const magnitude = intMagnitude + (roundsUp(intMagnitude, fraction, sign, rounding) ? 1 : 0);
  if (exact && fraction != 0) raiseFp(FPSR_IXC);
  if (magnitude == 0) return fpZero(sign, N);
  return normRoundPack(sign, 62, magnitude, N, fpcr, ROUND_ZERO);
}

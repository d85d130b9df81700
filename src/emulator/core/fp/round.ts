// FPRoundBase (Arm ARM shared pseudocode, shared/functions/float): round an exact (or
// exactly-enough) value to a format under FPCR, detecting tininess before rounding as Arm
// does, and raising Underflow, Overflow, Inexact (and Invalid Operation for alternative
// half-precision overflow).
import { FPCR_AHP, FPCR_FZ, FPSR_IOC, FPSR_IXC, FPSR_OFC, FPSR_UFC, raiseFp,
  ROUND_NEGINF, ROUND_ODD, ROUND_POSINF, ROUND_TIEAWAY, ROUND_TIEEVEN } from "./status";
import { expBits, fpInfinity, fpMaxNormal, fpZero, fracBits, minExponent, signMask } from "./format";

/** Shift right by n, ORing every bit shifted out into bit 0 (the sticky bit). */
@inline export function shiftRightJam(x: u64, n: u32): u64 {
  if (n == 0) return x;
  if (n >= 63) return x != 0 ? 1 : 0;
  return (x >>> <u64>n) | ((x & ((<u64>1 << <u64>n) - 1)) != 0 ? 1 : 0);
}

/** Round sign * sig * 2^(exp - 62) to format N, where sig (non-zero) has its leading one at
 *  bit 62 and bit 0 is sticky: it is set whenever the value has non-zero bits beyond those
 *  in sig. Flush-to-zero applies to single and double only. */
export function roundPack(sign: u32, exp: i32, sig: u64, N: u32, fpcr: u32, rounding: u32): u64 {
  const F = fracBits(N);
  const minExp = minExponent(N);
  if (exp < minExp && (fpcr & FPCR_FZ) && N != 16) {
    // Flush-to-zero of a tiny result: Underflow, but not Inexact.
    raiseFp(FPSR_UFC);
    return fpZero(sign, N);
  }
  let biased: i32;
  if (exp < minExp) {
    sig = shiftRightJam(sig, <u32>(minExp - exp));
    biased = 0;
  } else {
    biased = exp - minExp + 1;
  }
  const shift = <u64>(62 - F);
  let mant = sig >>> shift;
  const error = sig & ((<u64>1 << shift) - 1);
  const half = <u64>1 << (shift - 1);
  if (biased == 0 && error != 0) raiseFp(FPSR_UFC);

  let roundUp = false;
  let overflowToInf = true;
  switch (rounding) {
    case ROUND_TIEEVEN:
      roundUp = error > half || (error == half && (mant & 1) != 0);
      break;
    case ROUND_TIEAWAY:
      roundUp = error >= half;
      break;
    case ROUND_POSINF:
      roundUp = error != 0 && sign == 0;
      overflowToInf = sign == 0;
      break;
    case ROUND_NEGINF:
      roundUp = error != 0 && sign != 0;
      overflowToInf = sign != 0;
      break;
    default: // ROUND_ZERO and ROUND_ODD truncate
      roundUp = false;
      overflowToInf = false;
  }
  // Round to odd: an inexact result has its least significant bit set.
  if (rounding == ROUND_ODD && error != 0) mant |= 1;
  if (roundUp) {
    mant++;
    if (mant == <u64>1 << <u64>F) biased = 1; // denormal rounded up to the smallest normal
    if (mant == <u64>1 << <u64>(F + 1)) {
      biased++;
      mant >>>= 1;
    }
  }

  const E = expBits(N);
  if (N == 16 && (fpcr & FPCR_AHP)) {
    // Alternative half-precision: no infinities; overflow saturates and is Invalid.
    if (biased >= 1 << E) {
      raiseFp(FPSR_IOC);
      return fpZero(sign, N) | (signMask(N) - 1);
    }
  } else if (biased >= (1 << E) - 1) {
    raiseFp(FPSR_OFC | FPSR_IXC);
    return overflowToInf ? fpInfinity(sign, N) : fpMaxNormal(sign, N);
  }
  if (error != 0) raiseFp(FPSR_IXC);
  return fpZero(sign, N) | (<u64>biased << <u64>F) | (mant & ((<u64>1 << <u64>F) - 1));
}

/** roundPack for any non-zero sig: normalises it first (the value is sig * 2^(exp - 62)). */
export function normRoundPack(sign: u32, exp: i32, sig: u64, N: u32, fpcr: u32, rounding: u32): u64 {
  const lz = <i32>clz(sig);
  if (lz == 0) return roundPack(sign, exp + 1, (sig >>> 1) | (sig & 1), N, fpcr, rounding);
  return roundPack(sign, exp - (lz - 1), sig << <u64>(lz - 1), N, fpcr, rounding);
}

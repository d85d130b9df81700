// IEEE 754 binary16/32/64 formats as the Arm ARM handles them (shared pseudocode,
// shared/functions/float): FPUnpack, FPProcessNaN(s), FPDefaultNaN and the constant encodings.
// A format is named by its width N (16, 32, 64); values travel as raw bits in a u64.
//
// Unpacked numbers use one layout everywhere: value = sig * 2^(exp - 62) with the leading
// one of sig at bit 62, so `exp` is the unbiased exponent of the leading digit.
import { FPCR_AHP, FPCR_DN, FPCR_FZ, FPSR_IDC, FPSR_IOC, raiseFp } from "./status";

// FPType
export const FP_ZERO: u32 = 0;
/** Normal or denormal number. */
export const FP_NONZERO: u32 = 1;
export const FP_INFINITY: u32 = 2;
export const FP_QNAN: u32 = 3;
export const FP_SNAN: u32 = 4;

@inline export function isNaNType(type: u32): bool {
  return type >= FP_QNAN;
}

@inline export function fracBits(N: u32): u32 {
  return N == 64 ? 52 : N == 32 ? 23 : 10;
}
@inline export function expBits(N: u32): u32 {
  return N == 64 ? 11 : N == 32 ? 8 : 5;
}
/** Unbiased exponent of the smallest normal number. */
@inline export function minExponent(N: u32): i32 {
  return N == 64 ? -1022 : N == 32 ? -126 : -14;
}
@inline export function signMask(N: u32): u64 {
  return <u64>1 << <u64>(N - 1);
}
@inline export function fpZero(sign: u32, N: u32): u64 {
  return sign ? signMask(N) : 0;
}
@inline export function fpInfinity(sign: u32, N: u32): u64 {
  const F = fracBits(N);
  return fpZero(sign, N) | (((<u64>1 << <u64>expBits(N)) - 1) << <u64>F);
}
@inline export function fpMaxNormal(sign: u32, N: u32): u64 {
  return fpInfinity(sign, N) - 1;
}
/** The most significant fraction bit: set in quiet NaNs. */
@inline export function quietBit(N: u32): u64 {
  return <u64>1 << <u64>(fracBits(N) - 1);
}
/** FPDefaultNaN: positive, quiet, zero payload. */
@inline export function fpDefaultNaN(N: u32): u64 {
  return fpInfinity(0, N) | quietBit(N);
}

// Result of unpack()
export let unpackedType: u32 = 0;
export let unpackedSign: u32 = 0;
export let unpackedExp: i32 = 0;
export let unpackedSig: u64 = 0;

/** FPUnpack: classify `bits` and, for numbers, set unpackedExp/unpackedSig. Single and double
 *  denormals are flushed to zero (with IDC) when FPCR.FZ is set; half precision is never
 *  flushed (FZ16 is not in Armv8.0). With FPCR.AHP a half-precision all-ones exponent is an
 *  ordinary number (alternative half-precision has no infinities or NaNs). */
export function unpack(bits: u64, N: u32, fpcr: u32): void {
  const F = fracBits(N);
  const E = expBits(N);
  const biased = <i32>((bits >>> <u64>F) & ((<u64>1 << <u64>E) - 1));
  const frac = bits & ((<u64>1 << <u64>F) - 1);
  unpackedSign = <u32>(bits >>> <u64>(N - 1)) & 1;
  if (biased == 0) {
    if (frac == 0) {
      unpackedType = FP_ZERO;
      return;
    }
    if ((fpcr & FPCR_FZ) && N != 16) {
      unpackedType = FP_ZERO;
      raiseFp(FPSR_IDC);
      return;
    }
    const lz = <i32>clz(frac);
    unpackedType = FP_NONZERO;
    unpackedSig = frac << <u64>(lz - 1);
    unpackedExp = 63 - lz + minExponent(N) - <i32>F;
    return;
  }
  if (biased == (1 << E) - 1 && !(N == 16 && (fpcr & FPCR_AHP))) {
    if (frac == 0) unpackedType = FP_INFINITY;
    else unpackedType = (frac & quietBit(N)) ? FP_QNAN : FP_SNAN;
    return;
  }
  unpackedType = FP_NONZERO;
  unpackedSig = (frac | (<u64>1 << <u64>F)) << <u64>(62 - F);
  unpackedExp = biased + minExponent(N) - 1;
}

/** FPProcessNaN: quieten a signalling NaN (raising Invalid Operation), or use the default
 *  NaN when FPCR.DN is set. */
export function processNaN(type: u32, bits: u64, N: u32, fpcr: u32): u64 {
  let result = bits;
  if (type == FP_SNAN) {
    result |= quietBit(N);
    raiseFp(FPSR_IOC);
  }
  if (fpcr & FPCR_DN) result = fpDefaultNaN(N);
  return result;
}

/** FPProcessNaNs for two operands of which at least one is a NaN: signalling NaNs first,
 *  then quiet ones, the first operand before the second. */
export function processNaNs(type1: u32, type2: u32, op1: u64, op2: u64, N: u32, fpcr: u32): u64 {
  if (type1 == FP_SNAN) return processNaN(type1, op1, N, fpcr);
  if (type2 == FP_SNAN) return processNaN(type2, op2, N, fpcr);
  if (type1 == FP_QNAN) return processNaN(type1, op1, N, fpcr);
  return processNaN(type2, op2, N, fpcr);
}

/** FPProcessNaNs3 for three operands of which at least one is a NaN. */
export function processNaNs3(type1: u32, type2: u32, type3: u32, op1: u64, op2: u64, op3: u64, N: u32, fpcr: u32): u64 {
  if (type1 == FP_SNAN) return processNaN(type1, op1, N, fpcr);
  if (type2 == FP_SNAN) return processNaN(type2, op2, N, fpcr);
  if (type3 == FP_SNAN) return processNaN(type3, op3, N, fpcr);
  if (type1 == FP_QNAN) return processNaN(type1, op1, N, fpcr);
  if (type2 == FP_QNAN) return processNaN(type2, op2, N, fpcr);
  return processNaN(type3, op3, N, fpcr);
}

// FPCompare, FPMax, FPMin, FPMaxNum, FPMinNum (Arm ARM shared pseudocode,
// shared/functions/float) for single and double.
import { FPSR_IOC, raiseFp } from "./status";
import { unpack, unpackedType, unpackedSign, processNaNs, isNaNType, FP_ZERO, FP_QNAN, FP_SNAN,
  fpInfinity, fpZero, signMask } from "./format";

// NZCV results of FPCompare, in the NZCV register layout (bits 31:28).
export const NZCV_EQUAL: u32 = 0x60000000;
export const NZCV_LESS: u32 = 0x80000000;
export const NZCV_GREATER: u32 = 0x20000000;
export const NZCV_UNORDERED: u32 = 0x30000000;

/** A signed integer that orders numbers like their values (after flush-to-zero). */
@inline function orderKey(bits: u64, type: u32, N: u32): i64 {
  if (type == FP_ZERO) return 0;
  const magnitude = <i64>(bits & (signMask(N) - 1));
  return (bits & signMask(N)) ? -magnitude : magnitude;
}

/** FPCompare: NZCV for op1 vs op2. Signalling NaNs are Invalid; with signalNaNs (FCMPE)
 *  quiet NaNs are too. */
export function fpCompare(op1: u64, op2: u64, signalNaNs: bool, N: u32, fpcr: u32): u32 {
  unpack(op1, N, fpcr);
  const type1 = unpackedType;
  unpack(op2, N, fpcr);
  const type2 = unpackedType;
  if (isNaNType(type1) || isNaNType(type2)) {
    if (type1 == FP_SNAN || type2 == FP_SNAN || signalNaNs) raiseFp(FPSR_IOC);
    return NZCV_UNORDERED;
  }
  const k1 = orderKey(op1, type1, N);
  const k2 = orderKey(op2, type2, N);
  if (k1 == k2) return NZCV_EQUAL;
  return k1 < k2 ? NZCV_LESS : NZCV_GREATER;
}

/** FPMax (isMax) and FPMin. */
export function fpMinMax(op1: u64, op2: u64, isMax: bool, N: u32, fpcr: u32): u64 {
  unpack(op1, N, fpcr);
  const type1 = unpackedType;
  const sign1 = unpackedSign;
  unpack(op2, N, fpcr);
  const type2 = unpackedType;
  const sign2 = unpackedSign;
  if (isNaNType(type1) || isNaNType(type2)) return processNaNs(type1, type2, op1, op2, N, fpcr);
  const k1 = orderKey(op1, type1, N);
  const k2 = orderKey(op2, type2, N);
  const first = isMax ? k1 > k2 : k1 < k2;
  const type = first ? type1 : type2;
  // Between zeros, max prefers +0 and min prefers -0.
  if (type == FP_ZERO) return fpZero(isMax ? sign1 & sign2 : sign1 | sign2, N);
  // Infinities and numbers come back unchanged (FPRound of a representable value).
  return first ? op1 : op2;
}

/** FPMaxNum (isMax) and FPMinNum: a single quiet NaN loses to any number. */
export function fpMinMaxNum(op1: u64, op2: u64, isMax: bool, N: u32, fpcr: u32): u64 {
  unpack(op1, N, fpcr);
  const quiet1 = unpackedType == FP_QNAN;
  unpack(op2, N, fpcr);
  const quiet2 = unpackedType == FP_QNAN;
  const loser = fpInfinity(isMax ? 1 : 0, N);
  if (quiet1 && !quiet2) op1 = loser;
  else if (!quiet1 && quiet2) op2 = loser;
  return fpMinMax(op1, op2, isMax, N, fpcr);
}

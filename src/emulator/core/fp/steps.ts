// Advanced SIMD arithmetic helpers (Arm ARM shared pseudocode, shared/functions/float):
// FPMulX and the Newton-Raphson steps FPRecipStepFused and FPRSqrtStepFused, for single and
// double. Infinity times zero gives a finite constant here instead of the default NaN.
import { unpack, unpackedType, unpackedSign, processNaNs, isNaNType, FP_ZERO, FP_INFINITY,
  fracBits, fpZero, signMask } from "./format";
import { fpMul } from "./arith";
import { fpMulAdd } from "./fma";

/** The value 2^exp * (1 + fraction/4) with the given sign: FPTwo, FPThree, FPOnePointFive. */
@inline function constant(sign: u32, exp: i32, quarterFraction: u64, N: u32): u64 {
  const F = fracBits(N);
  const bias = N == 64 ? 1023 : 127;
  return fpZero(sign, N) | (<u64>(exp + bias) << <u64>F) | (quarterFraction << <u64>(F - 2));
}

// Operand classes from the last two unpack() calls.
let type1: u32 = 0;
let type2: u32 = 0;
let sign1: u32 = 0;
let sign2: u32 = 0;

@inline function classify(op1: u64, op2: u64, N: u32, fpcr: u32): void {
  unpack(op1, N, fpcr);
  type1 = unpackedType;
  sign1 = unpackedSign;
  unpack(op2, N, fpcr);
  type2 = unpackedType;
  sign2 = unpackedSign;
}

@inline function infinityTimesZero(): bool {
  return (type1 == FP_INFINITY && type2 == FP_ZERO) || (type1 == FP_ZERO && type2 == FP_INFINITY);
}

/** FPMulX (FMULX): FPMul, except that infinity times zero is 2.0 with the product's sign. */
export function fpMulX(op1: u64, op2: u64, N: u32, fpcr: u32): u64 {
  classify(op1, op2, N, fpcr);
  if (isNaNType(type1) || isNaNType(type2)) return processNaNs(type1, type2, op1, op2, N, fpcr);
  if (infinityTimesZero()) return constant(sign1 ^ sign2, 1, 0, N);
  return fpMul(op1, op2, N, fpcr);
}

/** FPRecipStepFused (FRECPS): 2.0 - op1 * op2 with one rounding; infinity times zero is 2.0.
 *  NaN operands propagate with op1 negated, as the pseudocode negates it first. */
export function fpRecipStepFused(op1: u64, op2: u64, N: u32, fpcr: u32): u64 {
  const negated = op1 ^ signMask(N);
  classify(negated, op2, N, fpcr);
  if (isNaNType(type1) || isNaNType(type2)) return processNaNs(type1, type2, negated, op2, N, fpcr);
  if (infinityTimesZero()) return constant(0, 1, 0, N);
  return fpMulAdd(constant(0, 1, 0, N), negated, op2, N, fpcr);
}

/** FPRSqrtStepFused (FRSQRTS): (3.0 - op1 * op2) / 2 with one rounding; infinity times zero
 *  is 1.5. */
export function fpRSqrtStepFused(op1: u64, op2: u64, N: u32, fpcr: u32): u64 {
  const negated = op1 ^ signMask(N);
  classify(negated, op2, N, fpcr);
  if (isNaNType(type1) || isNaNType(type2)) return processNaNs(type1, type2, negated, op2, N, fpcr);
  if (infinityTimesZero()) return constant(0, 0, 2, N);
  return fpMulAdd(constant(0, 1, 2, N), negated, op2, N, fpcr, -1);
}

// Shared machinery of the Advanced SIMD floating-point instructions (C4.1 "Data Processing --
// Scalar Floating-Point and Advanced SIMD"): element access to the SIMD&FP registers, a
// result vector built element by element, and the per-element operations of the Arm ARM
// pseudocode mapped onto the floating-point library.
//
// Elements are N = 16, 32 or 64 bits wide (arithmetic uses 32 and 64 only; 16-bit elements
// appear in the half-precision conversions FCVTL/FCVTN). Every instruction reads all of its
// source elements before it writes its destination, and the exceptions of all its element
// operations are ORed into FPSR once (FPProcessException with every trap disabled).
import { cpu, OFF_V } from "../state";
import { fpAddSub, fpMul, fpDiv, fpSqrt } from "../fp/arith";
import { fpMulAdd } from "../fp/fma";
import { fpCompare, fpMinMax, fpMinMaxNum, NZCV_EQUAL, NZCV_GREATER } from "../fp/compare";
import { fpMulX, fpRecipStepFused, fpRSqrtStepFused } from "../fp/steps";
import { signMask } from "../fp/format";

/** Address of V[n]. */
@inline export function vAddress(n: u32): usize {
  return cpu + OFF_V + (<usize>n << 4);
}

/** Elem[V[n], e, N], zero-extended. */
@inline export function elem(n: u32, e: u32, N: u32): u64 {
  const a = vAddress(n) + (<usize>(e * N) >>> 3);
  if (N == 64) return load<u64>(a);
  if (N == 32) return <u64>load<u32>(a);
  return <u64>load<u16>(a);
}

// ---- Result vector --------------------------------------------------------------------------------

/** The 128-bit result being built: bits 63:0 and 127:64. */
let resultLo: u64 = 0;
let resultHi: u64 = 0;

@inline export function clearResult(): void {
  resultLo = 0;
  resultHi = 0;
}

/** Elem[result, e, N] = value (value has no bits above N). */
@inline export function setResult(e: u32, N: u32, value: u64): void {
  const bit = e * N;
  const shift = <u64>(bit & 63);
  const mask: u64 = (N == 64 ? <u64>-1 : (<u64>1 << <u64>N) - 1) << shift;
  if (bit < 64) resultLo = (resultLo & ~mask) | (value << shift);
  else resultHi = (resultHi & ~mask) | (value << shift);
}

@inline export function resultLow(): u64 {
  return resultLo;
}

/** V[d] = result, keeping only bits 63:0 (and clearing 127:64) when Q is 0. */
@inline export function writeResult(d: u32, Q: u32): void {
  const a = vAddress(d);
  store<u64>(a, resultLo);
  store<u64>(a, Q ? resultHi : 0, 8);
}

// ---- Element operations ------------------------------------------------------------------------

// Binary operations, Elem[result] = op(Elem[Vn], Elem[Vm]) (MLA/MLS also read Elem[Vd]).
export const OP_ADD: u32 = 0;
export const OP_SUB: u32 = 1;
export const OP_MUL: u32 = 2;
export const OP_DIV: u32 = 3;
export const OP_MAX: u32 = 4;
export const OP_MIN: u32 = 5;
export const OP_MAXNM: u32 = 6;
export const OP_MINNM: u32 = 7;
export const OP_MULX: u32 = 8;
export const OP_ABD: u32 = 9;
export const OP_RECPS: u32 = 10;
export const OP_RSQRTS: u32 = 11;
export const OP_CMEQ: u32 = 12;
export const OP_CMGE: u32 = 13;
export const OP_CMGT: u32 = 14;
export const OP_ACGE: u32 = 15;
export const OP_ACGT: u32 = 16;
export const OP_MLA: u32 = 17;
export const OP_MLS: u32 = 18;

/** All ones of N bits (a comparison that holds), or zero. */
@inline export function maskOf(holds: bool, N: u32): u64 {
  return holds ? (N == 64 ? <u64>-1 : (<u64>1 << <u64>N) - 1) : 0;
}

/** FPCompareEQ: quiet NaNs compare unequal without an exception. */
@inline export function compareEQ(a: u64, b: u64, N: u32, fpcr: u32): u64 {
  return maskOf(fpCompare(a, b, false, N, fpcr) == NZCV_EQUAL, N);
}
/** FPCompareGE: any NaN is Invalid Operation. */
@inline export function compareGE(a: u64, b: u64, N: u32, fpcr: u32): u64 {
  const nzcv = fpCompare(a, b, true, N, fpcr);
  return maskOf(nzcv == NZCV_EQUAL || nzcv == NZCV_GREATER, N);
}
/** FPCompareGT: any NaN is Invalid Operation. */
@inline export function compareGT(a: u64, b: u64, N: u32, fpcr: u32): u64 {
  return maskOf(fpCompare(a, b, true, N, fpcr) == NZCV_GREATER, N);
}

/** One element of a binary (or multiply-accumulate, with accumulator d) operation. */
export function binaryOp(op: u32, a: u64, b: u64, d: u64, N: u32, fpcr: u32): u64 {
  const sign = signMask(N);
  switch (op) {
    case OP_ADD: return fpAddSub(a, b, false, N, fpcr);
    case OP_SUB: return fpAddSub(a, b, true, N, fpcr);
    case OP_MUL: return fpMul(a, b, N, fpcr);
    case OP_DIV: return fpDiv(a, b, N, fpcr);
    case OP_MAX: return fpMinMax(a, b, true, N, fpcr);
    case OP_MIN: return fpMinMax(a, b, false, N, fpcr);
    case OP_MAXNM: return fpMinMaxNum(a, b, true, N, fpcr);
    case OP_MINNM: return fpMinMaxNum(a, b, false, N, fpcr);
    case OP_MULX: return fpMulX(a, b, N, fpcr);
    // FPAbs(FPSub()): the sign of a NaN result is cleared too.
    case OP_ABD: return fpAddSub(a, b, true, N, fpcr) & ~sign;
    case OP_RECPS: return fpRecipStepFused(a, b, N, fpcr);
    case OP_RSQRTS: return fpRSqrtStepFused(a, b, N, fpcr);
    case OP_CMEQ: return compareEQ(a, b, N, fpcr);
    case OP_CMGE: return compareGE(a, b, N, fpcr);
    case OP_CMGT: return compareGT(a, b, N, fpcr);
    case OP_ACGE: return compareGE(a & ~sign, b & ~sign, N, fpcr);
    case OP_ACGT: return compareGT(a & ~sign, b & ~sign, N, fpcr);
    case OP_MLA: return fpMulAdd(d, a, b, N, fpcr);
    default: return fpMulAdd(d, a ^ sign, b, N, fpcr); // OP_MLS: FPNeg of the Vn element
  }
}

/** Element size of a `sz` field: 0 single, 1 double. */
@inline export function esizeOf(sz: u32): u32 {
  return sz ? 64 : 32;
}

/** Number of N-bit elements in a 64-bit (Q = 0) or 128-bit vector. */
@inline export function elementsOf(Q: u32, N: u32): u32 {
  return (Q ? 128 : 64) / N;
}

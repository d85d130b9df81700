// Entry point that exposes the floating-point library on its own (not part of the core
// build): tests/fp-softfloat.test.ts compiles it and numbers the operations as its ARITH table does.
import { fpAddSub, fpMul, fpDiv, fpSqrt } from "./arith";
import { fpMulAdd } from "./fma";
import { fpCompare, fpMinMax, fpMinMaxNum } from "./compare";
import { fpConvert, fpToFixed, fixedToFp, fpRoundInt } from "./convert";
import { fpcrRounding, takeFpExceptions } from "./status";
import { signMask } from "./format";

/** Binary and ternary operations on format N. */
export function arith(op: u32, N: u32, fpcr: u32, a: u64, b: u64, c: u64): u64 {
  const s = signMask(N);
  switch (op) {
    case 0: return fpAddSub(a, b, false, N, fpcr);
    case 1: return fpAddSub(a, b, true, N, fpcr);
    case 2: return fpMul(a, b, N, fpcr);
    case 3: return fpDiv(a, b, N, fpcr);
    case 4: return fpMul(a, b, N, fpcr) ^ s;
    case 5: return fpMinMax(a, b, true, N, fpcr);
    case 6: return fpMinMax(a, b, false, N, fpcr);
    case 7: return fpMinMaxNum(a, b, true, N, fpcr);
    case 8: return fpMinMaxNum(a, b, false, N, fpcr);
    case 9: return fpSqrt(a, N, fpcr);
    // fmadd/fmsub/fnmadd/fnmsub d0, d1(a), d2(b), d3(c)
    case 10: return fpMulAdd(c, a, b, N, fpcr);
    case 11: return fpMulAdd(c, a ^ s, b, N, fpcr);
    case 12: return fpMulAdd(c ^ s, a ^ s, b, N, fpcr);
    case 13: return fpMulAdd(c ^ s, a, b, N, fpcr);
    case 14: return <u64>fpCompare(a, b, false, N, fpcr);
    case 15: return <u64>fpCompare(a, b, true, N, fpcr);
    default: return 0;
  }
}

/** FPConvert from N to M bits with the FPCR rounding mode. */
export function convert(N: u32, M: u32, fpcr: u32, a: u64): u64 {
  return fpConvert(a, N, M, fpcr, fpcrRounding(fpcr));
}

/** FPToFixed; rounding 5 means "from FPCR". */
export function toFixed(N: u32, M: u32, fbits: u32, unsigned: bool, rounding: u32, fpcr: u32, a: u64): u64 {
  return fpToFixed(a, N, fbits, unsigned, M, fpcr, rounding == 5 ? fpcrRounding(fpcr) : rounding);
}

export function fromFixed(M: u32, N: u32, fbits: u32, unsigned: bool, fpcr: u32, a: u64): u64 {
  return fixedToFp(a, M, fbits, unsigned, N, fpcr, fpcrRounding(fpcr));
}

/** FPRoundInt; rounding 5 means "from FPCR". */
export function roundInt(N: u32, rounding: u32, exact: bool, fpcr: u32, a: u64): u64 {
  return fpRoundInt(a, N, fpcr, rounding == 5 ? fpcrRounding(fpcr) : rounding, exact);
}

export function exceptions(): u32 {
  return takeFpExceptions();
}

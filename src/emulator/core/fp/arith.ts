// FPAdd, FPSub, FPMul, FPDiv, FPSqrt (Arm ARM shared pseudocode, shared/functions/float)
// for single (N = 32) and double (N = 64).
//
// Every operation has a fast path for the common case: FPCR.RMode = RN, normal operands and
// a normal result larger than the smallest normal (so tininess, flushing, overflow and NaNs
// cannot arise). There WebAssembly's correctly rounded (round-to-nearest-even) arithmetic
// gives the result and an exact test gives Inexact: TwoSum for addition, trailing-zero counts
// for multiplication, odd-part products for division and square root. Everything else goes
// through the exact path: an integer significand with a sticky bit, rounded by roundPack.
import { fpcrRounding, FPSR_DZC, FPSR_IOC, FPSR_IXC, raiseFp, ROUND_NEGINF, ROUND_TIEEVEN } from "./status";
import { unpack, unpackedType, unpackedSign, unpackedExp, unpackedSig, processNaN, processNaNs,
  isNaNType, FP_ZERO, FP_INFINITY, fpDefaultNaN, fpInfinity, fpZero } from "./format";
import { roundPack, normRoundPack, shiftRightJam } from "./round";
import { mul64, wideHi, shiftLeft128 } from "./wide";

// ---- Fast-path predicates ----------------------------------------------------------------------

/** Biased exponent in [1, max-1]: a normal number (not zero, denormal, infinity or NaN). */
@inline export function isNormal64(x: u64): bool {
  return <u32>((x >>> 52) & 0x7ff) - 1 < 0x7fe;
}
@inline export function isNormal32(x: u64): bool {
  return <u32>((x >>> 23) & 0xff) - 1 < 0xfe;
}
/** Finite and larger in magnitude than the smallest normal number. */
@inline export function isSafeResult64(x: u64): bool {
  const mag = x & 0x7fffffffffffffff;
  return mag > 0x0010000000000000 && mag < 0x7ff0000000000000;
}
@inline export function isSafeResult32(x: u64): bool {
  const mag = x & 0x7fffffff;
  return mag > 0x00800000 && mag < 0x7f800000;
}
@inline function significand64(x: u64): u64 {
  return (x & 0xfffffffffffff) | 0x10000000000000;
}
@inline function oddPart(x: u64): u64 {
  return x >>> ctz(x);
}
@inline function bitLength(x: u64): u32 {
  return 64 - <u32>clz(x);
}
/** Is the product of two odd numbers of at most 53 bits equal to the odd number c? */
@inline function oddProductEquals(a: u64, b: u64, c: u64): bool {
  // A product of more than 54 bits cannot equal c; a shorter one fits in a u64.
  if (bitLength(a) + bitLength(b) > 54) return false;
  return a * b == c;
}

// ---- Addition and subtraction -------------------------------------------------------------------

/** FPAdd (negate2 = false) and FPSub (negate2 = true). */
export function fpAddSub(op1: u64, op2: u64, negate2: bool, N: u32, fpcr: u32): u64 {
  if (fpcrRounding(fpcr) == ROUND_TIEEVEN) {
    if (N == 64) {
      if (isNormal64(op1) && isNormal64(op2)) {
        const x = reinterpret<f64>(op1);
        const y = negate2 ? -reinterpret<f64>(op2) : reinterpret<f64>(op2);
        const s = x + y;
        const bits = reinterpret<u64>(s);
        if (isSafeResult64(bits)) {
          // TwoSum: the rounding error of x + y, exactly.
          const yv = s - x;
          if ((x - (s - yv)) + (y - yv) != 0) raiseFp(FPSR_IXC);
          return bits;
        }
      }
    } else if (isNormal32(op1) && isNormal32(op2)) {
      const x = reinterpret<f32>(<u32>op1);
      const y = negate2 ? -reinterpret<f32>(<u32>op2) : reinterpret<f32>(<u32>op2);
      const s = x + y;
      const bits = <u64>reinterpret<u32>(s);
      if (isSafeResult32(bits)) {
        const yv = s - x;
        if ((x - (s - yv)) + (y - yv) != 0) raiseFp(FPSR_IXC);
        return bits;
      }
    }
  }
  return addSubExact(op1, op2, negate2, N, fpcr);
}

function addSubExact(op1: u64, op2: u64, negate2: bool, N: u32, fpcr: u32): u64 {
  const rounding = fpcrRounding(fpcr);
  unpack(op1, N, fpcr);
  const type1 = unpackedType;
  let sign1 = unpackedSign;
  let exp1 = unpackedExp;
  let sig1 = unpackedSig;
  unpack(op2, N, fpcr);
  const type2 = unpackedType;
  let sign2 = unpackedSign ^ (negate2 ? 1 : 0);
  let exp2 = unpackedExp;
  let sig2 = unpackedSig;
  if (isNaNType(type1) || isNaNType(type2)) return processNaNs(type1, type2, op1, op2, N, fpcr);
  const inf1 = type1 == FP_INFINITY;
  const inf2 = type2 == FP_INFINITY;
  if (inf1 && inf2 && sign1 != sign2) {
    raiseFp(FPSR_IOC);
    return fpDefaultNaN(N);
  }
  if ((inf1 && sign1 == 0) || (inf2 && sign2 == 0)) return fpInfinity(0, N);
  if (inf1 || inf2) return fpInfinity(1, N);
  const zero1 = type1 == FP_ZERO;
  const zero2 = type2 == FP_ZERO;
  if (zero1 && zero2) {
    if (sign1 == sign2) return fpZero(sign1, N);
    return fpZero(rounding == ROUND_NEGINF ? 1 : 0, N);
  }
  if (zero1) return roundPack(sign2, exp2, sig2, N, fpcr, rounding);
  if (zero2) return roundPack(sign1, exp1, sig1, N, fpcr, rounding);
  // Make operand 1 the larger in magnitude, then align operand 2 to it.
  if (exp1 < exp2 || (exp1 == exp2 && sig1 < sig2)) {
    const s = sign1; sign1 = sign2; sign2 = s;
    const e = exp1; exp1 = exp2; exp2 = e;
    const m = sig1; sig1 = sig2; sig2 = m;
  }
  const gap = exp1 - exp2;
  sig2 = shiftRightJam(sig2, gap > 63 ? 63 : <u32>gap);
  if (sign1 == sign2) return normRoundPack(sign1, exp1, sig1 + sig2, N, fpcr, rounding);
  const diff = sig1 - sig2;
  // An exact zero sum is +0, or -0 when rounding towards minus infinity.
  if (diff == 0) return fpZero(rounding == ROUND_NEGINF ? 1 : 0, N);
  return normRoundPack(sign1, exp1, diff, N, fpcr, rounding);
}

// ---- Multiplication ------------------------------------------------------------------------------

/** FPMul. */
export function fpMul(op1: u64, op2: u64, N: u32, fpcr: u32): u64 {
  if (fpcrRounding(fpcr) == ROUND_TIEEVEN) {
    if (N == 64) {
      if (isNormal64(op1) && isNormal64(op2)) {
        const bits = reinterpret<u64>(reinterpret<f64>(op1) * reinterpret<f64>(op2));
        if (isSafeResult64(bits)) {
          // The exact product of the significands has ctz(a) + ctz(b) trailing zeros; the
          // rounded result keeps its top 53 of 105 or 106 bits (106 when the exponent carried).
          const carry = <i32>((bits >>> 52) & 0x7ff) - <i32>((op1 >>> 52) & 0x7ff) - <i32>((op2 >>> 52) & 0x7ff) + 1023;
          if (<i32>(ctz(significand64(op1)) + ctz(significand64(op2))) < 52 + carry) raiseFp(FPSR_IXC);
          return bits;
        }
      }
    } else if (isNormal32(op1) && isNormal32(op2)) {
      // The double product of two singles is exact; one rounding to single follows.
      const p = <f64>reinterpret<f32>(<u32>op1) * <f64>reinterpret<f32>(<u32>op2);
      const r = <f32>p;
      const bits = <u64>reinterpret<u32>(r);
      if (isSafeResult32(bits)) {
        if (<f64>r != p) raiseFp(FPSR_IXC);
        return bits;
      }
    }
  }
  return mulExact(op1, op2, N, fpcr);
}

function mulExact(op1: u64, op2: u64, N: u32, fpcr: u32): u64 {
  unpack(op1, N, fpcr);
  const type1 = unpackedType;
  const sign1 = unpackedSign;
  const exp1 = unpackedExp;
  const sig1 = unpackedSig;
  unpack(op2, N, fpcr);
  const type2 = unpackedType;
  const sign = sign1 ^ unpackedSign;
  if (isNaNType(type1) || isNaNType(type2)) return processNaNs(type1, type2, op1, op2, N, fpcr);
  const inf1 = type1 == FP_INFINITY;
  const inf2 = type2 == FP_INFINITY;
  const zero1 = type1 == FP_ZERO;
  const zero2 = type2 == FP_ZERO;
  if ((inf1 && zero2) || (zero1 && inf2)) {
    raiseFp(FPSR_IOC);
    return fpDefaultNaN(N);
  }
  if (inf1 || inf2) return fpInfinity(sign, N);
  if (zero1 || zero2) return fpZero(sign, N);
  // sig1 * sig2 is in [2^124, 2^126); keep its top bits with a sticky bit.
  const lo = mul64(sig1, unpackedSig);
  const hi = wideHi;
  const sig = (hi << 2) | (lo >>> 62) | ((lo & 0x3fffffffffffffff) != 0 ? 1 : 0);
  return normRoundPack(sign, exp1 + unpackedExp, sig, N, fpcr, fpcrRounding(fpcr));
}

// ---- Division --------------------------------------------------------------------------------------

/** FPDiv. */
export function fpDiv(op1: u64, op2: u64, N: u32, fpcr: u32): u64 {
  if (fpcrRounding(fpcr) == ROUND_TIEEVEN) {
    if (N == 64) {
      if (isNormal64(op1) && isNormal64(op2)) {
        const bits = reinterpret<u64>(reinterpret<f64>(op1) / reinterpret<f64>(op2));
        if (isSafeResult64(bits)) {
          // Exact iff q * b == a, i.e. iff the odd parts of the significands multiply up.
          if (!oddProductEquals(oddPart(significand64(bits)), oddPart(significand64(op2)), oddPart(significand64(op1)))) {
            raiseFp(FPSR_IXC);
          }
          return bits;
        }
      }
    } else if (isNormal32(op1) && isNormal32(op2)) {
      const x = reinterpret<f32>(<u32>op1);
      const y = reinterpret<f32>(<u32>op2);
      const q = x / y;
      const bits = <u64>reinterpret<u32>(q);
      if (isSafeResult32(bits)) {
        if (<f64>q * <f64>y != <f64>x) raiseFp(FPSR_IXC);
        return bits;
      }
    }
  }
  return divExact(op1, op2, N, fpcr);
}

/** The top 53 bits of an exact value given its round-to-nearest approximation `approx`
 *  (a 53-bit integer significand) and the sign of (exact - approx), as a roundPack
 *  significand: truncated bits, the half-unit guard bit and the sticky bit. The exact value
 *  is never a midpoint and never lies below a power of two that approx equals (no 53-bit
 *  quotient or square root of 53-bit significands does), so this is exact information. */
@inline function significandFromResidual(approx: u64, residualSign: i32): u64 {
  if (residualSign == 0) return approx << 10;
  if (residualSign > 0) return (approx << 10) | 1;
  return ((approx - 1) << 10) | 0x200 | 1;
}

/** Compare (hi1, lo1) with (hi2, lo2): -1, 0 or 1. */
@inline function compare128(hi1: u64, lo1: u64, hi2: u64, lo2: u64): i32 {
  if (hi1 != hi2) return hi1 < hi2 ? -1 : 1;
  if (lo1 != lo2) return lo1 < lo2 ? -1 : 1;
  return 0;
}

function divExact(op1: u64, op2: u64, N: u32, fpcr: u32): u64 {
  unpack(op1, N, fpcr);
  const type1 = unpackedType;
  const sign1 = unpackedSign;
  const exp1 = unpackedExp;
  const sig1 = unpackedSig;
  unpack(op2, N, fpcr);
  const type2 = unpackedType;
  const sign = sign1 ^ unpackedSign;
  if (isNaNType(type1) || isNaNType(type2)) return processNaNs(type1, type2, op1, op2, N, fpcr);
  const inf1 = type1 == FP_INFINITY;
  const inf2 = type2 == FP_INFINITY;
  const zero1 = type1 == FP_ZERO;
  const zero2 = type2 == FP_ZERO;
  if ((inf1 && inf2) || (zero1 && zero2)) {
    raiseFp(FPSR_IOC);
    return fpDefaultNaN(N);
  }
  if (inf1 || zero2) {
    if (!inf1) raiseFp(FPSR_DZC);
    return fpInfinity(sign, N);
  }
  if (zero1 || inf2) return fpZero(sign, N);
  // Significands as 53-bit integers (exact in f64); their quotient lies in (1/2, 2).
  const a = sig1 >>> 10;
  const b = unpackedSig >>> 10;
  const q = reinterpret<u64>(<f64>a / <f64>b);
  const qExp = <i32>((q >>> 52) & 0x7ff) - 1023; // 0 or -1
  const qSig = significand64(q);
  // exact - q has the sign of a * 2^(52 - qExp) - qSig * b.
  const lo = mul64(qSig, b);
  const hi = wideHi;
  const alo = shiftLeft128(0, a, <u32>(52 - qExp));
  const residual = compare128(wideHi, alo, hi, lo);
  return roundPack(sign, exp1 - unpackedExp + qExp, significandFromResidual(qSig, residual), N, fpcr, fpcrRounding(fpcr));
}

// ---- Square root -----------------------------------------------------------------------------------

/** FPSqrt. */
export function fpSqrt(op: u64, N: u32, fpcr: u32): u64 {
  if (fpcrRounding(fpcr) == ROUND_TIEEVEN) {
    // The square root of a positive normal number is normal and far from the extremes.
    if (N == 64) {
      if (isNormal64(op) && (op >>> 63) == 0) {
        const bits = reinterpret<u64>(sqrt<f64>(reinterpret<f64>(op)));
        const r = oddPart(significand64(bits));
        if (!oddProductEquals(r, r, oddPart(significand64(op)))) raiseFp(FPSR_IXC);
        return bits;
      }
    } else if (isNormal32(op) && (op >>> 31) == 0) {
      const x = reinterpret<f32>(<u32>op);
      const r = sqrt<f32>(x);
      if (<f64>r * <f64>r != <f64>x) raiseFp(FPSR_IXC);
      return <u64>reinterpret<u32>(r);
    }
  }
  return sqrtExact(op, N, fpcr);
}

function sqrtExact(op: u64, N: u32, fpcr: u32): u64 {
  unpack(op, N, fpcr);
  const type = unpackedType;
  const sign = unpackedSign;
  if (isNaNType(type)) return processNaN(type, op, N, fpcr);
  if (type == FP_ZERO) return fpZero(sign, N);
  if (type == FP_INFINITY && sign == 0) return fpInfinity(0, N);
  if (sign) {
    raiseFp(FPSR_IOC);
    return fpDefaultNaN(N);
  }
  // value = x * 2^e with x in [1, 4) a 53-bit significand scaled by 2^(52 + odd).
  const odd = <u32>(unpackedExp & 1);
  const m = unpackedSig >>> 10;
  const r = reinterpret<u64>(sqrt<f64>(<f64>m * (odd ? 2.0 : 1.0) * 2.220446049250313e-16)); // 2^-52
  const rSig = significand64(r);
  const rExp = <i32>((r >>> 52) & 0x7ff) - 1023; // 0: the root is in [1, 2)
  // exact - r has the sign of m * 2^(52 + odd) - rSig^2.
  const lo = mul64(rSig, rSig);
  const hi = wideHi;
  const mlo = shiftLeft128(0, m, 52 + odd);
  const residual = compare128(wideHi, mlo, hi, lo);
  return roundPack(0, ((unpackedExp - <i32>odd) >> 1) + rExp, significandFromResidual(rSig, residual), N, fpcr, fpcrRounding(fpcr));
}

// Integer element arithmetic of the Advanced SIMD instructions on elements of any size
// (8 << size bits), computed in 64-bit registers with the Arm ARM's infinite-precision
// results in mind: SignedSatQ/UnsignedSatQ (shared/functions/integer) set FPSR.QC when they
// clamp, the shifts by register or immediate follow the SSHL/SRSHL/SQSHL pseudocode, and
// polynomial multiplication is PolynomialMult (shared/functions/vector).
// Signed elements travel as i64 (sign-extended), unsigned ones as u64 (zero-extended).
import { setQC } from "./vreg";

/** Largest signed value of 8 << size bits. */
@inline function maxS(size: u32): i64 {
  return <i64>((<u64>1 << ((<u64>8 << <u64>size) - 1)) - 1);
}
/** Smallest signed value of 8 << size bits. */
@inline function minS(size: u32): i64 {
  return -maxS(size) - 1;
}
/** Largest unsigned value of 8 << size bits. */
@inline function maxU(size: u32): u64 {
  return size == 3 ? <u64>-1 : (<u64>1 << (<u64>8 << <u64>size)) - 1;
}

/** SignedSatQ of an exact value that fits in 64 bits. */
export function satS(value: i64, size: u32): i64 {
  const hi = maxS(size);
  if (value > hi) { setQC(); return hi; }
  const lo = -hi - 1;
  if (value < lo) { setQC(); return lo; }
  return value;
}
/** UnsignedSatQ of an exact signed value that fits in 64 bits. */
export function satU(value: i64, size: u32): u64 {
  if (value < 0) { setQC(); return 0; }
  const hi = maxU(size);
  if (<u64>value > hi) { setQC(); return hi; }
  return <u64>value;
}
/** UnsignedSatQ of an unsigned value. */
export function satUU(value: u64, size: u32): u64 {
  const hi = maxU(size);
  if (value > hi) { setQC(); return hi; }
  return value;
}

/** SQADD: a + b, signed saturating. */
export function sqadd(a: i64, b: i64, size: u32): i64 {
  if (size < 3) return satS(a + b, size);
  const r = a + b;
  if (((a ^ r) & (b ^ r)) < 0) { setQC(); return a < 0 ? i64.MIN_VALUE : i64.MAX_VALUE; }
  return r;
}
/** SQSUB: a - b, signed saturating. */
export function sqsub(a: i64, b: i64, size: u32): i64 {
  if (size < 3) return satS(a - b, size);
  const r = a - b;
  if (((a ^ b) & (a ^ r)) < 0) { setQC(); return a < 0 ? i64.MIN_VALUE : i64.MAX_VALUE; }
  return r;
}
/** UQADD: a + b, unsigned saturating. */
export function uqadd(a: u64, b: u64, size: u32): u64 {
  const r = a + b;
  if (size == 3 ? r < a : r > maxU(size)) { setQC(); return maxU(size); }
  return r;
}
/** UQSUB: a - b, unsigned saturating (0 when b > a). */
export function uqsub(a: u64, b: u64): u64 {
  if (b > a) { setQC(); return 0; }
  return a - b;
}
/** SUQADD: signed a plus unsigned b, signed saturating. */
export function suqadd(a: i64, b: u64, size: u32): i64 {
  if (size < 3) return satS(a + <i64>b, size);
  // a + b > MAX exactly when b > MAX - a (MAX - a cannot overflow as an unsigned value)
  if (b > <u64>(i64.MAX_VALUE - a)) { setQC(); return i64.MAX_VALUE; }
  return a + <i64>b;
}
/** USQADD: unsigned a plus signed b, unsigned saturating. */
export function usqadd(a: u64, b: i64, size: u32): u64 {
  if (size < 3) return satU(<i64>a + b, size);
  if (b < 0) {
    const m = <u64>(-b); // -MIN wraps to 2^63, still the right magnitude
    if (m > a) { setQC(); return 0; }
    return a - m;
  }
  const r = a + <u64>b;
  if (r < a) { setQC(); return <u64>-1; }
  return r;
}

/** Arithmetic (signed) or logical right shift by 0..255, as by an infinite-precision value. */
@inline export function shiftRight(x: i64, s: u32, unsigned: bool): i64 {
  if (unsigned) return s >= 64 ? 0 : <i64>(<u64>x >> <u64>s);
  return x >> <i64>(s >= 64 ? 63 : s);
}
/** Right shift by 1..255 with the rounding of SRSHR/URSHL: (x + 2^(s-1)) >> s, computed
 *  without overflow as (x >> s) plus bit s-1 of x (of the infinite-precision value). */
@inline export function roundingShiftRight(x: i64, s: u32, unsigned: bool): i64 {
  return shiftRight(x, s, unsigned) + (shiftRight(x, s - 1, unsigned) & 1);
}

/** Left shift by 0..255 without saturation, truncated to 64 bits. */
@inline function shiftLeft(x: i64, s: u32): i64 {
  return s >= 64 ? 0 : x << <i64>s;
}

/** Signed saturating left shift by 0..255 (SQSHL): the exact value clamped to the element. */
export function sqshlLeft(x: i64, s: u32, size: u32): i64 {
  if (x == 0) return 0;
  if (s >= 64) { setQC(); return x < 0 ? minS(size) : maxS(size); }
  const r = x << <i64>s;
  if ((r >> <i64>s) != x) { setQC(); return x < 0 ? minS(size) : maxS(size); }
  return satS(r, size);
}
/** Unsigned saturating left shift by 0..255 of an unsigned element (UQSHL). */
export function uqshlLeft(x: u64, s: u32, size: u32): u64 {
  if (x == 0) return 0;
  if (s >= 64) { setQC(); return maxU(size); }
  const r = x << <u64>s;
  if ((r >> <u64>s) != x) { setQC(); return maxU(size); }
  return satUU(r, size);
}
/** Signed element, unsigned saturating left shift (SQSHLU). */
export function sqshluLeft(x: i64, s: u32, size: u32): u64 {
  if (x < 0) { setQC(); return 0; }
  return uqshlLeft(<u64>x, s, size);
}

/** The SSHL/USHL/SRSHL/URSHL/SQSHL/UQSHL/SQRSHL/UQRSHL element operation (C7.2): shift
 *  the element left by the signed byte `shift` (-128..127), right when negative, with
 *  rounding and/or saturation; the result is not yet truncated to the element size. */
export function shiftByRegister(x: i64, shift: i32, size: u32, unsigned: bool, rounding: bool, saturating: bool): i64 {
  if (shift >= 0) {
    if (!saturating) return shiftLeft(x, <u32>shift);
    return unsigned ? <i64>uqshlLeft(<u64>x, <u32>shift, size) : sqshlLeft(x, <u32>shift, size);
  }
  const s = <u32>-shift;
  return rounding ? roundingShiftRight(x, s, unsigned) : shiftRight(x, s, unsigned);
}

/** SQDMULH/SQRDMULH element: SignedSatQ((2 * a * b [+ 2^(esize-1)]) >> esize) for 16- and
 *  32-bit elements; the product is halved first so that it fits in 64 bits. */
export function sqdmulh(a: i64, b: i64, size: u32, round: bool): i64 {
  const esize: i64 = <i64>8 << <i64>size;
  const p = a * b;
  return satS((p + (round ? <i64>1 << (esize - 2) : 0)) >> (esize - 1), size);
}
/** SQDMULL element: SignedSatQ(2 * a * b) at twice the size (only MIN * MIN saturates). */
export function sqdmull(a: i64, b: i64, size: u32): i64 {
  const min = minS(size);
  if (a == min && b == min) { setQC(); return maxS(size + 1); }
  return a * b * 2;
}

/** PolynomialMult of two bytes: their carry-less product (16 bits). */
export function polyMul8(a: u64, b: u64): u64 {
  let r: u64 = 0;
  for (let i: u64 = 0; i < 8; i++) if ((b >> i) & 1) r ^= a << i;
  return r;
}

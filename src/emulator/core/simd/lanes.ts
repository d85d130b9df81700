// Whole-vector helpers on WebAssembly v128 values for the Advanced SIMD instructions whose
// element operation has a direct WebAssembly SIMD equivalent, selected by element size.
// The element-by-element fallbacks are in the instruction modules.

/** Is any bit set in the vector's low 64 bits (Q = 0) or in all 128 bits (Q = 1)? */
@inline export function anySet(v: v128, Q: u32): bool {
  return Q ? v128.any_true(v) : i64x2.extract_lane(v, 0) != 0;
}

@inline export function addBySize(a: v128, b: v128, size: u32): v128 {
  switch (size) {
    case 0: return i8x16.add(a, b);
    case 1: return i16x8.add(a, b);
    case 2: return i32x4.add(a, b);
    default: return i64x2.add(a, b);
  }
}
@inline export function subBySize(a: v128, b: v128, size: u32): v128 {
  switch (size) {
    case 0: return i8x16.sub(a, b);
    case 1: return i16x8.sub(a, b);
    case 2: return i32x4.sub(a, b);
    default: return i64x2.sub(a, b);
  }
}
/** Element-wise product for 16- and 32-bit elements (size 1 or 2). */
@inline export function mulBySize(a: v128, b: v128, size: u32): v128 {
  return size == 1 ? i16x8.mul(a, b) : i32x4.mul(a, b);
}
@inline export function eqBySize(a: v128, b: v128, size: u32): v128 {
  switch (size) {
    case 0: return i8x16.eq(a, b);
    case 1: return i16x8.eq(a, b);
    case 2: return i32x4.eq(a, b);
    default: return i64x2.eq(a, b);
  }
}
/** Elements that are not zero: all ones, else zero. */
@inline export function nonZeroBySize(a: v128, size: u32): v128 {
  const zero = i64x2.splat(0);
  switch (size) {
    case 0: return i8x16.ne(a, zero);
    case 1: return i16x8.ne(a, zero);
    case 2: return i32x4.ne(a, zero);
    default: return i64x2.ne(a, zero);
  }
}
/** a > b element-wise, signed or unsigned. */
@inline export function gtBySize(a: v128, b: v128, size: u32, unsigned: bool): v128 {
  switch (size) {
    case 0: return unsigned ? i8x16.gt_u(a, b) : i8x16.gt_s(a, b);
    case 1: return unsigned ? i16x8.gt_u(a, b) : i16x8.gt_s(a, b);
    case 2: return unsigned ? i32x4.gt_u(a, b) : i32x4.gt_s(a, b);
    default: {
      if (!unsigned) return i64x2.gt_s(a, b);
      const bias = i64x2.splat(i64.MIN_VALUE); // unsigned order = signed order of a ^ 2^63
      return i64x2.gt_s(v128.xor(a, bias), v128.xor(b, bias));
    }
  }
}
/** a >= b element-wise, signed or unsigned. */
@inline export function geBySize(a: v128, b: v128, size: u32, unsigned: bool): v128 {
  switch (size) {
    case 0: return unsigned ? i8x16.ge_u(a, b) : i8x16.ge_s(a, b);
    case 1: return unsigned ? i16x8.ge_u(a, b) : i16x8.ge_s(a, b);
    case 2: return unsigned ? i32x4.ge_u(a, b) : i32x4.ge_s(a, b);
    default: {
      if (!unsigned) return i64x2.ge_s(a, b);
      const bias = i64x2.splat(i64.MIN_VALUE);
      return i64x2.ge_s(v128.xor(a, bias), v128.xor(b, bias));
    }
  }
}
/** Element-wise maximum (sizes 0-2). */
@inline export function maxBySize(a: v128, b: v128, size: u32, unsigned: bool): v128 {
  switch (size) {
    case 0: return unsigned ? i8x16.max_u(a, b) : i8x16.max_s(a, b);
    case 1: return unsigned ? i16x8.max_u(a, b) : i16x8.max_s(a, b);
    default: return unsigned ? i32x4.max_u(a, b) : i32x4.max_s(a, b);
  }
}
/** Element-wise minimum (sizes 0-2). */
@inline export function minBySize(a: v128, b: v128, size: u32, unsigned: bool): v128 {
  switch (size) {
    case 0: return unsigned ? i8x16.min_u(a, b) : i8x16.min_s(a, b);
    case 1: return unsigned ? i16x8.min_u(a, b) : i16x8.min_s(a, b);
    default: return unsigned ? i32x4.min_u(a, b) : i32x4.min_s(a, b);
  }
}
/** |a - b| element-wise (sizes 0-2): max - min never wraps. */
@inline export function absDiffBySize(a: v128, b: v128, size: u32, unsigned: bool): v128 {
  return subBySize(maxBySize(a, b, size, unsigned), minBySize(a, b, size, unsigned), size);
}
/** Element-wise absolute value (wrapping: the minimum stays the minimum). */
@inline export function absBySize(a: v128, size: u32): v128 {
  switch (size) {
    case 0: return i8x16.abs(a);
    case 1: return i16x8.abs(a);
    case 2: return i32x4.abs(a);
    default: return i64x2.abs(a);
  }
}
@inline export function negBySize(a: v128, size: u32): v128 {
  switch (size) {
    case 0: return i8x16.neg(a);
    case 1: return i16x8.neg(a);
    case 2: return i32x4.neg(a);
    default: return i64x2.neg(a);
  }
}
/** Every element equal to the signed minimum of its size. */
@inline export function signMinBySize(size: u32): v128 {
  switch (size) {
    case 0: return i8x16.splat(-128);
    case 1: return i16x8.splat(-32768);
    case 2: return i32x4.splat(i32.MIN_VALUE);
    default: return i64x2.splat(i64.MIN_VALUE);
  }
}
/** Left shift of every element by the same amount (0 .. element bits - 1). */
@inline export function shlBySize(a: v128, amount: u32, size: u32): v128 {
  switch (size) {
    case 0: return i8x16.shl(a, amount);
    case 1: return i16x8.shl(a, amount);
    case 2: return i32x4.shl(a, amount);
    default: return i64x2.shl(a, amount);
  }
}
/** Right shift of every element by the same amount (0 .. element bits - 1). */
@inline export function shrBySize(a: v128, amount: u32, size: u32, unsigned: bool): v128 {
  switch (size) {
    case 0: return unsigned ? i8x16.shr_u(a, amount) : i8x16.shr_s(a, amount);
    case 1: return unsigned ? i16x8.shr_u(a, amount) : i16x8.shr_s(a, amount);
    case 2: return unsigned ? i32x4.shr_u(a, amount) : i32x4.shr_s(a, amount);
    default: return unsigned ? i64x2.shr_u(a, amount) : i64x2.shr_s(a, amount);
  }
}

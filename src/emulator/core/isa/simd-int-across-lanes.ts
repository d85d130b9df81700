// Semantics of the integer "Advanced SIMD across lanes" instructions and ADDP (scalar)
// (C4.1, pseudocode in C7.2). Results are scalars: the rest of Vd is zeroed.
import { checkFpAccess } from "../sysregs";
import { vreg, getV, setScalar, elemX, elementCount, sizeMask } from "../simd/vreg";

/** 8B, 16B, 4H, 8H and 4S are allocated. */
@inline function validArrangement(Q: u32, size: u32): bool {
  return size < 2 || (size == 2 && Q != 0);
}

/** SADDLV (U = 0), UADDLV (U = 1): the sum of the extended elements, of double width. */
export function SADDLV_UADDLV(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (!validArrangement(Q, size)) return false;
  if (!checkFpAccess()) return true;
  const n = vreg(Rn);
  const count = elementCount(Q, size);
  let sum: i64 = 0;
  for (let e: u32 = 0; e < count; e++) sum += elemX(n, e, size, U != 0);
  setScalar(Rd, <u64>sum & sizeMask(size + 1));
  return true;
}

/** Lane by lane max or min of elements of 1 << size bytes, signed or unsigned (U). */
@inline function pick(max: bool, U: u32, size: u32, a: v128, b: v128): v128 {
  if (size == 0) return max ? (U ? i8x16.max_u(a, b) : i8x16.max_s(a, b)) : (U ? i8x16.min_u(a, b) : i8x16.min_s(a, b));
  if (size == 1) return max ? (U ? i16x8.max_u(a, b) : i16x8.max_s(a, b)) : (U ? i16x8.min_u(a, b) : i16x8.min_s(a, b));
  return max ? (U ? i32x4.max_u(a, b) : i32x4.max_s(a, b)) : (U ? i32x4.min_u(a, b) : i32x4.min_s(a, b));
}

/** The largest (max) or smallest element, signed or unsigned: the vector folded onto itself
 *  by halves (a 64-bit vector first copied into the upper half, which keeps the extreme). */
@inline function extreme(max: bool, Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): void {
  let v = getV(Rn);
  if (!Q) v = i64x2.splat(i64x2.extract_lane(v, 0));
  v = pick(max, U, size, v, v128.shuffle<u8>(v, v, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7));
  v = pick(max, U, size, v, v128.shuffle<u8>(v, v, 4, 5, 6, 7, 0, 1, 2, 3, 12, 13, 14, 15, 8, 9, 10, 11));
  if (size < 2) v = pick(max, U, size, v, v128.shuffle<u8>(v, v, 2, 3, 0, 1, 6, 7, 4, 5, 10, 11, 8, 9, 14, 15, 12, 13));
  if (size == 0) v = pick(max, U, size, v, v128.shuffle<u8>(v, v, 1, 0, 3, 2, 5, 4, 7, 6, 9, 8, 11, 10, 13, 12, 15, 14));
  setScalar(Rd, <u64><u32>i32x4.extract_lane(v, 0) & sizeMask(size));
}

export function SMAXV_UMAXV(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (!validArrangement(Q, size)) return false;
  if (!checkFpAccess()) return true;
  extreme(true, Q, U, size, Rn, Rd);
  return true;
}
export function SMINV_UMINV(Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (!validArrangement(Q, size)) return false;
  if (!checkFpAccess()) return true;
  extreme(false, Q, U, size, Rn, Rd);
  return true;
}

/** ADDV: the sum of the elements, modulo the element size. */
export function ADDV(Q: u32, size: u32, Rn: u32, Rd: u32): bool {
  if (!validArrangement(Q, size)) return false;
  if (!checkFpAccess()) return true;
  const n = vreg(Rn);
  const count = elementCount(Q, size);
  let sum: i64 = 0;
  for (let e: u32 = 0; e < count; e++) sum += elemX(n, e, size, true);
  setScalar(Rd, <u64>sum & sizeMask(size));
  return true;
}

/** ADDP (scalar): the sum of the two doublewords of Vn. */
export function ADDP_scalar(size: u32, Rn: u32, Rd: u32): bool {
  if (size != 3) return false;
  if (!checkFpAccess()) return true;
  const n = vreg(Rn);
  setScalar(Rd, load<u64>(n) + load<u64>(n, 8));
  return true;
}


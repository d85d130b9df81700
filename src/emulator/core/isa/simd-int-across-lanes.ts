// Semantics of the integer "Advanced SIMD across lanes" instructions and ADDP (scalar)
// (C4.1, pseudocode in C7.2). Results are scalars: the rest of Vd is zeroed.
import { checkFpAccess } from "../sysregs";
import { vreg, setScalar, elemX, elementCount, sizeMask } from "../simd/vreg";

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

/** The largest (max) or smallest element, signed or unsigned (extended, so that signed
 *  comparisons order both). */
@inline function extreme(max: bool, Q: u32, U: u32, size: u32, Rn: u32, Rd: u32): void {
  const n = vreg(Rn);
  const count = elementCount(Q, size);
  let best = elemX(n, 0, size, U != 0);
  for (let e: u32 = 1; e < count; e++) {
    const x = elemX(n, e, size, U != 0);
    if (max ? x > best : x < best) best = x;
  }
  setScalar(Rd, <u64>best & sizeMask(size));
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


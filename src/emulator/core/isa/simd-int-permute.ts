// Semantics of "Advanced SIMD permute", "extract" and "table lookup" (C4.1): UZP1/2, TRN1/2,
// ZIP1/2, EXT, TBL and TBX. Results are built in the scratch vector, since Vd may be a source.
import { checkFpAccess } from "../sysregs";
import { vreg, getV, setVQ, TMP, commitTmp, elem, setElem, elementCount } from "../simd/vreg";

/** UZP1 (op 0), UZP2 (op 1): the even (odd) elements of the concatenation Vm:Vn. */
export function UZP(Q: u32, size: u32, Rm: u32, op: u32, Rn: u32, Rd: u32): bool {
  if (size == 3 && !Q) return false;
  if (!checkFpAccess()) return true;
  const elements = elementCount(Q, size);
  const half = elements >> 1;
  const n = vreg(Rn);
  const m = vreg(Rm);
  for (let e: u32 = 0; e < half; e++) {
    setElem(TMP, e, size, elem(n, 2 * e + op, size));
    setElem(TMP, e + half, size, elem(m, 2 * e + op, size));
  }
  commitTmp(Rd, Q);
  return true;
}

/** TRN1 (op 0), TRN2 (op 1): even result elements from Vn, odd ones from Vm, each pair from
 *  the even (odd) source positions. */
export function TRN(Q: u32, size: u32, Rm: u32, op: u32, Rn: u32, Rd: u32): bool {
  if (size == 3 && !Q) return false;
  if (!checkFpAccess()) return true;
  const elements = elementCount(Q, size);
  const n = vreg(Rn);
  const m = vreg(Rm);
  for (let p: u32 = 0; p < elements; p += 2) {
    setElem(TMP, p, size, elem(n, p + op, size));
    setElem(TMP, p + 1, size, elem(m, p + op, size));
  }
  commitTmp(Rd, Q);
  return true;
}

/** ZIP1 (op 0), ZIP2 (op 1): interleave the low (high) halves of Vn and Vm. */
export function ZIP(Q: u32, size: u32, Rm: u32, op: u32, Rn: u32, Rd: u32): bool {
  if (size == 3 && !Q) return false;
  if (!checkFpAccess()) return true;
  const pairs = elementCount(Q, size) >> 1;
  const base = op * pairs;
  const n = vreg(Rn);
  const m = vreg(Rm);
  for (let p: u32 = 0; p < pairs; p++) {
    setElem(TMP, 2 * p, size, elem(n, base + p, size));
    setElem(TMP, 2 * p + 1, size, elem(m, base + p, size));
  }
  commitTmp(Rd, Q);
  return true;
}

/** EXT: bytes imm4 upwards of the concatenation Vm:Vn (64 or 128 bits each). */
export function EXT(Q: u32, Rm: u32, imm4: u32, Rn: u32, Rd: u32): bool {
  if (!Q && (imm4 & 8)) return false;
  if (!checkFpAccess()) return true;
  const bytes: u32 = 8 << Q;
  const n = vreg(Rn);
  const m = vreg(Rm);
  for (let i: u32 = 0; i < bytes; i++) {
    const j = i + imm4;
    store<u8>(TMP + i, j < bytes ? load<u8>(n + j) : load<u8>(m + j - bytes));
  }
  commitTmp(Rd, Q);
  return true;
}

/** TBL (op 0), TBX (op 1): each byte of Vm indexes the 16 * (len + 1)-byte table in
 *  Vn, Vn+1, ... (modulo 32); out-of-range indices give 0 (TBL) or keep the Vd byte (TBX). */
export function TBL_TBX(Q: u32, Rm: u32, len: u32, op: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const indices = getV(Rm);
  let result = i8x16.swizzle(getV(Rn), indices);
  for (let r: u32 = 1; r <= len; r++) {
    // indices below 16 * r wrap to 0xf0 and above, which swizzle maps to 0
    const shifted = i8x16.sub(indices, i8x16.splat(<i8>(r << 4)));
    result = v128.or(result, i8x16.swizzle(getV(Rn + r), shifted));
  }
  if (op) {
    const outside = i8x16.ge_u(indices, i8x16.splat(<i8>((len + 1) << 4)));
    result = v128.bitselect(getV(Rd), result, outside);
  }
  setVQ(Rd, result, Q);
  return true;
}


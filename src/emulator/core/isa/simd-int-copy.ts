// Semantics of "Advanced SIMD copy" and "Advanced SIMD scalar copy" (C4.1): DUP (element,
// general), INS (element, general), SMOV, UMOV, DUP (element, scalar). The element size is
// the lowest set bit of imm5 and the index the bits above it; imm5<3:0> = 0000 is unallocated.
import { readX, writeX, writeW } from "../state";
import { checkFpAccess } from "../sysregs";
import { vreg, setVQ, setScalar, elem, elemS, setElem } from "../simd/vreg";

/** Element size (log2 bytes) named by imm5, 4 if unallocated. */
@inline function imm5Size(imm5: u32): u32 {
  return <u32>ctz(imm5 | 16);
}
@inline function imm5Index(imm5: u32, size: u32): u32 {
  return imm5 >> (size + 1);
}

/** A vector with every element equal to `value` (8 << size bits). */
@inline function splat(value: u64, size: u32): v128 {
  switch (size) {
    case 0: return i8x16.splat(<i8>value);
    case 1: return i16x8.splat(<i16>value);
    case 2: return i32x4.splat(<i32>value);
    default: return i64x2.splat(<i64>value);
  }
}

/** DUP (element): every element of Vd is Vn[index]. */
export function DUP_element(Q: u32, imm5: u32, Rn: u32, Rd: u32): bool {
  const size = imm5Size(imm5);
  if (size > 3 || (size == 3 && !Q)) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, splat(elem(vreg(Rn), imm5Index(imm5, size), size), size), Q);
  return true;
}

/** DUP (general): every element of Vd is the low bits of Wn (Xn for doublewords). */
export function DUP_general(Q: u32, imm5: u32, Rn: u32, Rd: u32): bool {
  const size = imm5Size(imm5);
  if (size > 3 || (size == 3 && !Q)) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, splat(readX(Rn), size), Q);
  return true;
}

/** INS (general): Vd[index] = Wn/Xn; the other elements are kept. */
export function INS_general(imm5: u32, Rn: u32, Rd: u32): bool {
  const size = imm5Size(imm5);
  if (size > 3) return false;
  if (!checkFpAccess()) return true;
  setElem(vreg(Rd), imm5Index(imm5, size), size, readX(Rn));
  return true;
}

/** SMOV: sign-extend Vn[index] into Wd (Q = 0: bytes, halfwords) or Xd (Q = 1: up to words). */
export function SMOV(Q: u32, imm5: u32, Rn: u32, Rd: u32): bool {
  const size = imm5Size(imm5);
  if (size >= 2 + Q) return false;
  if (!checkFpAccess()) return true;
  const value = <u64>elemS(vreg(Rn), imm5Index(imm5, size), size);
  if (Q) writeX(Rd, value); else writeW(Rd, value);
  return true;
}

/** UMOV: zero-extend Vn[index] into Wd (Q = 0: up to words) or Xd (Q = 1: doublewords only). */
export function UMOV(Q: u32, imm5: u32, Rn: u32, Rd: u32): bool {
  const size = imm5Size(imm5);
  if (size > 3 || (Q ? size != 3 : size == 3)) return false;
  if (!checkFpAccess()) return true;
  writeX(Rd, elem(vreg(Rn), imm5Index(imm5, size), size));
  return true;
}

/** INS (element): Vd[imm5 index] = Vn[imm4 >> size]; the other elements are kept. */
export function INS_element(imm5: u32, imm4: u32, Rn: u32, Rd: u32): bool {
  const size = imm5Size(imm5);
  if (size > 3) return false;
  if (!checkFpAccess()) return true;
  setElem(vreg(Rd), imm5Index(imm5, size), size, elem(vreg(Rn), imm4 >> size, size));
  return true;
}

/** DUP (element, scalar), alias MOV: the scalar Vd (zero-extended) is Vn[index]. */
export function DUP_element_scalar(imm5: u32, Rn: u32, Rd: u32): bool {
  const size = imm5Size(imm5);
  if (size > 3) return false;
  if (!checkFpAccess()) return true;
  setScalar(Rd, elem(vreg(Rn), imm5Index(imm5, size), size));
  return true;
}


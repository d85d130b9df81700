// Semantics of the integer "Advanced SIMD shift by immediate" and "scalar shift by
// immediate" instructions (C4.1, pseudocode in C7.2). The element size is the highest set bit
// of immh; right shifts are by 2 * esize - immh:immb (1..esize), left shifts by
// immh:immb - esize (0..esize-1). Same-size results are written in place element by element;
// narrowing and lengthening results are built first.
import { checkFpAccess } from "../sysregs";
import { vreg, getV, setV, setVQ, setScalar, clearHigh, TMP, elem, elemX, setElem,
  elementCount, sizeMask, commitNarrowTmp } from "../simd/vreg";
import { shiftRight, roundingShiftRight, sqshlLeft, uqshlLeft, sqshluLeft, satS, satU, satUU } from "../simd/arith";
import { addBySize, shlBySize, shrBySize } from "../simd/lanes";

/** log2 of the element size in bytes: the highest set bit of immh (immh != 0). */
@inline function immhSize(immh: u32): u32 {
  return 31 - <u32>clz(immh);
}
@inline function rightShift(immh: u32, immb: u32, size: u32): u32 {
  return (16 << size) - ((immh << 3) | immb);
}
@inline function leftShift(immh: u32, immb: u32, size: u32): u32 {
  return ((immh << 3) | immb) - (8 << size);
}

const OP_SHR: u32 = 0;
const OP_SRA: u32 = 1;
const OP_RSHR: u32 = 2;
const OP_RSRA: u32 = 3;
const OP_SRI: u32 = 4;
const OP_SHL: u32 = 5;
const OP_SLI: u32 = 6;
const OP_QSHLU: u32 = 7;
const OP_QSHL: u32 = 8;

/** One element: x and d are extended elements of 8 << size bits, `shift` as decoded. */
@inline function shiftOp(op: u32, x: i64, d: i64, shift: u32, size: u32, unsigned: bool): i64 {
  switch (op) {
    case OP_SHR: return shiftRight(x, shift, unsigned);
    case OP_SRA: return d + shiftRight(x, shift, unsigned);
    case OP_RSHR: return roundingShiftRight(x, shift, unsigned);
    case OP_RSRA: return d + roundingShiftRight(x, shift, unsigned);
    case OP_SRI: {
      // Vd keeps the bits the shifted element does not reach
      const mask = shift >= 64 ? 0 : sizeMask(size) >> <u64>shift;
      return <i64>((<u64>d & ~mask) | ((<u64>x & sizeMask(size)) >> <u64>shift & mask));
    }
    case OP_SHL: return x << <i64>shift;
    case OP_SLI: {
      const mask = sizeMask(size) << <u64>shift;
      return <i64>((<u64>d & ~mask) | ((<u64>x << <u64>shift) & mask));
    }
    case OP_QSHLU: return <i64>sqshluLeft(x, shift, size);
    default: return unsigned ? <i64>uqshlLeft(<u64>x, shift, size) : sqshlLeft(x, shift, size); // OP_QSHL
  }
}

/** lanesOfSize() specialised for each element size (the size switches leave the loop). */
@inline function lanes(op: u32, Q: u32, unsigned: bool, size: u32, shift: u32, Rn: u32, Rd: u32): void {
  switch (size) {
    case 0: lanesOfSize(op, Q, unsigned, 0, shift, Rn, Rd); break;
    case 1: lanesOfSize(op, Q, unsigned, 1, shift, Rn, Rd); break;
    case 2: lanesOfSize(op, Q, unsigned, 2, shift, Rn, Rd); break;
    default: lanesOfSize(op, Q, unsigned, 3, shift, Rn, Rd);
  }
}
/** Vd[e] = op(Vn[e]) for every element, in place; Q = 0 clears bits 127:64. */
@inline function lanesOfSize(op: u32, Q: u32, unsigned: bool, size: u32, shift: u32, Rn: u32, Rd: u32): void {
  const n = vreg(Rn);
  const d = vreg(Rd);
  const count = elementCount(Q, size);
  for (let e: u32 = 0; e < count; e++) {
    const r = shiftOp(op, elemX(n, e, size, unsigned), elemX(d, e, size, unsigned), shift, size, unsigned);
    setElem(d, e, size, <u64>r);
  }
  if (!Q) clearHigh(Rd);
}

/** SSHR/USHR of whole vectors by 1..esize (WebAssembly shifts count modulo the lane width,
 *  so a shift by esize is a shift by esize - 1 (signed) or zero (unsigned)). */
@inline function shiftRightVector(v: v128, shift: u32, size: u32, unsigned: bool): v128 {
  const esize: u32 = 8 << size;
  if (shift < esize) return shrBySize(v, shift, size, unsigned);
  return unsigned ? i64x2.splat(0) : shrBySize(v, esize - 1, size, false);
}

// ---- Vector ---------------------------------------------------------------------------------------

/** The same-size forms: 64-bit elements need Q = 1. */
@inline function validSame(Q: u32, size: u32): bool {
  return size != 3 || Q != 0;
}

export function SSHR_USHR(Q: u32, U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  const size = immhSize(immh);
  if (!validSame(Q, size)) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, shiftRightVector(getV(Rn), rightShift(immh, immb, size), size, U != 0), Q);
  return true;
}
export function SSRA_USRA(Q: u32, U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  const size = immhSize(immh);
  if (!validSame(Q, size)) return false;
  if (!checkFpAccess()) return true;
  const shifted = shiftRightVector(getV(Rn), rightShift(immh, immb, size), size, U != 0);
  setVQ(Rd, addBySize(getV(Rd), shifted, size), Q);
  return true;
}
export function SRSHR_URSHR(Q: u32, U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  const size = immhSize(immh);
  if (!validSame(Q, size)) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_RSHR, Q, U != 0, size, rightShift(immh, immb, size), Rn, Rd);
  return true;
}
export function SRSRA_URSRA(Q: u32, U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  const size = immhSize(immh);
  if (!validSame(Q, size)) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_RSRA, Q, U != 0, size, rightShift(immh, immb, size), Rn, Rd);
  return true;
}
export function SRI(Q: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  const size = immhSize(immh);
  if (!validSame(Q, size)) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_SRI, Q, true, size, rightShift(immh, immb, size), Rn, Rd);
  return true;
}
export function SHL(Q: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  const size = immhSize(immh);
  if (!validSame(Q, size)) return false;
  if (!checkFpAccess()) return true;
  setVQ(Rd, shlBySize(getV(Rn), leftShift(immh, immb, size), size), Q);
  return true;
}
export function SLI(Q: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  const size = immhSize(immh);
  if (!validSame(Q, size)) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_SLI, Q, true, size, leftShift(immh, immb, size), Rn, Rd);
  return true;
}
export function SQSHLU(Q: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  const size = immhSize(immh);
  if (!validSame(Q, size)) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_QSHLU, Q, false, size, leftShift(immh, immb, size), Rn, Rd);
  return true;
}
export function SQSHL_UQSHL_imm(Q: u32, U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  const size = immhSize(immh);
  if (!validSame(Q, size)) return false;
  if (!checkFpAccess()) return true;
  lanes(OP_QSHL, Q, U != 0, size, leftShift(immh, immb, size), Rn, Rd);
  return true;
}

// Narrowing right shifts: how the shifted double-width element becomes a narrow one.
const NARROW_TRUNCATE: u32 = 0;
const NARROW_SIGNED_TO_UNSIGNED: u32 = 1;
const NARROW_SIGNED: u32 = 2;
const NARROW_UNSIGNED: u32 = 3;

/** Element e of Vn (double width) shifted right by `shift` (rounding if `round`) and
 *  narrowed to 8 << size bits as `kind` says. */
@inline function narrowElement(kind: u32, round: bool, n: usize, e: u32, shift: u32, size: u32): u64 {
  const unsigned = kind == NARROW_TRUNCATE || kind == NARROW_UNSIGNED;
  const x = elemX(n, e, size + 1, unsigned);
  const shifted = round ? roundingShiftRight(x, shift, unsigned) : shiftRight(x, shift, unsigned);
  switch (kind) {
    case NARROW_TRUNCATE: return <u64>shifted;
    case NARROW_SIGNED_TO_UNSIGNED: return satU(shifted, size);
    case NARROW_SIGNED: return <u64>satS(shifted, size);
    default: return satUU(<u64>shifted, size);
  }
}

/** The narrowed 64-bit result goes to the lower half of Vd (Q = 0, upper half zeroed) or
 *  the upper half (Q = 1, lower half kept). */
@inline function narrowShift(kind: u32, round: bool, Q: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): void {
  const size = immhSize(immh);
  const shift = rightShift(immh, immb, size);
  const n = vreg(Rn);
  const count: u32 = 8 >> size;
  for (let e: u32 = 0; e < count; e++) setElem(TMP, e, size, narrowElement(kind, round, n, e, shift, size));
  commitNarrowTmp(Rd, Q);
}

/** SHRN (op 0), RSHRN (op 1). */
export function SHRN_RSHRN(Q: u32, immh: u32, immb: u32, op: u32, Rn: u32, Rd: u32): bool {
  if (immh & 8) return false;
  if (!checkFpAccess()) return true;
  narrowShift(NARROW_TRUNCATE, op != 0, Q, immh, immb, Rn, Rd);
  return true;
}
/** SQSHRUN (op 0), SQRSHRUN (op 1). */
export function SQSHRUN_SQRSHRUN(Q: u32, immh: u32, immb: u32, op: u32, Rn: u32, Rd: u32): bool {
  if (immh & 8) return false;
  if (!checkFpAccess()) return true;
  narrowShift(NARROW_SIGNED_TO_UNSIGNED, op != 0, Q, immh, immb, Rn, Rd);
  return true;
}
export function SQSHRN_UQSHRN(Q: u32, U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (immh & 8) return false;
  if (!checkFpAccess()) return true;
  narrowShift(U ? NARROW_UNSIGNED : NARROW_SIGNED, false, Q, immh, immb, Rn, Rd);
  return true;
}
export function SQRSHRN_UQRSHRN(Q: u32, U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (immh & 8) return false;
  if (!checkFpAccess()) return true;
  narrowShift(U ? NARROW_UNSIGNED : NARROW_SIGNED, true, Q, immh, immb, Rn, Rd);
  return true;
}

/** SSHLL/USHLL (SXTL/UXTL with shift 0): the lower (upper, Q = 1) half's elements extended
 *  to double width and shifted left. */
export function SSHLL_USHLL(Q: u32, U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (immh & 8) return false;
  if (!checkFpAccess()) return true;
  const size = immhSize(immh);
  const unsigned = U != 0;
  const v = getV(Rn);
  let wide: v128;
  switch (size) {
    case 0:
      if (Q) wide = unsigned ? i16x8.extend_high_i8x16_u(v) : i16x8.extend_high_i8x16_s(v);
      else wide = unsigned ? i16x8.extend_low_i8x16_u(v) : i16x8.extend_low_i8x16_s(v);
      break;
    case 1:
      if (Q) wide = unsigned ? i32x4.extend_high_i16x8_u(v) : i32x4.extend_high_i16x8_s(v);
      else wide = unsigned ? i32x4.extend_low_i16x8_u(v) : i32x4.extend_low_i16x8_s(v);
      break;
    default:
      if (Q) wide = unsigned ? i64x2.extend_high_i32x4_u(v) : i64x2.extend_high_i32x4_s(v);
      else wide = unsigned ? i64x2.extend_low_i32x4_u(v) : i64x2.extend_low_i32x4_s(v);
  }
  setV(Rd, shlBySize(wide, leftShift(immh, immb, size), size + 1));
  return true;
}

// ---- Scalar ---------------------------------------------------------------------------------------

/** A scalar shift of element 0 of 8 << size bits. */
@inline function scalarShift(op: u32, unsigned: bool, size: u32, shift: u32, Rn: u32, Rd: u32): void {
  const r = shiftOp(op, elemX(vreg(Rn), 0, size, unsigned), elemX(vreg(Rd), 0, size, unsigned), shift, size, unsigned);
  setScalar(Rd, <u64>r & sizeMask(size));
}

export function SSHR_USHR_scalar(U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (!(immh & 8)) return false;
  if (!checkFpAccess()) return true;
  scalarShift(OP_SHR, U != 0, 3, rightShift(immh, immb, 3), Rn, Rd);
  return true;
}
export function SSRA_USRA_scalar(U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (!(immh & 8)) return false;
  if (!checkFpAccess()) return true;
  scalarShift(OP_SRA, U != 0, 3, rightShift(immh, immb, 3), Rn, Rd);
  return true;
}
export function SRSHR_URSHR_scalar(U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (!(immh & 8)) return false;
  if (!checkFpAccess()) return true;
  scalarShift(OP_RSHR, U != 0, 3, rightShift(immh, immb, 3), Rn, Rd);
  return true;
}
export function SRSRA_URSRA_scalar(U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (!(immh & 8)) return false;
  if (!checkFpAccess()) return true;
  scalarShift(OP_RSRA, U != 0, 3, rightShift(immh, immb, 3), Rn, Rd);
  return true;
}
export function SRI_scalar(immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (!(immh & 8)) return false;
  if (!checkFpAccess()) return true;
  scalarShift(OP_SRI, true, 3, rightShift(immh, immb, 3), Rn, Rd);
  return true;
}
export function SHL_scalar(immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (!(immh & 8)) return false;
  if (!checkFpAccess()) return true;
  scalarShift(OP_SHL, true, 3, leftShift(immh, immb, 3), Rn, Rd);
  return true;
}
export function SLI_scalar(immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (!(immh & 8)) return false;
  if (!checkFpAccess()) return true;
  scalarShift(OP_SLI, true, 3, leftShift(immh, immb, 3), Rn, Rd);
  return true;
}
export function SQSHLU_scalar(immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const size = immhSize(immh);
  scalarShift(OP_QSHLU, false, size, leftShift(immh, immb, size), Rn, Rd);
  return true;
}
export function SQSHL_UQSHL_imm_scalar(U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const size = immhSize(immh);
  scalarShift(OP_QSHL, U != 0, size, leftShift(immh, immb, size), Rn, Rd);
  return true;
}

/** Scalar narrowing shift: element 0 of double width to a scalar of 8 << size bits. */
@inline function scalarNarrow(kind: u32, round: bool, immh: u32, immb: u32, Rn: u32, Rd: u32): void {
  const size = immhSize(immh);
  const r = narrowElement(kind, round, vreg(Rn), 0, rightShift(immh, immb, size), size);
  setScalar(Rd, r & sizeMask(size));
}

export function SQSHRUN_SQRSHRUN_scalar(immh: u32, immb: u32, op: u32, Rn: u32, Rd: u32): bool {
  if (immh & 8) return false;
  if (!checkFpAccess()) return true;
  scalarNarrow(NARROW_SIGNED_TO_UNSIGNED, op != 0, immh, immb, Rn, Rd);
  return true;
}
export function SQSHRN_UQSHRN_scalar(U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (immh & 8) return false;
  if (!checkFpAccess()) return true;
  scalarNarrow(U ? NARROW_UNSIGNED : NARROW_SIGNED, false, immh, immb, Rn, Rd);
  return true;
}
export function SQRSHRN_UQRSHRN_scalar(U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  if (immh & 8) return false;
  if (!checkFpAccess()) return true;
  scalarNarrow(U ? NARROW_UNSIGNED : NARROW_SIGNED, true, immh, immb, Rn, Rd);
  return true;
}


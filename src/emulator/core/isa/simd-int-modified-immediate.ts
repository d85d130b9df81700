// Semantics of the integer "Advanced SIMD modified immediate" instructions (C4.1): MOVI,
// MVNI, ORR and BIC (vector, immediate). The immediate is AdvSIMDExpandImm (C7.2) of imm8 =
// abc:defgh, a 64-bit pattern repeated in both halves; Q = 0 writes the low half only.
import { checkFpAccess } from "../sysregs";
import { getV, setVQ } from "../simd/vreg";

@inline function imm8(abc: u32, defgh: u32): u64 {
  return <u64>((abc << 5) | defgh);
}

/** MOVI (op 0) or MVNI (op 1) of a 64-bit pattern. */
@inline function move(Q: u32, op: u32, pattern: u64, Rd: u32): void {
  setVQ(Rd, i64x2.splat(op ? ~pattern : pattern), Q);
}
/** ORR (op 0) or BIC (op 1) with a 64-bit pattern. */
@inline function combine(Q: u32, op: u32, pattern: u64, Rd: u32): void {
  const imm = i64x2.splat(pattern);
  const d = getV(Rd);
  setVQ(Rd, op ? v128.andnot(d, imm) : v128.or(d, imm), Q);
}

/** 32-bit elements: imm8 << (8 * sh), cmode 0xx0 (MOVI/MVNI) and 0xx1 (ORR/BIC). */
@inline function pattern32(abc: u32, defgh: u32, sh: u32): u64 {
  const word = imm8(abc, defgh) << (<u64>sh * 8);
  return word | (word << 32);
}
/** 16-bit elements: imm8 << (8 * sh), cmode 10x0 and 10x1. */
@inline function pattern16(abc: u32, defgh: u32, sh: u32): u64 {
  const half = imm8(abc, defgh) << (<u64>sh * 8);
  return half * 0x0001000100010001;
}

export function MOVI_MVNI_32(Q: u32, op: u32, abc: u32, sh: u32, defgh: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  move(Q, op, pattern32(abc, defgh, sh), Rd);
  return true;
}

export function ORR_BIC_imm32(Q: u32, op: u32, abc: u32, sh: u32, defgh: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  combine(Q, op, pattern32(abc, defgh, sh), Rd);
  return true;
}

export function MOVI_MVNI_16(Q: u32, op: u32, abc: u32, sh: u32, defgh: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  move(Q, op, pattern16(abc, defgh, sh), Rd);
  return true;
}

export function ORR_BIC_imm16(Q: u32, op: u32, abc: u32, sh: u32, defgh: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  combine(Q, op, pattern16(abc, defgh, sh), Rd);
  return true;
}

/** cmode 110x: 32-bit elements imm8 "shifting ones" by 8 (sh 0) or 16 (sh 1), MSL. */
export function MOVI_MVNI_MSL(Q: u32, op: u32, abc: u32, sh: u32, defgh: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const ones: u64 = sh ? 0xffff : 0xff;
  const word = (imm8(abc, defgh) << (<u64>8 << <u64>sh)) | ones;
  move(Q, op, word | (word << 32), Rd);
  return true;
}

/** cmode 1110: op 0 replicates imm8 into every byte; op 1 (MOVI 64-bit) turns each bit of
 *  imm8 into a byte of zeros or ones. */
export function MOVI_8_64(Q: u32, op: u32, abc: u32, defgh: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const imm = imm8(abc, defgh);
  let pattern: u64;
  if (op) {
    pattern = 0;
    for (let i: u64 = 0; i < 8; i++) if ((imm >> i) & 1) pattern |= <u64>0xff << (i * 8);
  } else {
    pattern = imm * 0x0101010101010101;
  }
  move(Q, 0, pattern, Rd);
  return true;
}


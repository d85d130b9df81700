// Operand formatting for the `asm` functions of the integer tables, in GNU objdump's style:
// registers x0..x30/xzr/sp, w0..w30/wzr/wsp, immediates "#0x..", shift amounts in decimal,
// PC-relative targets as absolute addresses.

export type Fields = Record<string, number>;

/** General-purpose register `n` of width 64 (sf=1) or 32; 31 is the zero register. */
export function reg(sf: number, n: number): string {
  if (n === 31) return sf ? "xzr" : "wzr";
  return (sf ? "x" : "w") + n;
}

/** General-purpose register `n` where 31 is the stack pointer. */
export function regSp(sf: number, n: number): string {
  if (n === 31) return sf ? "sp" : "wsp";
  return (sf ? "x" : "w") + n;
}

/** An immediate operand in hexadecimal, "#0x..", negative values with a minus sign. */
export function imm(value: number | bigint): string {
  const v = BigInt(value);
  return v < 0n ? `#-0x${(-v).toString(16)}` : `#0x${v.toString(16)}`;
}

/** A 64-bit immediate given as a bigint, as an unsigned hex operand. */
export function imm64(value: bigint): string {
  return `#0x${BigInt.asUintN(64, value).toString(16)}`;
}

/** Two's complement value of the `bits`-bit field `value`. */
export function signed(value: number, bits: number): number {
  const shift = 32 - bits;
  return (value << shift) >> shift;
}

/** The address `offset` bytes from `base`, as objdump prints a branch or ADR target. */
export function target(base: bigint, offset: number): string {
  return `0x${BigInt.asUintN(64, base + BigInt(offset)).toString(16)}`;
}

export const CONDITIONS = ["eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"];
export const SHIFTS = ["lsl", "lsr", "asr", "ror"];
export const EXTENDS = ["uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"];

/** ", <shift> #amount", or "" for LSL #0. */
export function shiftSuffix(type: number, amount: number): string {
  return type === 0 && amount === 0 ? "" : `, ${SHIFTS[type]} #${amount}`;
}

// Operand formatting for the Advanced SIMD integer tables, in GNU objdump's style:
// vectors "v3.16b", elements "v3.s[1]", scalars "h3", register lists "{v1.16b, v2.16b}" or
// "{v1.16b-v4.16b}" (three or more registers that do not wrap past v31).

/** Arrangement of a vector of 8 << size-bit elements, 64 (Q = 0) or 128 bits. */
export const arrangement = (size: number, Q: number): string =>
  ["8b", "16b", "4h", "8h", "2s", "4s", "1d", "2d"][size * 2 + Q];
/** Vector register with arrangement. */
export const vec = (n: number, size: number, Q: number): string => `v${n}.${arrangement(size, Q)}`;
/** Element size letter. */
export const sizeLetter = (size: number): string => "bhsdq"[size];
/** Scalar SIMD&FP register of 8 << size bits. */
export const scalar = (n: number, size: number): string => `${sizeLetter(size)}${n}`;
/** Vector element "vN.T[index]". */
export const element = (n: number, size: number, index: number): string => `v${n}.${sizeLetter(size)}[${index}]`;

/** A list of `count` consecutive registers (modulo 32) with the suffix `suffix`. */
export function regList(first: number, count: number, suffix: string): string {
  const last = (first + count - 1) % 32;
  if (count > 2 && last > first) return `{v${first}.${suffix}-v${last}.${suffix}}`;
  const regs: string[] = [];
  for (let i = 0; i < count; i++) regs.push(`v${(first + i) % 32}.${suffix}`);
  return `{${regs.join(", ")}}`;
}

/** Element size and index of a copy instruction's imm5 (lowest set bit), or null if imm5<3:0> = 0. */
export function imm5Element(imm5: number): { size: number; index: number } | null {
  for (let size = 0; size < 4; size++) if (imm5 & (1 << size)) return { size, index: imm5 >> (size + 1) };
  return null;
}

// Operand formatting for the Advanced SIMD floating-point and crypto tables, in GNU objdump's
// style: vector registers "v3.4s", scalar registers "s3"/"d3", elements "v3.s[1]".
import type { Fields } from "./asm-operands";

/** Arrangement of single (sz = 0) or double elements in a 64-bit (Q = 0) or 128-bit vector;
 *  null for the reserved 1D arrangement. */
export function arrangement(Q: number, sz: number): string | null {
  if (sz) return Q ? "2d" : null;
  return Q ? "4s" : "2s";
}

/** Vector register n with arrangement t. */
export const vec = (n: number, t: string): string => `v${n}.${t}`;

/** Scalar SIMD&FP register n of single (sz = 0) or double precision. */
export const sd = (sz: number, n: number): string => `${sz ? "d" : "s"}${n}`;

/** "<op> Vd.T, Vn.T, Vm.T" for the FP arrangements. */
export const vec3 = (op: string) => (f: Fields): string | null => {
  const t = arrangement(f.Q, f.sz);
  return t && `${op} ${vec(f.Rd, t)}, ${vec(f.Rn, t)}, ${vec(f.Rm, t)}`;
};

/** "<op> Vd.T, Vn.T" (with an optional suffix operand) for the FP arrangements. */
export const vec2 = (op: string, suffix = "") => (f: Fields): string | null => {
  const t = arrangement(f.Q, f.sz);
  return t && `${op} ${vec(f.Rd, t)}, ${vec(f.Rn, t)}${suffix}`;
};

/** "<op> <V>d, <V>n, <V>m" for scalar SIMD forms. */
export const scalar3 = (op: string) => (f: Fields): string =>
  `${op} ${sd(f.sz, f.Rd)}, ${sd(f.sz, f.Rn)}, ${sd(f.sz, f.Rm)}`;

/** "<op> <V>d, <V>n" (with an optional suffix operand) for scalar SIMD forms. */
export const scalar2 = (op: string, suffix = "") => (f: Fields): string =>
  `${op} ${sd(f.sz, f.Rd)}, ${sd(f.sz, f.Rn)}${suffix}`;

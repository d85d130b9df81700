// C4.1 "Advanced SIMD modified immediate", the integer forms: MOVI, MVNI, ORR and BIC
// (vector, immediate) for every cmode except 1111 (FMOV (vector, immediate), in the FP
// tables). imm8 = abc:defgh; o2 (bit 11) = 1 needs FEAT_FP16 and is unallocated, like
// op = 1 with cmode = 1111 and Q = 0: the group entry at the end catches both.
import type { Encoding } from "./types";
import { imm64, type Fields } from "./asm-operands";
import { vec, arrangement } from "./simd-int-asm";

const imm8 = (f: Fields): number => (f.abc << 5) | f.defgh;
const hex = (v: number): string => `#0x${v.toString(16)}`;
const shifted = (f: Fields, amount: number): string => `${hex(imm8(f))}${amount ? `, lsl #${amount}` : ""}`;

/** The 64-bit immediate of MOVI (cmode 1110, op 1): each bit of imm8 becomes a byte. */
function bytemask(imm: number): bigint {
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 8n) | ((imm >> i) & 1 ? 0xffn : 0n);
  return v;
}

const g = "simd-int-modified-immediate";
const field = "abc:3";
export const simdIntModifiedImmediate: Encoding[] = [
  { name: "MOVI_MVNI_32", group: g, pattern: `0 Q:1 op:1 0111100000 ${field} 0 sh:2 0 0 1 defgh:5 Rd:5`,
    asm: (f) => `${f.op ? "mvni" : "movi"} ${vec(f.Rd, 2, f.Q)}, ${shifted(f, 8 * f.sh)}`, fuzz: "fp" },
  { name: "ORR_BIC_imm32", group: g, pattern: `0 Q:1 op:1 0111100000 ${field} 0 sh:2 1 0 1 defgh:5 Rd:5`,
    asm: (f) => `${f.op ? "bic" : "orr"} ${vec(f.Rd, 2, f.Q)}, ${shifted(f, 8 * f.sh)}`, fuzz: "fp" },
  { name: "MOVI_MVNI_16", group: g, pattern: `0 Q:1 op:1 0111100000 ${field} 10 sh:1 0 0 1 defgh:5 Rd:5`,
    asm: (f) => `${f.op ? "mvni" : "movi"} ${vec(f.Rd, 1, f.Q)}, ${shifted(f, 8 * f.sh)}`, fuzz: "fp" },
  { name: "ORR_BIC_imm16", group: g, pattern: `0 Q:1 op:1 0111100000 ${field} 10 sh:1 1 0 1 defgh:5 Rd:5`,
    asm: (f) => `${f.op ? "bic" : "orr"} ${vec(f.Rd, 1, f.Q)}, ${shifted(f, 8 * f.sh)}`, fuzz: "fp" },
  { name: "MOVI_MVNI_MSL", group: g, pattern: `0 Q:1 op:1 0111100000 ${field} 110 sh:1 0 1 defgh:5 Rd:5`,
    asm: (f) => `${f.op ? "mvni" : "movi"} ${vec(f.Rd, 2, f.Q)}, ${hex(imm8(f))}, msl #${8 << f.sh}`, fuzz: "fp" },
  { name: "MOVI_8_64", group: g, pattern: `0 Q:1 op:1 0111100000 ${field} 1110 0 1 defgh:5 Rd:5`,
    asm: (f) => {
      if (!f.op) return `movi v${f.Rd}.${arrangement(0, f.Q)}, ${hex(imm8(f))}`;
      return `movi ${f.Q ? `v${f.Rd}.2d` : `d${f.Rd}`}, ${imm64(bytemask(imm8(f)))}`;
    },
    fuzz: "fp" },
];

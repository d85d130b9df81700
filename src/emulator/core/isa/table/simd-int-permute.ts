// C4.1 "Advanced SIMD permute" (UZP1/2, TRN1/2, ZIP1/2), "Advanced SIMD extract" (EXT) and
// "Advanced SIMD table lookup" (TBL/TBX with one to four table registers). Unallocated
// opcodes (permute 000/100, EXT and table lookup with op2 != 00) match no entry; the size/Q
// values the instructions leave unallocated are UNDEFINED in the semantic functions and
// disassemble as undefined here.
import type { Encoding } from "./types";
import type { Fields } from "./asm-operands";
import { vec, regList, arrangement } from "./simd-int-asm";

const permute = (name: string) => (f: Fields): string | null =>
  f.size === 3 && !f.Q ? null : `${name}${f.op + 1} ${vec(f.Rd, f.size, f.Q)}, ${vec(f.Rn, f.size, f.Q)}, ${vec(f.Rm, f.size, f.Q)}`;

const g = "simd-int-permute";
export const simdIntPermute: Encoding[] = [
  { name: "UZP", group: g, pattern: "0 Q:1 001110 size:2 0 Rm:5 0 op:1 01 10 Rn:5 Rd:5", asm: permute("uzp"), fuzz: "fp" },
  { name: "TRN", group: g, pattern: "0 Q:1 001110 size:2 0 Rm:5 0 op:1 10 10 Rn:5 Rd:5", asm: permute("trn"), fuzz: "fp" },
  { name: "ZIP", group: g, pattern: "0 Q:1 001110 size:2 0 Rm:5 0 op:1 11 10 Rn:5 Rd:5", asm: permute("zip"), fuzz: "fp" },
  { name: "EXT", group: g, pattern: "0 Q:1 101110 00 0 Rm:5 0 imm4:4 0 Rn:5 Rd:5",
    asm: (f) => (!f.Q && f.imm4 & 8 ? null
      : `ext ${vec(f.Rd, 0, f.Q)}, ${vec(f.Rn, 0, f.Q)}, ${vec(f.Rm, 0, f.Q)}, #${f.imm4}`),
    fuzz: "fp" },
  { name: "TBL_TBX", group: g, pattern: "0 Q:1 001110 00 0 Rm:5 0 len:2 op:1 00 Rn:5 Rd:5",
    asm: (f) => `${f.op ? "tbx" : "tbl"} ${vec(f.Rd, 0, f.Q)}, ${regList(f.Rn, f.len + 1, "16b")}, v${f.Rm}.${arrangement(0, f.Q)}`,
    fuzz: "fp" },
];

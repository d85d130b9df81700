// C4.1.87 Branches, Exception Generating and System instructions: branches
// (unconditional immediate and register, compare/test and branch, conditional branch).
// ERET lives with the exception-returning instructions.
import type { Encoding } from "./types";
import { reg, signed, target, CONDITIONS } from "./asm-operands";

const g = "branches";
export const branches: Encoding[] = [
  // Unconditional branch (immediate)
  { name: "B", group: g, pattern: "0 00101 imm26:26", asm: (f, pc) => `b ${target(pc, signed(f.imm26, 26) * 4)}` },
  { name: "BL", group: g, pattern: "1 00101 imm26:26", asm: (f, pc) => `bl ${target(pc, signed(f.imm26, 26) * 4)}` },
  // Compare and branch (immediate)
  { name: "CBZ_CBNZ", group: g, pattern: "sf:1 011010 op:1 imm19:19 Rt:5",
    asm: (f, pc) => `${f.op ? "cbnz" : "cbz"} ${reg(f.sf, f.Rt)}, ${target(pc, signed(f.imm19, 19) * 4)}` },
  // Test and branch (immediate)
  { name: "TBZ_TBNZ", group: g, pattern: "b5:1 011011 op:1 b40:5 imm14:14 Rt:5",
    asm: (f, pc) => `${f.op ? "tbnz" : "tbz"} ${reg(f.b5, f.Rt)}, #${(f.b5 << 5) | f.b40}, ${target(pc, signed(f.imm14, 14) * 4)}` },
  // Conditional branch (immediate); o1 = 1 or o0 = 1 are unallocated in Armv8.0.
  { name: "B_cond", group: g, pattern: "0101010 0 imm19:19 0 cond:4",
    asm: (f, pc) => `b.${CONDITIONS[f.cond]} ${target(pc, signed(f.imm19, 19) * 4)}`, specialize: ["cond"] },
  // Unconditional branch (register): op2 = 11111, op3 = 000000, op4 = 00000 without PAuth.
  { name: "BR", group: g, pattern: "1101011 0000 11111 000000 Rn:5 00000", asm: (f) => `br ${reg(1, f.Rn)}` },
  { name: "BLR", group: g, pattern: "1101011 0001 11111 000000 Rn:5 00000", asm: (f) => `blr ${reg(1, f.Rn)}` },
  { name: "RET", group: g, pattern: "1101011 0010 11111 000000 Rn:5 00000",
    asm: (f) => (f.Rn === 30 ? "ret" : `ret ${reg(1, f.Rn)}`) },
];

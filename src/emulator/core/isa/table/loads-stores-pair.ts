// C4.1.89 Loads and Stores, general-purpose register pairs: Load/store no-allocate pair
// (offset) and Load/store register pair (post-indexed), (offset), (pre-indexed), V = 0.
// opc = sf:0 for LDP/STP/LDNP/STNP; opc 01 is LDPSW (loads only, no no-allocate form; the
// store form is STGP, absent from ARMv8.0); opc 11 is unallocated.
import type { Encoding } from "./types";
import { reg, signed } from "./asm-operands";
import { atOffset, atPreIndex, atPostIndex } from "./loads-stores-asm";

const g = "loads-stores-pair";
const offset = (f: Record<string, number>, scale: number) => signed(f.imm7, 7) * 2 ** scale;
const regs = (f: Record<string, number>) => `${reg(f.sf, f.Rt)}, ${reg(f.sf, f.Rt2)}`;
const xregs = (f: Record<string, number>) => `${reg(1, f.Rt)}, ${reg(1, f.Rt2)}`;

export const loadsStoresPair: Encoding[] = [
  { name: "STNP", group: g, pattern: "sf:1 0 10100 00 0 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `stnp ${regs(f)}, ${atOffset(f.Rn, offset(f, 2 + f.sf))}` },
  { name: "LDNP", group: g, pattern: "sf:1 0 10100 00 1 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldnp ${regs(f)}, ${atOffset(f.Rn, offset(f, 2 + f.sf))}` },

  { name: "STP_post", group: g, pattern: "sf:1 0 10100 01 0 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `stp ${regs(f)}, ${atPostIndex(f.Rn, offset(f, 2 + f.sf))}` },
  { name: "LDP_post", group: g, pattern: "sf:1 0 10100 01 1 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldp ${regs(f)}, ${atPostIndex(f.Rn, offset(f, 2 + f.sf))}` },
  { name: "LDPSW_post", group: g, pattern: "01 10100 01 1 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldpsw ${xregs(f)}, ${atPostIndex(f.Rn, offset(f, 2))}` },

  { name: "STP_off", group: g, pattern: "sf:1 0 10100 10 0 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `stp ${regs(f)}, ${atOffset(f.Rn, offset(f, 2 + f.sf))}` },
  { name: "LDP_off", group: g, pattern: "sf:1 0 10100 10 1 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldp ${regs(f)}, ${atOffset(f.Rn, offset(f, 2 + f.sf))}` },
  { name: "LDPSW_off", group: g, pattern: "01 10100 10 1 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldpsw ${xregs(f)}, ${atOffset(f.Rn, offset(f, 2))}` },

  { name: "STP_pre", group: g, pattern: "sf:1 0 10100 11 0 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `stp ${regs(f)}, ${atPreIndex(f.Rn, offset(f, 2 + f.sf))}` },
  { name: "LDP_pre", group: g, pattern: "sf:1 0 10100 11 1 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldp ${regs(f)}, ${atPreIndex(f.Rn, offset(f, 2 + f.sf))}` },
  { name: "LDPSW_pre", group: g, pattern: "01 10100 11 1 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldpsw ${xregs(f)}, ${atPreIndex(f.Rn, offset(f, 2))}` },
];

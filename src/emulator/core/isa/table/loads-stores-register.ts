// C4.1.89 Loads and Stores, general-purpose registers: Load register (literal); Load/store
// register (unscaled immediate), (immediate post-indexed), (unprivileged), (immediate
// pre-indexed), (register offset), (unsigned immediate). V = 0 throughout: the SIMD&FP forms
// belong to the FP tables. Unallocated corners (size 1x with opc 11, PRFM with writeback or
// unprivileged, register offset with option x0x) have no entry.
import type { Encoding } from "./types";
import { reg, signed, target } from "./asm-operands";
import { sizeSuffix, dataReg, atOffset, atPreIndex, atPostIndex, atRegister, prfop } from "./loads-stores-asm";

const g = "loads-stores-register";
/** Destination of a sign-extending load: opc<0> = 1 selects a W register. */
const signedReg = (opc0: number, Rt: number) => reg(opc0 ? 0 : 1, Rt);
const bh = (size: number) => (size ? "h" : "b");
const imm9 = (f: Record<string, number>) => signed(f.imm9, 9);
const literal = (f: Record<string, number>, pc: bigint) => target(pc, signed(f.imm19, 19) * 4);
const xreg = (n: number) => reg(1, n);
const option = { option: "!x0x" };

export const loadsStoresRegister: Encoding[] = [
  // Load register (literal)
  { name: "LDR_lit", group: g, pattern: "0 sf:1 011000 imm19:19 Rt:5", fuzz: "int",
    asm: (f, pc) => `ldr ${reg(f.sf, f.Rt)}, ${literal(f, pc)}` },
  { name: "LDRSW_lit", group: g, pattern: "10 011000 imm19:19 Rt:5", fuzz: "int",
    asm: (f, pc) => `ldrsw ${xreg(f.Rt)}, ${literal(f, pc)}` },
  { name: "PRFM_lit", group: g, pattern: "11 011000 imm19:19 Rt:5", fuzz: "int",
    asm: (f, pc) => `prfm ${prfop(f.Rt)}, ${literal(f, pc)}` },

  // Load/store register (unsigned immediate)
  { name: "STR_uoff", group: g, pattern: "size:2 111001 00 imm12:12 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `str${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atOffset(f.Rn, f.imm12 << f.size)}` },
  { name: "LDR_uoff", group: g, pattern: "size:2 111001 01 imm12:12 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldr${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atOffset(f.Rn, f.imm12 << f.size)}` },
  { name: "LDRS_BH_uoff", group: g, pattern: "0 size:1 111001 1 opc0:1 imm12:12 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldrs${bh(f.size)} ${signedReg(f.opc0, f.Rt)}, ${atOffset(f.Rn, f.imm12 << f.size)}` },
  { name: "LDRSW_uoff", group: g, pattern: "10 111001 10 imm12:12 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldrsw ${xreg(f.Rt)}, ${atOffset(f.Rn, f.imm12 << 2)}` },
  { name: "PRFM_uoff", group: g, pattern: "11 111001 10 imm12:12 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `prfm ${prfop(f.Rt)}, ${atOffset(f.Rn, f.imm12 << 3)}` },

  // Load/store register (unscaled immediate)
  { name: "STUR", group: g, pattern: "size:2 111000 00 0 imm9:9 00 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `stur${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atOffset(f.Rn, imm9(f))}` },
  { name: "LDUR", group: g, pattern: "size:2 111000 01 0 imm9:9 00 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldur${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atOffset(f.Rn, imm9(f))}` },
  { name: "LDURS_BH", group: g, pattern: "0 size:1 111000 1 opc0:1 0 imm9:9 00 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldurs${bh(f.size)} ${signedReg(f.opc0, f.Rt)}, ${atOffset(f.Rn, imm9(f))}` },
  { name: "LDURSW", group: g, pattern: "10 111000 10 0 imm9:9 00 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldursw ${xreg(f.Rt)}, ${atOffset(f.Rn, imm9(f))}` },
  { name: "PRFUM", group: g, pattern: "11 111000 10 0 imm9:9 00 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `prfum ${prfop(f.Rt)}, ${atOffset(f.Rn, imm9(f))}` },

  // Load/store register (unprivileged)
  { name: "STTR", group: g, pattern: "size:2 111000 00 0 imm9:9 10 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `sttr${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atOffset(f.Rn, imm9(f))}` },
  { name: "LDTR", group: g, pattern: "size:2 111000 01 0 imm9:9 10 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldtr${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atOffset(f.Rn, imm9(f))}` },
  { name: "LDTRS_BH", group: g, pattern: "0 size:1 111000 1 opc0:1 0 imm9:9 10 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldtrs${bh(f.size)} ${signedReg(f.opc0, f.Rt)}, ${atOffset(f.Rn, imm9(f))}` },
  { name: "LDTRSW", group: g, pattern: "10 111000 10 0 imm9:9 10 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldtrsw ${xreg(f.Rt)}, ${atOffset(f.Rn, imm9(f))}` },

  // Load/store register (immediate post-indexed)
  { name: "STR_post", group: g, pattern: "size:2 111000 00 0 imm9:9 01 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `str${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atPostIndex(f.Rn, imm9(f))}` },
  { name: "LDR_post", group: g, pattern: "size:2 111000 01 0 imm9:9 01 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldr${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atPostIndex(f.Rn, imm9(f))}` },
  { name: "LDRS_BH_post", group: g, pattern: "0 size:1 111000 1 opc0:1 0 imm9:9 01 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldrs${bh(f.size)} ${signedReg(f.opc0, f.Rt)}, ${atPostIndex(f.Rn, imm9(f))}` },
  { name: "LDRSW_post", group: g, pattern: "10 111000 10 0 imm9:9 01 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldrsw ${xreg(f.Rt)}, ${atPostIndex(f.Rn, imm9(f))}` },

  // Load/store register (immediate pre-indexed)
  { name: "STR_pre", group: g, pattern: "size:2 111000 00 0 imm9:9 11 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `str${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atPreIndex(f.Rn, imm9(f))}` },
  { name: "LDR_pre", group: g, pattern: "size:2 111000 01 0 imm9:9 11 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldr${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atPreIndex(f.Rn, imm9(f))}` },
  { name: "LDRS_BH_pre", group: g, pattern: "0 size:1 111000 1 opc0:1 0 imm9:9 11 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldrs${bh(f.size)} ${signedReg(f.opc0, f.Rt)}, ${atPreIndex(f.Rn, imm9(f))}` },
  { name: "LDRSW_pre", group: g, pattern: "10 111000 10 0 imm9:9 11 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldrsw ${xreg(f.Rt)}, ${atPreIndex(f.Rn, imm9(f))}` },

  // Load/store register (register offset)
  { name: "STR_reg", group: g, pattern: "size:2 111000 00 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5", where: option,
    fuzz: "int",
    asm: (f) => `str${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atRegister(f.Rn, f.Rm, f.option, f.S, f.size)}` },
  { name: "LDR_reg", group: g, pattern: "size:2 111000 01 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5", where: option,
    fuzz: "int",
    asm: (f) => `ldr${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${atRegister(f.Rn, f.Rm, f.option, f.S, f.size)}` },
  { name: "LDRS_BH_reg", group: g, pattern: "0 size:1 111000 1 opc0:1 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5",
    where: option, fuzz: "int",
    asm: (f) => `ldrs${bh(f.size)} ${signedReg(f.opc0, f.Rt)}, ${atRegister(f.Rn, f.Rm, f.option, f.S, f.size)}` },
  { name: "LDRSW_reg", group: g, pattern: "10 111000 10 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5", where: option,
    fuzz: "int", asm: (f) => `ldrsw ${xreg(f.Rt)}, ${atRegister(f.Rn, f.Rm, f.option, f.S, 2)}` },
  { name: "PRFM_reg", group: g, pattern: "11 111000 10 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5", where: option,
    fuzz: "int", asm: (f) => `prfm ${prfop(f.Rt)}, ${atRegister(f.Rn, f.Rm, f.option, f.S, 3)}` },
];


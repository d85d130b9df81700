// C4.1.89 Loads and Stores: Load/store exclusive (o2 = 0) and load-acquire/store-release
// (o2 = 1, o1 = 0, o0 = 1). Fields the Arm ARM marks (1) (Rs of loads and LDAR/STLR, Rt2 of
// single-register forms) are ignored, as QEMU does. The rest of the space is unallocated in
// ARMv8.0: CAS/CASP (o1 = 1 with o2 = 1, or pairs of bytes/halfwords) are ARMv8.1 LSE and
// LDLAR/STLLR (o0 = 0) are ARMv8.1 LORegions.
import type { Encoding } from "./types";
import { reg } from "./asm-operands";
import { base, sizeSuffix, dataReg } from "./loads-stores-asm";

const g = "loads-stores-exclusive";
const at = (f: Record<string, number>) => `[${base(f.Rn)}]`;

export const loadsStoresExclusive: Encoding[] = [
  { name: "STXR", group: g, pattern: "size:2 001000 000 Rs:5 o0:1 ----- Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `st${f.o0 ? "l" : ""}xr${sizeSuffix(f.size)} ${reg(0, f.Rs)}, ${dataReg(f.size, f.Rt)}, ${at(f)}` },
  { name: "LDXR", group: g, pattern: "size:2 001000 010 ----- o0:1 ----- Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ld${f.o0 ? "a" : ""}xr${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${at(f)}` },
  { name: "STXP", group: g, pattern: "1 sz:1 001000 001 Rs:5 o0:1 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `st${f.o0 ? "l" : ""}xp ${reg(0, f.Rs)}, ${reg(f.sz, f.Rt)}, ${reg(f.sz, f.Rt2)}, ${at(f)}` },
  { name: "LDXP", group: g, pattern: "1 sz:1 001000 011 ----- o0:1 Rt2:5 Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ld${f.o0 ? "a" : ""}xp ${reg(f.sz, f.Rt)}, ${reg(f.sz, f.Rt2)}, ${at(f)}` },
  { name: "STLR", group: g, pattern: "size:2 001000 100 ----- 1 ----- Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `stlr${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${at(f)}` },
  { name: "LDAR", group: g, pattern: "size:2 001000 110 ----- 1 ----- Rn:5 Rt:5", fuzz: "int",
    asm: (f) => `ldar${sizeSuffix(f.size)} ${dataReg(f.size, f.Rt)}, ${at(f)}` },
];

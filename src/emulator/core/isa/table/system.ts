// C4.1.87 Branches, Exception Generating and System instructions: system instructions
// (C5.1: hints, barriers, PSTATE, SYS and MRS/MSR). op0 selects the kind: 00 hints,
// barriers and MSR (immediate); 01 SYS (DC, IC, AT, TLBI); 1x MRS/MSR (register).
import type { Encoding } from "./types";
import { SYSREGS } from "../../sysreg-table";

const g = "system";

const xreg = (n: number) => (n === 31 ? "xzr" : `x${n}`);

/** Name of the system register with this encoding, or its generic s<op0>_<op1>_c<n>_c<m>_<op2> form. */
function sysregName(op0: number, op1: number, crn: number, crm: number, op2: number): string {
  const def = SYSREGS.find((r) => r.enc && r.enc.join() === [op0, op1, crn, crm, op2].join());
  return def ? def.name.toLowerCase() : `s${op0}_${op1}_c${crn}_c${crm}_${op2}`;
}

const bits = (value: number, width: number) => value.toString(2).padStart(width, "0");

/** A SYS instruction alias: SYS #op1, Cn, Cm, #op2, Xt (C5.3). */
function sys(name: string, op1: number, crn: number, crm: number, op2: number, asm: string, takesRt = true): Encoding {
  const rt = takesRt ? "Rt:5" : "-----";
  return {
    name, group: g,
    pattern: `1101010100 0 01 ${bits(op1, 3)} ${bits(crn, 4)} ${bits(crm, 4)} ${bits(op2, 3)} ${rt}`,
    asm: takesRt ? (f) => `${asm}, ${xreg(f.Rt)}` : asm,
  };
}

const hex = (n: number, digits = 1) => `#0x${n.toString(16).padStart(digits, "0")}`;

/** HINT #imm values with their own mnemonics (ARMv8.0 and later extensions), as objdump names them. */
const HINT_NAMES: Record<number, string> = {
  0: "nop", 1: "yield", 2: "wfe", 3: "wfi", 4: "sev", 5: "sevl", 7: "xpaclri", 8: "pacia1716",
  10: "pacib1716", 12: "autia1716", 14: "autib1716", 16: "esb", 17: "psb csync", 18: "tsb csync",
  20: "csdb", 22: "clearbhb", 24: "paciaz", 25: "paciasp", 26: "pacibz", 27: "pacibsp", 28: "autiaz",
  29: "autiasp", 30: "autibz", 31: "autibsp", 32: "bti", 34: "bti c", 36: "bti j", 38: "bti jc",
};

/** The barrier options of DSB/DMB (C6.2.81); unnamed values print as #imm. */
const BARRIER_OPTIONS = ["", "oshld", "oshst", "osh", "", "nshld", "nshst", "nsh", "", "ishld", "ishst", "ish", "", "ld", "st", "sy"];
const barrier = (op: string, crm: number) => `${op} ${BARRIER_OPTIONS[crm] || hex(crm, 2)}`;

export const system: Encoding[] = [
  // Hints (C6.2.107 HINT): allocated hints, then the rest of the space, which executes as NOP.
  { name: "NOP", group: g, pattern: "11010101000000110010 0000 000 11111", asm: "nop" },
  { name: "YIELD", group: g, pattern: "11010101000000110010 0000 001 11111", asm: "yield" },
  { name: "WFE", group: g, pattern: "11010101000000110010 0000 010 11111", asm: "wfe" },
  { name: "WFI", group: g, pattern: "11010101000000110010 0000 011 11111", asm: "wfi" },
  { name: "SEV", group: g, pattern: "11010101000000110010 0000 100 11111", asm: "sev" },
  { name: "SEVL", group: g, pattern: "11010101000000110010 0000 101 11111", asm: "sevl" },
  { name: "HINT", group: g, pattern: "11010101000000110010 CRm:4 op2:3 11111",
    asm: (f) => HINT_NAMES[(f.CRm << 3) | f.op2] ?? `hint ${hex((f.CRm << 3) | f.op2)}` },
  // Barriers (C6.2.56 CLREX, C6.2.81 DMB, C6.2.83 DSB, C6.2.112 ISB)
  { name: "CLREX", group: g, pattern: "11010101000000110011 CRm:4 010 11111", asm: (f) => (f.CRm === 15 ? "clrex" : `clrex ${hex(f.CRm)}`) },
  // DSB with CRm = 0 / 4 are the SSBB / PSSBB aliases (FEAT_SSBS names, same barrier in ARMv8.0).
  { name: "DSB", group: g, pattern: "11010101000000110011 CRm:4 100 11111",
    asm: (f) => (f.CRm === 0 ? "ssbb" : f.CRm === 4 ? "pssbb" : barrier("dsb", f.CRm)) },
  { name: "DMB", group: g, pattern: "11010101000000110011 CRm:4 101 11111", asm: (f) => barrier("dmb", f.CRm) },
  { name: "ISB", group: g, pattern: "11010101000000110011 CRm:4 110 11111", asm: (f) => (f.CRm === 15 ? "isb" : `isb ${hex(f.CRm)}`) },
  // MSR (immediate) (C6.2.195): the PSTATE fields an ARMv8.0 PE has.
  { name: "MSR_SPSEL_IMM", group: g, pattern: "1101010100000 000 0100 CRm:4 101 11111",
    asm: (f) => (f.CRm < 2 ? `msr spsel, ${hex(f.CRm)}` : `msr s0_0_c4_c${f.CRm}_5, xzr`) },
  { name: "MSR_DAIFSET", group: g, pattern: "1101010100000 011 0100 CRm:4 110 11111", asm: (f) => `msr daifset, ${hex(f.CRm)}` },
  { name: "MSR_DAIFCLR", group: g, pattern: "1101010100000 011 0100 CRm:4 111 11111", asm: (f) => `msr daifclr, ${hex(f.CRm)}` },
  // Data cache maintenance (C5.3.x DC)
  sys("DC_IVAC", 0, 7, 6, 1, "dc ivac"),
  sys("DC_ISW", 0, 7, 6, 2, "dc isw"),
  sys("DC_CSW", 0, 7, 10, 2, "dc csw"),
  sys("DC_CISW", 0, 7, 14, 2, "dc cisw"),
  sys("DC_ZVA", 3, 7, 4, 1, "dc zva"),
  sys("DC_CVAC", 3, 7, 10, 1, "dc cvac"),
  sys("DC_CVAU", 3, 7, 11, 1, "dc cvau"),
  sys("DC_CIVAC", 3, 7, 14, 1, "dc civac"),
  // Instruction cache maintenance (IC)
  sys("IC_IALLUIS", 0, 7, 1, 0, "ic ialluis", false),
  sys("IC_IALLU", 0, 7, 5, 0, "ic iallu", false),
  sys("IC_IVAU", 3, 7, 5, 1, "ic ivau"),
  // Address translation (AT)
  sys("AT_S1E1R", 0, 7, 8, 0, "at s1e1r"),
  sys("AT_S1E1W", 0, 7, 8, 1, "at s1e1w"),
  sys("AT_S1E0R", 0, 7, 8, 2, "at s1e0r"),
  sys("AT_S1E0W", 0, 7, 8, 3, "at s1e0w"),
  // TLB maintenance (TLBI), Inner Shareable (CRm=3) and local (CRm=7) forms
  sys("TLBI_VMALLE1IS", 0, 8, 3, 0, "tlbi vmalle1is", false),
  sys("TLBI_VAE1IS", 0, 8, 3, 1, "tlbi vae1is"),
  sys("TLBI_ASIDE1IS", 0, 8, 3, 2, "tlbi aside1is"),
  sys("TLBI_VAAE1IS", 0, 8, 3, 3, "tlbi vaae1is"),
  sys("TLBI_VALE1IS", 0, 8, 3, 5, "tlbi vale1is"),
  sys("TLBI_VAALE1IS", 0, 8, 3, 7, "tlbi vaale1is"),
  sys("TLBI_VMALLE1", 0, 8, 7, 0, "tlbi vmalle1", false),
  sys("TLBI_VAE1", 0, 8, 7, 1, "tlbi vae1"),
  sys("TLBI_ASIDE1", 0, 8, 7, 2, "tlbi aside1"),
  sys("TLBI_VAAE1", 0, 8, 7, 3, "tlbi vaae1"),
  sys("TLBI_VALE1", 0, 8, 7, 5, "tlbi vale1"),
  sys("TLBI_VAALE1", 0, 8, 7, 7, "tlbi vaale1"),
  // MRS / MSR (register) (C6.2.193, C6.2.196): op0 = 1:o0
  { name: "MRS", group: g, pattern: "1101010100 1 1 o0:1 op1:3 CRn:4 CRm:4 op2:3 Rt:5",
    asm: (f) => `mrs ${xreg(f.Rt)}, ${sysregName(2 | f.o0, f.op1, f.CRn, f.CRm, f.op2)}` },
  { name: "MSR_REG", group: g, pattern: "1101010100 0 1 o0:1 op1:3 CRn:4 CRm:4 op2:3 Rt:5",
    asm: (f) => `msr ${sysregName(2 | f.o0, f.op1, f.CRn, f.CRm, f.op2)}, ${xreg(f.Rt)}` },
];

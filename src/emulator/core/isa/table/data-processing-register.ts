// C4.1.88 Data Processing -- Register
import type { Encoding } from "./types";
import { reg, regSp, imm, CONDITIONS, EXTENDS, SHIFTS, shiftSuffix, type Fields } from "./asm-operands";

function logicalShifted(names: [string, string]) {
  return (f: Fields): string | null => {
    const { sf, shift, N, Rm, imm6, Rn, Rd } = f;
    if (!sf && imm6 & 0x20) return null;
    const name = names[N];
    const m = `${reg(sf, Rm)}${shiftSuffix(shift, imm6)}`;
    if (name === "orr" && Rn === 31 && shift === 0 && imm6 === 0) return `mov ${reg(sf, Rd)}, ${reg(sf, Rm)}`;
    if (name === "orn" && Rn === 31) return `mvn ${reg(sf, Rd)}, ${m}`;
    if (name === "ands" && Rd === 31) return `tst ${reg(sf, Rn)}, ${m}`;
    return `${name} ${reg(sf, Rd)}, ${reg(sf, Rn)}, ${m}`;
  };
}

function addSubShifted(f: Fields): string | null {
  const { sf, op, S, shift, Rm, imm6, Rn, Rd } = f;
  if (shift === 3 || (!sf && imm6 & 0x20)) return null;
  const m = `${reg(sf, Rm)}${shiftSuffix(shift, imm6)}`;
  if (S && Rd === 31) return `${op ? "cmp" : "cmn"} ${reg(sf, Rn)}, ${m}`;
  if (op && Rn === 31) return `neg${S ? "s" : ""} ${reg(sf, Rd)}, ${m}`;
  return `${op ? "sub" : "add"}${S ? "s" : ""} ${reg(sf, Rd)}, ${reg(sf, Rn)}, ${m}`;
}

function addSubExtended(f: Fields): string | null {
  const { sf, op, S, Rm, option, imm3, Rn, Rd } = f;
  if (imm3 > 4) return null;
  const mIsX = sf && (option & 3) === 3;
  // UXTX (64-bit) / UXTW (32-bit) next to SP is written as LSL.
  const usesSp = Rn === 31 || (!S && Rd === 31);
  const isLsl = usesSp && option === (sf ? 3 : 2);
  const ext = isLsl ? (imm3 ? `, lsl #${imm3}` : "") : `, ${EXTENDS[option]}${imm3 ? ` #${imm3}` : ""}`;
  const m = `${reg(mIsX ? 1 : 0, Rm)}${ext}`;
  if (S && Rd === 31) return `${op ? "cmp" : "cmn"} ${regSp(sf, Rn)}, ${m}`;
  const d = S ? reg(sf, Rd) : regSp(sf, Rd);
  return `${op ? "sub" : "add"}${S ? "s" : ""} ${d}, ${regSp(sf, Rn)}, ${m}`;
}

function addSubCarry(f: Fields): string {
  const { sf, op, S, Rm, Rn, Rd } = f;
  if (op && Rn === 31) return `ngc${S ? "s" : ""} ${reg(sf, Rd)}, ${reg(sf, Rm)}`;
  return `${op ? "sbc" : "adc"}${S ? "s" : ""} ${reg(sf, Rd)}, ${reg(sf, Rn)}, ${reg(sf, Rm)}`;
}

function condSelect(f: Fields): string {
  const { sf, op, Rm, cond, o2, Rn, Rd } = f;
  const kind = (op << 1) | o2;
  const d = reg(sf, Rd);
  if (cond < 14 && Rn === Rm) {
    const inverted = CONDITIONS[cond ^ 1];
    if (kind === 1) return Rn === 31 ? `cset ${d}, ${inverted}` : `cinc ${d}, ${reg(sf, Rn)}, ${inverted}`;
    if (kind === 2) return Rn === 31 ? `csetm ${d}, ${inverted}` : `cinv ${d}, ${reg(sf, Rn)}, ${inverted}`;
    if (kind === 3) return `cneg ${d}, ${reg(sf, Rn)}, ${inverted}`;
  }
  return `${["csel", "csinc", "csinv", "csneg"][kind]} ${d}, ${reg(sf, Rn)}, ${reg(sf, Rm)}, ${CONDITIONS[cond]}`;
}

function multiplyAdd(f: Fields): string {
  const { sf, Rm, o0, Ra, Rn, Rd } = f;
  const ops = `${reg(sf, Rd)}, ${reg(sf, Rn)}, ${reg(sf, Rm)}`;
  if (Ra === 31) return `${o0 ? "mneg" : "mul"} ${ops}`;
  return `${o0 ? "msub" : "madd"} ${ops}, ${reg(sf, Ra)}`;
}

function multiplyLong(signedness: "s" | "u") {
  return (f: Fields): string => {
    const { Rm, o0, Ra, Rn, Rd } = f;
    const ops = `${reg(1, Rd)}, ${reg(0, Rn)}, ${reg(0, Rm)}`;
    if (Ra === 31) return `${signedness}${o0 ? "mnegl" : "mull"} ${ops}`;
    return `${signedness}${o0 ? "msubl" : "maddl"} ${ops}, ${reg(1, Ra)}`;
  };
}

function unary(name: string) {
  return (f: Fields): string => `${name} ${reg(f.sf, f.Rd)}, ${reg(f.sf, f.Rn)}`;
}

const g = "data-processing-register";
export const dataProcessingRegister: Encoding[] = [
  // Logical (shifted register); N inverts the second operand (BIC, ORN, EON, BICS).
  { name: "AND_BIC_shift", group: g, pattern: "sf:1 00 01010 shift:2 N:1 Rm:5 imm6:6 Rn:5 Rd:5",
    asm: logicalShifted(["and", "bic"]), fuzz: "int", specialize: ["sf", "N"] },
  { name: "ORR_ORN_shift", group: g, pattern: "sf:1 01 01010 shift:2 N:1 Rm:5 imm6:6 Rn:5 Rd:5",
    asm: logicalShifted(["orr", "orn"]), fuzz: "int", specialize: ["sf", "N"] },
  { name: "EOR_EON_shift", group: g, pattern: "sf:1 10 01010 shift:2 N:1 Rm:5 imm6:6 Rn:5 Rd:5",
    asm: logicalShifted(["eor", "eon"]), fuzz: "int", specialize: ["sf", "N"] },
  { name: "ANDS_BICS_shift", group: g, pattern: "sf:1 11 01010 shift:2 N:1 Rm:5 imm6:6 Rn:5 Rd:5",
    asm: logicalShifted(["ands", "bics"]), fuzz: "int", specialize: ["sf", "N"] },
  // Add/subtract (shifted register)
  { name: "ADD_SUB_shift", group: g, pattern: "sf:1 op:1 S:1 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5",
    asm: addSubShifted, fuzz: "int", specialize: ["sf", "op", "S"] },
  // Add/subtract (extended register); opt != 00 is unallocated.
  { name: "ADD_SUB_ext", group: g, pattern: "sf:1 op:1 S:1 01011 00 1 Rm:5 option:3 imm3:3 Rn:5 Rd:5",
    asm: addSubExtended, fuzz: "int", specialize: ["sf", "op", "S"] },
  // Add/subtract (with carry)
  { name: "ADC_SBC", group: g, pattern: "sf:1 op:1 S:1 11010000 Rm:5 000000 Rn:5 Rd:5", asm: addSubCarry, fuzz: "int" },
  // Conditional compare (register / immediate); S = 1, o2 = 0, o3 = 0 are the only allocated values.
  { name: "CCMN_CCMP_reg", group: g, pattern: "sf:1 op:1 1 11010010 Rm:5 cond:4 0 0 Rn:5 0 nzcv:4",
    asm: (f) => `${f.op ? "ccmp" : "ccmn"} ${reg(f.sf, f.Rn)}, ${reg(f.sf, f.Rm)}, ${imm(f.nzcv)}, ${CONDITIONS[f.cond]}`,
    fuzz: "int", specialize: ["sf", "op"] },
  { name: "CCMN_CCMP_imm", group: g, pattern: "sf:1 op:1 1 11010010 imm5:5 cond:4 1 0 Rn:5 0 nzcv:4",
    asm: (f) => `${f.op ? "ccmp" : "ccmn"} ${reg(f.sf, f.Rn)}, ${imm(f.imm5)}, ${imm(f.nzcv)}, ${CONDITIONS[f.cond]}`,
    fuzz: "int", specialize: ["sf", "op"] },
  // Conditional select: op:o2 = CSEL, CSINC, CSINV, CSNEG.
  { name: "COND_SELECT", group: g, pattern: "sf:1 op:1 0 11010100 Rm:5 cond:4 0 o2:1 Rn:5 Rd:5", asm: condSelect, fuzz: "int", specialize: ["sf", "op", "o2"] },
  // Data-processing (1 source)
  { name: "RBIT", group: g, pattern: "sf:1 1 0 11010110 00000 000000 Rn:5 Rd:5", asm: unary("rbit"), fuzz: "int" },
  { name: "REV16", group: g, pattern: "sf:1 1 0 11010110 00000 000001 Rn:5 Rd:5", asm: unary("rev16"), fuzz: "int" },
  // opc 10: REV32 for X registers, REV for W registers (the same byte reversal per word).
  { name: "REV32", group: g, pattern: "sf:1 1 0 11010110 00000 000010 Rn:5 Rd:5",
    asm: (f) => unary(f.sf ? "rev32" : "rev")(f), fuzz: "int" },
  { name: "REV64", group: g, pattern: "1 1 0 11010110 00000 000011 Rn:5 Rd:5",
    asm: (f) => `rev ${reg(1, f.Rd)}, ${reg(1, f.Rn)}`, fuzz: "int" },
  { name: "CLZ_CLS", group: g, pattern: "sf:1 1 0 11010110 00000 00010 op:1 Rn:5 Rd:5",
    asm: (f) => unary(f.op ? "cls" : "clz")(f), fuzz: "int" },
  // Data-processing (2 source)
  { name: "UDIV_SDIV", group: g, pattern: "sf:1 0 0 11010110 Rm:5 00001 o1:1 Rn:5 Rd:5",
    asm: (f) => `${f.o1 ? "sdiv" : "udiv"} ${reg(f.sf, f.Rd)}, ${reg(f.sf, f.Rn)}, ${reg(f.sf, f.Rm)}`, fuzz: "int" },
  { name: "SHIFT_VARIABLE", group: g, pattern: "sf:1 0 0 11010110 Rm:5 0010 op2:2 Rn:5 Rd:5",
    asm: (f) => `${SHIFTS[f.op2]} ${reg(f.sf, f.Rd)}, ${reg(f.sf, f.Rn)}, ${reg(f.sf, f.Rm)}`, fuzz: "int", specialize: ["sf", "op2"] },
  { name: "CRC32", group: g, pattern: "sf:1 0 0 11010110 Rm:5 010 C:1 sz:2 Rn:5 Rd:5",
    asm: (f) => ((f.sz === 3) !== (f.sf === 1) ? null
      : `crc32${f.C ? "c" : ""}${"bhwx"[f.sz]} ${reg(0, f.Rd)}, ${reg(0, f.Rn)}, ${reg(f.sf, f.Rm)}`),
    fuzz: "int" },
  // Data-processing (3 source); op54 = 00. The high multiplies ignore Ra (QEMU does too).
  { name: "MADD_MSUB", group: g, pattern: "sf:1 00 11011 000 Rm:5 o0:1 Ra:5 Rn:5 Rd:5", asm: multiplyAdd, fuzz: "int" },
  { name: "SMADDL_SMSUBL", group: g, pattern: "1 00 11011 001 Rm:5 o0:1 Ra:5 Rn:5 Rd:5", asm: multiplyLong("s"), fuzz: "int" },
  { name: "UMADDL_UMSUBL", group: g, pattern: "1 00 11011 101 Rm:5 o0:1 Ra:5 Rn:5 Rd:5", asm: multiplyLong("u"), fuzz: "int" },
  { name: "SMULH", group: g, pattern: "1 00 11011 010 Rm:5 0 ----- Rn:5 Rd:5",
    asm: (f) => `smulh ${reg(1, f.Rd)}, ${reg(1, f.Rn)}, ${reg(1, f.Rm)}`, fuzz: "int" },
  { name: "UMULH", group: g, pattern: "1 00 11011 110 Rm:5 0 ----- Rn:5 Rd:5",
    asm: (f) => `umulh ${reg(1, f.Rd)}, ${reg(1, f.Rn)}, ${reg(1, f.Rm)}`, fuzz: "int" },
];

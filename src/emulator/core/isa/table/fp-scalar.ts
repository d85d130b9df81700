// C4.1 "Data Processing -- Scalar Floating-Point and Advanced SIMD": the scalar
// floating-point groups (data-processing 1/2/3 source, compare, conditional compare,
// conditional select, immediate, conversions to/from integer and fixed point).
// M and S (bits 31, 29) are 0 in every allocated scalar encoding. Disassembly follows GNU
// objdump; field values that Armv8.0 leaves unallocated (type 10, and type 11 = half
// precision outside FCVT, which needs FEAT_FP16) disassemble as undefined (null).
import type { Encoding } from "./types";
import { reg, imm, CONDITIONS, type Fields } from "./asm-operands";

/** Scalar register of a type field (00 single, 01 double, 11 half). */
const fr = (type: number, n: number): string => `${"sd?h"[type]}${n}`;
/** Is the type field an Armv8.0 arithmetic precision (single or double)? */
const sd = (f: Fields): boolean => f.type < 2;

const op3 = (name: string) => (f: Fields): string | null =>
  sd(f) ? `${name} ${fr(f.type, f.Rd)}, ${fr(f.type, f.Rn)}, ${fr(f.type, f.Rm)}` : null;
const op2 = (name: string) => (f: Fields): string | null =>
  sd(f) ? `${name} ${fr(f.type, f.Rd)}, ${fr(f.type, f.Rn)}` : null;

/** VFPExpandImm as objdump prints it ("%.18e"): +-(16 + efgh)/16 * 2^(NOT(b):cd - 3). */
export function fpImm(imm8: number): string {
  const value = ((imm8 & 0x80 ? -1 : 1) * (16 + (imm8 & 15)) * 2 ** ((((imm8 >> 4) & 7) ^ 4) - 3)) / 16;
  const [mantissa, exponent] = value.toExponential(18).split("e");
  const e = Number(exponent);
  return `#${mantissa}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

/** FMOV (general): valid sf/type/rmode combinations. */
function fmovGeneral(f: Fields): string | null {
  const top = f.sf === 1 && f.type === 2 && f.rmode === 1;
  if (!top && !(f.rmode === 0 && ((f.sf === 0 && f.type === 0) || (f.sf === 1 && f.type === 1)))) return null;
  const v = top ? `v${f.toFp ? f.Rd : f.Rn}.d[1]` : fr(f.type, f.toFp ? f.Rd : f.Rn);
  const x = reg(f.sf, f.toFp ? f.Rn : f.Rd);
  return f.toFp ? `fmov ${v}, ${x}` : `fmov ${x}, ${v}`;
}

const g = "fp-data-processing";
const c = "fp-convert";
export const fpScalar: Encoding[] = [
  // 1 source
  { name: "FMOV_reg", group: g, pattern: "000 11110 type:2 1 000000 10000 Rn:5 Rd:5", asm: op2("fmov"), fuzz: "fp" },
  { name: "FABS_scalar", group: g, pattern: "000 11110 type:2 1 000001 10000 Rn:5 Rd:5", asm: op2("fabs"), fuzz: "fp" },
  { name: "FNEG_scalar", group: g, pattern: "000 11110 type:2 1 000010 10000 Rn:5 Rd:5", asm: op2("fneg"), fuzz: "fp" },
  { name: "FSQRT_scalar", group: g, pattern: "000 11110 type:2 1 000011 10000 Rn:5 Rd:5", asm: op2("fsqrt"), fuzz: "fp" },
  { name: "FCVT_precision", group: c, pattern: "000 11110 type:2 1 0001 opc:2 10000 Rn:5 Rd:5",
    asm: (f) => (f.type === 2 || f.opc === 2 || f.type === f.opc ? null : `fcvt ${fr(f.opc, f.Rd)}, ${fr(f.type, f.Rn)}`),
    fuzz: "fp" },
  { name: "FRINT_scalar", group: g, pattern: "000 11110 type:2 1 001 op:3 10000 Rn:5 Rd:5",
    asm: (f) => (sd(f) && f.op !== 5 ? `frint${"npmza?xi"[f.op]} ${fr(f.type, f.Rd)}, ${fr(f.type, f.Rn)}` : null),
    fuzz: "fp" },
  // 2 source
  { name: "FMUL_scalar", group: g, runLoop: true, pattern: "000 11110 type:2 1 Rm:5 0000 10 Rn:5 Rd:5", asm: op3("fmul"), fuzz: "fp" },
  { name: "FDIV_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0001 10 Rn:5 Rd:5", asm: op3("fdiv"), fuzz: "fp" },
  { name: "FADD_scalar", group: g, runLoop: true, pattern: "000 11110 type:2 1 Rm:5 0010 10 Rn:5 Rd:5", asm: op3("fadd"), fuzz: "fp" },
  { name: "FSUB_scalar", group: g, runLoop: true, pattern: "000 11110 type:2 1 Rm:5 0011 10 Rn:5 Rd:5", asm: op3("fsub"), fuzz: "fp" },
  { name: "FMAX_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0100 10 Rn:5 Rd:5", asm: op3("fmax"), fuzz: "fp" },
  { name: "FMIN_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0101 10 Rn:5 Rd:5", asm: op3("fmin"), fuzz: "fp" },
  { name: "FMAXNM_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0110 10 Rn:5 Rd:5", asm: op3("fmaxnm"), fuzz: "fp" },
  { name: "FMINNM_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0111 10 Rn:5 Rd:5", asm: op3("fminnm"), fuzz: "fp" },
  { name: "FNMUL_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 1000 10 Rn:5 Rd:5", asm: op3("fnmul"), fuzz: "fp" },
  // 3 source
  { name: "FMADD_family", group: g, runLoop: true, pattern: "000 11111 type:2 o1:1 Rm:5 o0:1 Ra:5 Rn:5 Rd:5",
    asm: (f) => (sd(f)
      ? `${["fmadd", "fmsub", "fnmadd", "fnmsub"][f.o1 * 2 + f.o0]} ${fr(f.type, f.Rd)}, ${fr(f.type, f.Rn)}, ${fr(f.type, f.Rm)}, ${fr(f.type, f.Ra)}`
      : null),
    fuzz: "fp" },
  // compare, conditional compare, conditional select
  { name: "FCMP", group: g, pattern: "000 11110 type:2 1 Rm:5 00 1000 Rn:5 E:1 Z:1 000",
    asm: (f) => (sd(f) ? `fcmp${f.E ? "e" : ""} ${fr(f.type, f.Rn)}, ${f.Z ? "#0.0" : fr(f.type, f.Rm)}` : null), fuzz: "fp" },
  { name: "FCCMP", group: g, pattern: "000 11110 type:2 1 Rm:5 cond:4 01 Rn:5 E:1 nzcv:4",
    asm: (f) => (sd(f)
      ? `fccmp${f.E ? "e" : ""} ${fr(f.type, f.Rn)}, ${fr(f.type, f.Rm)}, ${imm(f.nzcv)}, ${CONDITIONS[f.cond]}`
      : null),
    fuzz: "fp" },
  { name: "FCSEL", group: g, pattern: "000 11110 type:2 1 Rm:5 cond:4 11 Rn:5 Rd:5",
    asm: (f) => (sd(f) ? `fcsel ${fr(f.type, f.Rd)}, ${fr(f.type, f.Rn)}, ${fr(f.type, f.Rm)}, ${CONDITIONS[f.cond]}` : null),
    fuzz: "fp" },
  // immediate
  { name: "FMOV_imm", group: g, pattern: "000 11110 type:2 1 imm8:8 100 00000 Rd:5",
    asm: (f) => (sd(f) ? `fmov ${fr(f.type, f.Rd)}, ${fpImm(f.imm8)}` : null), fuzz: "fp" },
  // conversion between floating point and fixed point (fbits = 64 - scale, at most 32 for W)
  { name: "CVTF_from_fixed", group: c, pattern: "sf:1 0011110 type:2 0 00 01 U:1 scale:6 Rn:5 Rd:5",
    asm: (f) => (sd(f) && (f.sf || f.scale >= 32)
      ? `${f.U ? "u" : "s"}cvtf ${fr(f.type, f.Rd)}, ${reg(f.sf, f.Rn)}, #${64 - f.scale}`
      : null),
    fuzz: "fp" },
  { name: "FCVTZ_to_fixed", group: c, pattern: "sf:1 0011110 type:2 0 11 00 U:1 scale:6 Rn:5 Rd:5",
    asm: (f) => (sd(f) && (f.sf || f.scale >= 32)
      ? `fcvtz${f.U ? "u" : "s"} ${reg(f.sf, f.Rd)}, ${fr(f.type, f.Rn)}, #${64 - f.scale}`
      : null),
    fuzz: "fp" },
  // conversion between floating point and integer
  { name: "FCVT_to_int", group: c, pattern: "sf:1 0011110 type:2 1 rmode:2 00 U:1 000000 Rn:5 Rd:5",
    asm: (f) => (sd(f) ? `fcvt${"npmz"[f.rmode]}${f.U ? "u" : "s"} ${reg(f.sf, f.Rd)}, ${fr(f.type, f.Rn)}` : null),
    fuzz: "fp" },
  { name: "CVTF_from_int", group: c, pattern: "sf:1 0011110 type:2 1 00 01 U:1 000000 Rn:5 Rd:5",
    asm: (f) => (sd(f) ? `${f.U ? "u" : "s"}cvtf ${fr(f.type, f.Rd)}, ${reg(f.sf, f.Rn)}` : null), fuzz: "fp" },
  { name: "FCVTA_to_int", group: c, pattern: "sf:1 0011110 type:2 1 00 10 U:1 000000 Rn:5 Rd:5",
    asm: (f) => (sd(f) ? `fcvta${f.U ? "u" : "s"} ${reg(f.sf, f.Rd)}, ${fr(f.type, f.Rn)}` : null), fuzz: "fp" },
  { name: "FMOV_general", group: c, pattern: "sf:1 0011110 type:2 1 rmode:2 11 toFp:1 000000 Rn:5 Rd:5",
    asm: fmovGeneral, fuzz: "fp" },
];

// C4.1 "Data Processing -- Scalar Floating-Point and Advanced SIMD": the scalar
// floating-point groups (data-processing 1/2/3 source, compare, conditional compare,
// conditional select, immediate, conversions to/from integer and fixed point).
// M and S (bits 31, 29) are 0 in every allocated scalar encoding.
import type { Encoding } from "./types";

/** Scalar register name for a type field (00 single, 01 double, 11 half). */
const fr = (type: number, n: number): string => `${["s", "d", "?", "h"][type]}${n}`;
const xr = (sf: number, n: number): string => (n === 31 ? (sf ? "xzr" : "wzr") : `${sf ? "x" : "w"}${n}`);
const cond = (c: number): string => ["eq", "ne", "hs", "lo", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"][c];
const rn3 = (name: string) => (f: Record<string, number>) =>
  `${name} ${fr(f.type, f.Rd)}, ${fr(f.type, f.Rn)}, ${fr(f.type, f.Rm)}`;
const rn2 = (name: string) => (f: Record<string, number>) => `${name} ${fr(f.type, f.Rd)}, ${fr(f.type, f.Rn)}`;

/** VFPExpandImm as a number, for disassembly: +-(16 + efgh)/16 * 2^(NOT(b):cd - 3). */
function fpImm(imm8: number): string {
  const sign = imm8 & 0x80 ? -1 : 1;
  const exp = (((imm8 >> 4) & 7) ^ 4) - 3;
  return String((sign * (16 + (imm8 & 15)) * 2 ** exp) / 16);
}

const g = "fp-data-processing";
const c = "fp-convert";
export const fpScalar: Encoding[] = [
  // 1 source
  { name: "FMOV_reg", group: g, pattern: "000 11110 type:2 1 000000 10000 Rn:5 Rd:5", asm: rn2("fmov"), fuzz: "fp" },
  { name: "FABS_scalar", group: g, pattern: "000 11110 type:2 1 000001 10000 Rn:5 Rd:5", asm: rn2("fabs"), fuzz: "fp" },
  { name: "FNEG_scalar", group: g, pattern: "000 11110 type:2 1 000010 10000 Rn:5 Rd:5", asm: rn2("fneg"), fuzz: "fp" },
  { name: "FSQRT_scalar", group: g, pattern: "000 11110 type:2 1 000011 10000 Rn:5 Rd:5", asm: rn2("fsqrt"), fuzz: "fp" },
  { name: "FCVT_precision", group: c, pattern: "000 11110 type:2 1 0001 opc:2 10000 Rn:5 Rd:5",
    asm: (f) => `fcvt ${fr(f.opc, f.Rd)}, ${fr(f.type, f.Rn)}`, fuzz: "fp" },
  { name: "FRINT_scalar", group: g, pattern: "000 11110 type:2 1 001 op:3 10000 Rn:5 Rd:5",
    asm: (f) => `frint${"npmza?xi"[f.op]} ${fr(f.type, f.Rd)}, ${fr(f.type, f.Rn)}`, fuzz: "fp" },
  // 2 source
  { name: "FMUL_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0000 10 Rn:5 Rd:5", asm: rn3("fmul"), fuzz: "fp" },
  { name: "FDIV_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0001 10 Rn:5 Rd:5", asm: rn3("fdiv"), fuzz: "fp" },
  { name: "FADD_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0010 10 Rn:5 Rd:5", asm: rn3("fadd"), fuzz: "fp" },
  { name: "FSUB_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0011 10 Rn:5 Rd:5", asm: rn3("fsub"), fuzz: "fp" },
  { name: "FMAX_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0100 10 Rn:5 Rd:5", asm: rn3("fmax"), fuzz: "fp" },
  { name: "FMIN_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0101 10 Rn:5 Rd:5", asm: rn3("fmin"), fuzz: "fp" },
  { name: "FMAXNM_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0110 10 Rn:5 Rd:5", asm: rn3("fmaxnm"), fuzz: "fp" },
  { name: "FMINNM_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 0111 10 Rn:5 Rd:5", asm: rn3("fminnm"), fuzz: "fp" },
  { name: "FNMUL_scalar", group: g, pattern: "000 11110 type:2 1 Rm:5 1000 10 Rn:5 Rd:5", asm: rn3("fnmul"), fuzz: "fp" },
  // 3 source
  { name: "FMADD_family", group: g, pattern: "000 11111 type:2 o1:1 Rm:5 o0:1 Ra:5 Rn:5 Rd:5",
    asm: (f) => `${["fmadd", "fmsub", "fnmadd", "fnmsub"][f.o1 * 2 + f.o0]} ${fr(f.type, f.Rd)}, ${fr(f.type, f.Rn)}, ${fr(f.type, f.Rm)}, ${fr(f.type, f.Ra)}`,
    fuzz: "fp" },
  // compare, conditional compare, conditional select
  { name: "FCMP", group: g, pattern: "000 11110 type:2 1 Rm:5 00 1000 Rn:5 E:1 Z:1 000",
    asm: (f) => `fcmp${f.E ? "e" : ""} ${fr(f.type, f.Rn)}, ${f.Z ? "#0.0" : fr(f.type, f.Rm)}`, fuzz: "fp" },
  { name: "FCCMP", group: g, pattern: "000 11110 type:2 1 Rm:5 cond:4 01 Rn:5 E:1 nzcv:4",
    asm: (f) => `fccmp${f.E ? "e" : ""} ${fr(f.type, f.Rn)}, ${fr(f.type, f.Rm)}, #${f.nzcv}, ${cond(f.cond)}`, fuzz: "fp" },
  { name: "FCSEL", group: g, pattern: "000 11110 type:2 1 Rm:5 cond:4 11 Rn:5 Rd:5",
    asm: (f) => `fcsel ${fr(f.type, f.Rd)}, ${fr(f.type, f.Rn)}, ${fr(f.type, f.Rm)}, ${cond(f.cond)}`, fuzz: "fp" },
  // immediate
  { name: "FMOV_imm", group: g, pattern: "000 11110 type:2 1 imm8:8 100 00000 Rd:5",
    asm: (f) => `fmov ${fr(f.type, f.Rd)}, #${fpImm(f.imm8)}`, fuzz: "fp" },
  // conversion between floating point and fixed point
  { name: "CVTF_from_fixed", group: c, pattern: "sf:1 0011110 type:2 0 00 01 U:1 scale:6 Rn:5 Rd:5",
    asm: (f) => `${f.U ? "u" : "s"}cvtf ${fr(f.type, f.Rd)}, ${xr(f.sf, f.Rn)}, #${64 - f.scale}`, fuzz: "fp" },
  { name: "FCVTZ_to_fixed", group: c, pattern: "sf:1 0011110 type:2 0 11 00 U:1 scale:6 Rn:5 Rd:5",
    asm: (f) => `fcvtz${f.U ? "u" : "s"} ${xr(f.sf, f.Rd)}, ${fr(f.type, f.Rn)}, #${64 - f.scale}`, fuzz: "fp" },
  // conversion between floating point and integer
  { name: "FCVT_to_int", group: c, pattern: "sf:1 0011110 type:2 1 rmode:2 00 U:1 000000 Rn:5 Rd:5",
    asm: (f) => `fcvt${"npmz"[f.rmode]}${f.U ? "u" : "s"} ${xr(f.sf, f.Rd)}, ${fr(f.type, f.Rn)}`, fuzz: "fp" },
  { name: "CVTF_from_int", group: c, pattern: "sf:1 0011110 type:2 1 00 01 U:1 000000 Rn:5 Rd:5",
    asm: (f) => `${f.U ? "u" : "s"}cvtf ${fr(f.type, f.Rd)}, ${xr(f.sf, f.Rn)}`, fuzz: "fp" },
  { name: "FCVTA_to_int", group: c, pattern: "sf:1 0011110 type:2 1 00 10 U:1 000000 Rn:5 Rd:5",
    asm: (f) => `fcvta${f.U ? "u" : "s"} ${xr(f.sf, f.Rd)}, ${fr(f.type, f.Rn)}`, fuzz: "fp" },
  { name: "FMOV_general", group: c, pattern: "sf:1 0011110 type:2 1 rmode:2 11 toFp:1 000000 Rn:5 Rd:5",
    asm: (f) => {
      const v = f.type === 2 ? `v${f.toFp ? f.Rd : f.Rn}.d[1]` : fr(f.type, f.toFp ? f.Rd : f.Rn);
      const x = xr(f.sf, f.toFp ? f.Rn : f.Rd);
      return f.toFp ? `fmov ${v}, ${x}` : `fmov ${x}, ${v}`;
    },
    fuzz: "fp" },
];

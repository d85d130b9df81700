// C4.1 "Data Processing -- Scalar Floating-Point and Advanced SIMD", the floating-point
// arithmetic of the Advanced SIMD groups: three same (vector and scalar, FP opcodes 11xxx
// with size<1> = a selecting the second operation of a pair), scalar pairwise, across lanes
// and (scalar) x indexed element, single and double precision. Half precision (FEAT_FP16)
// and FEAT_FHM encodings are left to the fallback (UNDEFINED). Disassembly follows GNU
// objdump; reserved arrangements (.1d, 2D by element with Q = 0 or L = 1, across lanes
// other than .4s) disassemble as undefined (null).
import type { Encoding } from "./types";
import type { Fields } from "./asm-operands";
import { arrangement, vec, sd, vec3, scalar3 } from "./simd-fp-asm";

const g = "simd-fp-arith";

/** Three same (vector): "0 Q U 01110 a sz 1 Rm opcode 1 Rn Rd". */
const vector3 = (name: string, op: string, U: number, a: number, opcode: string): Encoding => ({
  name, group: g, pattern: `0 Q:1 ${U} 01110 ${a} sz:1 1 Rm:5 ${opcode} 1 Rn:5 Rd:5`, asm: vec3(op), fuzz: "fp",
});

/** Three same (scalar): "01 U 11110 a sz 1 Rm opcode 1 Rn Rd". */
const scalarThree = (name: string, op: string, U: number, a: number, opcode: string): Encoding => ({
  name, group: g, pattern: `01 ${U} 11110 ${a} sz:1 1 Rm:5 ${opcode} 1 Rn:5 Rd:5`, asm: scalar3(op), fuzz: "fp",
});

/** Scalar pairwise: "01 1 11110 a sz 11000 opcode 10 Rn Rd", <V>d, Vn.2S/2D. */
const scalarPairwise = (name: string, op: string, a: number, opcode: string): Encoding => ({
  name, group: g, pattern: `01 1 11110 ${a} sz:1 11000 ${opcode} 10 Rn:5 Rd:5`,
  asm: (f) => `${op} ${sd(f.sz, f.Rd)}, ${vec(f.Rn, f.sz ? "2d" : "2s")}`, fuzz: "fp",
});

/** Across lanes: "0 Q 1 01110 a sz 11000 opcode 10 Rn Rd", Sd, Vn.4S only. */
const across = (name: string, op: string, a: number, opcode: string): Encoding => ({
  name, group: g, pattern: `0 Q:1 1 01110 ${a} sz:1 11000 ${opcode} 10 Rn:5 Rd:5`,
  asm: (f) => (f.Q && !f.sz ? `${op} s${f.Rd}, ${vec(f.Rn, "4s")}` : null), fuzz: "fp",
});

/** The element operand of the by-element forms: Vm.S[H:L] or Vm.D[H] (L = 0), Vm = M:Rm. */
function element(f: Fields): string | null {
  if (f.sz && f.L) return null;
  return `v${(f.M << 4) | f.Rm}.${f.sz ? "d" : "s"}[${f.sz ? f.H : (f.H << 1) | f.L}]`;
}

/** Vector x indexed element: "0 Q U 01111 1 sz L M Rm opcode H 0 Rn Rd". */
const vectorElement = (name: string, op: string, U: number, opcode: string): Encoding => ({
  name, group: g, pattern: `0 Q:1 ${U} 01111 1 sz:1 L:1 M:1 Rm:4 ${opcode} H:1 0 Rn:5 Rd:5`,
  asm: (f) => {
    const t = arrangement(f.Q, f.sz);
    const el = element(f);
    return t && el && `${op} ${vec(f.Rd, t)}, ${vec(f.Rn, t)}, ${el}`;
  },
  fuzz: "fp",
});

/** Scalar x indexed element: "01 U 11111 1 sz L M Rm opcode H 0 Rn Rd". */
const scalarElement = (name: string, op: string, U: number, opcode: string): Encoding => ({
  name, group: g, pattern: `01 ${U} 11111 1 sz:1 L:1 M:1 Rm:4 ${opcode} H:1 0 Rn:5 Rd:5`,
  asm: (f) => {
    const el = element(f);
    return el && `${op} ${sd(f.sz, f.Rd)}, ${sd(f.sz, f.Rn)}, ${el}`;
  },
  fuzz: "fp",
});

export const simdFpArith: Encoding[] = [
  // three same (vector)
  vector3("FMAXNM_vec", "fmaxnm", 0, 0, "11000"),
  { ...vector3("FMLA_vec", "fmla", 0, 0, "11001"), runLoop: true },
  { ...vector3("FADD_vec", "fadd", 0, 0, "11010"), runLoop: true },
  vector3("FMULX_vec", "fmulx", 0, 0, "11011"),
  vector3("FCMEQ_vec", "fcmeq", 0, 0, "11100"),
  vector3("FMAX_vec", "fmax", 0, 0, "11110"),
  vector3("FRECPS_vec", "frecps", 0, 0, "11111"),
  vector3("FMINNM_vec", "fminnm", 0, 1, "11000"),
  { ...vector3("FMLS_vec", "fmls", 0, 1, "11001"), runLoop: true },
  { ...vector3("FSUB_vec", "fsub", 0, 1, "11010"), runLoop: true },
  vector3("FMIN_vec", "fmin", 0, 1, "11110"),
  vector3("FRSQRTS_vec", "frsqrts", 0, 1, "11111"),
  vector3("FMAXNMP_vec", "fmaxnmp", 1, 0, "11000"),
  vector3("FADDP_vec", "faddp", 1, 0, "11010"),
  { ...vector3("FMUL_vec", "fmul", 1, 0, "11011"), runLoop: true },
  vector3("FCMGE_vec", "fcmge", 1, 0, "11100"),
  vector3("FACGE_vec", "facge", 1, 0, "11101"),
  vector3("FMAXP_vec", "fmaxp", 1, 0, "11110"),
  vector3("FDIV_vec", "fdiv", 1, 0, "11111"),
  vector3("FMINNMP_vec", "fminnmp", 1, 1, "11000"),
  vector3("FABD_vec", "fabd", 1, 1, "11010"),
  vector3("FCMGT_vec", "fcmgt", 1, 1, "11100"),
  vector3("FACGT_vec", "facgt", 1, 1, "11101"),
  vector3("FMINP_vec", "fminp", 1, 1, "11110"),
  // three same (scalar)
  scalarThree("FMULX_sisd", "fmulx", 0, 0, "11011"),
  scalarThree("FCMEQ_sisd", "fcmeq", 0, 0, "11100"),
  scalarThree("FRECPS_sisd", "frecps", 0, 0, "11111"),
  scalarThree("FRSQRTS_sisd", "frsqrts", 0, 1, "11111"),
  scalarThree("FCMGE_sisd", "fcmge", 1, 0, "11100"),
  scalarThree("FACGE_sisd", "facge", 1, 0, "11101"),
  scalarThree("FABD_sisd", "fabd", 1, 1, "11010"),
  scalarThree("FCMGT_sisd", "fcmgt", 1, 1, "11100"),
  scalarThree("FACGT_sisd", "facgt", 1, 1, "11101"),
  // scalar pairwise
  scalarPairwise("FMAXNMP_sisd", "fmaxnmp", 0, "01100"),
  scalarPairwise("FMINNMP_sisd", "fminnmp", 1, "01100"),
  scalarPairwise("FADDP_sisd", "faddp", 0, "01101"),
  scalarPairwise("FMAXP_sisd", "fmaxp", 0, "01111"),
  scalarPairwise("FMINP_sisd", "fminp", 1, "01111"),
  // across lanes
  across("FMAXNMV_vec", "fmaxnmv", 0, "01100"),
  across("FMINNMV_vec", "fminnmv", 1, "01100"),
  across("FMAXV_vec", "fmaxv", 0, "01111"),
  across("FMINV_vec", "fminv", 1, "01111"),
  // (scalar) x indexed element
  vectorElement("FMLA_elem_vec", "fmla", 0, "0001"),
  vectorElement("FMLS_elem_vec", "fmls", 0, "0101"),
  vectorElement("FMUL_elem_vec", "fmul", 0, "1001"),
  vectorElement("FMULX_elem_vec", "fmulx", 1, "1001"),
  scalarElement("FMLA_elem_sisd", "fmla", 0, "0001"),
  scalarElement("FMLS_elem_sisd", "fmls", 0, "0101"),
  scalarElement("FMUL_elem_sisd", "fmul", 0, "1001"),
  scalarElement("FMULX_elem_sisd", "fmulx", 1, "1001"),
];

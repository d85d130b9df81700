// C4.1 "Data Processing -- Scalar Floating-Point and Advanced SIMD", the floating-point
// one-source Advanced SIMD groups: two-register miscellaneous (vector and scalar, FP
// opcodes), the fixed-point conversions of (scalar) shift by immediate (opcodes 11100 and
// 11111) and FMOV (vector, immediate) of modified immediate (cmode 1111, o2 = 0). Half
// precision arithmetic (FEAT_FP16) is left to the fallback (UNDEFINED). Disassembly follows
// GNU objdump; reserved arrangements and field values disassemble as undefined (null).
import type { Encoding } from "./types";
import type { Fields } from "./asm-operands";
import { fpImm } from "./fp-scalar";
import { arrangement, vec, sd, vec2, scalar2 } from "./simd-fp-asm";

const g = "simd-fp-misc";

/** Two-register misc (vector): "0 Q U 01110 a sz 10000 opcode 10 Rn Rd". */
const vector2 = (name: string, op: string, U: number, a: number, opcode: string, suffix = ""): Encoding => ({
  name, group: g, pattern: `0 Q:1 ${U} 01110 ${a} sz:1 10000 ${opcode} 10 Rn:5 Rd:5`, asm: vec2(op, suffix), fuzz: "fp",
});

/** Two-register misc (scalar): "01 U 11110 a sz 10000 opcode 10 Rn Rd". */
const scalarTwo = (name: string, op: string, U: number, a: number, opcode: string): Encoding => ({
  name, group: g, pattern: `01 ${U} 11110 ${a} sz:1 10000 ${opcode} 10 Rn:5 Rd:5`, asm: scalar2(op), fuzz: "fp",
});

/** FPDecodeRounding(o1:o2) as a mnemonic letter. */
const roundingLetter = (f: Fields): string => "npmz"[(f.o1 << 1) | f.o2];
/** FRINT<x> by U:o1:o2 (101 unallocated). */
const frintLetter = (f: Fields): string | null => (f.U ? [`a`, null, `x`, `i`][(f.o1 << 1) | f.o2] : roundingLetter(f));
/** FCM<cc> (zero) by op:U. */
const compareZero = (f: Fields): string => ["gt", "ge", "eq", "le"][(f.op << 1) | f.U];
const su = (f: Fields): string => (f.U ? "u" : "s");

/** Element size of a fixed-point conversion's immh (0: no FP conversion). */
const fixedEsize = (immh: number): number => (immh & 8 ? 64 : immh & 4 ? 32 : 0);
const fbits = (f: Fields): number => 2 * fixedEsize(f.immh) - ((f.immh << 3) | f.immb);

/** Vector fixed-point conversion: "<op> Vd.T, Vn.T, #fbits". */
const fixedVector = (op: (f: Fields) => string) => (f: Fields): string | null => {
  const N = fixedEsize(f.immh);
  const t = N && arrangement(f.Q, N === 64 ? 1 : 0);
  return t ? `${op(f)} ${vec(f.Rd, t)}, ${vec(f.Rn, t)}, #${fbits(f)}` : null;
};
/** Scalar fixed-point conversion: "<op> <V>d, <V>n, #fbits". */
const fixedScalar = (op: (f: Fields) => string) => (f: Fields): string | null => {
  const N = fixedEsize(f.immh);
  return N ? `${op(f)} ${sd(N === 64 ? 1 : 0, f.Rd)}, ${sd(N === 64 ? 1 : 0, f.Rn)}, #${fbits(f)}` : null;
};

/** The narrow side of FCVTL/FCVTN: half (sz = 0) or single elements, 4/2 or 8/4 (Q = 1). */
const narrowArrangement = (f: Fields): string => (f.sz ? (f.Q ? "4s" : "2s") : (f.Q ? "8h" : "4h"));
const wideArrangement = (f: Fields): string => (f.sz ? "2d" : "4s");

export const simdFpMisc: Encoding[] = [
  // two-register misc (vector)
  vector2("FABS_vec", "fabs", 0, 1, "01111"),
  vector2("FNEG_vec", "fneg", 1, 1, "01111"),
  vector2("FSQRT_vec", "fsqrt", 1, 1, "11111"),
  { name: "FRINT_vec", group: g, pattern: "0 Q:1 U:1 01110 o2:1 sz:1 10000 1100 o1:1 10 Rn:5 Rd:5",
    asm: (f) => {
      const x = frintLetter(f);
      return x && vec2(`frint${x}`)(f);
    },
    fuzz: "fp" },
  { name: "FCVT_to_int_vec", group: g, pattern: "0 Q:1 U:1 01110 o2:1 sz:1 10000 1101 o1:1 10 Rn:5 Rd:5",
    asm: (f) => vec2(`fcvt${roundingLetter(f)}${su(f)}`)(f), fuzz: "fp" },
  { name: "FCVTA_to_int_vec", group: g, pattern: "0 Q:1 U:1 01110 0 sz:1 10000 11100 10 Rn:5 Rd:5",
    asm: (f) => vec2(`fcvta${su(f)}`)(f), fuzz: "fp" },
  { name: "CVTF_from_int_vec", group: g, pattern: "0 Q:1 U:1 01110 0 sz:1 10000 11101 10 Rn:5 Rd:5",
    asm: (f) => vec2(`${su(f)}cvtf`)(f), fuzz: "fp" },
  vector2("FRECPE_vec", "frecpe", 0, 1, "11101"),
  vector2("FRSQRTE_vec", "frsqrte", 1, 1, "11101"),
  { name: "URECPE_vec", group: g, pattern: "0 Q:1 0 01110 1 sz:1 10000 11100 10 Rn:5 Rd:5",
    asm: (f) => (f.sz ? null : vec2("urecpe")(f)), fuzz: "fp" },
  { name: "URSQRTE_vec", group: g, pattern: "0 Q:1 1 01110 1 sz:1 10000 11100 10 Rn:5 Rd:5",
    asm: (f) => (f.sz ? null : vec2("ursqrte")(f)), fuzz: "fp" },
  { name: "FCM_zero_vec", group: g, pattern: "0 Q:1 U:1 01110 1 sz:1 10000 0110 op:1 10 Rn:5 Rd:5",
    asm: (f) => vec2(`fcm${compareZero(f)}`, ", #0.0")(f), fuzz: "fp" },
  vector2("FCMLT_zero_vec", "fcmlt", 0, 1, "01110", ", #0.0"),
  { name: "FCVTL_vec", group: g, pattern: "0 Q:1 0 01110 0 sz:1 10000 10111 10 Rn:5 Rd:5",
    asm: (f) => `fcvtl${f.Q ? "2" : ""} ${vec(f.Rd, wideArrangement(f))}, ${vec(f.Rn, narrowArrangement(f))}`, fuzz: "fp" },
  { name: "FCVTN_vec", group: g, pattern: "0 Q:1 0 01110 0 sz:1 10000 10110 10 Rn:5 Rd:5",
    asm: (f) => `fcvtn${f.Q ? "2" : ""} ${vec(f.Rd, narrowArrangement(f))}, ${vec(f.Rn, wideArrangement(f))}`, fuzz: "fp" },
  { name: "FCVTXN_vec", group: g, pattern: "0 Q:1 1 01110 0 sz:1 10000 10110 10 Rn:5 Rd:5",
    asm: (f) => (f.sz ? `fcvtxn${f.Q ? "2" : ""} ${vec(f.Rd, narrowArrangement(f))}, ${vec(f.Rn, "2d")}` : null), fuzz: "fp" },
  // two-register misc (scalar)
  { name: "FCVT_to_int_sisd", group: g, pattern: "01 U:1 11110 o2:1 sz:1 10000 1101 o1:1 10 Rn:5 Rd:5",
    asm: (f) => scalar2(`fcvt${roundingLetter(f)}${su(f)}`)(f), fuzz: "fp" },
  { name: "FCVTA_to_int_sisd", group: g, pattern: "01 U:1 11110 0 sz:1 10000 11100 10 Rn:5 Rd:5",
    asm: (f) => scalar2(`fcvta${su(f)}`)(f), fuzz: "fp" },
  { name: "CVTF_from_int_sisd", group: g, pattern: "01 U:1 11110 0 sz:1 10000 11101 10 Rn:5 Rd:5",
    asm: (f) => scalar2(`${su(f)}cvtf`)(f), fuzz: "fp" },
  { name: "FCM_zero_sisd", group: g, pattern: "01 U:1 11110 1 sz:1 10000 0110 op:1 10 Rn:5 Rd:5",
    asm: (f) => scalar2(`fcm${compareZero(f)}`, ", #0.0")(f), fuzz: "fp" },
  { name: "FCMLT_zero_sisd", group: g, pattern: "01 0 11110 1 sz:1 10000 01110 10 Rn:5 Rd:5",
    asm: scalar2("fcmlt", ", #0.0"), fuzz: "fp" },
  scalarTwo("FRECPE_sisd", "frecpe", 0, 1, "11101"),
  scalarTwo("FRSQRTE_sisd", "frsqrte", 1, 1, "11101"),
  scalarTwo("FRECPX_sisd", "frecpx", 0, 1, "11111"),
  { name: "FCVTXN_sisd", group: g, pattern: "01 1 11110 0 sz:1 10000 10110 10 Rn:5 Rd:5",
    asm: (f) => (f.sz ? `fcvtxn s${f.Rd}, d${f.Rn}` : null), fuzz: "fp" },
  // (scalar) shift by immediate: fixed-point conversions (immh = 0000 is modified immediate)
  { name: "FCVTZ_to_fixed_vec", group: g, pattern: "0 Q:1 U:1 011110 immh:4 immb:3 11111 1 Rn:5 Rd:5",
    where: { immh: "!0000" }, asm: fixedVector((f) => `fcvtz${su(f)}`), fuzz: "fp" },
  { name: "CVTF_from_fixed_vec", group: g, pattern: "0 Q:1 U:1 011110 immh:4 immb:3 11100 1 Rn:5 Rd:5",
    where: { immh: "!0000" }, asm: fixedVector((f) => `${su(f)}cvtf`), fuzz: "fp" },
  { name: "FCVTZ_to_fixed_sisd", group: g, pattern: "01 U:1 111110 immh:4 immb:3 11111 1 Rn:5 Rd:5",
    asm: fixedScalar((f) => `fcvtz${su(f)}`), fuzz: "fp" },
  { name: "CVTF_from_fixed_sisd", group: g, pattern: "01 U:1 111110 immh:4 immb:3 11100 1 Rn:5 Rd:5",
    asm: fixedScalar((f) => `${su(f)}cvtf`), fuzz: "fp" },
  // modified immediate, cmode 1111 o2 0
  { name: "FMOV_imm_vec", group: g, pattern: "0 Q:1 op:1 0111100000 abc:3 1111 0 1 defgh:5 Rd:5",
    asm: (f) => (f.op && !f.Q ? null : `fmov ${vec(f.Rd, f.op ? "2d" : f.Q ? "4s" : "2s")}, ${fpImm((f.abc << 5) | f.defgh)}`),
    fuzz: "fp" },
];

// C4.1 "Advanced SIMD two-register miscellaneous" and "Advanced SIMD scalar two-register
// miscellaneous", the integer opcodes (the floating-point ones are in the FP tables).
// Sizes the instructions leave unallocated disassemble as undefined.
import type { Encoding } from "./types";
import type { Fields } from "./asm-operands";
import { vec, scalar, arrangement } from "./simd-int-asm";

/** Which element sizes an instruction allocates ("any": 64-bit elements need Q = 1). */
type Sizes = "any" | "bhs" | "bh" | "b" | "d";
function allowed(sizes: Sizes, f: Fields): boolean {
  switch (sizes) {
    case "any": return f.size !== 3 || f.Q === 1;
    case "bhs": return f.size !== 3;
    case "bh": return f.size < 2;
    case "b": return f.size === 0;
    case "d": return f.size === 3;
  }
}
type Mnemonic = string | [string, string];
const mnemonic = (m: Mnemonic, f: Fields): string => (typeof m === "string" ? m : m[f.U]);

const g = "simd-int-two-reg-misc";
const vpattern = (U: string, opcode: string): string => `0 Q:1 ${U} 01110 size:2 10000 ${opcode} 10 Rn:5 Rd:5`;

/** Same arrangement for Vd and Vn, with an optional suffix operand (", #0"). */
function same(name: string, U: string, opcode: string, m: Mnemonic, sizes: Sizes, suffix = ""): Encoding {
  return {
    name, group: g, pattern: vpattern(U, opcode),
    asm: (f) => (allowed(sizes, f) ? `${mnemonic(m, f)} ${vec(f.Rd, f.size, f.Q)}, ${vec(f.Rn, f.size, f.Q)}${suffix}` : null),
    fuzz: "fp",
  };
}
/** Pairwise long: Vd has half as many elements of twice the size. */
function pairwiseLong(name: string, opcode: string, m: [string, string]): Encoding {
  return {
    name, group: g, pattern: vpattern("U:1", opcode),
    asm: (f) => (f.size === 3 ? null : `${m[f.U]} ${vec(f.Rd, f.size + 1, f.Q)}, ${vec(f.Rn, f.size, f.Q)}`),
    fuzz: "fp",
  };
}
/** Narrowing: Vn has double-width elements; the "2" forms write the upper half. */
function narrowing(name: string, U: string, opcode: string, m: Mnemonic): Encoding {
  return {
    name, group: g, pattern: vpattern(U, opcode),
    asm: (f) => (f.size === 3 ? null
      : `${mnemonic(m, f)}${f.Q ? "2" : ""} ${vec(f.Rd, f.size, f.Q)}, ${vec(f.Rn, f.size + 1, 1)}`),
    fuzz: "fp",
  };
}
/** Scalar: Vd and Vn of one element size (or, narrowing, Vn of double width). */
function scalarEntry(name: string, U: string, opcode: string, m: Mnemonic, sizes: "any" | "bhs" | "d", narrow = false, suffix = ""): Encoding {
  return {
    name, group: g, pattern: `01 ${U} 11110 size:2 10000 ${opcode} 10 Rn:5 Rd:5`,
    asm: (f) => {
      if ((sizes === "bhs" && f.size === 3) || (sizes === "d" && f.size !== 3)) return null;
      return `${mnemonic(m, f)} ${scalar(f.Rd, f.size)}, ${scalar(f.Rn, f.size + (narrow ? 1 : 0))}${suffix}`;
    },
    fuzz: "fp",
  };
}

export const simdIntTwoRegMisc: Encoding[] = [
  same("REV64_vector", "0", "00000", "rev64", "bhs"),
  same("REV32_vector", "1", "00000", "rev32", "bh"),
  same("REV16_vector", "0", "00001", "rev16", "b"),
  pairwiseLong("SADDLP_UADDLP", "00010", ["saddlp", "uaddlp"]),
  same("SUQADD_USQADD", "U:1", "00011", ["suqadd", "usqadd"], "any"),
  same("CLS_CLZ_vector", "U:1", "00100", ["cls", "clz"], "bhs"),
  same("CNT", "0", "00101", "cnt", "b"),
  { name: "NOT_vector", group: g, pattern: "0 Q:1 1 01110 00 10000 00101 10 Rn:5 Rd:5",
    asm: (f) => `mvn v${f.Rd}.${arrangement(0, f.Q)}, v${f.Rn}.${arrangement(0, f.Q)}`, fuzz: "fp" },
  { name: "RBIT_vector", group: g, pattern: "0 Q:1 1 01110 01 10000 00101 10 Rn:5 Rd:5",
    asm: (f) => `rbit v${f.Rd}.${arrangement(0, f.Q)}, v${f.Rn}.${arrangement(0, f.Q)}`, fuzz: "fp" },
  pairwiseLong("SADALP_UADALP", "00110", ["sadalp", "uadalp"]),
  same("SQABS_SQNEG", "U:1", "00111", ["sqabs", "sqneg"], "any"),
  same("CMGT_CMGE_zero", "U:1", "01000", ["cmgt", "cmge"], "any", ", #0"),
  same("CMEQ_CMLE_zero", "U:1", "01001", ["cmeq", "cmle"], "any", ", #0"),
  same("CMLT_zero", "0", "01010", "cmlt", "any", ", #0"),
  same("ABS_NEG_vector", "U:1", "01011", ["abs", "neg"], "any"),
  narrowing("XTN_SQXTUN", "U:1", "10010", ["xtn", "sqxtun"]),
  { name: "SHLL", group: g, pattern: vpattern("1", "10011"),
    asm: (f) => (f.size === 3 ? null
      : `shll${f.Q ? "2" : ""} ${vec(f.Rd, f.size + 1, 1)}, ${vec(f.Rn, f.size, f.Q)}, #${8 << f.size}`),
    fuzz: "fp" },
  narrowing("SQXTN_UQXTN", "U:1", "10100", ["sqxtn", "uqxtn"]),

  scalarEntry("SUQADD_USQADD_scalar", "U:1", "00011", ["suqadd", "usqadd"], "any"),
  scalarEntry("SQABS_SQNEG_scalar", "U:1", "00111", ["sqabs", "sqneg"], "any"),
  scalarEntry("CMGT_CMGE_zero_scalar", "U:1", "01000", ["cmgt", "cmge"], "d", false, ", #0"),
  scalarEntry("CMEQ_CMLE_zero_scalar", "U:1", "01001", ["cmeq", "cmle"], "d", false, ", #0"),
  scalarEntry("CMLT_zero_scalar", "0", "01010", "cmlt", "d", false, ", #0"),
  scalarEntry("ABS_NEG_scalar", "U:1", "01011", ["abs", "neg"], "d"),
  scalarEntry("SQXTUN_scalar", "1", "10010", "sqxtun", "bhs", true),
  scalarEntry("SQXTN_UQXTN_scalar", "U:1", "10100", ["sqxtn", "uqxtn"], "bhs", true),

];

// C4.1 "Advanced SIMD three same" and "Advanced SIMD scalar three same", the integer
// opcodes (00000-10111; the floating-point ones, 11xxx, are in the FP tables). Entries whose
// signed and unsigned forms share the pseudocode take U as a field. Sizes an instruction
// does not allocate (e.g. 64-bit elements for SHADD, or 64-bit elements with Q = 0)
// disassemble as undefined and are UNDEFINED in the semantic functions.
import type { Encoding } from "./types";
import type { Fields } from "./asm-operands";
import { vec, scalar } from "./simd-int-asm";

/** Which element sizes an instruction allocates. */
type Sizes = "any" | "bhs" | "hs" | "b" | "d";
function allowed(sizes: Sizes, f: Fields, isScalar: boolean): boolean {
  switch (sizes) {
    case "any": return isScalar || f.size !== 3 || f.Q === 1;
    case "bhs": return f.size !== 3;
    case "hs": return f.size === 1 || f.size === 2;
    case "b": return f.size === 0;
    case "d": return f.size === 3;
  }
}

/** Mnemonic: a fixed name, or [U = 0, U = 1] names. */
type Mnemonic = string | [string, string];
const mnemonic = (m: Mnemonic, f: Fields): string => (typeof m === "string" ? m : m[f.U]);

const g = "simd-int-three-same";

/** A vector entry; `U` is "U:1" for signed/unsigned pairs or the fixed bit. */
function vector(name: string, U: string, opcode: string, m: Mnemonic, sizes: Sizes): Encoding {
  return {
    name, group: g, pattern: `0 Q:1 ${U} 01110 size:2 1 Rm:5 ${opcode} 1 Rn:5 Rd:5`,
    asm: (f) => (allowed(sizes, f, false)
      ? `${mnemonic(m, f)} ${vec(f.Rd, f.size, f.Q)}, ${vec(f.Rn, f.size, f.Q)}, ${vec(f.Rm, f.size, f.Q)}`
      : null),
    fuzz: "fp",
  };
}
function scalarEntry(name: string, U: string, opcode: string, m: Mnemonic, sizes: Sizes): Encoding {
  return {
    name, group: g, pattern: `01 ${U} 11110 size:2 1 Rm:5 ${opcode} 1 Rn:5 Rd:5`,
    asm: (f) => (allowed(sizes, f, true)
      ? `${mnemonic(m, f)} ${scalar(f.Rd, f.size)}, ${scalar(f.Rn, f.size)}, ${scalar(f.Rm, f.size)}`
      : null),
    fuzz: "fp",
  };
}
/** The bitwise instructions: the size field selects the operation, the arrangement is 8B/16B;
 *  ORR with Vn = Vm is printed as its alias MOV. */
function logical(name: string, U: number, op: number, m: string, movAlias = false): Encoding {
  return {
    name, group: g, pattern: `0 Q:1 ${U} 01110 ${op.toString(2).padStart(2, "0")} 1 Rm:5 00011 1 Rn:5 Rd:5`,
    asm: (f) => (movAlias && f.Rn === f.Rm
      ? `mov ${vec(f.Rd, 0, f.Q)}, ${vec(f.Rn, 0, f.Q)}`
      : `${m} ${vec(f.Rd, 0, f.Q)}, ${vec(f.Rn, 0, f.Q)}, ${vec(f.Rm, 0, f.Q)}`),
    fuzz: "fp",
  };
}

export const simdIntThreeSame: Encoding[] = [
  vector("SHADD_UHADD", "U:1", "00000", ["shadd", "uhadd"], "bhs"),
  vector("SQADD_UQADD", "U:1", "00001", ["sqadd", "uqadd"], "any"),
  vector("SRHADD_URHADD", "U:1", "00010", ["srhadd", "urhadd"], "bhs"),
  logical("AND_vector", 0, 0, "and"),
  logical("BIC_vector", 0, 1, "bic"),
  logical("ORR_vector", 0, 2, "orr", true),
  logical("ORN_vector", 0, 3, "orn"),
  logical("EOR_vector", 1, 0, "eor"),
  logical("BSL", 1, 1, "bsl"),
  logical("BIT", 1, 2, "bit"),
  logical("BIF", 1, 3, "bif"),
  vector("SHSUB_UHSUB", "U:1", "00100", ["shsub", "uhsub"], "bhs"),
  vector("SQSUB_UQSUB", "U:1", "00101", ["sqsub", "uqsub"], "any"),
  vector("CMGT_CMHI", "U:1", "00110", ["cmgt", "cmhi"], "any"),
  vector("CMGE_CMHS", "U:1", "00111", ["cmge", "cmhs"], "any"),
  vector("SSHL_USHL", "U:1", "01000", ["sshl", "ushl"], "any"),
  vector("SQSHL_UQSHL", "U:1", "01001", ["sqshl", "uqshl"], "any"),
  vector("SRSHL_URSHL", "U:1", "01010", ["srshl", "urshl"], "any"),
  vector("SQRSHL_UQRSHL", "U:1", "01011", ["sqrshl", "uqrshl"], "any"),
  vector("SMAX_UMAX", "U:1", "01100", ["smax", "umax"], "bhs"),
  vector("SMIN_UMIN", "U:1", "01101", ["smin", "umin"], "bhs"),
  vector("SABD_UABD", "U:1", "01110", ["sabd", "uabd"], "bhs"),
  vector("SABA_UABA", "U:1", "01111", ["saba", "uaba"], "bhs"),
  vector("ADD_vector", "0", "10000", "add", "any"),
  vector("SUB_vector", "1", "10000", "sub", "any"),
  vector("CMTST", "0", "10001", "cmtst", "any"),
  { ...vector("CMEQ_reg", "1", "10001", "cmeq", "any"), runLoop: true },
  vector("MLA_vector", "0", "10010", "mla", "bhs"),
  vector("MLS_vector", "1", "10010", "mls", "bhs"),
  vector("MUL_vector", "0", "10011", "mul", "bhs"),
  vector("PMUL", "1", "10011", "pmul", "b"),
  vector("SMAXP_UMAXP", "U:1", "10100", ["smaxp", "umaxp"], "bhs"),
  vector("SMINP_UMINP", "U:1", "10101", ["sminp", "uminp"], "bhs"),
  vector("SQDMULH_SQRDMULH", "U:1", "10110", ["sqdmulh", "sqrdmulh"], "hs"),
  vector("ADDP_vector", "0", "10111", "addp", "any"),

  scalarEntry("SQADD_UQADD_scalar", "U:1", "00001", ["sqadd", "uqadd"], "any"),
  scalarEntry("SQSUB_UQSUB_scalar", "U:1", "00101", ["sqsub", "uqsub"], "any"),
  scalarEntry("CMGT_CMHI_scalar", "U:1", "00110", ["cmgt", "cmhi"], "d"),
  scalarEntry("CMGE_CMHS_scalar", "U:1", "00111", ["cmge", "cmhs"], "d"),
  scalarEntry("SSHL_USHL_scalar", "U:1", "01000", ["sshl", "ushl"], "d"),
  scalarEntry("SQSHL_UQSHL_scalar", "U:1", "01001", ["sqshl", "uqshl"], "any"),
  scalarEntry("SRSHL_URSHL_scalar", "U:1", "01010", ["srshl", "urshl"], "d"),
  scalarEntry("SQRSHL_UQRSHL_scalar", "U:1", "01011", ["sqrshl", "uqrshl"], "any"),
  scalarEntry("ADD_scalar", "0", "10000", "add", "d"),
  scalarEntry("SUB_scalar", "1", "10000", "sub", "d"),
  scalarEntry("CMTST_scalar", "0", "10001", "cmtst", "d"),
  scalarEntry("CMEQ_reg_scalar", "1", "10001", "cmeq", "d"),
  scalarEntry("SQDMULH_SQRDMULH_scalar", "U:1", "10110", ["sqdmulh", "sqrdmulh"], "hs"),

];

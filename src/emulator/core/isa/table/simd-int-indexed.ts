// C4.1 "Advanced SIMD vector x indexed element" and "Advanced SIMD scalar x indexed element",
// the integer opcodes (FMLA, FMLS, FMUL, FMULX by element are in the FP tables). Only
// halfword (size 01: index H:L:M, Vm in V0-V15) and word (size 10: index H:L, Vm = M:Rm)
// elements are allocated; other sizes disassemble as undefined.
import type { Encoding } from "./types";
import type { Fields } from "./asm-operands";
import { vec, scalar, element } from "./simd-int-asm";

/** The indexed operand, or null for an unallocated size. */
function indexed(f: Fields): string | null {
  if (f.size === 1) return element(f.Rm, 1, (f.H << 2) | (f.L << 1) | f.M);
  if (f.size === 2) return element((f.M << 4) | f.Rm, 2, (f.H << 1) | f.L);
  return null;
}

const g = "simd-int-indexed";
const vpattern = (U: string, opcode: string): string => `0 Q:1 ${U} 01111 size:2 L:1 M:1 Rm:4 ${opcode} H:1 0 Rn:5 Rd:5`;

/** Same-size vector operation. */
function same(name: string, U: string, opcode: string, m: string): Encoding {
  return {
    name, group: g, pattern: vpattern(U, opcode),
    asm: (f) => {
      const e = indexed(f);
      return e && `${m} ${vec(f.Rd, f.size, f.Q)}, ${vec(f.Rn, f.size, f.Q)}, ${e}`;
    },
    fuzz: "fp",
  };
}
/** Long operation: double-width result from the lower (upper, "2") half of Vn. */
function long(name: string, U: string, opcode: string, m: string | [string, string]): Encoding {
  return {
    name, group: g, pattern: vpattern(U, opcode),
    asm: (f) => {
      const e = indexed(f);
      const op = typeof m === "string" ? m : m[f.U];
      return e && `${op}${f.Q ? "2" : ""} ${vec(f.Rd, f.size + 1, 1)}, ${vec(f.Rn, f.size, f.Q)}, ${e}`;
    },
    fuzz: "fp",
  };
}
function scalarEntry(name: string, opcode: string, m: string, long: boolean): Encoding {
  return {
    name, group: g, pattern: `01 0 11111 size:2 L:1 M:1 Rm:4 ${opcode} H:1 0 Rn:5 Rd:5`,
    asm: (f) => {
      const e = indexed(f);
      return e && `${m} ${scalar(f.Rd, f.size + (long ? 1 : 0))}, ${scalar(f.Rn, f.size)}, ${e}`;
    },
    fuzz: "fp",
  };
}

export const simdIntIndexed: Encoding[] = [
  same("MLA_element", "1", "0000", "mla"),
  same("MLS_element", "1", "0100", "mls"),
  same("MUL_element", "0", "1000", "mul"),
  long("SMLAL_UMLAL_element", "U:1", "0010", ["smlal", "umlal"]),
  long("SMLSL_UMLSL_element", "U:1", "0110", ["smlsl", "umlsl"]),
  long("SMULL_UMULL_element", "U:1", "1010", ["smull", "umull"]),
  long("SQDMLAL_element", "0", "0011", "sqdmlal"),
  long("SQDMLSL_element", "0", "0111", "sqdmlsl"),
  long("SQDMULL_element", "0", "1011", "sqdmull"),
  same("SQDMULH_element", "0", "1100", "sqdmulh"),
  same("SQRDMULH_element", "0", "1101", "sqrdmulh"),
  scalarEntry("SQDMLAL_element_scalar", "0011", "sqdmlal", true),
  scalarEntry("SQDMLSL_element_scalar", "0111", "sqdmlsl", true),
  scalarEntry("SQDMULL_element_scalar", "1011", "sqdmull", true),
  scalarEntry("SQDMULH_element_scalar", "1100", "sqdmulh", false),
  scalarEntry("SQRDMULH_element_scalar", "1101", "sqrdmulh", false),
];

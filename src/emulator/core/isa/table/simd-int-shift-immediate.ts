// C4.1 "Advanced SIMD shift by immediate" and "Advanced SIMD scalar shift by immediate", the
// integer opcodes (SCVTF/UCVTF/FCVTZS/FCVTZU with fixed point are in the FP tables).
// immh (never 0000 here: that is the modified immediate group) gives the element size, its
// highest set bit; the shift is 2 * esize - immh:immb for right shifts and immh:immb - esize
// for left shifts. Unallocated element sizes (64-bit with Q = 0, narrowing or lengthening
// from 64 bits, scalar forms that only exist for doublewords) disassemble as undefined.
import type { Encoding } from "./types";
import type { Fields } from "./asm-operands";
import { vec, scalar } from "./simd-int-asm";

/** log2 of the element size in bytes: the highest set bit of immh. */
const sizeOf = (f: Fields): number => 31 - Math.clz32(f.immh);
const rightShift = (f: Fields): number => (16 << sizeOf(f)) - ((f.immh << 3) | f.immb);
const leftShift = (f: Fields): number => ((f.immh << 3) | f.immb) - (8 << sizeOf(f));

type Mnemonic = string | [string, string];
const mnemonic = (m: Mnemonic, f: Fields): string => (typeof m === "string" ? m : m[f.U]);

const g = "simd-int-shift-immediate";
const immh = { immh: "!0000" };
const vpattern = (U: string, opcode: string): string => `0 Q:1 ${U} 011110 immh:4 immb:3 ${opcode} 1 Rn:5 Rd:5`;
const spattern = (U: string, opcode: string): string => `01 ${U} 111110 immh:4 immb:3 ${opcode} 1 Rn:5 Rd:5`;

/** Same-size vector shift (right or left). */
function same(name: string, U: string, opcode: string, m: Mnemonic, right: boolean): Encoding {
  return {
    name, group: g, pattern: vpattern(U, opcode), where: immh,
    asm: (f) => {
      const size = sizeOf(f);
      if (size === 3 && !f.Q) return null;
      const shift = right ? rightShift(f) : leftShift(f);
      return `${mnemonic(m, f)} ${vec(f.Rd, size, f.Q)}, ${vec(f.Rn, size, f.Q)}, #${shift}`;
    },
    fuzz: "fp",
  };
}
/** Narrowing right shift: Vn has double-width elements; the "2" forms write the upper half. */
function narrowing(name: string, U: string, opcode: string, m: [string, string] | string): Encoding {
  return {
    name, group: g, pattern: vpattern(U, opcode), where: immh,
    asm: (f) => {
      const size = sizeOf(f);
      if (size === 3) return null;
      const op = typeof m === "string" ? m : m[f.op ?? f.U];
      return `${op}${f.Q ? "2" : ""} ${vec(f.Rd, size, f.Q)}, ${vec(f.Rn, size + 1, 1)}, #${rightShift(f)}`;
    },
    fuzz: "fp",
  };
}
/** Scalar shift; `sizes`: "d" (doublewords only), "any", or "narrow" (Vn of double width). */
function scalarEntry(name: string, U: string, opcode: string, m: Mnemonic, right: boolean, sizes: "d" | "any" | "narrow"): Encoding {
  return {
    name, group: g, pattern: spattern(U, opcode), where: immh,
    asm: (f) => {
      const size = sizeOf(f);
      if ((sizes === "d" && size !== 3) || (sizes === "narrow" && size === 3)) return null;
      const shift = right ? rightShift(f) : leftShift(f);
      const src = scalar(f.Rn, size + (sizes === "narrow" ? 1 : 0));
      return `${typeof m === "string" ? m : m[f.op ?? f.U]} ${scalar(f.Rd, size)}, ${src}, #${shift}`;
    },
    fuzz: "fp",
  };
}

export const simdIntShiftImmediate: Encoding[] = [
  same("SSHR_USHR", "U:1", "00000", ["sshr", "ushr"], true),
  same("SSRA_USRA", "U:1", "00010", ["ssra", "usra"], true),
  same("SRSHR_URSHR", "U:1", "00100", ["srshr", "urshr"], true),
  same("SRSRA_URSRA", "U:1", "00110", ["srsra", "ursra"], true),
  same("SRI", "1", "01000", "sri", true),
  same("SHL", "0", "01010", "shl", false),
  same("SLI", "1", "01010", "sli", false),
  same("SQSHLU", "1", "01100", "sqshlu", false),
  same("SQSHL_UQSHL_imm", "U:1", "01110", ["sqshl", "uqshl"], false),
  narrowing("SHRN_RSHRN", "0", "1000 op:1", ["shrn", "rshrn"]),
  narrowing("SQSHRUN_SQRSHRUN", "1", "1000 op:1", ["sqshrun", "sqrshrun"]),
  narrowing("SQSHRN_UQSHRN", "U:1", "10010", ["sqshrn", "uqshrn"]),
  narrowing("SQRSHRN_UQRSHRN", "U:1", "10011", ["sqrshrn", "uqrshrn"]),
  { name: "SSHLL_USHLL", group: g, pattern: vpattern("U:1", "10100"), where: immh,
    asm: (f) => {
      const size = sizeOf(f);
      if (size === 3) return null;
      const shift = leftShift(f);
      const part = f.Q ? "2" : "";
      const operands = `${vec(f.Rd, size + 1, 1)}, ${vec(f.Rn, size, f.Q)}`;
      return shift === 0 ? `${f.U ? "u" : "s"}xtl${part} ${operands}` : `${f.U ? "u" : "s"}shll${part} ${operands}, #${shift}`;
    },
    fuzz: "fp" },

  scalarEntry("SSHR_USHR_scalar", "U:1", "00000", ["sshr", "ushr"], true, "d"),
  scalarEntry("SSRA_USRA_scalar", "U:1", "00010", ["ssra", "usra"], true, "d"),
  scalarEntry("SRSHR_URSHR_scalar", "U:1", "00100", ["srshr", "urshr"], true, "d"),
  scalarEntry("SRSRA_URSRA_scalar", "U:1", "00110", ["srsra", "ursra"], true, "d"),
  scalarEntry("SRI_scalar", "1", "01000", "sri", true, "d"),
  scalarEntry("SHL_scalar", "0", "01010", "shl", false, "d"),
  scalarEntry("SLI_scalar", "1", "01010", "sli", false, "d"),
  scalarEntry("SQSHLU_scalar", "1", "01100", "sqshlu", false, "any"),
  scalarEntry("SQSHL_UQSHL_imm_scalar", "U:1", "01110", ["sqshl", "uqshl"], false, "any"),
  scalarEntry("SQSHRUN_SQRSHRUN_scalar", "1", "1000 op:1", ["sqshrun", "sqrshrun"], true, "narrow"),
  scalarEntry("SQSHRN_UQSHRN_scalar", "U:1", "10010", ["sqshrn", "uqshrn"], true, "narrow"),
  scalarEntry("SQRSHRN_UQRSHRN_scalar", "U:1", "10011", ["sqrshrn", "uqrshrn"], true, "narrow"),

];

// C4.1 "Advanced SIMD three different" (long, wide and narrowing-high operations on vectors,
// the "2" forms with Q = 1 using the upper halves) and "Advanced SIMD scalar three different"
// (SQDMLAL, SQDMLSL, SQDMULL). Sizes the instructions leave unallocated (64-bit source
// elements; 8-bit ones for the doubling operations) disassemble as undefined; the group
// entries at the end catch the rest, including PMULL of halfwords and words. PMULL of
// doublewords (size 11, FEAT_PMULL) is a crypto instruction, in the crypto table.
import type { Encoding } from "./types";
import type { Fields } from "./asm-operands";
import { vec, scalar, arrangement } from "./simd-int-asm";

/** Operand shapes: long (narrow sources, wide result), wide (wide Vn), narrowing high (wide
 *  sources, narrow result). */
type Shape = "long" | "wide" | "narrow";
const wideVec = (n: number, size: number): string => vec(n, size + 1, 1);

function operands(shape: Shape, f: Fields): string {
  const narrow = vec(0, f.size, f.Q).slice(3);
  if (shape === "long") return `${wideVec(f.Rd, f.size)}, v${f.Rn}.${narrow}, v${f.Rm}.${narrow}`;
  if (shape === "wide") return `${wideVec(f.Rd, f.size)}, ${wideVec(f.Rn, f.size)}, v${f.Rm}.${narrow}`;
  return `v${f.Rd}.${narrow}, ${wideVec(f.Rn, f.size)}, ${wideVec(f.Rm, f.size)}`;
}

const g = "simd-int-three-different";

/** A vector entry; `U` is "U:1" for signed/unsigned (or truncating/rounding) pairs. */
function entry(name: string, U: string, opcode: string, m: string | [string, string], shape: Shape, doubling = false): Encoding {
  return {
    name, group: g, pattern: `0 Q:1 ${U} 01110 size:2 1 Rm:5 ${opcode} 00 Rn:5 Rd:5`,
    asm: (f) => {
      if (f.size === 3 || (doubling && f.size === 0)) return null;
      return `${typeof m === "string" ? m : m[f.U]}${f.Q ? "2" : ""} ${operands(shape, f)}`;
    },
    fuzz: "fp",
  };
}
function scalarEntry(name: string, opcode: string, m: string): Encoding {
  return {
    name, group: g, pattern: `01 0 11110 size:2 1 Rm:5 ${opcode} 00 Rn:5 Rd:5`,
    asm: (f) => (f.size === 1 || f.size === 2
      ? `${m} ${scalar(f.Rd, f.size + 1)}, ${scalar(f.Rn, f.size)}, ${scalar(f.Rm, f.size)}`
      : null),
    fuzz: "fp",
  };
}

export const simdIntThreeDifferent: Encoding[] = [
  entry("SADDL_UADDL", "U:1", "0000", ["saddl", "uaddl"], "long"),
  entry("SADDW_UADDW", "U:1", "0001", ["saddw", "uaddw"], "wide"),
  entry("SSUBL_USUBL", "U:1", "0010", ["ssubl", "usubl"], "long"),
  entry("SSUBW_USUBW", "U:1", "0011", ["ssubw", "usubw"], "wide"),
  entry("ADDHN_RADDHN", "U:1", "0100", ["addhn", "raddhn"], "narrow"),
  entry("SABAL_UABAL", "U:1", "0101", ["sabal", "uabal"], "long"),
  entry("SUBHN_RSUBHN", "U:1", "0110", ["subhn", "rsubhn"], "narrow"),
  entry("SABDL_UABDL", "U:1", "0111", ["sabdl", "uabdl"], "long"),
  entry("SMLAL_UMLAL", "U:1", "1000", ["smlal", "umlal"], "long"),
  entry("SQDMLAL_vector", "0", "1001", "sqdmlal", "long", true),
  entry("SMLSL_UMLSL", "U:1", "1010", ["smlsl", "umlsl"], "long"),
  entry("SQDMLSL_vector", "0", "1011", "sqdmlsl", "long", true),
  entry("SMULL_UMULL", "U:1", "1100", ["smull", "umull"], "long"),
  entry("SQDMULL_vector", "0", "1101", "sqdmull", "long", true),
  { name: "PMULL_8", group: g, pattern: "0 Q:1 0 01110 00 1 Rm:5 1110 00 Rn:5 Rd:5",
    asm: (f) => `pmull${f.Q ? "2" : ""} v${f.Rd}.8h, v${f.Rn}.${arrangement(0, f.Q)}, v${f.Rm}.${arrangement(0, f.Q)}`,
    fuzz: "fp" },
  scalarEntry("SQDMLAL_scalar", "1001", "sqdmlal"),
  scalarEntry("SQDMLSL_scalar", "1011", "sqdmlsl"),
  scalarEntry("SQDMULL_scalar", "1101", "sqdmull"),
];

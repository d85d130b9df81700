// C4.1 "Advanced SIMD across lanes" (SADDLV, UADDLV, SMAXV, UMAXV, SMINV, UMINV, ADDV; the
// floating-point FMAXNMV etc. are in the FP tables) and the integer "Advanced SIMD scalar
// pairwise" instruction ADDP (scalar). The across-lanes forms allocate 8B, 16B, 4H, 8H and
// 4S.
import type { Encoding } from "./types";
import { vec, scalar } from "./simd-int-asm";

const g = "simd-int-across-lanes";

/** An across-lanes entry; the result is a scalar of the element size (or double, `long`). */
function across(name: string, U: string, opcode: string, m: string | [string, string], long: boolean): Encoding {
  return {
    name, group: g, pattern: `0 Q:1 ${U} 01110 size:2 11000 ${opcode} 10 Rn:5 Rd:5`,
    asm: (f) => {
      if (f.size === 3 || (f.size === 2 && !f.Q)) return null;
      return `${typeof m === "string" ? m : m[f.U]} ${scalar(f.Rd, f.size + (long ? 1 : 0))}, ${vec(f.Rn, f.size, f.Q)}`;
    },
    fuzz: "fp",
  };
}

export const simdIntAcrossLanes: Encoding[] = [
  across("SADDLV_UADDLV", "U:1", "00011", ["saddlv", "uaddlv"], true),
  { ...across("SMAXV_UMAXV", "U:1", "01010", ["smaxv", "umaxv"], false), runLoop: true },
  across("SMINV_UMINV", "U:1", "11010", ["sminv", "uminv"], false),
  across("ADDV", "0", "11011", "addv", false),
  { name: "ADDP_scalar", group: g, pattern: "01 0 11110 size:2 11000 11011 10 Rn:5 Rd:5",
    asm: (f) => (f.size === 3 ? `addp d${f.Rd}, v${f.Rn}.2d` : null), fuzz: "fp" },
];

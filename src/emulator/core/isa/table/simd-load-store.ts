// C4.1 "Advanced SIMD load/store multiple structures" (LD1-LD4, ST1-ST4; LD1/ST1 with one to
// four registers) and "Advanced SIMD load/store single structure" (one lane, and LD1R-LD4R),
// each without offset (Rm must be 00000) and post-indexed (Rm = 11111: by the number of
// bytes transferred; else by Xm). Unallocated opcode/size/S combinations disassemble as
// undefined and are UNDEFINED in the semantic functions.
import type { Encoding } from "./types";
import { reg, type Fields } from "./asm-operands";
import { regList, arrangement, sizeLetter } from "./simd-int-asm";
import { base } from "./loads-stores-asm";

/** Registers per structure (selem) and structure repeats (rpt) of a multiple-structures
 *  opcode, or null if unallocated. */
export function multipleShape(opcode: number): { selem: number; rpt: number } | null {
  switch (opcode) {
    case 0: return { selem: 4, rpt: 1 };
    case 2: return { selem: 1, rpt: 4 };
    case 4: return { selem: 3, rpt: 1 };
    case 6: return { selem: 1, rpt: 3 };
    case 7: return { selem: 1, rpt: 1 };
    case 8: return { selem: 2, rpt: 1 };
    case 10: return { selem: 1, rpt: 2 };
    default: return null;
  }
}

/** "[xn]", "[xn], #bytes" or "[xn], xm". */
function address(f: Fields, post: boolean, bytes: number): string {
  if (!post) return `[${base(f.Rn)}]`;
  return f.Rm === 31 ? `[${base(f.Rn)}], #${bytes}` : `[${base(f.Rn)}], ${reg(1, f.Rm)}`;
}

const multiple = (post: boolean) => (f: Fields): string | null => {
  const shape = multipleShape(f.opcode);
  if (!shape || (!post && f.Rm !== 0) || (f.size === 3 && !f.Q && shape.selem !== 1)) return null;
  const count = shape.selem * shape.rpt;
  const op = `${f.L ? "ld" : "st"}${shape.selem}`;
  return `${op} ${regList(f.Rt, count, arrangement(f.size, f.Q))}, ${address(f, post, count * (8 << f.Q))}`;
};

/** Element size (log2 bytes) and index of a single-structure access, or null if unallocated. */
export function singleLane(opcode: number, S: number, size: number, Q: number): { scale: number; index: number } | null {
  const scale = opcode >> 1;
  if (scale === 0) return { scale, index: (Q << 3) | (S << 2) | size };
  if (scale === 1) return size & 1 ? null : { scale, index: (Q << 2) | (S << 1) | (size >> 1) };
  if (scale === 2) {
    if (size & 2) return null;
    if (!(size & 1)) return { scale, index: (Q << 1) | S };
    return S ? null : { scale: 3, index: Q };
  }
  return null;
}

const single = (post: boolean) => (f: Fields): string | null => {
  const lane = singleLane(f.opcode, f.S, f.size, f.Q);
  if (!lane || (!post && f.Rm !== 0)) return null;
  const selem = ((f.opcode & 1) << 1 | f.R) + 1;
  const op = `${f.L ? "ld" : "st"}${selem}`;
  return `${op} ${regList(f.Rt, selem, sizeLetter(lane.scale))}[${lane.index}], ${address(f, post, selem << lane.scale)}`;
};

const replicate = (post: boolean) => (f: Fields): string | null => {
  if (!post && f.Rm !== 0) return null;
  const selem = ((f.op << 1) | f.R) + 1;
  return `ld${selem}r ${regList(f.Rt, selem, arrangement(f.size, f.Q))}, ${address(f, post, selem << f.size)}`;
};

const g = "simd-load-store";
export const simdLoadStore: Encoding[] = [
  { name: "LDST_multiple", group: g, pattern: "0 Q:1 0011000 L:1 0 Rm:5 opcode:4 size:2 Rn:5 Rt:5", asm: multiple(false), fuzz: "fp" },
  { name: "LDST_multiple_post", group: g, pattern: "0 Q:1 0011001 L:1 0 Rm:5 opcode:4 size:2 Rn:5 Rt:5", asm: multiple(true), fuzz: "fp" },
  { name: "LDST_single", group: g, pattern: "0 Q:1 0011010 L:1 R:1 Rm:5 opcode:3 S:1 size:2 Rn:5 Rt:5", asm: single(false), fuzz: "fp" },
  { name: "LDST_single_post", group: g, pattern: "0 Q:1 0011011 L:1 R:1 Rm:5 opcode:3 S:1 size:2 Rn:5 Rt:5", asm: single(true), fuzz: "fp" },
  { name: "LD_replicate", group: g, pattern: "0 Q:1 0011010 1 R:1 Rm:5 11 op:1 0 size:2 Rn:5 Rt:5", asm: replicate(false), fuzz: "fp" },
  { name: "LD_replicate_post", group: g, pattern: "0 Q:1 0011011 1 R:1 Rm:5 11 op:1 0 size:2 Rn:5 Rt:5", asm: replicate(true), fuzz: "fp" },
];

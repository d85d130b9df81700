// C4.1.86 Data Processing -- Immediate
import type { Encoding } from "./types";
import { reg, regSp, imm, imm64, signed, target, type Fields } from "./asm-operands";

/** DecodeBitMasks (J1.1.3) wmask of a logical immediate, or undefined when reserved. */
function logicalImmediateValue(sf: number, N: number, immr: number, imms: number): bigint | undefined {
  const combined = (N << 6) | (~imms & 0x3f);
  if (combined < 2) return undefined;
  const len = 31 - Math.clz32(combined);
  const esize = 1 << len;
  const levels = esize - 1;
  const S = imms & levels;
  const R = immr & levels;
  if (S === levels) return undefined;
  const ones = (1n << BigInt(S + 1)) - 1n;
  const emask = (1n << BigInt(esize)) - 1n;
  let value = ((ones >> BigInt(R)) | (ones << BigInt(esize - R))) & emask;
  for (let e = esize; e < 64; e *= 2) value |= value << BigInt(e);
  return sf ? value : value & 0xffffffffn;
}

/** Whether MOVZ or MOVN could also write `value` (then ORR #imm is not shown as MOV): at most
 *  one 16-bit chunk differs from all zeros, or from all ones. Like GNU objdump, this looks at
 *  the value rather than at immr/imms (C6.2 MoveWidePreferred). */
function moveWidePreferred(sf: number, value: bigint): boolean {
  const chunks = sf ? 4 : 2;
  let nonZero = 0;
  let nonOnes = 0;
  for (let i = 0; i < chunks; i++) {
    const chunk = (value >> BigInt(16 * i)) & 0xffffn;
    if (chunk !== 0n) nonZero++;
    if (chunk !== 0xffffn) nonOnes++;
  }
  return nonZero <= 1 || nonOnes <= 1;
}

function addSubImm(f: Fields): string {
  const { sf, op, S, sh, imm12, Rn, Rd } = f;
  const shift = sh ? ", lsl #12" : "";
  if (!op && !S && !sh && imm12 === 0 && (Rd === 31 || Rn === 31)) return `mov ${regSp(sf, Rd)}, ${regSp(sf, Rn)}`;
  if (S && Rd === 31) return `${op ? "cmp" : "cmn"} ${regSp(sf, Rn)}, ${imm(imm12)}${shift}`;
  const d = S ? reg(sf, Rd) : regSp(sf, Rd);
  return `${op ? "sub" : "add"}${S ? "s" : ""} ${d}, ${regSp(sf, Rn)}, ${imm(imm12)}${shift}`;
}

function moveWide(f: Fields): string | null {
  const { sf, opc, hw, imm16, Rd } = f;
  if (!sf && hw >= 2) return null;
  const names = ["movn", "", "movz", "movk"];
  const shifted = BigInt(imm16) << BigInt(hw * 16);
  const mask = sf ? (1n << 64n) - 1n : 0xffffffffn;
  if (opc === 2 && !(imm16 === 0 && hw !== 0)) return `mov ${reg(sf, Rd)}, ${imm64(shifted)}`;
  if (opc === 0 && !(imm16 === 0 && hw !== 0) && (sf || imm16 !== 0xffff)) {
    return `mov ${reg(sf, Rd)}, ${imm64(~shifted & mask)}`;
  }
  return `${names[opc]} ${reg(sf, Rd)}, ${imm(imm16)}${hw ? `, lsl #${hw * 16}` : ""}`;
}

function logicalImm(f: Fields): string | null {
  const { sf, opc, N, immr, imms, Rn, Rd } = f;
  const value = logicalImmediateValue(sf, N, immr, imms);
  if (value === undefined || (!sf && N)) return null;
  const name = ["and", "orr", "eor", "ands"][opc];
  const operand = imm64(value);
  if (opc === 1 && Rn === 31 && !moveWidePreferred(sf, value)) return `mov ${regSp(sf, Rd)}, ${operand}`;
  if (opc === 3 && Rd === 31) return `tst ${reg(sf, Rn)}, ${operand}`;
  const d = opc === 3 ? reg(sf, Rd) : regSp(sf, Rd);
  return `${name} ${d}, ${reg(sf, Rn)}, ${operand}`;
}

function bitfield(kind: "sbfm" | "bfm" | "ubfm") {
  return (f: Fields): string | null => {
    const { sf, N, immr, imms, Rn, Rd } = f;
    if (sf !== N || (!sf && (immr | imms) & 0x20)) return null;
    const top = sf ? 63 : 31;
    const d = reg(sf, Rd);
    const n = reg(sf, Rn);
    const width = sf ? 64 : 32;
    if (kind === "sbfm") {
      if (imms === top) return `asr ${d}, ${n}, #${immr}`;
      if (immr === 0 && (imms === 7 || imms === 15 || (sf && imms === 31))) {
        return `sxt${imms === 7 ? "b" : imms === 15 ? "h" : "w"} ${d}, ${reg(0, Rn)}`;
      }
      if (imms < immr) return `sbfiz ${d}, ${n}, #${width - immr}, #${imms + 1}`;
      return `sbfx ${d}, ${n}, #${immr}, #${imms - immr + 1}`;
    }
    if (kind === "ubfm") {
      if (imms !== top && imms + 1 === immr) return `lsl ${d}, ${n}, #${top - imms}`;
      if (imms === top) return `lsr ${d}, ${n}, #${immr}`;
      if (!sf && immr === 0 && (imms === 7 || imms === 15)) return `uxt${imms === 7 ? "b" : "h"} ${d}, ${n}`;
      if (imms < immr) return `ubfiz ${d}, ${n}, #${width - immr}, #${imms + 1}`;
      return `ubfx ${d}, ${n}, #${immr}, #${imms - immr + 1}`;
    }
    if (imms < immr) {
      if (Rn === 31) return `bfc ${d}, #${width - immr}, #${imms + 1}`;
      return `bfi ${d}, ${n}, #${width - immr}, #${imms + 1}`;
    }
    return `bfxil ${d}, ${n}, #${immr}, #${imms - immr + 1}`;
  };
}

function extract(f: Fields): string | null {
  const { sf, N, Rm, imms, Rn, Rd } = f;
  if (sf !== N || (!sf && imms & 0x20)) return null;
  if (Rn === Rm) return `ror ${reg(sf, Rd)}, ${reg(sf, Rn)}, #${imms}`;
  return `extr ${reg(sf, Rd)}, ${reg(sf, Rn)}, ${reg(sf, Rm)}, #${imms}`;
}

const g = "data-processing-immediate";
export const dataProcessingImmediate: Encoding[] = [
  // PC-rel. addressing
  { name: "ADR", group: g, pattern: "0 immlo:2 10000 immhi:19 Rd:5",
    asm: (f, pc) => `adr ${reg(1, f.Rd)}, ${target(pc, signed((f.immhi << 2) | f.immlo, 21))}`, fuzz: "int" },
  { name: "ADRP", group: g, pattern: "1 immlo:2 10000 immhi:19 Rd:5",
    asm: (f, pc) => `adrp ${reg(1, f.Rd)}, ${target(pc & ~0xfffn, signed((f.immhi << 2) | f.immlo, 21) * 4096)}`, fuzz: "int" },
  // Add/subtract (immediate)
  { name: "ADD_SUB_imm", group: g, pattern: "sf:1 op:1 S:1 100010 sh:1 imm12:12 Rn:5 Rd:5", asm: addSubImm, fuzz: "int", specialize: ["sf", "op", "S"] },
  // Logical (immediate)
  { name: "LOGICAL_imm", group: g, pattern: "sf:1 opc:2 100100 N:1 immr:6 imms:6 Rn:5 Rd:5", asm: logicalImm, fuzz: "int" },
  // Move wide (immediate)
  { name: "MOVE_WIDE", group: g, pattern: "sf:1 opc:2 100101 hw:2 imm16:16 Rd:5", where: { opc: "!01" }, asm: moveWide, fuzz: "int", specialize: ["sf", "opc"] },
  // Bitfield
  { name: "SBFM", group: g, pattern: "sf:1 00 100110 N:1 immr:6 imms:6 Rn:5 Rd:5", asm: bitfield("sbfm"), fuzz: "int" },
  { name: "BFM", group: g, pattern: "sf:1 01 100110 N:1 immr:6 imms:6 Rn:5 Rd:5", asm: bitfield("bfm"), fuzz: "int" },
  { name: "UBFM", group: g, pattern: "sf:1 10 100110 N:1 immr:6 imms:6 Rn:5 Rd:5", asm: bitfield("ubfm"), fuzz: "int" },
  // Extract
  { name: "EXTR", group: g, pattern: "sf:1 00 100111 N:1 0 Rm:5 imms:6 Rn:5 Rd:5", asm: extract, fuzz: "int" },
];

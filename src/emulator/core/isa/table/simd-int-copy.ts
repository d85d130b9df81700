// C4.1 "Advanced SIMD copy" and "Advanced SIMD scalar copy": DUP (element, general), INS
// (element, general), SMOV, UMOV and the scalar DUP (element). imm5 names the element size
// (its lowest set bit) and index; imm5<3:0> = 0000 is unallocated, as are the imm4 values
// not listed, which the group entry at the end catches. Disassembly follows GNU objdump,
// which prints INS, the word/doubleword UMOV and the scalar DUP as MOV.
import type { Encoding } from "./types";
import { reg, type Fields } from "./asm-operands";
import { arrangement, element, imm5Element, scalar } from "./simd-int-asm";

function dupElement(f: Fields): string | null {
  const e = imm5Element(f.imm5);
  if (!e || (e.size === 3 && !f.Q)) return null;
  return `dup v${f.Rd}.${arrangement(e.size, f.Q)}, ${element(f.Rn, e.size, e.index)}`;
}

function dupGeneral(f: Fields): string | null {
  const e = imm5Element(f.imm5);
  if (!e || (e.size === 3 && !f.Q)) return null;
  return `dup v${f.Rd}.${arrangement(e.size, f.Q)}, ${reg(e.size === 3 ? 1 : 0, f.Rn)}`;
}

function insGeneral(f: Fields): string | null {
  const e = imm5Element(f.imm5);
  return e ? `mov ${element(f.Rd, e.size, e.index)}, ${reg(e.size === 3 ? 1 : 0, f.Rn)}` : null;
}

function smov(f: Fields): string | null {
  const e = imm5Element(f.imm5);
  if (!e || e.size >= 2 + f.Q) return null;
  return `smov ${reg(f.Q, f.Rd)}, ${element(f.Rn, e.size, e.index)}`;
}

function umov(f: Fields): string | null {
  const e = imm5Element(f.imm5);
  if (!e || (f.Q ? e.size !== 3 : e.size === 3)) return null;
  return `${e.size >= 2 ? "mov" : "umov"} ${reg(f.Q, f.Rd)}, ${element(f.Rn, e.size, e.index)}`;
}

function insElement(f: Fields): string | null {
  const e = imm5Element(f.imm5);
  return e ? `mov ${element(f.Rd, e.size, e.index)}, ${element(f.Rn, e.size, f.imm4 >> e.size)}` : null;
}

function dupScalar(f: Fields): string | null {
  const e = imm5Element(f.imm5);
  return e ? `mov ${scalar(f.Rd, e.size)}, ${element(f.Rn, e.size, e.index)}` : null;
}

const g = "simd-int-copy";
export const simdIntCopy: Encoding[] = [
  { name: "DUP_element", group: g, pattern: "0 Q:1 0 01110000 imm5:5 0 0000 1 Rn:5 Rd:5", asm: dupElement, fuzz: "fp" },
  { name: "DUP_general", group: g, pattern: "0 Q:1 0 01110000 imm5:5 0 0001 1 Rn:5 Rd:5", asm: dupGeneral, fuzz: "fp" },
  { name: "INS_general", group: g, pattern: "0 1 0 01110000 imm5:5 0 0011 1 Rn:5 Rd:5", asm: insGeneral, fuzz: "fp" },
  { name: "SMOV", group: g, pattern: "0 Q:1 0 01110000 imm5:5 0 0101 1 Rn:5 Rd:5", asm: smov, fuzz: "fp" },
  { name: "UMOV", group: g, runLoop: true, pattern: "0 Q:1 0 01110000 imm5:5 0 0111 1 Rn:5 Rd:5", asm: umov, fuzz: "fp" },
  { name: "INS_element", group: g, runLoop: true, pattern: "0 1 1 01110000 imm5:5 0 imm4:4 1 Rn:5 Rd:5", asm: insElement, fuzz: "fp" },
  { name: "DUP_element_scalar", group: g, runLoop: true, pattern: "01 0 11110000 imm5:5 0 0000 1 Rn:5 Rd:5", asm: dupScalar, fuzz: "fp" },
];

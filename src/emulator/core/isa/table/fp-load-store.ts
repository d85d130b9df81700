// C4.1 "Loads and Stores" with V = 1: SIMD&FP register loads and stores of B, H, S, D and Q
// (single register immediate/register/literal forms and pairs). The AdvSIMD structure
// loads and stores (LD1 etc.) are not here. Disassembly follows GNU objdump; unallocated
// size/opc/option values disassemble as undefined (null).
import type { Encoding } from "./types";
import { signed, target, type Fields } from "./asm-operands";
import { atOffset, atPreIndex, atPostIndex, atRegister } from "./loads-stores-asm";

/** log2 of the access size: size, or 4 (Q) for size 00 with opc<1> set; -1 if unallocated. */
const scaleOf = (f: Fields): number => (f.opc & 2 ? (f.size === 0 ? 4 : -1) : f.size);
/** Register name for an access of 2^scale bytes. */
const vr = (scale: number, n: number): string => `${"bhsdq"[scale]}${n}`;
const ldst = (f: Fields): string => (f.opc & 1 ? "ldr" : "str");
function registerOffset(f: Fields): string | null {
  const scale = scaleOf(f);
  if (scale < 0 || (f.option & 2) === 0) return null;
  return `${ldst(f)} ${vr(scale, f.Rt)}, ${atRegister(f.Rn, f.Rm, f.option, f.S, scale)}`;
}

function immediate9(f: Fields): string | null {
  const scale = scaleOf(f);
  if (scale < 0) return null;
  const r = vr(scale, f.Rt);
  const offset = signed(f.imm9, 9);
  if (f.idx === 0) return `${f.opc & 1 ? "ldur" : "stur"} ${r}, ${atOffset(f.Rn, offset)}`;
  return `${ldst(f)} ${r}, ${f.idx === 1 ? atPostIndex(f.Rn, offset) : atPreIndex(f.Rn, offset)}`;
}

function pair(f: Fields): string | null {
  if (f.opc === 3) return null;
  const scale = f.opc + 2;
  const op = `${f.L ? "ld" : "st"}${f.mode === 0 ? "np" : "p"}`;
  const regs = `${vr(scale, f.Rt)}, ${vr(scale, f.Rt2)}`;
  const offset = signed(f.imm7, 7) * (1 << scale);
  if (f.mode === 1) return `${op} ${regs}, ${atPostIndex(f.Rn, offset)}`;
  if (f.mode === 3) return `${op} ${regs}, ${atPreIndex(f.Rn, offset)}`;
  return `${op} ${regs}, ${atOffset(f.Rn, offset)}`;
}

const g = "fp-load-store";
export const fpLoadStore: Encoding[] = [
  { name: "LDR_STR_fp_uimm", group: g, runLoop: true, pattern: "size:2 111 1 01 opc:2 imm12:12 Rn:5 Rt:5", fuzz: "fp",
    asm: (f) => {
      const scale = scaleOf(f);
      return scale < 0 ? null : `${ldst(f)} ${vr(scale, f.Rt)}, ${atOffset(f.Rn, f.imm12 * (1 << scale))}`;
    } },
  { name: "LDR_STR_fp_imm9", group: g, runLoop: true, pattern: "size:2 111 1 00 opc:2 0 imm9:9 idx:2 Rn:5 Rt:5", where: { idx: "!10" }, fuzz: "fp",
    asm: immediate9 },
  { name: "LDR_STR_fp_reg", group: g, runLoop: true, pattern: "size:2 111 1 00 opc:2 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5", fuzz: "fp",
    asm: registerOffset },
  { name: "LDR_fp_literal", group: g, pattern: "opc:2 011 1 00 imm19:19 Rt:5", fuzz: "fp",
    asm: (f, pc) => (f.opc === 3 ? null : `ldr ${vr(f.opc + 2, f.Rt)}, ${target(pc, signed(f.imm19, 19) * 4)}`) },
  { name: "LDP_STP_fp", group: g, runLoop: true, pattern: "opc:2 101 1 0 mode:2 L:1 imm7:7 Rt2:5 Rn:5 Rt:5", fuzz: "fp", asm: pair },
];

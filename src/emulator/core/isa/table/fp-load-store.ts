// C4.1 "Loads and Stores" with V = 1: SIMD&FP register loads and stores of B, H, S, D and Q
// (single register immediate/register/literal forms and pairs). The AdvSIMD structure
// loads and stores (LD1 etc.) are not here.
import type { Encoding } from "./types";

/** Register name for an access of 2^scale bytes. */
const vr = (scale: number, n: number): string => `${"bhsdq"[scale]}${n}`;
const xsp = (n: number): string => (n === 31 ? "sp" : `x${n}`);
const scaleOf = (size: number, opc: number): number => (size === 0 && opc & 2 ? 4 : size);
const sext = (v: number, bits: number): number => (v << (32 - bits)) >> (32 - bits);
const ldst = (opc: number): string => (opc & 1 ? "ldr" : "str");

const g = "fp-load-store";
export const fpLoadStore: Encoding[] = [
  { name: "LDR_STR_fp_uimm", group: g, pattern: "size:2 111 1 01 opc:2 imm12:12 Rn:5 Rt:5",
    asm: (f) => `${ldst(f.opc)} ${vr(scaleOf(f.size, f.opc), f.Rt)}, [${xsp(f.Rn)}, #${f.imm12 << scaleOf(f.size, f.opc)}]` },
  { name: "LDR_STR_fp_imm9", group: g, pattern: "size:2 111 1 00 opc:2 0 imm9:9 idx:2 Rn:5 Rt:5", where: { idx: "!10" },
    asm: (f) => {
      const r = vr(scaleOf(f.size, f.opc), f.Rt);
      const imm = sext(f.imm9, 9);
      if (f.idx === 0) return `${f.opc & 1 ? "ldur" : "stur"} ${r}, [${xsp(f.Rn)}, #${imm}]`;
      return f.idx === 1 ? `${ldst(f.opc)} ${r}, [${xsp(f.Rn)}], #${imm}` : `${ldst(f.opc)} ${r}, [${xsp(f.Rn)}, #${imm}]!`;
    } },
  { name: "LDR_STR_fp_reg", group: g, pattern: "size:2 111 1 00 opc:2 1 Rm:5 option:3 S:1 10 Rn:5 Rt:5",
    asm: (f) => {
      const ext = ["?", "?", "uxtw", "lsl", "?", "?", "sxtw", "sxtx"][f.option];
      const m = f.option & 1 ? `x${f.Rm}` : `w${f.Rm}`;
      return `${ldst(f.opc)} ${vr(scaleOf(f.size, f.opc), f.Rt)}, [${xsp(f.Rn)}, ${m}, ${ext} #${f.S ? scaleOf(f.size, f.opc) : 0}]`;
    } },
  { name: "LDR_fp_literal", group: g, pattern: "opc:2 011 1 00 imm19:19 Rt:5",
    asm: (f) => `ldr ${vr(f.opc + 2, f.Rt)}, #${sext(f.imm19, 19) * 4}` },
  { name: "LDP_STP_fp", group: g, pattern: "opc:2 101 1 0 mode:2 L:1 imm7:7 Rt2:5 Rn:5 Rt:5",
    asm: (f) => {
      const op = `${f.L ? "ld" : "st"}${f.mode === 0 ? "np" : "p"}`;
      const regs = `${vr(f.opc + 2, f.Rt)}, ${vr(f.opc + 2, f.Rt2)}`;
      const imm = sext(f.imm7, 7) << (f.opc + 2);
      if (f.mode === 1) return `${op} ${regs}, [${xsp(f.Rn)}], #${imm}`;
      return `${op} ${regs}, [${xsp(f.Rn)}, #${imm}]${f.mode === 3 ? "!" : ""}`;
    } },
];

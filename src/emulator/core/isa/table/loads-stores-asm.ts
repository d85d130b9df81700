// Operand formatting for the load/store tables, in GNU objdump's style
// (e.g. "ldr x2, [x1, w3, sxtw #3]", "ldp x2, x3, [sp, #-16]!", "prfm pldl1keep, [x1]").
// Offsets are decimal, as objdump prints them; literal targets are absolute addresses.
import { reg, regSp } from "./asm-operands";

/** Base register: 31 is SP. */
export const base = (n: number): string => regSp(1, n);

/** Mnemonic suffix of an access of 1 << size bytes: b, h, or none. */
export const sizeSuffix = (size: number): string => ["b", "h", "", ""][size];
/** Transfer register of a zero-extending load or a store of 1 << size bytes. */
export const dataReg = (size: number, n: number): string => reg(size === 3 ? 1 : 0, n);

/** "[xn]" for a zero offset, else "[xn, #off]". */
export const atOffset = (Rn: number, offset: number): string =>
  offset === 0 ? `[${base(Rn)}]` : `[${base(Rn)}, #${offset}]`;
export const atPreIndex = (Rn: number, offset: number): string => `[${base(Rn)}, #${offset}]!`;
export const atPostIndex = (Rn: number, offset: number): string => `[${base(Rn)}], #${offset}`;

/** "[xn, xm]", "[xn, xm, lsl #s]", "[xn, wm, uxtw]", "[xn, wm, sxtw #s]", "[xn, xm, sxtx]". */
export function atRegister(Rn: number, Rm: number, option: number, S: number, size: number): string {
  const amount = S ? ` #${size}` : "";
  let index: string;
  if (option === 3) index = S ? `${reg(1, Rm)}, lsl #${size}` : reg(1, Rm);
  else if (option === 7) index = `${reg(1, Rm)}, sxtx${amount}`;
  else index = `${reg(0, Rm)}, ${option === 6 ? "sxtw" : "uxtw"}${amount}`;
  return `[${base(Rn)}, ${index}]`;
}

/** PRFM operation: type (PLD, PLI, PST), target level (L1..L3), policy (KEEP, STRM). */
export function prfop(Rt: number): string {
  const type = Rt >> 3;
  const target = (Rt >> 1) & 3;
  if (type === 3 || target === 3) return `#0x${Rt.toString(16).padStart(2, "0")}`;
  return `${["pld", "pli", "pst"][type]}l${target + 1}${Rt & 1 ? "strm" : "keep"}`;
}

// Per-case comparison of QEMU's and our results, and the text of mismatch reports.
import { disassemble } from "../../src/emulator/disasm";
import { WINDOW, type TestCase } from "./cases";
import { RES_QUADS, Q_ESR, Q_FAR, Q_ELR, Q_VECTOR, Q_HASH, Q_NZCV, inputRecord } from "./batch";

export const QUAD_NAMES: string[] = [
  ...Array.from({ length: 31 }, (_, i) => `x${i}`),
  "sp", "nzcv", "esr", "far", "elr", "vector", "memhash",
];

/** Exception classes whose FAR_EL1 is defined (D17.2.40): aborts, PC alignment, watchpoints. */
const FAR_VALID_EC = new Set([0x20, 0x21, 0x22, 0x24, 0x25, 0x34, 0x35]);

export function exceptionClass(esr: bigint): number {
  return Number((esr >> 26n) & 0x3fn);
}

/** Indices of the result quads that differ (FAR only where it is defined). */
export function differingQuads(qemu: bigint[], ours: bigint[]): number[] {
  const out: number[] = [];
  for (let j = 0; j < RES_QUADS; j++) {
    if (qemu[j] === ours[j]) continue;
    if (j === Q_FAR && qemu[Q_ESR] === ours[Q_ESR] && !FAR_VALID_EC.has(exceptionClass(qemu[Q_ESR]))) continue;
    out.push(j);
  }
  return out;
}

/** Window quads (byte offset -> value) that a single-case rerun changed, per side. */
export interface WindowChanges {
  qemu?: Map<number, bigint>;
  ours?: Map<number, bigint>;
}

export interface Mismatch {
  batch: number;
  index: number;
  c: TestCase;
  slot: bigint;
  qemu: bigint[];
  ours: bigint[];
  differs: number[];
  window?: WindowChanges;
}

const hex = (v: bigint) => "0x" + v.toString(16);

/** A one-line summary of what the instruction did, relative to its input. */
export function describeOutcome(c: TestCase, r: bigint[], slot: bigint): string {
  const input = inputRecord(c);
  const parts: string[] = [];
  for (let j = 0; j <= Q_NZCV; j++) if (r[j] !== input[j]) parts.push(`${QUAD_NAMES[j]}=${hex(r[j])}`);
  if (r[Q_ESR] !== 0n) {
    const ec = exceptionClass(r[Q_ESR]);
    const elr = r[Q_ELR] === slot ? "slot" : hex(r[Q_ELR]);
    parts.push(`exception EC=0x${ec.toString(16)} esr=${hex(r[Q_ESR])} elr=${elr} vector=${hex(r[Q_VECTOR])}` +
      (FAR_VALID_EC.has(ec) ? ` far=${hex(r[Q_FAR])}` : ""));
  }
  if (c.memory) parts.push(`memhash=${hex(r[Q_HASH])}`);
  return parts.length ? parts.join(" ") : "(no change)";
}

export function describeInput(c: TestCase): string {
  const lines: string[] = [];
  for (let i = 0; i < 31; i += 4) {
    lines.push(c.x.slice(i, i + 4).map((v, k) => `x${i + k}=${v.toString(16).padStart(16, "0")}`).join(" "));
  }
  lines.push(`sp=${c.sp.toString(16).padStart(16, "0")} nzcv=${(c.nzcv >> 28n).toString(2).padStart(4, "0")}` +
    (c.memory ? " (memory case: window restored, hashed)" : ""));
  return lines.map((l) => "      " + l).join("\n");
}

export function formatMismatch(m: Mismatch, objdumpText: string): string {
  const { c } = m;
  const name = c.decoded ? `${c.decoded.name} (${c.decoded.group})` : "not in our table";
  const diff = m.differs
    .map((j) => `${QUAD_NAMES[j]}: qemu ${hex(m.qemu[j])} ours ${hex(m.ours[j])}`)
    .join("\n      ");
  return [
    `MISMATCH batch ${m.batch} case ${m.index}: 0x${c.word.toString(16).padStart(8, "0")} ${name}, drawn from ${c.source}`,
    `  ours:    ${disassemble(c.word, m.slot)}`,
    `  objdump: ${objdumpText}`,
    `  input:`,
    describeInput(c),
    `  qemu:    ${describeOutcome(c, m.qemu, m.slot)}`,
    `  ours:    ${describeOutcome(c, m.ours, m.slot)}`,
    `  differs: ${diff}`,
    ...(m.window ? [`  window changes (offset from 0x${WINDOW.toString(16)}):`, describeWindow(m.window)] : []),
  ].join("\n");
}

function describeWindow(w: WindowChanges): string {
  const side = (m: Map<number, bigint> | undefined) =>
    m ? [...m].map(([off, v]) => `+0x${off.toString(16)}=${hex(v)}`).join(" ") || "(none)" : "(rerun failed)";
  return `      qemu: ${side(w.qemu)}\n      ours: ${side(w.ours)}`;
}

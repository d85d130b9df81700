// Per-case comparison of QEMU's and our results, and the text of mismatch reports.
import { disassemble } from "../../src/emulator/disasm";
import { WINDOW, type TestCase } from "./cases";
import {
  Q_NZCV, Q_FPCR, Q_FPSR, Q_SP, Q_V, inputQuad, resultQuad, type CaseResult, type Layout,
} from "./batch";

/** Name of result quad j; V registers as vN.lo (bits 63:0) and vN.hi (bits 127:64). */
export function quadName(lay: Layout, j: number): string {
  if (j < 31) return `x${j}`;
  if (j === Q_SP) return "sp";
  if (j === Q_NZCV) return "nzcv";
  if (j >= lay.state) return ["esr", "far", "elr", "vector", "memhash"][j - lay.state];
  if (j === Q_FPCR) return "fpcr";
  if (j === Q_FPSR) return "fpsr";
  if (j >= Q_V) return `v${(j - Q_V) >> 1}.${(j - Q_V) & 1 ? "hi" : "lo"}`;
  return `quad${j}`;
}

/** Exception classes whose FAR_EL1 is defined (D17.2.40): aborts, PC alignment, watchpoints. */
const FAR_VALID_EC = new Set([0x20, 0x21, 0x22, 0x24, 0x25, 0x34, 0x35]);

export function exceptionClass(esr: bigint): number {
  return Number((esr >> 26n) & 0x3fn);
}

/** Indices of the result quads that differ (FAR only where it is defined). A quad neither
 *  side printed holds the same default on both. */
export function differingQuads(c: TestCase, lay: Layout, qemu: CaseResult, ours: CaseResult): number[] {
  const out: number[] = [];
  const keys = new Set([...qemu.keys(), ...ours.keys()]);
  const q = (r: CaseResult, j: number) => resultQuad(c, lay, r, j);
  for (const j of [...keys].sort((a, b) => a - b)) {
    if (q(qemu, j) === q(ours, j)) continue;
    if (j === lay.far && q(qemu, lay.esr) === q(ours, lay.esr) && !FAR_VALID_EC.has(exceptionClass(q(qemu, lay.esr)))) continue;
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
  lay: Layout;
  slot: bigint;
  qemu: CaseResult;
  ours: CaseResult;
  differs: number[];
  window?: WindowChanges;
}

const hex = (v: bigint) => "0x" + v.toString(16);
const hex16 = (v: bigint) => v.toString(16).padStart(16, "0");

/** V register n of a result as one 128-bit hex number. */
function vreg(c: TestCase, lay: Layout, r: CaseResult, n: number): string {
  return "0x" + hex16(resultQuad(c, lay, r, Q_V + 2 * n + 1)) + hex16(resultQuad(c, lay, r, Q_V + 2 * n));
}

/** Result state quads that differ from the input, V registers merged into 128-bit values. */
function changedState(c: TestCase, lay: Layout, r: CaseResult): string[] {
  const parts: string[] = [];
  const changed = [...r.keys()].filter((j) => j < lay.state && r.get(j) !== inputQuad(c, j)).sort((a, b) => a - b);
  const vDone = new Set<number>();
  for (const j of changed) {
    if (lay.fp && j >= Q_V) {
      const n = (j - Q_V) >> 1;
      if (!vDone.has(n)) parts.push(`v${n}=${vreg(c, lay, r, n)}`);
      vDone.add(n);
    } else parts.push(`${quadName(lay, j)}=${hex(resultQuad(c, lay, r, j))}`);
  }
  return parts;
}

/** A one-line summary of what the instruction did, relative to its input. */
export function describeOutcome(c: TestCase, lay: Layout, r: CaseResult, slot: bigint): string {
  const parts = changedState(c, lay, r);
  const q = (j: number) => resultQuad(c, lay, r, j);
  if (q(lay.esr) !== 0n) {
    const ec = exceptionClass(q(lay.esr));
    const elr = q(lay.elr) === slot ? "slot" : hex(q(lay.elr));
    parts.push(`exception EC=0x${ec.toString(16)} esr=${hex(q(lay.esr))} elr=${elr} vector=${hex(q(lay.vector))}` +
      (FAR_VALID_EC.has(ec) ? ` far=${hex(q(lay.far))}` : ""));
  }
  if (c.memory) parts.push(`memhash=${hex(q(lay.hash))}`);
  return parts.length ? parts.join(" ") : "(no change)";
}

/** FPCR's modes (D17.2.49) in words. */
function describeFpcr(fpcr: number): string {
  const rmode = ["RN", "RP", "RM", "RZ"][(fpcr >>> 22) & 3];
  const flags = [fpcr & (1 << 26) ? "AHP" : "", fpcr & (1 << 25) ? "DN" : "", fpcr & (1 << 24) ? "FZ" : ""].filter(Boolean);
  return [rmode, ...flags].join(" ");
}

export function describeInput(c: TestCase): string {
  const lines: string[] = [];
  for (let i = 0; i < 31; i += 4) {
    lines.push(c.x.slice(i, i + 4).map((v, k) => `x${i + k}=${hex16(v)}`).join(" "));
  }
  lines.push(`sp=${hex16(c.sp)} nzcv=${(c.nzcv >> 28n).toString(2).padStart(4, "0")}` +
    (c.memory ? " (memory case: window restored, hashed)" : ""));
  if (c.fp) {
    const { v, fpcr, fpsr } = c.fp;
    lines.push(`fpcr=0x${fpcr.toString(16)} (${describeFpcr(fpcr)}) fpsr=0x${fpsr.toString(16)}` +
      (c.fp.trapped ? " (SIMD&FP trapped: CPACR_EL1.FPEN = 00)" : ""));
    const q = (n: number) => v.readBigUInt64LE(n * 16 + 8).toString(16).padStart(16, "0") + v.readBigUInt64LE(n * 16).toString(16).padStart(16, "0");
    for (let n = 0; n < 32; n += 4) lines.push([0, 1, 2, 3].map((k) => `v${n + k}=${q(n + k)}`).join(" "));
  }
  return lines.map((l) => "      " + l).join("\n");
}

function describeDiffs(m: Mismatch): string {
  const { c, lay } = m;
  const out: string[] = [];
  const vDone = new Set<number>();
  for (const j of m.differs) {
    if (lay.fp && j >= Q_V && j < lay.state) {
      const n = (j - Q_V) >> 1;
      if (!vDone.has(n)) out.push(`v${n}: qemu ${vreg(c, lay, m.qemu, n)} ours ${vreg(c, lay, m.ours, n)}`);
      vDone.add(n);
    } else {
      out.push(`${quadName(lay, j)}: qemu ${hex(resultQuad(c, lay, m.qemu, j))} ours ${hex(resultQuad(c, lay, m.ours, j))}`);
    }
  }
  return out.join("\n      ");
}

export function formatMismatch(m: Mismatch, objdumpText: string): string {
  const { c, lay } = m;
  const name = c.decoded ? `${c.decoded.name} (${c.decoded.group})` : "not in our table";
  return [
    `MISMATCH batch ${m.batch} case ${m.index}: 0x${c.word.toString(16).padStart(8, "0")} ${name}, drawn from ${c.source}`,
    `  ours:    ${disassemble(c.word, m.slot)}`,
    `  objdump: ${objdumpText}`,
    `  input:`,
    describeInput(c),
    `  qemu:    ${describeOutcome(c, lay, m.qemu, m.slot)}`,
    `  ours:    ${describeOutcome(c, lay, m.ours, m.slot)}`,
    `  differs: ${describeDiffs(m)}`,
    ...(m.window ? [`  window changes (offset from 0x${WINDOW.toString(16)}):`, describeWindow(m.window)] : []),
  ].join("\n");
}

function describeWindow(w: WindowChanges): string {
  const side = (m: Map<number, bigint> | undefined) =>
    m ? [...m].map(([off, v]) => `+0x${off.toString(16)}=${hex(v)}`).join(" ") || "(none)" : "(rerun failed)";
  return `      qemu: ${side(w.qemu)}\n      ours: ${side(w.ours)}`;
}

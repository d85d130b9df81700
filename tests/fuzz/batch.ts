// One fuzz batch = one bare-metal ELF: tests/fuzz/harness.S assembled with the batch's code
// slots and input records (see the layout comments there).
import { execFileSync } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestCase } from "./cases";
import { WINDOW_SIZE } from "./cases";
import type { Rng } from "./rng";

const here = dirname(fileURLToPath(import.meta.url));
const AS = process.env.AS ?? "aarch64-linux-gnu-as";
const LD = process.env.LD ?? "aarch64-linux-gnu-ld";

/** State quads shared by both record layouts (harness.S). */
export const Q_SP = 31;
export const Q_NZCV = 32;
/** With FP state: FPCR, FPSR, a zero quad, then V0-V31 (low quad first). */
export const Q_FPCR = 33;
export const Q_FPSR = 34;
export const Q_V = 36;

/** A batch's record layout, as harness.S defines it with and without FP_STATE. */
export interface Layout {
  /** The records hold the SIMD&FP state (the fp class). */
  fp: boolean;
  /** Quads 0..state-1 of both records are the register state; result quads below it are
   *  printed relative to the input's, the others relative to 0. */
  state: number;
  /** Quads of an input record: the state, then the flags quad (flagsOf). */
  inQuads: number;
  /** Result quads the harness prints per case, and the size of a result record. */
  resQuads: number;
  resRecordQuads: number;
  esr: number;
  far: number;
  elr: number;
  vector: number;
  hash: number;
}

function layout(fp: boolean, state: number, inQuads: number, resRecordQuads: number): Layout {
  return {
    fp, state, inQuads, resQuads: state + 5, resRecordQuads,
    esr: state, far: state + 1, elr: state + 2, vector: state + 3, hash: state + 4,
  };
}
export const INT_LAYOUT = layout(false, 33, 36, 38);
export const FP_LAYOUT = layout(true, 100, 102, 106);
/** NCASES must fit a MOVZ immediate in harness.S. */
export const MAX_CASES = 65535;

export interface BuiltBatch {
  elf: string;
  /** Address of case 0's code slot; case i's is slotBase + 8 i. */
  slotBase: bigint;
  /** The scratch window's initial contents. */
  pristine: Buffer;
  /** The ELF's symbols (harness labels). */
  symbols: Map<string, bigint>;
}

export interface BuildOptions {
  /** The window's initial contents; random (from the batch's generator) when absent. */
  pristine?: Buffer;
  /** Print the window quads that changed (for single-case reruns). */
  dumpWindow?: boolean;
}

/** The flags quad of harness.S: FLAG_MEMORY, FLAG_FP_TRAPPED. */
function flagsOf(c: TestCase): number {
  return (c.memory ? 1 : 0) | (c.fp?.trapped ? 2 : 0);
}

export function layoutOf(cases: readonly TestCase[]): Layout {
  return cases[0]?.fp ? FP_LAYOUT : INT_LAYOUT;
}

/** The case's input record (state quads and the flags quad). */
export function inputRecord(c: TestCase): bigint[] {
  const q = [...c.x, c.sp, c.nzcv];
  if (c.fp) {
    q.push(BigInt(c.fp.fpcr), BigInt(c.fp.fpsr), 0n);
    for (let i = 0; i < 64; i++) q.push(c.fp.v.readBigUInt64LE(i * 8));
  }
  q.push(BigInt(flagsOf(c)));
  return q;
}

/** Input state quad j of case c (what the harness prints a result quad relative to). */
export function inputQuad(c: TestCase, j: number): bigint {
  if (j < 31) return c.x[j];
  if (j === Q_SP) return c.sp;
  if (j === Q_NZCV) return c.nzcv;
  if (!c.fp || j >= FP_LAYOUT.state) return 0n;
  if (j === Q_FPCR) return BigInt(c.fp.fpcr);
  if (j === Q_FPSR) return BigInt(c.fp.fpsr);
  return j >= Q_V ? c.fp.v.readBigUInt64LE((j - Q_V) * 8) : 0n;
}

/** Write the batch sources into `dir` and build `dir`/batch.elf. */
export function buildBatch(dir: string, cases: TestCase[], rng: Rng, opts: BuildOptions = {}): BuiltBatch {
  if (cases.length === 0 || cases.length > MAX_CASES) throw new RangeError(`a batch holds 1..${MAX_CASES} cases`);
  const lay = layoutOf(cases);
  if (cases.some((c) => !!c.fp !== lay.fp)) throw new Error("a batch holds cases of one class");
  const inputs = Buffer.alloc(cases.length * lay.inQuads * 8);
  cases.forEach((c, i) => {
    const at = i * lay.inQuads * 8;
    c.x.forEach((v, j) => inputs.writeBigUInt64LE(v, at + j * 8));
    inputs.writeBigUInt64LE(c.sp, at + Q_SP * 8);
    inputs.writeBigUInt64LE(c.nzcv, at + Q_NZCV * 8);
    if (c.fp) {
      inputs.writeUInt32LE(c.fp.fpcr, at + Q_FPCR * 8);
      inputs.writeUInt32LE(c.fp.fpsr, at + Q_FPSR * 8);
      inputs.set(c.fp.v, at + Q_V * 8);
    }
    inputs.writeUInt8(flagsOf(c), at + lay.state * 8);
  });
  writeFileSync(join(dir, "cases.bin"), inputs);
  let window = opts.pristine;
  if (!window) {
    window = Buffer.alloc(WINDOW_SIZE);
    for (let i = 0; i < WINDOW_SIZE; i += 4) window.writeUInt32LE(rng.u32(), i);
  }
  writeFileSync(join(dir, "window.bin"), window);
  const slots = cases.map((c) => `        .inst   0x${c.word.toString(16).padStart(8, "0")}\n        b       ret_stub\n`).join("");
  writeFileSync(
    join(dir, "batch.inc"),
    `// Generated by tests/fuzz/batch.ts\n        .equ    NCASES, ${cases.length}\n` +
      (lay.fp ? "        .equ    FP_STATE, 1\n" : "") +
      (opts.dumpWindow ? "        .equ    DUMP_WINDOW, 1\n" : "") +
      `        .section .slots, "ax"\n        .balign 8\n        .global slots\nslots:\n${slots}` +
      `        .section .rodata\n        .balign 16\ninputs:\n        .incbin "cases.bin"\n` +
      `        .balign 16\npristine:\n        .incbin "window.bin"\n`,
  );
  copyFileSync(join(here, "harness.S"), join(dir, "harness.S"));
  runTool(AS, ["-march=armv8-a", "-I", dir, "-o", join(dir, "batch.o"), join(dir, "harness.S")]);
  const elf = join(dir, "batch.elf");
  runTool(LD, ["-nostdlib", "-static", "--build-id=none", "--no-warn-rwx-segments", "-n", "-T", join(here, "harness.ld"), "-o", elf, join(dir, "batch.o")]);
  const symbols = new Map<string, bigint>();
  const nm = execFileSync(process.env.NM ?? "aarch64-linux-gnu-nm", [elf], { encoding: "utf8" });
  for (const m of nm.matchAll(/^([0-9a-f]+) \w (\S+)$/gm)) symbols.set(m[2], BigInt("0x" + m[1]));
  const slotBase = symbols.get("slots");
  if (slotBase === undefined) throw new Error("batch.elf has no slots symbol");
  return { elf, slotBase, pristine: window, symbols };
}

/** A case's result: the quads the harness printed, i.e. those that differ from the input
 *  (state quads) or from 0 (the others); see resultQuad. */
export type CaseResult = Map<number, bigint>;

export function resultQuad(c: TestCase, lay: Layout, r: CaseResult, j: number): bigint {
  return r.get(j) ?? (j < lay.state ? inputQuad(c, j) : 0n);
}

/** Run a binutils tool; on failure, throw with its messages as text. */
function runTool(tool: string, args: string[]): void {
  try {
    execFileSync(tool, args, { stdio: "pipe" });
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString() ?? "";
    throw new Error(`${tool} failed: ${stderr || (e as Error).message}`);
  }
}

export interface BatchOutput {
  results: CaseResult[];
  regionHash: bigint;
  /** With dumpWindow: window byte offset -> the quad there, for the quads that changed. */
  window?: Map<number, bigint>;
}

/** Parse the harness's UART transcript; throws with the reason if it is incomplete. */
export function parseOutput(text: string, cases: TestCase[]): BatchOutput {
  const lines = text.split("\n");
  const start = lines.indexOf("fuzz-results");
  if (start < 0) throw new Error(`no "fuzz-results" line in the output: ${tail(text)}`);
  const { resQuads } = layoutOf(cases);
  const results: CaseResult[] = [];
  for (let i = 0; i < cases.length; i++) {
    const line = lines[start + 1 + i];
    if (line === undefined || line.startsWith("region=") || line.startsWith("harness-fault")) {
      throw new Error(`output ends after ${i} of ${cases.length} cases: ${tail(text)}`);
    }
    const r: CaseResult = new Map();
    for (const tok of line.split(" ")) {
      if (!tok) continue;
      const m = /^([0-9a-f]+)=([0-9a-f]+)$/.exec(tok);
      const j = m ? parseInt(m[1], 16) : -1;
      if (!m || j >= resQuads) throw new Error(`bad token "${tok}" in the result line of case ${i}`);
      r.set(j, BigInt("0x" + m[2]));
    }
    results.push(r);
  }
  let next = start + 1 + cases.length;
  const region = /^region=([0-9a-f]+)$/.exec(lines[next++] ?? "");
  let window: Map<number, bigint> | undefined;
  if (lines[next]?.startsWith("window")) {
    window = new Map();
    for (const m of lines[next++].matchAll(/ ([0-9a-f]+)=([0-9a-f]+)/g)) window.set(parseInt(m[1], 16), BigInt("0x" + m[2]));
  }
  if (!region || lines[next] !== "fuzz-end") throw new Error(`no region hash / end marker: ${tail(text)}`);
  return { results, regionHash: BigInt("0x" + region[1]), window };
}

function tail(text: string): string {
  const t = text.length > 400 ? "..." + text.slice(-400) : text;
  return JSON.stringify(t);
}

// The QEMU differential fuzzer: batches of random instructions run as one bare-metal ELF on
// QEMU and on our core, compared case by case. Used by fuzz-qemu.ts (CLI) and the smoke test.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCoreModule } from "../../src/cli/core-module";
import { buildBatch, layoutOf, parseOutput, resultQuad, Q_FPSR, type BatchOutput } from "./batch";
import { classEntries, makeCase, type FuzzClass, type TestCase } from "./cases";
import { differingQuads, exceptionClass, formatMismatch, type Mismatch, type WindowChanges } from "./compare";
import { objdumpWords } from "./objdump";
import { Rng } from "./rng";
import { runOurs, runQemu, type RunResult } from "./runners";
import { runOursDirect, hashRange } from "./direct";

export interface FuzzOptions {
  count: number;
  seed: number;
  cls: FuzzClass;
  batchSize: number;
  cpu: string;
  /** Keep the generated ELFs (their directory is reported). */
  keep: boolean;
  /** Run only the instructions under test on our core, the host playing the harness (direct.ts). */
  direct: boolean;
  log: (line: string) => void;
}

export interface GroupStats {
  cases: number;
  mismatches: number;
  /** Cases QEMU treated as UNDEFINED (EC 0x00). */
  undefined: number;
}

export interface FuzzSummary {
  cases: number;
  compared: number;
  mismatches: Mismatch[];
  /** Batches that could not be compared (crash, timeout, harness fault), with the reason. */
  batchFailures: string[];
  byGroup: Map<string, GroupStats>;
  byEntry: Map<string, number>;
  /** QEMU's outcome per compared case: "completed" or "EC 0x..". */
  qemuOutcomes: Map<string, number>;
  /** fp class: per FPSR cumulative bit, the compared cases in which QEMU set it. */
  fpsrRaised: Map<string, number>;
  /** Compared load/store cases, and those that changed the window on QEMU. */
  memoryCases: number;
  windowStores: number;
  workDir: string;
  seconds: number;
}

const NOT_IN_TABLE = "(not in our table)";
/** FPSR cumulative bits (D17.2.51). */
const FPSR_BITS: [number, string][] = [[0, "IOC"], [1, "DZC"], [2, "OFC"], [3, "UFC"], [4, "IXC"], [7, "IDC"], [27, "QC"]];

/** Per-batch seed: batches can be regenerated independently of the batch size before them. */
function batchSeed(seed: number, batch: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(batch + 1, 0xc2b2ae35)) >>> 0;
}

function bump<K>(m: Map<K, number>, k: K, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

export async function runFuzz(o: FuzzOptions): Promise<FuzzSummary> {
  const started = performance.now();
  const entries = classEntries(o.cls);
  const coreModule = await loadCoreModule();
  const workDir = mkdtempSync(join(tmpdir(), "a64-fuzz-"));
  const s: FuzzSummary = {
    cases: 0, compared: 0, mismatches: [], batchFailures: [], byGroup: new Map(), byEntry: new Map(),
    qemuOutcomes: new Map(), fpsrRaised: new Map(), memoryCases: 0, windowStores: 0, workDir, seconds: 0,
  };
  const batches = Math.ceil(o.count / o.batchSize);
  let windowReruns = 0;
  try {
    for (let b = 0; b < batches; b++) {
      const n = Math.min(o.batchSize, o.count - b * o.batchSize);
      const tg = performance.now();
      const rng = new Rng(batchSeed(o.seed, b));
      const cases = Array.from({ length: n }, () => makeCase(rng, entries));
      const dir = join(workDir, `batch${b}`);
      mkdirSync(dir);
      const t0 = performance.now();
      const built = buildBatch(dir, cases, rng);
      const t1 = performance.now();
      const qemuRun = runQemu(built.elf, o.cpu, join(dir, "qemu.txt"), 60_000 + n * 20);
      const ours: BatchOutput | RunResult = o.direct
        ? await runOursDirect(coreModule, built, cases, o.cpu)
        : await runOurs(coreModule, built.elf, o.cpu, 10_000_000 + n * 20_000);
      const t2 = performance.now();
      const qemu = await qemuRun;
      const t3 = performance.now();
      s.cases += n;
      const outcome = compareBatch(b, cases, built.slotBase, hashRange(built.pristine), qemu, ours, s);
      const t4 = performance.now();
      for (const m of s.mismatches) {
        if (m.batch !== b || !m.differs.includes(m.lay.hash) || windowReruns >= MAX_WINDOW_RERUNS) continue;
        windowReruns++;
        m.window = await rerunWithWindow(m.c, built.pristine, join(dir, `case${m.index}`), coreModule, o);
      }
      if (outcome) s.batchFailures.push(`batch ${b}: ${outcome.reason}`);
      const mismatches = s.mismatches.filter((m) => m.batch === b).length;
      const status = outcome && !outcome.compared ? "NOT COMPARED" : `${mismatches} mismatches${outcome ? ", scratch region differs" : ""}`;
      o.log(`batch ${b + 1}/${batches}: ${n} cases, ${status} (cases ${sec(t0 - tg)}, build ${sec(t1 - t0)}, ` +
        `ours ${sec(t2 - t1)}, qemu ${sec(t3 - t1)}, compare ${sec(t4 - t3)})`);
      if (!o.keep) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    if (!o.keep) rmSync(workDir, { recursive: true, force: true });
  }
  s.seconds = (performance.now() - started) / 1000;
  return s;
}

/** Memory mismatches rerun alone to show which window quads each side changed. */
const MAX_WINDOW_RERUNS = 10;

async function rerunWithWindow(
  c: TestCase, pristine: Buffer, dir: string, coreModule: WebAssembly.Module, o: FuzzOptions,
): Promise<WindowChanges> {
  mkdirSync(dir);
  const built = buildBatch(dir, [c], new Rng(0), { pristine, dumpWindow: true });
  const qemuRun = runQemu(built.elf, o.cpu, join(dir, "qemu.txt"), 30_000);
  const ours = o.direct
    ? await runOursDirect(coreModule, built, [c], o.cpu)
    : await runOurs(coreModule, built.elf, o.cpu, 10_000_000);
  const qemu = await qemuRun;
  const window = (run: RunResult | BatchOutput) => {
    if ("results" in run) return run.window;
    try {
      return parseOutput(run.output, [c]).window;
    } catch {
      return undefined;
    }
  };
  return { qemu: window(qemu), ours: window(ours) };
}

function sec(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Compare one batch into `s`; returns what went wrong with the batch as a whole, if anything. */
function compareBatch(
  batch: number, cases: TestCase[], slotBase: bigint, pristineHash: bigint,
  qemuRun: RunResult, oursRun: RunResult | BatchOutput, s: FuzzSummary,
): { compared: boolean; reason: string } | undefined {
  let qemu: BatchOutput;
  let ours: BatchOutput;
  try {
    qemu = parseOutput(qemuRun.output, cases);
  } catch (e) {
    return { compared: false, reason: `QEMU (${qemuRun.stop}): ${(e as Error).message}` };
  }
  if ("results" in oursRun) ours = oursRun;
  else {
    try {
      ours = parseOutput(oursRun.output, cases);
    } catch (e) {
      return { compared: false, reason: `our core (${oursRun.stop}): ${(e as Error).message}` };
    }
  }
  const lay = layoutOf(cases);
  cases.forEach((c, i) => {
    const group = c.decoded?.group ?? NOT_IN_TABLE;
    const g = s.byGroup.get(group) ?? { cases: 0, mismatches: 0, undefined: 0 };
    s.byGroup.set(group, g);
    g.cases++;
    s.compared++;
    const q = qemu.results[i];
    if (c.memory) {
      s.memoryCases++;
      if (resultQuad(c, lay, q, lay.hash) !== pristineHash) s.windowStores++;
    }
    const esr = resultQuad(c, lay, q, lay.esr);
    if (esr !== 0n && exceptionClass(esr) === 0) g.undefined++;
    if (c.fp) {
      const raised = Number(resultQuad(c, lay, q, Q_FPSR)) & ~c.fp.fpsr;
      for (const [bit, name] of FPSR_BITS) if (raised & (1 << bit)) bump(s.fpsrRaised, name);
    }
    bump(s.qemuOutcomes, esr === 0n ? "completed" : `EC 0x${exceptionClass(esr).toString(16).padStart(2, "0")}`);
    const differs = differingQuads(c, lay, q, ours.results[i]);
    if (differs.length === 0) return;
    g.mismatches++;
    bump(s.byEntry, c.decoded?.name ?? NOT_IN_TABLE);
    s.mismatches.push({ batch, index: i, c, lay, slot: slotBase + BigInt(i) * 8n, qemu: q, ours: ours.results[i], differs });
  });
  if (qemu.regionHash !== ours.regionHash) {
    return {
      compared: true,
      reason: `the scratch region differs at the end (qemu 0x${qemu.regionHash.toString(16)}, ours ` +
        `0x${ours.regionHash.toString(16)}): a store outside the window went wrong in a memory case`,
    };
  }
  return undefined;
}

/** The summary and the first `maxReports` mismatch reports as text. */
export function formatSummary(s: FuzzSummary, o: FuzzOptions, maxReports: number): string {
  const out: string[] = [];
  const shown = s.mismatches.slice(0, maxReports);
  const ref = objdumpWords(shown.map((m) => m.c.word));
  shown.forEach((m, i) => out.push(formatMismatch(m, ref[i] ?? "?"), ""));
  if (s.mismatches.length > shown.length) out.push(`... ${s.mismatches.length - shown.length} more mismatches not shown`, "");
  for (const f of s.batchFailures) out.push(`BATCH FAILURE ${f}`);
  out.push(`fuzz summary: seed ${o.seed}, class ${o.cls}, ${s.cases} cases in ${Math.ceil(s.cases / o.batchSize)} batches, ` +
    `${s.compared} compared, ${s.mismatches.length} mismatches, ${s.batchFailures.length} failed batches, ${s.seconds.toFixed(1)} s`);
  out.push("  by group (cases / mismatches / UNDEFINED on QEMU):");
  for (const [g, st] of [...s.byGroup].sort((a, b) => b[1].cases - a[1].cases)) {
    out.push(`    ${g.padEnd(36)} ${String(st.cases).padStart(9)} ${String(st.mismatches).padStart(9)} ${String(st.undefined).padStart(9)}`);
  }
  if (s.byEntry.size) {
    out.push("  mismatches by entry:");
    for (const [e, n] of [...s.byEntry].sort((a, b) => b[1] - a[1])) out.push(`    ${e.padEnd(36)} ${String(n).padStart(9)}`);
  }
  out.push(`  load/store cases: ${s.memoryCases}, ${s.windowStores} of them changed the scratch window on QEMU`);
  if (o.cls === "fp") {
    out.push("  FPSR bits QEMU set (cases): " + FPSR_BITS.map(([, n]) => `${n} ${s.fpsrRaised.get(n) ?? 0}`).join(", "));
  }
  out.push("  QEMU outcomes: " + [...s.qemuOutcomes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${n}`).join(", "));
  if (o.keep) out.push(`  batch ELFs kept in ${s.workDir}`);
  return out.join("\n");
}

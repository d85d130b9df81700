// npm run trace:diff -- <elf> [--cpu cortex-a57] [--max N] [--timeout S]
// Runs a bare-metal ELF on QEMU one instruction per translation block with the CPU state logged
// before each, steps our core in lockstep, and prints the first instruction after which the PC,
// an X register, SP or PSTATE (NZCV, DAIF, EL, SP select) differ, with both states, the
// instruction's disassembly and the instructions before it. Reads of the generic timer's
// counters take QEMU's value (the clocks differ); interrupts are not synchronised.
// Exit status: 0 when the traces agree, 1 on a difference, 2 on bad usage or a failed run.
import { spawn, execFileSync } from "node:child_process";
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Machine } from "../src/emulator/machine.ts";
import { CPU_OFFSETS, EXIT_POWER_OFF, EXIT_RESET, EXIT_CPU_OFF } from "../src/emulator/core-host.ts";
import { parseCpuModel } from "../src/emulator/cpu-models.ts";
import { parseElf, type ElfImage } from "../src/emulator/loaders/elf.ts";
import { RAM_BASE_PA } from "../src/emulator/core/layout.ts";
import { loadCoreModule } from "../src/cli/core-module.ts";
import { disassemble } from "../src/emulator/disasm.ts";

const QEMU = process.env.QEMU ?? "qemu-system-aarch64";
const USAGE = "usage: npm run trace:diff -- <elf> [--cpu cortex-a57] [--max N] [--timeout S]\n";
/** Approximate size of one logged step (Trace line + register dump), to bound the log. */
const LOG_BYTES_PER_STEP = 1300;
const HISTORY = 8;

/** The state compared at each step. PSTATE keeps NZCV, DAIF, EL and SPSel (the M[3:0] bits). */
interface CpuState {
  pc: bigint;
  x: bigint[];
  sp: bigint;
  pstate: number;
}
const PSTATE_MASK = 0xf00003cf;

interface QemuStep {
  state: CpuState;
  /** Log lines (exceptions, returns) printed since the previous step. */
  events: string[];
}

function fail(message: string): never {
  process.stderr.write(`trace:diff: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const o = { elf: "", cpu: "cortex-a57", max: 1_000_000, timeout: 60 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0) fail(`${a} needs a positive integer\n${USAGE}`);
      return n;
    };
    if (a === "--cpu") o.cpu = argv[++i] ?? fail(USAGE);
    else if (a === "--max") o.max = num();
    else if (a === "--timeout") o.timeout = num();
    else if (a === "-h" || a === "--help") {
      process.stdout.write(USAGE);
      process.exit(0);
    } else if (a.startsWith("-") || o.elf) fail(`unexpected argument ${a}\n${USAGE}`);
    else o.elf = a;
  }
  if (!o.elf) fail(USAGE);
  return o;
}

/** QEMU 8.1 replaced -singlestep by the TCG accelerator property one-insn-per-tb. */
function singleStepArgs(): string[] {
  const v = /version (\d+)\.(\d+)/.exec(execFileSync(QEMU, ["--version"], { encoding: "utf8" }));
  const [major, minor] = v ? [Number(v[1]), Number(v[2])] : [0, 0];
  return major > 8 || (major === 8 && minor >= 1) ? ["-accel", "tcg,one-insn-per-tb=on"] : ["-singlestep"];
}

/** Run QEMU with per-instruction logging until it exits, times out, or logged `max` steps. */
async function runQemuLogged(elf: string, cpu: string, log: string, max: number, timeoutS: number): Promise<string> {
  const args = ["-M", "virt", "-cpu", cpu, "-m", "256", "-nographic", "-kernel", elf,
    ...singleStepArgs(), "-d", "exec,cpu,nochain,int", "-D", log];
  const child = spawn(QEMU, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const limit = (max + 2) * LOG_BYTES_PER_STEP;
  let why = "exited";
  const poll = setInterval(() => {
    try {
      if (statSync(log).size > limit) {
        why = `stopped after about ${max} steps`;
        child.kill("SIGKILL");
      }
    } catch {
      // no log yet
    }
  }, 100);
  const timer = setTimeout(() => {
    why = `stopped after the ${timeoutS} s timeout`;
    child.kill("SIGKILL");
  }, timeoutS * 1000);
  const code = await new Promise<number | null>((resolve) => {
    child.on("error", (e) => fail(`cannot run ${QEMU}: ${e.message}`));
    child.on("exit", (c) => resolve(c));
  });
  clearInterval(poll);
  clearTimeout(timer);
  if (why === "exited" && code !== 0) fail(`QEMU exit status ${code}: ${stderr}`);
  return why;
}

/** Steps of QEMU's -d exec,cpu,int log, in order. */
async function* qemuSteps(log: string): AsyncGenerator<QemuStep> {
  const lines = createInterface({ input: createReadStream(log, "latin1"), crlfDelay: Infinity });
  let events: string[] = [];
  let regs: Map<string, bigint> | undefined;
  for await (const line of lines) {
    if (line.startsWith("Trace ")) {
      regs = new Map();
      continue;
    }
    if (regs) {
      const ps = /^PSTATE=([0-9a-f]{8})/.exec(line);
      if (ps) {
        const x = Array.from({ length: 31 }, (_, i) => regs!.get(`X${String(i).padStart(2, "0")}`) ?? 0n);
        yield { state: { pc: regs.get("PC") ?? 0n, x, sp: regs.get("SP") ?? 0n, pstate: (parseInt(ps[1], 16) & PSTATE_MASK) >>> 0 }, events };
        events = [];
        regs = undefined;
        continue;
      }
      for (const m of line.matchAll(/\b(PC|X\d\d|SP)=([0-9a-f]{16})/g)) regs.set(m[1], BigInt("0x" + m[2]));
      continue;
    }
    if (line.trim()) events.push(line.trim());
  }
}

function sameState(a: CpuState, b: CpuState): boolean {
  return a.pc === b.pc && a.sp === b.sp && a.pstate === b.pstate && a.x.every((v, i) => v === b.x[i]);
}

/** MRS of a generic timer register whose value follows the clock: the counters CNTVCT_EL0 and
 *  CNTPCT_EL0, and CNTV/CNTP_{CTL,TVAL,CVAL}_EL0 (CTL.ISTATUS, TVAL, and a CVAL set by a TVAL
 *  write all depend on when they were read or written). */
const TIME_READ = /^mrs x(\d+), cnt(v|p)(ct|_ctl|_tval|_cval)_el0$/;

/** Whether the instruction at `pc` read the time into a register and that register is the
 *  only difference between the states. */
function readsTimeInto(pc: bigint, image: ElfImage, m: Machine, q: CpuState, ours: CpuState): boolean {
  const w = wordAt(pc, image, m);
  const t = w === undefined ? null : TIME_READ.exec(disassemble(w, pc));
  if (!t) return false;
  const n = Number(t[1]);
  return q.pc === ours.pc && q.sp === ours.sp && q.pstate === ours.pstate && q.x.every((v, i) => i === n || v === ours.x[i]);
}

/** Give our core QEMU's registers and NZCV (EL, SPSel and DAIF stay: they need banking). */
function adoptState(m: Machine, s: CpuState): void {
  const c = m.core;
  s.x.forEach((v, i) => c.setX(0, i, v));
  c.setX(0, 31, s.sp);
  c.setU64(0, CPU_OFFSETS.pc, s.pc);
  c.setU32(0, CPU_OFFSETS.nzcv, s.pstate & 0xf0000000);
}

/** QEMU's steps with one step of lookahead. A translation block that QEMU entered but left
 *  before its instruction (an interrupt request) logs the same state twice: the repeat is
 *  dropped (its log lines go to the next step), as our core has nothing to execute for it. */
class QemuTrace {
  private buffered: QemuStep | undefined;
  private last: CpuState | undefined;

  constructor(private readonly steps: AsyncGenerator<QemuStep>) {}

  async peek(): Promise<QemuStep | undefined> {
    if (!this.buffered) this.buffered = await this.read();
    return this.buffered;
  }

  async next(): Promise<QemuStep | undefined> {
    const q = await this.peek();
    this.buffered = undefined;
    return q;
  }

  private async read(): Promise<QemuStep | undefined> {
    const carried: string[] = [];
    for (;;) {
      const r = await this.steps.next();
      if (r.done) return undefined;
      const q = r.value;
      if (this.last && sameState(this.last, q.state)) {
        carried.push(...q.events);
        continue;
      }
      this.last = q.state;
      q.events.unshift(...carried);
      return q;
    }
  }
}

function ourState(m: Machine): CpuState {
  const c = m.core;
  const x = Array.from({ length: 31 }, (_, i) => c.x(0, i));
  const pstate = (c.u32(0, CPU_OFFSETS.nzcv) | c.u32(0, CPU_OFFSETS.daif) | (c.u32(0, CPU_OFFSETS.el) << 2) | c.u32(0, CPU_OFFSETS.spsel)) & PSTATE_MASK;
  return { pc: c.pc(0), x, sp: c.x(0, 31), pstate: pstate >>> 0 };
}

const hex16 = (v: bigint) => v.toString(16).padStart(16, "0");

function rows(s: CpuState): [string, string][] {
  return [
    ["pc", hex16(s.pc)],
    ...s.x.map((v, i): [string, string] => [`x${i}`, hex16(v)]),
    ["sp", hex16(s.sp)],
    ["pstate", `${(s.pstate >>> 0).toString(16).padStart(8, "0")} ${pstateText(s.pstate)}`],
  ];
}

/** True when two states differ in PSTATE.NZCV and nothing else. */
function onlyFlagsDiffer(q: CpuState, ours: CpuState): boolean {
  return q.pc === ours.pc && q.sp === ours.sp && q.x.every((v, i) => v === ours.x[i]) &&
    ((q.pstate ^ ours.pstate) & 0x0fffffff) === 0 && ((q.pstate ^ ours.pstate) >>> 0) !== 0;
}

function pstateText(p: number): string {
  const flags = ["N", "Z", "C", "V"].map((f, i) => ((p >>> (31 - i)) & 1 ? f : "-")).join("");
  return `${flags} EL${(p >> 2) & 3}${p & 1 ? "h" : "t"} DAIF=${((p >> 6) & 0xf).toString(2).padStart(4, "0")}`;
}

/** The instruction word at `pc`, from the ELF image or else from our RAM. */
function wordAt(pc: bigint, image: ElfImage, m: Machine): number | undefined {
  const a = Number(pc);
  for (const s of image.segments) {
    if (a >= s.paddr && a + 4 <= s.paddr + s.data.length) {
      const o = a - s.paddr;
      return (s.data[o] | (s.data[o + 1] << 8) | (s.data[o + 2] << 16) | (s.data[o + 3] << 24)) >>> 0;
    }
  }
  const ram = m.core.ram();
  const o = a - RAM_BASE_PA;
  if (o < 0 || o + 4 > ram.length) return undefined;
  return (ram[o] | (ram[o + 1] << 8) | (ram[o + 2] << 16) | (ram[o + 3] << 24)) >>> 0;
}

function describeInsn(pc: bigint, image: ElfImage, m: Machine): string {
  const w = wordAt(pc, image, m);
  if (w === undefined) return `${hex16(pc)}: (not in the image or RAM)`;
  return `${hex16(pc)}: ${w.toString(16).padStart(8, "0")}  ${disassemble(w, pc)}`;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const bytes = readFileSync(o.elf);
  const image = parseElf(bytes, o.elf);
  const dir = mkdtempSync(join(tmpdir(), "a64-trace-"));
  try {
    const log = join(dir, "qemu.log");
    const how = await runQemuLogged(o.elf, o.cpu, log, o.max, o.timeout);
    const machine = await Machine.create({
      coreModule: await loadCoreModule(),
      ramBytes: 256 * 2 ** 20,
      cpuModel: parseCpuModel(o.cpu),
      consoleOutput: () => {},
    });
    machine.loadElf(bytes, o.elf);
    machine.reset();
    const trace = new QemuTrace(qemuSteps(log));
    const history: bigint[] = [];
    let step = 0;
    let ourExit: number | undefined;
    let timeReads = 0;
    let exceptionFlags = 0;
    for (let q = await trace.next(); q && step < o.max; q = await trace.next()) {
      if (ourExit !== undefined) {
        console.log(`DIFFERENCE: our core stopped (exit reason ${ourExit}) after ${step} instructions; QEMU continues at ${hex16(q.state.pc)}`);
        process.exitCode = 1;
        return;
      }
      let ours = ourState(machine);
      if (step === 0 && !sameState(q.state, ours)) {
        // Reset values the architecture leaves UNKNOWN (e.g. QEMU resets with PSTATE.Z set):
        // warn, adopt QEMU's, and trace the instructions.
        console.log("warning: the initial states differ; continuing from QEMU's:");
        printStates(rows(q.state), rows(ours), true);
        adoptState(machine, q.state);
        ours = ourState(machine);
      }
      // Exceptions our core takes between instructions (interrupts, illegal execution state)
      // run the handler's first instruction in the same step, where QEMU logs two.
      const next = await trace.peek();
      if (ours.pc !== q.state.pc && next?.state.pc === ours.pc && q.events.some((e) => e.startsWith("Taking exception"))) {
        history.push(q.state.pc);
        await trace.next();
        next.events.unshift(...q.events);
        q = next;
      }
      if (ours.pc !== q.state.pc && q.events.some((e) => e.startsWith("Taking exception"))) {
        // A branch to an address whose fetch faults: QEMU logs the branch and the abort as one
        // step, our core counts the fetch abort as a step of its own.
        const r = machine.core.run(0, 1);
        if (r === EXIT_POWER_OFF || r === EXIT_RESET || r === EXIT_CPU_OFF) ourExit = r;
        ours = ourState(machine);
      }
      const a = rows(q.state);
      let b = rows(ours);
      if (a.some((r, i) => r[1] !== b[i][1]) && history.length && readsTimeInto(history[history.length - 1], image, machine, q.state, ours)) {
        // A counter or timer register read: the two clocks differ, take QEMU's value.
        timeReads++;
        adoptState(machine, q.state);
        b = rows(ourState(machine));
      }
      if (q.events.some((e) => e.startsWith("Taking exception")) && onlyFlagsDiffer(q.state, ourState(machine))) {
        // QEMU 7.2 clears NZCV on exception entry; the architecture (AArch64.TakeException)
        // leaves it unchanged, and so does our core: not a divergence, take QEMU's flags.
        exceptionFlags++;
        adoptState(machine, q.state);
        b = rows(ourState(machine));
      }
      if (a.some((r, i) => r[1] !== b[i][1])) {
        report(step, history, q, a, b, image, machine);
        process.exitCode = 1;
        return;
      }
      history.push(q.state.pc);
      while (history.length > HISTORY) history.shift();
      const r = machine.core.run(0, 1);
      if (r === EXIT_POWER_OFF || r === EXIT_RESET || r === EXIT_CPU_OFF) ourExit = r;
      step++;
    }
    const limit = step >= o.max ? ` (the --max limit; QEMU ${how})` : ` (QEMU ${how})`;
    const adopted =
      (timeReads ? `; QEMU's values taken for ${timeReads} reads of the counters/timers` : "") +
      (exceptionFlags ? `; QEMU's cleared NZCV taken at ${exceptionFlags} exception entries` : "");
    console.log(`traces agree for ${step} instructions${limit}${adopted}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(step: number, history: bigint[], q: QemuStep, a: [string, string][], b: [string, string][], image: ElfImage, m: Machine): void {
  if (step === 0) console.log("DIFFERENCE in the initial state (before the first instruction)");
  else console.log(`DIFFERENCE after instruction #${step}:\n  ${describeInsn(history[history.length - 1], image, m)}`);
  if (q.events.length) console.log("QEMU log since the previous step:\n" + q.events.map((e) => `  ${e}`).join("\n"));
  if (history.length > 1) {
    console.log("preceding instructions:");
    for (const pc of history.slice(0, -1)) console.log(`  ${describeInsn(pc, image, m)}`);
  }
  printStates(a, b, false);
}

/** Both states side by side, differing rows marked (only those when `onlyDiffering`). */
function printStates(a: [string, string][], b: [string, string][], onlyDiffering: boolean): void {
  console.log(`${"".padEnd(8)}${"qemu".padEnd(36)}ours`);
  a.forEach(([name, v], i) => {
    const differs = v !== b[i][1];
    if (differs || !onlyDiffering) console.log(`${name.padEnd(8)}${v.padEnd(36)}${b[i][1]}${differs ? "  <<" : ""}`);
  });
}


main().catch((e: unknown) => fail(e instanceof Error ? e.stack ?? e.message : String(e)));

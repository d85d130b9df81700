// npm run bench: guest MIPS of our core on compute-bound bare-metal programs (bench/bin),
// and, when QEMU is installed, QEMU TCG's time on the same program and the ratio.
//   npm run bench [-- --runs N] [-- name ...]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { Machine } from "../src/emulator/machine.ts";
import { loadCoreModule } from "../src/cli/core-module.ts";

const BENCH_DIR = "bench/bin";
const args = process.argv.slice(2);
const runsIndex = args.indexOf("--runs");
const runs = runsIndex >= 0 ? Number(args.splice(runsIndex, 2)[1]) : 3;
const selected = args.length ? args : readdirSync(BENCH_DIR).filter((f) => f.endsWith(".elf")).map((f) => f.slice(0, -4)).filter((n) => n !== "empty");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function runOurs(path: string): Promise<{ seconds: number; instructions: number; output: string }> {
  const module = await loadCoreModule();
  const times: number[] = [];
  let instructions = 0;
  let output = "";
  for (let i = 0; i < runs; i++) {
    const bytes: number[] = [];
    const machine = await Machine.create({ coreModule: module, ramBytes: 256 * 2 ** 20, cpuModel: "cortex-a57", consoleOutput: (b) => bytes.push(b) });
    machine.loadElf(readFileSync(path), path);
    machine.reset();
    const start = performance.now();
    const stop = machine.runSync(20_000_000_000);
    times.push((performance.now() - start) / 1000);
    if (stop !== "poweroff") throw new Error(`${path}: stopped with ${stop}`);
    instructions = Number(machine.instructionCount());
    output = Buffer.from(bytes).toString("latin1");
  }
  return { seconds: median(times), instructions, output };
}

function qemuAvailable(): boolean {
  return spawnSync("qemu-system-aarch64", ["--version"]).status === 0;
}

function runQemu(path: string): { seconds: number; output: string } {
  const times: number[] = [];
  let output = "";
  for (let i = 0; i < Math.max(runs, 5); i++) {
    const start = performance.now();
    const r = spawnSync("qemu-system-aarch64", ["-M", "virt", "-cpu", "cortex-a57", "-m", "256", "-nographic", "-kernel", path], { timeout: 120_000 });
    times.push((performance.now() - start) / 1000);
    output = r.stdout.toString("latin1");
  }
  return { seconds: median(times), output };
}

const haveQemu = qemuAvailable();
const qemuStartup = haveQemu ? runQemu(join(BENCH_DIR, "empty.elf")).seconds : 0;
console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, node ${process.version}`);
if (haveQemu) console.log(`QEMU start-up (subtracted): ${(qemuStartup * 1000).toFixed(0)} ms`);
else console.log("QEMU not installed: our figures only");
console.log("");
console.log(["program", "instructions", "ours s", "ours MIPS", "qemu s", "qemu MIPS", "ours/qemu time"].map((h) => h.padStart(14)).join(""));
const mipsList: number[] = [];
for (const name of selected) {
  const path = join(BENCH_DIR, `${name}.elf`);
  const ours = await runOurs(path);
  const mips = ours.instructions / ours.seconds / 1e6;
  mipsList.push(mips);
  const cols = [name, ours.instructions.toExponential(3), ours.seconds.toFixed(3), mips.toFixed(1)];
  if (haveQemu) {
    const q = runQemu(path);
    const qSeconds = Math.max(q.seconds - qemuStartup, 1e-3);
    if (q.output !== ours.output) console.log(`  ${name}: OUTPUT DIFFERS from QEMU\n  ours: ${JSON.stringify(ours.output)}\n  qemu: ${JSON.stringify(q.output)}`);
    cols.push(qSeconds.toFixed(3), (ours.instructions / qSeconds / 1e6).toFixed(0), (ours.seconds / qSeconds).toFixed(1) + "x");
  }
  console.log(cols.map((c) => c.padStart(14)).join(""));
}
console.log(`\nmedian guest MIPS (ours): ${median(mipsList).toFixed(1)}`);

// The demo guest's boot in Node, measured: five CLI runs from process start to the shell
// prompt, one in-process boot with instruction-counted time (guest MIPS), and, when QEMU is
// installed, QEMU TCG on the same kernel and initramfs. Shared by `npm run bench:boot` and
// `npm run bench:web` (which sets the browser's figures beside these).
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Machine } from "../src/emulator/machine.ts";
import { loadCoreModule } from "../src/cli/core-module.ts";

const IMAGES = "public/images";
const manifest = JSON.parse(readFileSync(join(IMAGES, "manifest.json"), "utf8")) as { kernel: string; initrd: string; append: string };
const KERNEL = join(IMAGES, manifest.kernel);
const INITRD = join(IMAGES, manifest.initrd);
export const PROMPT = "playground:~# ";
export const RUNS = 5;
/** Slices as long as the browser's VM worker runs (Machine.run), so the count at the first
 *  console output matches when the worker first hands output to the page. */
const SLICE_INSTRUCTIONS = 1 << 20;
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const common = ["-M", "virt", "-cpu", "cortex-a57", "-m", "512", "-nographic", "-kernel", KERNEL, "-initrd", INITRD,
  "-append", manifest.append, "-device", "virtio-rng-device"];

/** Seconds from spawning `command` until the prompt appears on its stdout. */
function timeToPrompt(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error(`${command}: no prompt within 120 s`)); }, 120_000);
    child.stdout.setEncoding("latin1");
    child.stdout.on("data", (d: string) => {
      out += d;
      if (out.includes(PROMPT)) {
        const seconds = (performance.now() - start) / 1000;
        clearTimeout(timer);
        child.kill("SIGKILL");
        resolve(seconds);
      }
    });
  });
}

/** Instructions and seconds of an in-process boot to the prompt with instruction-counted time,
 *  so idle periods are skipped and the figure is execution speed alone (no process start-up). */
export async function instructionsToPrompt(): Promise<NodeBootFigures["core"]> {
  let out = "";
  let reached = false;
  const machine = await Machine.create({
    coreModule: await loadCoreModule(), ramBytes: 512 * 2 ** 20, cpuModel: "cortex-a57", icountShift: 0,
    virtioDevices: [{ kind: "rng" }],
    consoleOutput: (b) => { out += String.fromCharCode(b); if (!reached && out.slice(-40).includes(PROMPT)) reached = true; }, // BusyBox sends ESC [ 6 n after it
  });
  machine.boot({ kernel: { name: KERNEL, bytes: readFileSync(KERNEL) }, initrd: { name: INITRD, bytes: readFileSync(INITRD) }, cmdline: manifest.append });
  machine.reset();
  const start = performance.now();
  let firstOutput: number | undefined;
  while (!reached) {
    const stop = machine.runSync(SLICE_INSTRUCTIONS);
    if (stop !== "instruction-limit") throw new Error(`boot stopped: ${stop}`);
    if (firstOutput === undefined && out.length > 0) firstOutput = Number(machine.instructionCount());
  }
  return { instructions: Number(machine.instructionCount()), seconds: (performance.now() - start) / 1000, instructionsToFirstOutput: firstOutput! };
}

export interface NodeBootFigures {
  /** Seconds from CLI process start to the prompt, one per run. */
  ours: number[];
  /** The in-process boot: guest instructions to the prompt and the seconds they took, and the
   *  instructions executed by the end of the slice that printed the first console output. */
  core: { instructions: number; seconds: number; instructionsToFirstOutput: number };
  /** Seconds from QEMU's process start to the prompt, one per run; undefined without QEMU. */
  qemu?: number[];
}

/** Seconds from the CLI's process start to the prompt. */
export const timeCliBoot = () => timeToPrompt(process.execPath, ["bin/arm64-playground.mjs", ...common]);
/** Seconds from QEMU's process start to the prompt. */
export const timeQemuBoot = () => timeToPrompt("qemu-system-aarch64", common);
export const qemuInstalled = () => spawnSync("qemu-system-aarch64", ["--version"]).status === 0;

export async function measureNodeBoot(): Promise<NodeBootFigures> {
  const ours: number[] = [];
  for (let i = 0; i < RUNS; i++) ours.push(await timeCliBoot());
  const core = await instructionsToPrompt();
  if (!qemuInstalled()) return { ours, core };
  const qemu: number[] = [];
  for (let i = 0; i < RUNS; i++) qemu.push(await timeQemuBoot());
  return { ours, core, qemu };
}

/** The figures as `npm run bench:boot` prints them. */
export function printNodeBoot({ ours, core, qemu }: NodeBootFigures): void {
  console.log(`ours:  median ${median(ours).toFixed(2)} s from process start to the prompt (runs: ${ours.map((s) => s.toFixed(2)).join(", ")})`);
  console.log(`       ${(core.instructions / 1e6).toFixed(0)} M instructions to the prompt in ${core.seconds.toFixed(2)} s in process: ` +
    `${(core.instructions / core.seconds / 1e6).toFixed(0)} guest MIPS (-icount shift=0, idle skipped)`);
  if (qemu) {
    console.log(`qemu:  median ${median(qemu).toFixed(2)} s (runs: ${qemu.map((s) => s.toFixed(2)).join(", ")})`);
    console.log(`ratio: ours/qemu ${(median(ours) / median(qemu)).toFixed(1)}x`);
  } else {
    console.log("qemu:  not installed");
  }
}

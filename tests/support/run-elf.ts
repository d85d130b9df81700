// Runs a bare-metal ELF on our core the way the golden transcripts were recorded with QEMU
// (-M <machine> -cpu <model> -m 256 -nographic -kernel T.elf [device options]) and returns
// the serial output.
import { readFileSync, existsSync } from "node:fs";
import { dirname } from "node:path";
import { Machine, type StopReason, type GicVersion } from "../../src/emulator/machine";
import { loadCoreModule } from "../../src/cli/core-module";
import { parseCpuModel } from "../../src/emulator/cpu-models";
import { parseArgs } from "../../src/cli/args";
import { virtioOptionsFromConfig } from "../../src/cli/virtio-options";
import { openVirtioDevices } from "../../src/cli/open-virtio-devices";

export interface ElfRun {
  output: string;
  stop: StopReason;
  instructions: bigint;
}

/** The QEMU -cpu, -M and device options a program was recorded with. */
export interface RecordedMachine {
  cpu: string;
  gicVersion: GicVersion;
  /** -drive, -device and -global options; image paths are relative to the directory above
   *  the ELF's (tests/isa for tests/isa/bin/T.elf). */
  qemuArgs: string[];
}

export const DEFAULT_MACHINE: RecordedMachine = { cpu: "cortex-a57", gicVersion: 2, qemuArgs: [] };

const SLICE_INSTRUCTIONS = 4_000_000;

export async function runElf(path: string, machine = DEFAULT_MACHINE, maxInstructions = 200_000_000): Promise<ElfRun> {
  const chunks: number[] = [];
  const virtio = virtioOptionsFromConfig(parseArgs(machine.qemuArgs).config);
  const m = await Machine.create({
    coreModule: await loadCoreModule(),
    ramBytes: 256 * 2 ** 20,
    cpuModel: parseCpuModel(machine.cpu),
    gicVersion: machine.gicVersion,
    consoleOutput: (b) => chunks.push(b),
    virtioDevices: openVirtioDevices(virtio, dirname(dirname(path))),
    virtioLegacy: virtio.legacy,
  });
  m.loadElf(readFileSync(path), path);
  m.reset();
  // Run in slices and let the event loop turn between them, so a long program on a loaded machine
  // does not starve the test runner's own messages.
  let stop: StopReason = "instruction-limit";
  for (let left = maxInstructions; left > 0;) {
    const before = m.instructionCount();
    stop = m.runSync(Math.min(left, SLICE_INSTRUCTIONS));
    left -= Number(m.instructionCount() - before);
    if (stop !== "instruction-limit") break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { output: Buffer.from(chunks).toString("latin1"), stop, instructions: m.instructionCount() };
}

/** The machine a test program was recorded with, from comments in its first five lines:
 *  "qemu-cpu: NAME" (default cortex-a57), "qemu-machine: virt[,gic-version=2|3]"
 *  (default virt, which has a GICv2) and "qemu-args: OPTIONS" (devices, default none).
 *  Other machine properties are rejected: the golden transcript would depend on something
 *  this runner cannot reproduce. */
export function recordedMachine(sourcePath: string): RecordedMachine {
  if (!existsSync(sourcePath)) return DEFAULT_MACHINE;
  const head = readFileSync(sourcePath, "utf8").split("\n").slice(0, 5).join("\n");
  const cpu = /qemu-cpu:\s*([\w-]+)/.exec(head)?.[1] ?? DEFAULT_MACHINE.cpu;
  const machine = /qemu-machine:\s*(\S+)/.exec(head)?.[1];
  let gicVersion = DEFAULT_MACHINE.gicVersion;
  if (machine) {
    const [board, ...props] = machine.split(",");
    if (board !== "virt") throw new Error(`${sourcePath}: unsupported qemu-machine '${board}'`);
    for (const prop of props) {
      const m = /^gic-version=([23])$/.exec(prop);
      if (!m) throw new Error(`${sourcePath}: unsupported qemu-machine property '${prop}'`);
      gicVersion = Number(m[1]) as GicVersion;
    }
  }
  const qemuArgs = /qemu-args:[ \t]*(.*)/.exec(head)?.[1].trim().split(/\s+/).filter(Boolean) ?? [];
  return { cpu, gicVersion, qemuArgs };
}

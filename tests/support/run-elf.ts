// Runs a bare-metal ELF on our core the way the golden transcripts were recorded with QEMU
// (-M virt -cpu <model> -m 256 -nographic -kernel T.elf [device options]) and returns the
// serial output.
import { readFileSync, existsSync } from "node:fs";
import { Machine, type StopReason } from "../../src/emulator/machine";
import { loadCoreModule } from "../../src/cli/core-module";
import { parseCpuModel } from "../../src/emulator/cpu-models";
import { parseArgs } from "../../src/cli/args";
import { openVirtioDevices } from "../../src/cli/virtio-options";

export interface ElfRun {
  output: string;
  stop: StopReason;
  instructions: bigint;
}

export interface DeviceArgs {
  /** QEMU device options (-drive, -device, -global), as in a "qemu-args:" line. */
  qemuArgs: string[];
  /** Directory that relative image paths in them start from. */
  baseDir: string;
}

export async function runElf(
  path: string,
  cpu = "cortex-a57",
  maxInstructions = 200_000_000,
  devices: DeviceArgs = { qemuArgs: [], baseDir: "." },
): Promise<ElfRun> {
  const chunks: number[] = [];
  const virtio = parseArgs(devices.qemuArgs).virtio;
  const machine = await Machine.create({
    coreModule: await loadCoreModule(),
    ramBytes: 256 * 2 ** 20,
    cpuModel: parseCpuModel(cpu),
    consoleOutput: (b) => chunks.push(b),
    virtioDevices: openVirtioDevices(virtio, devices.baseDir),
    virtioLegacy: virtio.legacy,
  });
  machine.loadElf(readFileSync(path), path);
  machine.reset();
  const stop = machine.runSync(maxInstructions);
  return { output: Buffer.from(chunks).toString("latin1"), stop, instructions: machine.instructionCount() };
}

/** The QEMU -cpu a test program was recorded with: a "qemu-cpu: NAME" comment in its source. */
export function recordedCpu(sourcePath: string): string {
  if (!existsSync(sourcePath)) return "cortex-a57";
  const m = /qemu-cpu:\s*([\w-]+)/.exec(readFileSync(sourcePath, "utf8").split("\n").slice(0, 5).join("\n"));
  return m ? m[1] : "cortex-a57";
}

/** The QEMU device options a test program was recorded with: a "qemu-args: ..." comment among
 *  the first lines of its source (see tests/isa/record-golden.sh). */
export function recordedQemuArgs(sourcePath: string): string[] {
  if (!existsSync(sourcePath)) return [];
  const m = /qemu-args:[ \t]*(.*)/.exec(readFileSync(sourcePath, "utf8").split("\n").slice(0, 5).join("\n"));
  return m ? m[1].trim().split(/\s+/).filter(Boolean) : [];
}

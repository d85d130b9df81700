// Runs a bare-metal ELF on our core the way the golden transcripts were recorded with QEMU
// (-M <machine> -cpu <model> -m 256 -nographic -kernel T.elf) and returns the serial output.
import { readFileSync, existsSync } from "node:fs";
import { Machine, type StopReason, type GicVersion } from "../../src/emulator/machine";
import { loadCoreModule } from "../../src/cli/core-module";
import { parseCpuModel } from "../../src/emulator/cpu-models";

export interface ElfRun {
  output: string;
  stop: StopReason;
  instructions: bigint;
}

/** The QEMU -cpu and -M options a program was recorded with. */
export interface RecordedMachine {
  cpu: string;
  gicVersion: GicVersion;
}

export const DEFAULT_MACHINE: RecordedMachine = { cpu: "cortex-a57", gicVersion: 2 };

export async function runElf(path: string, machine = DEFAULT_MACHINE, maxInstructions = 200_000_000): Promise<ElfRun> {
  const chunks: number[] = [];
  const m = await Machine.create({
    coreModule: await loadCoreModule(),
    ramBytes: 256 * 2 ** 20,
    cpuModel: parseCpuModel(machine.cpu),
    gicVersion: machine.gicVersion,
    consoleOutput: (b) => chunks.push(b),
  });
  m.loadElf(readFileSync(path), path);
  m.reset();
  const stop = m.runSync(maxInstructions);
  return { output: Buffer.from(chunks).toString("latin1"), stop, instructions: m.instructionCount() };
}

/** The machine a test program was recorded with, from comments in its first five lines:
 *  "qemu-cpu: NAME" (default cortex-a57) and "qemu-machine: virt[,gic-version=2|3]"
 *  (default virt, which has a GICv2). Other machine properties are rejected: the golden
 *  transcript would depend on something this runner cannot reproduce. */
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
  return { cpu, gicVersion };
}

// Running one batch ELF on QEMU (the oracle) and on our core.
import { spawn } from "node:child_process";
import { openSync, closeSync, readFileSync } from "node:fs";
import { Machine } from "../../src/emulator/machine";
import { parseCpuModel } from "../../src/emulator/cpu-models";

export const QEMU = process.env.QEMU ?? "qemu-system-aarch64";

export interface RunResult {
  output: string;
  /** Why the run ended: "poweroff", or what went wrong. */
  stop: string;
}

/** Run `elf` on QEMU -M virt; the UART goes to `outFile` so a busy host never stalls QEMU. */
export function runQemu(elf: string, cpu: string, outFile: string, timeoutMs: number): Promise<RunResult> {
  const fd = openSync(outFile, "w");
  const child = spawn(QEMU, ["-M", "virt", "-cpu", cpu, "-m", "256", "-nographic", "-kernel", elf], {
    stdio: ["ignore", fd, "pipe"],
  });
  closeSync(fd);
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      resolve({ output: "", stop: `cannot run ${QEMU}: ${e.message}` });
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      const output = readFileSync(outFile, "latin1");
      if (signal) resolve({ output, stop: `QEMU killed by ${signal} (timeout ${timeoutMs} ms?) ${stderr}` });
      else resolve({ output, stop: code === 0 ? "poweroff" : `QEMU exit status ${code}: ${stderr}` });
    });
  });
}

/** Run `elf` on our core until power-off or `maxInstructions`. */
export async function runOurs(coreModule: WebAssembly.Module, elf: string, cpu: string, maxInstructions: number): Promise<RunResult> {
  const bytes: number[] = [];
  const machine = await Machine.create({
    coreModule,
    ramBytes: 256 * 2 ** 20,
    cpuModel: parseCpuModel(cpu),
    consoleOutput: (b) => bytes.push(b),
  });
  machine.loadElf(readFileSync(elf), elf);
  machine.reset();
  const stop = machine.runSync(maxInstructions);
  const output = Buffer.from(bytes).toString("latin1");
  if (stop === "poweroff") return { output, stop };
  // Where it got stuck, for the batch failure report.
  const c = machine.core;
  const hex = (v: bigint) => "0x" + v.toString(16);
  return {
    output,
    stop: `${stop} at pc ${hex(c.pc(0))}, last exception ESR ${hex(c.sysreg(0, "ESR_EL1"))} ` +
      `ELR ${hex(c.sysreg(0, "ELR_EL1"))} FAR ${hex(c.sysreg(0, "FAR_EL1"))}`,
  };
}

// Instruction-counted time (QEMU's -icount shift=N): counter values follow the instruction
// count exactly, WFI jumps to the next timer deadline, and a guest that waits with nothing
// armed stops the run as "idle" instead of spinning.
import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Machine } from "../../src/emulator/machine";
import { loadCoreModule } from "../../src/cli/core-module";

async function run(icountShift: number): Promise<{ output: string; stop: string; ms: number }> {
  const chunks: number[] = [];
  const machine = await Machine.create({
    coreModule: await loadCoreModule(),
    ramBytes: 256 * 2 ** 20,
    cpuModel: "cortex-a57",
    consoleOutput: (b) => chunks.push(b),
    icountShift,
  });
  machine.loadElf(readFileSync(join(__dirname, "icount.elf")), "icount.elf");
  machine.reset();
  const start = performance.now();
  const stop = machine.runSync(10_000_000);
  return { output: Buffer.from(chunks).toString("latin1"), stop, ms: performance.now() - start };
}

describe("instruction-counted time", () => {
  test("counter values, WFI deadline skipping and idle stop", async () => {
    const a = await run(4);
    const lines = a.output.split("\n");
    expect(lines[1]).toBe("cntvct delta over 5 nops=0000000000000006");
    expect(lines[2]).toBe("cntvct - cntpct (next instruction)=0000000000000001");
    const m = /^count in handler - cval=([0-9a-f]{16})$/.exec(lines[4]);
    expect(m).not.toBeNull();
    const late = parseInt(m![1], 16);
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(100);
    expect(lines[5]).toBe("irqs=0000000000000001");
    expect(lines[6]).toBe("== WFI with nothing armed");
    expect(a.stop).toBe("idle");
    expect(a.ms).toBeLessThan(900); // the 1 s timer did not take 1 s

    const b = await run(4);
    expect(b.output).toBe(a.output);
  });
});

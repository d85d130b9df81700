// A guest that waits in WFI for console input: the host sleeps instead of spinning, and
// input arriving later wakes the guest through the PL011 -> GIC -> IRQ path.
import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Machine } from "../../src/emulator/machine";
import { loadCoreModule } from "../../src/cli/core-module";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("idle guest", () => {
  test("sleeps until UART input arrives, then handles it by interrupt", async () => {
    const chunks: number[] = [];
    const machine = await Machine.create({
      coreModule: await loadCoreModule(),
      ramBytes: 256 * 2 ** 20,
      cpuModel: "cortex-a57",
      consoleOutput: (b) => chunks.push(b),
    });
    machine.loadElf(readFileSync(join(__dirname, "uart_rx.elf")), "uart_rx.elf");
    machine.reset();
    const done = machine.run();
    await sleep(100);
    expect(Buffer.from(chunks).toString("latin1")).toBe("ready\n");
    const cpuBefore = process.cpuUsage();
    const instructionsBefore = machine.instructionCount();
    await sleep(400);
    const cpu = process.cpuUsage(cpuBefore);
    expect(machine.instructionCount()).toBe(instructionsBefore);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(100);
    machine.sendInput(Buffer.from("hi q"));
    expect(await done).toBe("poweroff");
    expect(Buffer.from(chunks).toString("latin1")).toBe("ready\nrx 68\nrx 69\nrx 20\nrx 71\nbye\nEND\n");
  });
});

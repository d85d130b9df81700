// SP alignment checking (Arm ARM D1.8.2). QEMU 7.2 does not implement it, so the expected
// syndrome comes from the architecture: EC 0x26 (SP alignment fault), IL=1, ISS 0, taken to the
// current-EL SPx synchronous vector with ELR = the faulting load.
import { test, expect } from "vitest";
import { Machine } from "../../src/emulator/machine";
import { loadCoreModule } from "../../src/cli/core-module";
import { buildElf, code } from "../support/elf-builder";

/** Sets up the fault, then runs `load` with a misaligned SP as its base register. */
const program = (load: number) => code(
  0xd2a00600, // mov   x0, #0x300000
  0xd5181040, // msr   cpacr_el1, x0       FP/AdvSIMD enabled
  0x10003fc0, // adr   x0, vectors (0x40080800)
  0xd518c000, // msr   vbar_el1, x0
  0xd5381000, // mrs   x0, sctlr_el1
  0xb27d0000, // orr   x0, x0, #0x8        SCTLR_EL1.SA
  0xd5181000, // msr   sctlr_el1, x0
  0xd5033fdf, // isb
  0xd2a80200, // mov   x0, #0x40100000
  0x91002000, // add   x0, x0, #0x8        a misaligned stack pointer
  0x9100001f, // mov   sp, x0
  0xd2800001, // mov   x1, #0
  load,       // faults (0x40080030)
  0xd29bd5a1, // mov   x1, #0xdead         not reached
  0x14000000, // b     .
);
const HANDLER = code(
  0xd5385201, // mrs   x1, esr_el1
  0xd5384023, // mrs   x3, elr_el1
  0xd2b08000, // mov   x0, #0x84000000
  0x91002000, // add   x0, x0, #8          PSCI SYSTEM_OFF
  0xd4000002, // hvc   #0
);

test.each([
  ["ldr x2, [sp]", 0xf94003e2],
  ["ld1 {v0.16b}, [sp]", 0x4c4073e0],
])("%s with a misaligned SP takes an SP alignment fault when SCTLR_EL1.SA is set", async (_name, load) => {
  const machine = await Machine.create({ coreModule: await loadCoreModule(), ramBytes: 64 * 2 ** 20, cpuModel: "cortex-a57", consoleOutput: () => {} });
  machine.loadElf(buildElf({ entry: 0x40080000, segments: [
    { paddr: 0x40080000, data: program(load) },
    { paddr: 0x40080a00, data: HANDLER }, // VBAR + 0x200: current EL with SP_ELx, synchronous
  ] }), "sp-alignment");
  machine.reset();
  expect(machine.runSync(10_000)).toBe("poweroff");
  expect(machine.core.x(0, 1)).toBe(0x9a000000n); // EC 0x26 << 26 | IL
  expect(machine.core.x(0, 3)).toBe(0x40080030n);
});

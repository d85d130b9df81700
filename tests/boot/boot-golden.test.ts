// Boots of the dtbprobe and reboot programs (src/) through the CLI, compared byte for byte
// with QEMU 7.2's serial output for the same command line (golden/, see record-golden.ts):
// kernel/initrd/device tree placement, the boot stub, x0..x4, /chosen, a user -dtb, and
// -device loader files, values and start addresses.
import { describe, test, expect } from "vitest";
import { runProcess } from "../support/run-process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BOOT_CASES, qemuArgs } from "./cases";

const BIN = join(__dirname, "../../bin/arm64-playground.mjs");

describe("boots compared with QEMU", () => {
  test.each(BOOT_CASES.map((c) => [c.name, c] as const))("%s", async (name, c) => {
    const r = await runProcess(process.execPath, [BIN, ...qemuArgs(c), "--timeout", "30"], { cwd: join(__dirname, "bin") });
    expect(r.stdout).toBe(readFileSync(join(__dirname, "golden", `${name}.txt`), "latin1"));
    expect(r.status).toBe(0);
  });
});

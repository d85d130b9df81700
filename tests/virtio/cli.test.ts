// The command line with QEMU's device options: the same transcript as QEMU, device errors
// reported on stderr like QEMU's.
import { describe, test, expect } from "vitest";
import { runProcess } from "../support/run-process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { recordedMachine } from "../support/run-elf";

const ISA = join(__dirname, "../isa");
const BIN = join(__dirname, "../../bin/arm64-playground.mjs");

describe("arm64-playground with virtio devices", () => {
  test("runs virtio_legacy with its -drive/-device options like QEMU", async () => {
    const args = recordedMachine(join(ISA, "src/virtio_legacy.S")).qemuArgs;
    const r = await runProcess(
      process.execPath,
      [BIN, "-M", "virt", "-cpu", "cortex-a57", "-m", "256", "-nographic", "-kernel", "bin/virtio_legacy.elf", ...args],
      { cwd: ISA },
    );
    expect(r.stdout).toBe(readFileSync(join(ISA, "golden/virtio_legacy.txt"), "latin1"));
    expect(r.stderr).toBe("arm64-playground: virtio-blk: Looped descriptor\n");
    expect(r.status).toBe(0);
  });
});

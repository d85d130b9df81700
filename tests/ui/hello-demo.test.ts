// The playground's bundled bare-metal demo (public/images/hello.elf): built from its source,
// prints its banner and echoes console input by interrupt.
import { describe, test, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Machine } from "../../src/emulator/machine";
import { loadCoreModule } from "../../src/cli/core-module";

const IMAGES = join(__dirname, "../../public/images");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("hello.elf", () => {
  test("is what its source builds to (the command in hello.S)", () => {
    const dir = mkdtempSync(join(tmpdir(), "hello-"));
    try {
      execFileSync("aarch64-linux-gnu-as", ["-march=armv8-a", "-o", join(dir, "hello.o"), join(IMAGES, "hello.S")]);
      execFileSync("aarch64-linux-gnu-ld", [
        "-nostdlib", "-static", "--build-id=none", "--no-warn-rwx-segments", "-n",
        "-Ttext=0x40080000", "-e", "_start", "-o", join(dir, "hello.elf"), join(dir, "hello.o"),
      ]);
      expect(readFileSync(join(dir, "hello.elf")).equals(readFileSync(join(IMAGES, "hello.elf")))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("prints the banner, then echoes input (Return as CR LF, Delete as erase)", async () => {
    const out: number[] = [];
    const machine = await Machine.create({
      coreModule: await loadCoreModule(),
      ramBytes: 64 * 2 ** 20,
      cpuModel: "cortex-a57",
      consoleOutput: (b) => out.push(b),
    });
    machine.loadElf(readFileSync(join(IMAGES, "hello.elf")), "hello.elf");
    machine.reset();
    const stop = new AbortController();
    const run = machine.run({ signal: stop.signal });
    await sleep(100);
    const text = () => Buffer.from(out).toString("latin1");
    expect(text()).toContain("Hello from arm64-playground!\r\n");
    expect(text().endsWith("\r\n> ")).toBe(true);
    const before = text().length;
    machine.sendInput(Buffer.from("hi\rxy\x7f"));
    await sleep(100);
    expect(text().slice(before)).toBe("hi\r\n> xy\b \b");
    stop.abort();
    expect(await run).toBe("aborted");
  });
});

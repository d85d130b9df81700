// The demo guest (public/images) through the CLI in deterministic mode, as a user would use it:
// boot to the shell, run commands, write to a virtio disk, power off; boot again with the same
// disk and read the file back. Also with GICv3 and with the device tree QEMU dumps.
import { describe, test, expect, beforeAll, afterEach } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliSession } from "../support/cli-session";

const IMAGES = join(__dirname, "../../public/images");
const FIXTURES = join(__dirname, "fixtures");
const PROMPT = /playground:[^\n]*# /;

function demoArgs(...extra: string[]): string[] {
  return ["-M", "virt", "-cpu", "cortex-a57", "-m", "512", "-nographic", "-icount", "shift=0",
    "-kernel", join(IMAGES, "Image.gz"), "-initrd", join(IMAGES, "initramfs.cpio.gz"),
    "-append", "console=ttyAMA0", "-device", "virtio-rng-device", ...extra];
}

/** Type a command at the prompt and return what it printed up to the next prompt. */
async function run(session: CliSession, command: string): Promise<string> {
  const start = session.output.length;
  session.type(command + "\n");
  const end = await session.waitFor(PROMPT, start);
  return session.output.slice(start, end);
}

const sessions: CliSession[] = [];
/** A CLI run that is killed after the test, even when the test fails or times out. */
function start(args: string[]): CliSession {
  const session = new CliSession(args);
  sessions.push(session);
  return session;
}
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

let disk = "";
beforeAll(() => {
  disk = join(mkdtempSync(join(tmpdir(), "demo-disk-")), "disk.img");
  writeFileSync(disk, new Uint8Array(16 * 2 ** 20));
});

describe("demo guest", () => {
  test("boots to a shell, runs commands, writes the disk, powers off; a second boot reads it back", async () => {
    const driveArgs = ["-drive", `file=${disk},format=raw,if=none,id=d0`, "-device", "virtio-blk-device,drive=d0"];
    const first = start(demoArgs(...driveArgs));
    await first.waitFor(PROMPT);
    expect(first.output).toContain("Welcome to arm64-playground");
    expect(await run(first, "uname -m")).toContain("aarch64");
    const cpuinfo = await run(first, "cat /proc/cpuinfo");
    expect(cpuinfo).toMatch(/CPU implementer\s*: 0x41/);
    expect(cpuinfo).toMatch(/CPU part\s*: 0xd07/); // cortex-a57
    expect(cpuinfo).toMatch(/Features\s*: fp asimd .*aes pmull sha1 sha2 crc32/);
    expect(await run(first, "ls /dev/vda")).toContain("/dev/vda");
    await run(first, "echo ok > /mnt/f; sync");
    first.type("poweroff\n");
    expect(await first.exit()).toBe(0);

    const second = start(demoArgs(...driveArgs));
    await second.waitFor(PROMPT);
    expect(await run(second, "cat /mnt/f")).toMatch(/\nok\r?\n/);
    second.type("poweroff\n");
    expect(await second.exit()).toBe(0);
  });

  test("boots with -M virt,gic-version=3", async () => {
    const args = demoArgs();
    args[1] = "virt,gic-version=3";
    const session = start(args);
    await session.waitFor(PROMPT);
    expect(session.output).toContain("GICv3");
    expect(await run(session, "uname -m")).toContain("aarch64");
    session.type("poweroff\n");
    expect(await session.exit()).toBe(0);
  });

  test("boots with the device tree QEMU dumps (-M virt,dumpdtb)", async () => {
    const session = start(demoArgs("-dtb", join(FIXTURES, "qemu-virt-gicv2.dtb")));
    await session.waitFor(PROMPT);
    expect(await run(session, "uname -m")).toContain("aarch64");
    session.type("poweroff\n");
    expect(await session.exit()).toBe(0);
  });
});

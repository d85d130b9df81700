// The command line: QEMU-style options, exit status, and one clear line for every bad input.
import { describe, test, expect, beforeAll } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildElf, code } from "../support/elf-builder";
import { runProcess } from "../support/run-process";

const BIN = join(__dirname, "../../bin/arm64-playground.mjs");
let dir = "";

function cli(...args: string[]) {
  return runProcess(process.execPath, [BIN, ...args]);
}

// movz x0,#0x8400,lsl #16 ; add x0,x0,#8 ; hvc #0  (PSCI SYSTEM_OFF)
const POWER_OFF = [0xd2b08000, 0x91002000, 0xd4000002];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-test-"));
  writeFileSync(join(dir, "off.elf"), buildElf({ entry: 0x40080000, segments: [{ paddr: 0x40080000, data: code(...POWER_OFF) }] }));
  writeFileSync(join(dir, "x86.elf"), buildElf({ machine: 62, entry: 0x400000, segments: [{ paddr: 0x400000, data: code(0) }] }));
  writeFileSync(join(dir, "arm32.elf"), buildElf({ machine: 40, elfClass: 1, entry: 0x8000, segments: [{ paddr: 0x8000, data: code(0) }] }));
  const whole = buildElf({ entry: 0x40080000, segments: [{ paddr: 0x40080000, data: code(...POWER_OFF, 0, 0, 0, 0) }] });
  writeFileSync(join(dir, "truncated.elf"), whole.subarray(0, whole.length - 8));
  writeFileSync(join(dir, "short.elf"), whole.subarray(0, 40));
  writeFileSync(join(dir, "low.elf"), buildElf({ entry: 0x1000, segments: [{ paddr: 0x1000, data: code(...POWER_OFF) }] }));
  writeFileSync(join(dir, "notelf.bin"), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
  const bz = new Uint8Array(0x400);
  bz.set([0x48, 0x64, 0x72, 0x53], 0x202); // "HdrS"
  writeFileSync(join(dir, "bzImage"), bz);
  // b . : a guest that never ends
  writeFileSync(join(dir, "spin.elf"), buildElf({ entry: 0x40080000, segments: [{ paddr: 0x40080000, data: code(0x14000000) }] }));
  // Jump into unmapped physical memory: the guest takes an instruction abort (VBAR=0, so it
  // keeps faulting) and the host must stay up until the timeout.
  writeFileSync(join(dir, "wild.elf"), buildElf({ entry: 0x40080000, segments: [{ paddr: 0x40080000, data: code(0xd2a20000, 0xd61f0000) }] }));
});

describe("arm64-playground CLI", () => {
  test("runs an ELF and exits 0 on PSCI SYSTEM_OFF", async () => {
    const r = await cli("-M", "virt", "-cpu", "cortex-a57", "-m", "256", "-nographic", "-kernel", join(dir, "off.elf"));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test.each([
    [["-kernel", "x86.elf"], "x86.elf: ELF for x86-64, not AArch64"],
    [["-kernel", "arm32.elf"], "arm32.elf: ELF for 32-bit ARM, not AArch64"],
    [["-kernel", "truncated.elf"], "truncated.elf: truncated ELF (segment 0 needs bytes up to 148, file has 140)"],
    [["-kernel", "short.elf"], "short.elf: truncated ELF header (40 bytes)"],
    [["-kernel", "bzImage"], "bzImage: x86 Linux kernel (bzImage); an AArch64 kernel Image is needed"],
    [["-dtb", "notelf.bin", "-kernel", "off.elf"], "notelf.bin: not a device tree blob (magic 0x01020304, expected 0xd00dfeed)"],
    [["-kernel", "off.elf", "-drive", "file=none.img,if=none,id=d", "-device", "virtio-blk-device,drive=d"], "cannot open disk image 'none.img': no such file"],
    [["-kernel", "off.elf", "-netdev", "user,id=n0"], "-netdev: networking is not available"],
    [["-kernel", "off.elf", "-initrd", "missing.cpio"], "cannot read initrd 'missing.cpio': no such file"],
    [["-kernel", "low.elf"], "low.elf: segment at 0x1000..0x100c is outside RAM (0x40000000..0x60000000)"],
    [["-kernel", "missing.elf"], "cannot read kernel 'missing.elf': no such file"],
    [["-m", "4", "-kernel", "off.elf"], "-m 4: at least 16 MiB of RAM is needed"],
    [["-m", "8G", "-kernel", "off.elf"], "-m 8G: at most 3 GiB of RAM is supported in WebAssembly"],
    [["-m", "lots", "-kernel", "off.elf"], "invalid memory size 'lots'"],
    [["-M", "raspi3b", "-kernel", "off.elf"], "unsupported machine 'raspi3b' (only 'virt' is available)"],
    [["-cpu", "cortex-x1", "-kernel", "off.elf"], "unsupported CPU model 'cortex-x1' (supported: cortex-a53, cortex-a57, cortex-a72, max, host)"],
    [["-kernel", "off.elf", "-vga", "std"], "unsupported option '-vga'"],
    [["-kernel"], "option -kernel needs a value"],
    [[], "no kernel given (use -kernel FILE)"],
  ])("rejects %j with one clear line", async (args, message) => {
    const r = await runProcess(process.execPath, [BIN, ...args], { cwd: dir });
    expect(r.stderr).toBe(`arm64-playground: ${message}\n`);
    expect(r.stdout).toBe("");
    expect(r.status).toBe(1);
  });

  test("--timeout ends a guest that never finishes", async () => {
    const r = await cli("-kernel", join(dir, "spin.elf"), "--timeout", "0.5");
    expect(r.stderr).toBe("arm64-playground: timeout: the guest did not finish within 0.5 s\n");
    expect(r.status).toBe(1);
  });

  test("a jump into unmapped memory is a guest fault, not a host crash", async () => {
    const r = await cli("-kernel", join(dir, "wild.elf"), "--timeout", "0.5");
    expect(r.stderr).toBe("arm64-playground: timeout: the guest did not finish within 0.5 s\n");
    expect(r.status).toBe(1);
  });

  test("gic-version=3 and virtio devices run", async () => {
    const r = await cli("-M", "virt,gic-version=3", "-kernel", join(dir, "off.elf"), "-device", "virtio-rng-device");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  test("host accelerators: a notice on stderr, and the guest runs", async () => {
    const r = await cli("-accel", "hvf", "-kernel", join(dir, "off.elf"));
    expect(r.stderr).toBe("arm64-playground: -accel hvf ignored: the playground always emulates\n");
    expect(r.status).toBe(0);
  });

  test("-M virt,dumpdtb writes the board's device tree and exits", async () => {
    const out = join(dir, "dump.dtb");
    const r = await cli("-M", `virt,dumpdtb=${out}`, "-m", "256");
    expect(r.stderr).toBe(`arm64-playground: dtb dumped to ${out}. Exiting.\n`);
    expect(r.status).toBe(0);
    const blob = readFileSync(out);
    expect(blob.length).toBe(0x100000);
    expect(blob.readUInt32BE(0)).toBe(0xd00dfeed);
  });

  test("a raw binary that is not a kernel is loaded like QEMU does, and runs (here: until the timeout)", async () => {
    const r = await cli("-kernel", join(dir, "notelf.bin"), "--timeout", "0.5");
    expect(r.stderr).toBe("arm64-playground: timeout: the guest did not finish within 0.5 s\n");
  });

  test("--expect fails when the guest powers off first", async () => {
    const r = await cli("-kernel", join(dir, "off.elf"), "--expect", "never printed");
    expect(r.stderr).toBe("arm64-playground: the guest stopped before its output matched --expect\n");
    expect(r.status).toBe(1);
  });

  test("--demo without the demo images is a clear error", async () => {
    const r = await runProcess(process.execPath, [BIN, "--demo"]);
    if (existsSync(join(__dirname, "../../public/images/manifest.json"))) return;
    expect(r.stderr).toMatch(/^arm64-playground: --demo: the demo guest is missing \(no .*public\/images\/manifest\.json\); build the demo images first\n$/);
    expect(r.status).toBe(1);
  });

  test("-help prints usage on stdout", async () => {
    const r = await cli("-help");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("usage: arm64-playground");
  });
});

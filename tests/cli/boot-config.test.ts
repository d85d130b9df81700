// The boot config: argv -> config -> argv -> config round trips, and validation of configs
// from outside (share links, storage) with a message naming the field.
import { describe, test, expect } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { attachDrive, detachDrive, validateBootConfig, bootConfigToArgv, defaultBootConfig } from "../../src/emulator/boot-config";

describe("round trips", () => {
  test.each([
    [["-kernel", "Image"]],
    [["-M", "virt,gic-version=3", "-cpu", "max", "-m", "2G", "-kernel", "Image", "-initrd", "rd.gz", "-append", "a b,c", "-dtb", "x.dtb"]],
    [["-kernel", "k.elf", "-device", "loader,file=we,,ird.bin,addr=0x48000000,force-raw=on", "-device", "loader,addr=0x40001000,data=0xff,data-len=1,data-be=on",
      "-device", "loader,addr=0x40080000,cpu-num=0", "-device", "loader,file=fw.elf,cpu-num=0"]],
    [["-kernel", "k", "-drive", "file=d.img,format=raw,if=none,id=hd0,snapshot=on", "-device", "virtio-blk-device,drive=hd0,serial=x",
      "-device", "virtio-rng-device", "-global", "virtio-mmio.force-legacy=off"]],
    [["-kernel", "k", "-icount", "shift=0", "-no-reboot", "--expect", "^done$", "--timeout", "2.5"]],
  ])("%j", (argv) => {
    const config = parseArgs(argv).config;
    const again = parseArgs(bootConfigToArgv(config)).config;
    expect(again).toEqual(config);
    expect(validateBootConfig(JSON.parse(JSON.stringify(config)))).toEqual(config);
  });
});

describe("validation", () => {
  const base = () => ({ ...defaultBootConfig(), kernel: "Image" }) as Record<string, unknown>;
  test.each([
    [{ version: 2 }, "boot config: config.version: unsupported version 2 (this build reads version 1)"],
    [{ machine: { type: "virt", gicVersion: 4 } }, "boot config: config.machine.gicVersion: must be one of 2, 3"],
    [{ cpu: "cortex-x1" }, "boot config: config.cpu: must be one of"],
    [{ memoryBytes: 1024 }, "boot config: config.memoryBytes: must be an integer from 16777216 to 3221225472"],
    [{ memoryBytes: 2 ** 24 + 1 }, "boot config: config.memoryBytes: must be a multiple of 64 KiB"],
    [{ smp: 2 }, "boot config: config.smp: must be an integer from 1 to 1"],
    [{ kernel: "" }, "boot config: config.kernel: must not be empty"],
    [{ kernel: undefined, append: "x" }, "boot config: config: append and initrd need a kernel"],
    [{ loaders: [{ kind: "data", addr: 0, data: "12", dataLen: 1 }] }, 'boot config: config.loaders[0].data: must be "0x" followed by 1 to 16 lower-case hex digits'],
    [{ loaders: [{ kind: "data", addr: 0, data: "0x1", dataLen: 9 }] }, "boot config: config.loaders[0].dataLen: must be an integer from 1 to 8"],
    [{ loaders: [{ kind: "pc", addr: 0x40000000 }] }, "boot config: config.loaders[0]: missing field 'cpuNum'"],
    [{ loaders: [{ kind: "rom" }] }, 'boot config: config.loaders[0].kind: must be one of "file", "data", "pc"'],
    [{ drives: [{ id: "a", file: "x", format: "raw" }, { id: "a", file: "y", format: "raw" }] }, "boot config: config.drives[1].id: duplicate drive id 'a'"],
    [{ devices: [{ type: "virtio-blk-device", drive: "nope" }] }, "boot config: config.devices[0].drive: no drive with id 'nope'"],
    [{ expect: "(" }, "boot config: config.expect: is not a valid regular expression"],
    [{ timeoutSeconds: -1 }, "boot config: config.timeoutSeconds: must be a positive number of seconds"],
    [{ colour: "red" }, "boot config: config: unknown field 'colour'"],
  ])("rejects %j", (patch, message) => {
    expect(() => validateBootConfig({ ...base(), ...patch })).toThrow(message);
  });

  test("rejects non-objects", () => {
    expect(() => validateBootConfig("virt")).toThrow("boot config: config: must be an object");
  });
});

test("attachDrive and detachDrive keep drives and virtio-blk devices paired, in -device order", () => {
  const rng = { ...defaultBootConfig(), kernel: "Image", devices: [{ type: "virtio-rng-device" as const }] };
  const two = attachDrive(attachDrive(rng, "a.img"), "b.img");
  expect(attachDrive(two, "a.img")).toBe(two);
  expect(bootConfigToArgv(two).join(" ")).toContain(
    "-drive file=a.img,format=raw,if=none,id=disk0 -drive file=b.img,format=raw,if=none,id=disk1 -device virtio-rng-device -device virtio-blk-device,drive=disk0 -device virtio-blk-device,drive=disk1",
  );
  const one = detachDrive(two, "a.img");
  expect(one.drives).toEqual([{ id: "disk1", file: "b.img", format: "raw" }]);
  expect(one.devices).toEqual([{ type: "virtio-rng-device" }, { type: "virtio-blk-device", drive: "disk1" }]);
  expect(validateBootConfig(attachDrive(one, "c.img")).drives.map((d) => d.id)).toEqual(["disk1", "disk0"]);
});

// Command-line parsing into a BootConfig: QEMU's option syntax, -device loader's rules and
// messages (hw/core/generic-loader.c), and one clear error per unsupported option.
import { describe, test, expect } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { splitOptions } from "../../src/cli/option-text";
import { loaderDataBytes } from "../../src/emulator/loaders/generic-loader";
import { bootConfigToArgv } from "../../src/emulator/boot-config";

describe("QEMU option syntax", () => {
  test("key=value lists, flags, doubled commas", () => {
    const { head, props } = splitOptions("loader,file=a,,b.bin,force-raw,addr=0x10");
    expect(head).toBe("loader");
    expect([...props]).toEqual([["file", "a,b.bin"], ["force-raw", "on"], ["addr", "0x10"]]);
  });
});

describe("parseArgs", () => {
  test("a typical command line", () => {
    const cli = parseArgs([
      "-M", "virt,gic-version=2", "-cpu", "cortex-a72", "-m", "1G", "-smp", "1", "-nographic", "-serial", "mon:stdio",
      "-kernel", "Image", "-initrd", "initrd.cpio.gz", "-append", "console=ttyAMA0 rdinit=/bin/sh", "-dtb", "board.dtb",
      "-device", "loader,file=blob.bin,addr=0x48000000", "-device", "loader,addr=0x40080000,cpu-num=0",
      "-device", "loader,addr=0x40001000,data=0x12345678,data-len=4", "-no-reboot", "-icount", "shift=3",
      "--expect", "login:", "--timeout", "30",
    ]);
    expect(cli.config).toEqual({
      version: 1, machine: { type: "virt", gicVersion: 2 }, cpu: "cortex-a72", memoryBytes: 2 ** 30, smp: 1,
      kernel: "Image", initrd: "initrd.cpio.gz", dtb: "board.dtb", append: "console=ttyAMA0 rdinit=/bin/sh",
      loaders: [
        { kind: "file", file: "blob.bin", addr: 0x48000000 },
        { kind: "pc", addr: 0x40080000, cpuNum: 0 },
        { kind: "data", addr: 0x40001000, data: "0x12345678", dataLen: 4 },
      ],
      drives: [], devices: [], icountShift: 3, noReboot: true, expect: "login:", timeoutSeconds: 30,
    });
    expect(cli.notices).toEqual([]);
  });

  test("host accelerators are ignored with a notice; gic-version=max is 3; dumpdtb", () => {
    const cli = parseArgs(["-M", "virt,gic-version=max,dumpdtb=out.dtb", "-accel", "hvf", "-enable-kvm", "-cpu", "host"]);
    expect(cli.config.machine.gicVersion).toBe(3);
    expect(cli.config.cpu).toBe("max");
    expect(cli.dumpDtb).toBe("out.dtb");
    expect(cli.notices).toEqual([
      "-accel hvf ignored: the playground always emulates",
      "-enable-kvm ignored: the playground always emulates",
      "-cpu host: using 'max' (the playground emulates; there is no host CPU to pass through)",
    ]);
  });

  test("drives and virtio devices", () => {
    const cli = parseArgs(["-kernel", "k", "-drive", "file=disk.img,format=raw,if=none,id=hd0,readonly=on",
      "-drive", "file=b.img,if=none,id=hd1,snapshot=on", "-device", "virtio-blk-device,drive=hd0,serial=S1",
      "-device", "virtio-rng-device", "-device", "virtio-blk-device,drive=hd1", "-global", "virtio-mmio.force-legacy=on"]);
    expect(cli.config.drives).toEqual([
      { id: "hd0", file: "disk.img", format: "raw", readOnly: true },
      { id: "hd1", file: "b.img", format: "raw", snapshot: true },
    ]);
    expect(cli.config.devices).toEqual([
      { type: "virtio-blk-device", drive: "hd0", serial: "S1" }, { type: "virtio-rng-device" }, { type: "virtio-blk-device", drive: "hd1" },
    ]);
    expect(cli.config.virtioMmioForceLegacy).toBe(true);
  });

  test.each([
    [["-M", "virt,virtualization=on"], "unsupported machine property 'virtualization'"],
    [["-M", "virt,gic-version=4"], "-M virt,gic-version=4: use 2, 3 or max"],
    [["-M", "sbsa-ref"], "unsupported machine 'sbsa-ref' (only 'virt' is available)"],
    [["-cpu", "max,sve=off"], "-cpu max,sve=off: unsupported CPU property 'sve'"],
    [["-smp", "4"], "-smp 4: only one CPU is supported so far"],
    [["-m", "100k"], "-m 100k: at least 16 MiB of RAM is needed"],
    [["-netdev", "user,id=net0"], "-netdev: networking is not available"],
    [["-nic", "user"], "-nic: networking is not available"],
    [["-device", "virtio-net-pci,netdev=net0"], "-device virtio-net-pci: networking is not available"],
    [["-device", "virtio-blk-pci,drive=x"], "-device virtio-blk-pci: PCI devices are not available (use virtio-blk-device)"],
    [["-device", "e1000"], "unsupported device 'e1000' (supported: loader, virtio-blk-device, virtio-rng-device)"],
    [["-device", "virtio-blk-device,drive=hd9"], "-device virtio-blk-device: no -drive with id 'hd9'"],
    [["-drive", "file=a,if=none,id=d", "-device", "virtio-blk-device,drive=d", "-device", "virtio-blk-device,drive=d"], "-device virtio-blk-device: drive 'd' is already in use"],
    [["-device", "virtio-rng-device,rng=r0"], "unsupported virtio-rng-device property 'rng'"],
    [["-drive", "file=d.img,format=qcow2,if=none,id=a"], "-drive format=qcow2: only raw images are supported"],
    [["-drive", "file=d.img,format=raw,id=a"], "-drive needs if=none (attach it with -device virtio-blk-device,drive=ID)"],
    [["-drive", "file=d.img,if=none"], "-drive needs id=ID (and if=none)"],
    [["-global", "pl011.foo=1"], "unsupported -global 'pl011.foo=1' (only virtio-mmio.force-legacy)"],
    [["-serial", "pty"], "unsupported -serial 'pty' (use stdio or mon:stdio)"],
    [["-monitor", "stdio"], "unsupported -monitor 'stdio' (only 'none')"],
    [["-bios", "QEMU_EFI.fd"], "unsupported option '-bios'"],
    [["-icount", "shift=auto"], "-icount: shift must be an integer 0..10, got 'auto'"],
    [["-append", "quiet"], "-append only allowed with -kernel option"],
    [["-initrd", "rd"], "-initrd only allowed with -kernel option"],
    [["--demo", "-kernel", "k"], "--demo boots its own kernel, initrd and command line; drop -kernel/-initrd/-dtb/-append"],
    [["-kernel"], "option -kernel needs a value"],
    [["stray"], "unexpected argument 'stray'"],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe("-device loader (QEMU's checks and wording)", () => {
  test.each([
    ["loader", "please include valid arguments"],
    ["loader,addr=0x40000000", "cpu_num must be specified when setting a program counter"],
    ["loader,data=1,data-len=9", "data-len cannot be greater then 8 bytes"],
    ["loader,addr=0x40000000,data=5", "Both data and data-len must be specified"],
    ["loader,file=x,data=1,data-len=1", "Specifying a file is not supported when loading memory values"],
    ["loader,force-raw=on,data=1,data-len=1", "Specifying force-raw is not supported when loading memory values"],
    ["loader,addr=zzz,cpu-num=0", "invalid value 'zzz' for addr"],
    ["loader,file=x,colour=red", "unknown property 'colour'"],
    ["loader,file=x,force-raw=maybe", "invalid value 'maybe' for force-raw (use on or off)"],
  ])("%s", (option, message) => {
    expect(() => parseArgs(["-device", option])).toThrow(`-device ${option}: ${message}`);
  });

  test("numbers as QEMU reads them: hex, octal, decimal", () => {
    const l = parseArgs(["-device", "loader,addr=010,cpu-num=0", "-device", "loader,addr=100,data=0x10,data-len=2"]).config.loaders;
    expect(l).toEqual([{ kind: "pc", addr: 8, cpuNum: 0 }, { kind: "data", addr: 100, data: "0x10", dataLen: 2 }]);
  });

  test("data bytes: little-endian, and data-be takes the first bytes of the 64-bit big-endian value like QEMU", () => {
    expect(Array.from(loaderDataBytes({ data: "0x11223344", dataLen: 4 }))).toEqual([0x44, 0x33, 0x22, 0x11]);
    expect(Array.from(loaderDataBytes({ data: "0x11223344", dataLen: 4, dataBigEndian: true }))).toEqual([0, 0, 0, 0]);
    expect(Array.from(loaderDataBytes({ data: "0x1122334455667788", dataLen: 8, dataBigEndian: true }))).toEqual([0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88]);
  });
});

test("a drive file name with a comma survives the trip through bootConfigToArgv and back", () => {
  const first = parseArgs(["-kernel", "k", "-drive", "file=my,,disk.img,format=raw,if=none,id=d0", "-device", "virtio-blk-device,drive=d0"]).config;
  expect(first.drives[0].file).toBe("my,disk.img");
  expect(parseArgs(bootConfigToArgv(first)).config).toEqual(first);
});

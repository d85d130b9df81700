// Every kernel, initrd, device tree and -device loader input the playground refuses, with
// the message the user sees; and the inputs QEMU accepts that must keep working.
import { describe, test, expect } from "vitest";
import { gzipSync } from "fflate";
import { planVirtBoot, type BootInputs } from "../../src/emulator/machine";
import { buildElf, code } from "../support/elf-builder";

const MiB = 2 ** 20;

function image(o: { textOffset?: number; imageSize?: number; flags?: number; size?: number; pe?: { sectionEnd: number } } = {}): Uint8Array {
  const size = o.size ?? 0x1000;
  const b = new Uint8Array(size);
  const dv = new DataView(b.buffer);
  dv.setUint32(0, 0x14000010, true);
  dv.setBigUint64(8, BigInt(o.textOffset ?? 0), true);
  dv.setBigUint64(16, BigInt(o.imageSize ?? size), true);
  dv.setBigUint64(24, BigInt(o.flags ?? 2), true);
  dv.setUint32(0x38, 0x644d5241, true);
  if (o.pe) {
    b.set([0x4d, 0x5a]); // "MZ"
    dv.setUint32(0x3c, 0x40, true);
    b.set([0x50, 0x45, 0, 0], 0x40); // "PE\0\0"
    dv.setUint16(0x40 + 6, 1, true); // one section
    dv.setUint16(0x40 + 20, 0, true); // no optional header
    const section = 0x40 + 24;
    dv.setUint32(section + 16, o.pe.sectionEnd - 0x200, true); // SizeOfRawData
    dv.setUint32(section + 20, 0x200, true); // PointerToRawData
  }
  return b;
}

function bytesWith(size: number, at: number, data: number[]): Uint8Array {
  const b = new Uint8Array(size);
  b.set(data, at);
  return b;
}

function plan(inputs: BootInputs, ramBytes = 512 * MiB) {
  return planVirtBoot(inputs, { ramBytes, gicVersion: 2, cpuModel: "cortex-a57" }, (n) => new Uint8Array(n));
}

const kernel = (bytes: Uint8Array, name = "k") => ({ kernel: { name, bytes } });

describe("kernels refused", () => {
  test.each([
    ["x86 bzImage", bytesWith(0x400, 0x202, [0x48, 0x64, 0x72, 0x53]), "k: x86 Linux kernel (bzImage); an AArch64 kernel Image is needed"],
    ["32-bit ARM zImage", bytesWith(0x400, 0x24, [0x18, 0x28, 0x6f, 0x01]), "k: 32-bit ARM Linux kernel (zImage); an AArch64 kernel Image is needed"],
    ["PE/EFI-only file", bytesWith(0x400, 0, [0x4d, 0x5a, 0x90, 0]), "k: PE/EFI executable without an arm64 Image header; it needs UEFI firmware, which the playground does not have"],
    ["EFI zboot", bytesWith(0x400, 0, [0x4d, 0x5a, 0, 0, 0x7a, 0x69, 0x6d, 0x67]), "k: EFI zboot kernel (vmlinuz.efi), which needs UEFI firmware; use the kernel's arch/arm64/boot/Image or Image.gz"],
    ["U-Boot uImage", bytesWith(0x400, 0, [0x27, 0x05, 0x19, 0x56]), "k: U-Boot uImage; pass the kernel Image inside it instead"],
    ["big-endian Image", image({ flags: 3 }), "k: big-endian arm64 kernel (header flags bit 0); the playground runs little-endian only"],
    ["truncated EFI-stub Image", image({ pe: { sectionEnd: 0x2000 } }), "k: truncated kernel Image (its PE sections end at byte 8192, the file has 4096)"],
    ["corrupt gzip", new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff]), "k: corrupt gzip data"],
    ["gzip of a bzImage", gzipSync(bytesWith(0x400, 0x202, [0x48, 0x64, 0x72, 0x53])), "k (after gunzip): x86 Linux kernel (bzImage)"],
    ["Image larger than RAM", image({ imageSize: 600 * MiB }), "k: the kernel needs 0x40200000..0x65a00000 (its image_size), beyond the end of RAM at 0x60000000"],
    ["32-bit ELF", buildElf({ machine: 183, elfClass: 1, entry: 0x40080000, segments: [{ paddr: 0x40080000, data: code(0) }] }), "k: 32-bit ELF; only ELF64 files are supported"],
  ])("%s", (_what, bytes, message) => {
    expect(() => plan(kernel(bytes))).toThrow(message);
  });
});

describe("kernels accepted", () => {
  test("an Image with an intact EFI stub", () => {
    expect(plan(kernel(image({ pe: { sectionEnd: 0x1000 } }))).kernelEntry).toBe(0x40200000);
  });
  test("text_offset 0x80000 is honoured; no image_size means 0x80000", () => {
    expect(plan(kernel(image({ textOffset: 0x80000 }))).kernelEntry).toBe(0x40080000);
    expect(plan(kernel(image({ textOffset: 0x200000, imageSize: 0 }))).kernelEntry).toBe(0x40080000);
  });
  test("a headerless raw binary loads at RAM + 0x80000 like QEMU", () => {
    expect(plan(kernel(new Uint8Array([1, 2, 3, 4]))).kernelEntry).toBe(0x40080000);
  });
  test("gzip Image", () => {
    const p = plan(kernel(gzipSync(image())));
    expect(p.roms.find((r) => r.name === "k")?.data.length).toBe(0x1000);
  });
});

describe("initrd, device tree and placement refused", () => {
  test("initrd that does not fit", () => {
    expect(() => plan({ ...kernel(image()), initrd: { name: "big.cpio", bytes: new Uint8Array(400 * MiB) } })).toThrow(
      "big.cpio: the initrd (419430400 bytes at 0x48000000) does not fit in RAM, which ends at 0x60000000",
    );
  });
  test("U-Boot ramdisk", () => {
    expect(() => plan({ ...kernel(image()), initrd: { name: "rd.img", bytes: bytesWith(64, 0, [0x27, 0x05, 0x19, 0x56]) } })).toThrow(
      "rd.img: U-Boot ramdisk image; pass the plain (gzip or cpio) initrd instead",
    );
  });
  test("device tree past the end of RAM", () => {
    expect(() => plan({ ...kernel(image()), initrd: { name: "rd", bytes: new Uint8Array(7 * MiB) } }, 16 * MiB)).toThrow(
      "device tree (0x41000000..0x41100000) does not fit in RAM (0x40000000..0x41000000)",
    );
  });
  test("-dtb with a bad magic", () => {
    expect(() => plan({ ...kernel(image()), dtb: { name: "bad.dtb", bytes: new Uint8Array(64) } })).toThrow(
      "bad.dtb: not a device tree blob (magic 0x00000000, expected 0xd00dfeed)",
    );
  });
  test("ELF kernel outside RAM", () => {
    const elf = buildElf({ entry: 0x1000, segments: [{ paddr: 0x1000, data: code(0) }] });
    expect(() => plan(kernel(elf, "low.elf"))).toThrow("low.elf: segment at 0x1000..0x1004 is outside RAM (0x40000000..0x60000000)");
  });
});

describe("-device loader refused", () => {
  const file = (name: string, bytes: Uint8Array, addr?: number, cpuNum?: number) => ({
    spec: { kind: "file" as const, file: name, addr, cpuNum }, file: { name, bytes },
  });
  test.each([
    ["overlapping the kernel", { ...kernel(image(), "Image"), loaders: [file("blob", new Uint8Array(16), 0x40200800)] }, "blob (0x40200800..0x40200810) overlaps Image (0x40200000..0x40201000)"],
    ["outside RAM and flash", { loaders: [file("blob", new Uint8Array(16), 0x09000000)] }, "blob (0x9000000..0x9000010) does not fit in RAM (0x40000000..0x60000000)"],
    ["running past the end of RAM", { loaders: [file("blob", new Uint8Array(32), 0x5ffffff0)] }, "blob (0x5ffffff0..0x60000010) does not fit in RAM"],
    ["larger than RAM", { loaders: [file("huge", new Uint8Array(17 * MiB), 0x40000000)] }, "huge: 17825792 bytes, larger than the 16777216-byte RAM"],
    ["a CPU that does not exist", { loaders: [file("blob", new Uint8Array(16), 0x40300000, 1)] }, "-device loader: Specified boot CPU#1 is nonexistent"],
    ["overlapping the firmware-boot device tree", { loaders: [file("blob", new Uint8Array(16), 0x40000100)] }, "blob (0x40000100..0x40000110) overlaps device tree (0x40000000..0x40100000)"],
  ])("%s", (_what, inputs, message) => {
    expect(() => plan(inputs as BootInputs, _what === "larger than RAM" ? 16 * MiB : 512 * MiB)).toThrow(message);
  });

  test("a file into flash and an ELF of another architecture are loaded, as QEMU does", () => {
    const x86 = buildElf({ machine: 62, entry: 0x40300000, segments: [{ paddr: 0x40300000, data: code(1, 2) }] });
    const p = plan({ loaders: [file("fw.bin", new Uint8Array(16), 0), file("x86.elf", x86, undefined, 0)] });
    expect(p.roms.map((r) => [r.name, r.address])).toEqual([["fw.bin", 0], ["x86.elf", 0x40300000]]);
    expect(p.entry).toBe(0x40300000);
  });
});

import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { createHash, randomBytes } from "node:crypto";
import { checkFile, detectKind, sha256Hex, formatSize } from "../../src/ui/file-kinds";
import { gunzipBounded } from "../../src/emulator/loaders/gunzip-stream";

const blob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);

function imageHeader(): Uint8Array {
  const h = new Uint8Array(4096);
  h.set([0x41, 0x52, 0x4d, 0x64], 0x38);
  return h;
}

function cpio(): Uint8Array {
  return new TextEncoder().encode("070701" + "0".repeat(104) + "TRAILER!!!\0".padEnd(2048, "\0"));
}

describe("detectKind", () => {
  test("ELF", async () => {
    expect(await detectKind(blob(readFileSync(join(__dirname, "../../public/images/hello.elf"))))).toBe("elf");
  });
  test("ARM64 Image, plain and gzip-compressed", async () => {
    expect(await detectKind(blob(imageHeader()))).toBe("linux-image");
    expect(await detectKind(blob(gzipSync(imageHeader())))).toBe("linux-image-gz");
  });
  test("initramfs, plain and gzip-compressed (even when the compressed file is large)", async () => {
    expect(await detectKind(blob(cpio()))).toBe("initrd");
    const big = new Uint8Array(300_000);
    big.set(cpio());
    big.set(randomBytes(200_000), 4096);
    expect(await detectKind(blob(gzipSync(big)))).toBe("initrd");
  });
  test("device tree blob", async () => {
    expect(await detectKind(blob(Uint8Array.of(0xd0, 0x0d, 0xfe, 0xed, 0, 0, 0x10, 0)))).toBe("dtb");
  });
  test("whole sectors of anything else are a raw disk", async () => {
    expect(await detectKind(blob(new Uint8Array(1024)))).toBe("disk");
    expect(await detectKind(blob(randomBytes(4096)))).toBe("disk");
  });
  test("gzip of something else, corrupt gzip, empty files, odd sizes and known foreign formats are not usable", async () => {
    expect(await detectKind(blob(gzipSync(new Uint8Array(4096))))).toBe("unknown");
    expect(await detectKind(blob(Uint8Array.of(0x1f, 0x8b, 8, 0, 1, 2, 3)))).toBe("unknown");
    expect(await detectKind(blob(new Uint8Array(0)))).toBe("unknown");
    expect(await detectKind(blob(new Uint8Array(1000)))).toBe("unknown");
    const png = new Uint8Array(2048);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await detectKind(blob(png))).toBe("unknown");
  });
});

test("sha256Hex is the SHA-256 in hex", async () => {
  const data = new TextEncoder().encode("arm64-playground");
  expect(await sha256Hex(blob(data))).toBe(createHash("sha256").update(data).digest("hex"));
});

describe("checkFile: why a file cannot be used as its kind", () => {
  const png = new Uint8Array(3000);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  test("a PNG named Image is not a kernel", async () => {
    expect(await checkFile(blob(png), "Image", "unknown")).toBe("Image: not an ARM64 kernel (Image or ELF): a PNG image");
    expect(await checkFile(blob(png), "holiday.png", "unknown")).toBe("holiday.png: not a kernel, initramfs, device tree or disk image: a PNG image");
  });
  test("the demo initramfs is whole; cut short it is refused", async () => {
    const initramfs = readFileSync(join(__dirname, "../../public/images/initramfs.cpio.gz"));
    expect(await checkFile(blob(initramfs), "initramfs.cpio.gz", "initrd")).toBeUndefined();
    expect(await checkFile(blob(initramfs.subarray(0, initramfs.length >> 1)), "initramfs.cpio.gz", "initrd")).toMatch(
      /^initramfs\.cpio\.gz: corrupt gzip data \(.*; is the file cut off\?\)$/,
    );
  });
  test("a plain cpio cut short says where it ends", async () => {
    const whole = new Uint8Array(gunzipSync(readFileSync(join(__dirname, "../../public/images/initramfs.cpio.gz"))));
    expect(await checkFile(blob(whole), "i.cpio", "initrd")).toBeUndefined();
    expect(await checkFile(blob(whole.subarray(0, 5000)), "i.cpio", "initrd")).toMatch(/^i\.cpio: truncated cpio archive \(it ends inside the entry at byte \d+, before the TRAILER!!! entry\)$/);
  });
  test("the demo kernel is a kernel; an Image header alone is not", async () => {
    const kernel = readFileSync(join(__dirname, "../../public/images/Image.gz"));
    expect(await checkFile(blob(kernel), "Image.gz", "linux-image-gz")).toBeUndefined();
  });
  test("an ISO image is not a disk for the playground", async () => {
    const iso = new Uint8Array(0x9000);
    iso.set(new TextEncoder().encode("CD001"), 0x8001);
    expect(await detectKind(blob(iso))).toBe("unknown");
    expect(await checkFile(blob(iso), "debian.iso", "unknown")).toBe(
      "debian.iso: not a kernel, initramfs, device tree or disk image: an ISO 9660 CD/DVD image, which needs UEFI firmware to boot (the playground boots kernels directly)",
    );
  });
  test("an empty file is refused whatever its kind", async () => {
    expect(await checkFile(blob(new Uint8Array(0)), "e", "disk")).toBe("e: the file is empty");
  });
});

test("formatSize", () => {
  expect(formatSize(512)).toBe("512 B");
  expect(formatSize(1536)).toBe("1.5 KiB");
  expect(formatSize(8168)).toBe("8.0 KiB");
  expect(formatSize(300 * 2 ** 20)).toBe("300 MiB");
});

describe("gunzipBounded", () => {
  test("inflates, and stops at the limit instead of allocating what a bomb asks for", async () => {
    const zeros = gzipSync(new Uint8Array(8 * 2 ** 20));
    expect((await gunzipBounded(new Uint8Array(zeros), "z.gz", 16 * 2 ** 20)).length).toBe(8 * 2 ** 20);
    await expect(gunzipBounded(new Uint8Array(zeros), "z.gz", 2 ** 20)).rejects.toThrow("z.gz: decompresses to more than 1048576 bytes");
  });
});

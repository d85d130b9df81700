import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { createHash, randomBytes } from "node:crypto";
import { detectKind, sha256Prefix, formatSize } from "../../src/ui/file-kinds";

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
  test("anything else is a raw disk, including gzip of something else and corrupt gzip", async () => {
    expect(await detectKind(blob(new Uint8Array(1024)))).toBe("disk");
    expect(await detectKind(blob(gzipSync(new Uint8Array(4096))))).toBe("disk");
    expect(await detectKind(blob(Uint8Array.of(0x1f, 0x8b, 8, 0, 1, 2, 3)))).toBe("disk");
    expect(await detectKind(blob(new Uint8Array(0)))).toBe("disk");
  });
});

test("sha256Prefix is the start of the SHA-256 in hex", async () => {
  const data = new TextEncoder().encode("arm64-playground");
  expect(await sha256Prefix(blob(data))).toBe(createHash("sha256").update(data).digest("hex").slice(0, 16));
});

test("formatSize", () => {
  expect(formatSize(512)).toBe("512 B");
  expect(formatSize(1536)).toBe("1.5 KiB");
  expect(formatSize(8168)).toBe("8.0 KiB");
  expect(formatSize(300 * 2 ** 20)).toBe("300 MiB");
});

// Recognises what a -kernel file is: an AArch64 ELF, a Linux arm64 Image (possibly
// gzip-compressed), a headerless raw binary, or one of the formats people pass by mistake
// (x86 bzImage, 32-bit ARM zImage, EFI-only PE files, EFI zboot, U-Boot uImage), which are
// rejected with a message saying what the file is.
import { gunzipSync } from "fflate";
import { LoadError } from "./load-error";
import { isElf } from "./elf";

/** Linux Documentation/arm64/booting.rst, "Call the kernel image": the 64-byte header. */
export interface Arm64ImageHeader {
  textOffset: number;
  /** Effective image size including BSS; 0 in kernels older than 3.17. */
  imageSize: number;
  flags: number;
}

export type KernelFile =
  | { kind: "elf"; bytes: Uint8Array }
  | { kind: "image"; bytes: Uint8Array; header: Arm64ImageHeader; gzipped: boolean }
  | { kind: "raw"; bytes: Uint8Array; gzipped: boolean };

const ARM64_MAGIC_OFFSET = 0x38;
const ARM64_MAGIC = 0x644d5241; // "ARM\x64" little-endian
const IMAGE_FLAG_BIG_ENDIAN = 1;
/** QEMU's LOAD_IMAGE_MAX_GUNZIP_BYTES: it will not inflate kernels beyond 256 MiB. */
export const MAX_GUNZIP_BYTES = 256 * 1024 * 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Inflate a gzip file (RFC 1952); a corrupt stream or one larger than `limit` is a LoadError. */
export function gunzip(bytes: Uint8Array, name: string, limit = MAX_GUNZIP_BYTES): Uint8Array {
  let out: Uint8Array;
  try {
    out = gunzipSync(bytes);
  } catch (e) {
    throw new LoadError(`${name}: corrupt gzip data (${e instanceof Error ? e.message : String(e)}; is the file cut off?)`);
  }
  if (out.length > limit) {
    throw new LoadError(`${name}: decompresses to ${out.length} bytes, more than the ${limit} QEMU accepts`);
  }
  return out;
}

/** U-Boot legacy image header magic 0x27051956 (big-endian). */
export function isUImage(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x27 && bytes[1] === 0x05 && bytes[2] === 0x19 && bytes[3] === 0x56;
}

function u32(bytes: Uint8Array, off: number): number {
  return off + 4 <= bytes.length ? new DataView(bytes.buffer, bytes.byteOffset + off, 4).getUint32(0, true) : -1;
}

function ascii(bytes: Uint8Array, off: number, len: number): string {
  return off + len <= bytes.length ? String.fromCharCode(...bytes.subarray(off, off + len)) : "";
}

export function classifyKernel(file: Uint8Array, name: string): KernelFile {
  if (isElf(file)) return { kind: "elf", bytes: file };
  const gzipped = isGzip(file);
  const bytes = gzipped ? gunzip(file, name) : file;
  rejectForeignFormats(bytes, name, gzipped);
  if (u32(bytes, ARM64_MAGIC_OFFSET) === ARM64_MAGIC) {
    const header = readArm64Header(bytes);
    if (header.flags & IMAGE_FLAG_BIG_ENDIAN) {
      throw new LoadError(`${name}: big-endian arm64 kernel (header flags bit 0); the playground runs little-endian only`);
    }
    checkPeLength(bytes, name);
    return { kind: "image", bytes, header, gzipped };
  }
  if (ascii(bytes, 0, 2) === "MZ") {
    throw new LoadError(`${name}: PE/EFI executable without an arm64 Image header; it needs UEFI firmware, which the playground does not have`);
  }
  return { kind: "raw", bytes, gzipped };
}

function readArm64Header(bytes: Uint8Array): Arm64ImageHeader {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    textOffset: Number(dv.getBigUint64(8, true)),
    imageSize: Number(dv.getBigUint64(16, true)),
    flags: Number(dv.getBigUint64(24, true)),
  };
}

function rejectForeignFormats(bytes: Uint8Array, name: string, gzipped: boolean): void {
  const what = gzipped ? `${name} (after gunzip)` : name;
  if (isUImage(bytes)) {
    throw new LoadError(`${what}: U-Boot uImage; pass the kernel Image inside it instead`);
  }
  if (ascii(bytes, 0x202, 4) === "HdrS") {
    throw new LoadError(`${what}: x86 Linux kernel (bzImage); an AArch64 kernel Image is needed`);
  }
  if (u32(bytes, 0x24) === 0x016f2818) {
    throw new LoadError(`${what}: 32-bit ARM Linux kernel (zImage); an AArch64 kernel Image is needed`);
  }
  if (ascii(bytes, 0, 2) === "MZ" && ascii(bytes, 4, 4) === "zimg") {
    throw new LoadError(
      `${what}: EFI zboot kernel (vmlinuz.efi), which needs UEFI firmware; use the kernel's arch/arm64/boot/Image or Image.gz`,
    );
  }
}

/** An arm64 Image with an EFI stub is also a PE file whose section table says how long the
 *  file must be; a shorter file was cut off. */
function checkPeLength(bytes: Uint8Array, name: string): void {
  if (ascii(bytes, 0, 2) !== "MZ") return;
  const pe = u32(bytes, 0x3c);
  if (pe < 0 || ascii(bytes, pe, 4) !== "PE\0\0") return;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (pe + 24 > bytes.length) throw new LoadError(`${name}: truncated kernel Image (PE header cut off)`);
  const sections = dv.getUint16(pe + 6, true);
  const optionalHeaderBytes = dv.getUint16(pe + 20, true);
  const table = pe + 24 + optionalHeaderBytes;
  if (table + sections * 40 > bytes.length) throw new LoadError(`${name}: truncated kernel Image (PE section table cut off)`);
  let end = 0;
  for (let i = 0; i < sections; i++) {
    const s = table + i * 40;
    end = Math.max(end, dv.getUint32(s + 20, true) + dv.getUint32(s + 16, true));
  }
  if (end > bytes.length) {
    throw new LoadError(`${name}: truncated kernel Image (its PE sections end at byte ${end}, the file has ${bytes.length})`);
  }
}

// What a dropped or picked file is, judged by its content rather than its name, and whether
// it is whole: a file that cannot be used as its kind gets a message saying why before any
// boot is attempted.
import { parseElf } from "../emulator/loaders/elf";
import { classifyKernel, isGzip, MAX_GUNZIP_BYTES } from "../emulator/loaders/kernel-image";
import { checkCpio, checkInitramfs, isCpioNewc, otherInitramfsCompression } from "../emulator/loaders/initramfs";
import { gunzipBounded } from "../emulator/loaders/gunzip-stream";
import { readFdt } from "../emulator/dtb/fdt-reader";

export type FileKind = "elf" | "linux-image" | "linux-image-gz" | "initrd" | "dtb" | "disk" | "unknown";

export const FILE_KINDS: readonly FileKind[] = ["elf", "linux-image", "linux-image-gz", "initrd", "dtb", "disk", "unknown"];

export const KIND_LABELS: Record<FileKind, string> = {
  elf: "ELF executable",
  "linux-image": "Linux kernel (ARM64 Image)",
  "linux-image-gz": "Linux kernel (gzip-compressed Image)",
  initrd: "initramfs (cpio archive)",
  dtb: "device tree blob",
  disk: "raw disk image",
  unknown: "not usable",
};

/** What a file of each kind is for in a boot configuration. */
export type FileRole = "kernel" | "initrd" | "dtb" | "disk";

export function roleOfKind(kind: FileKind): FileRole | undefined {
  switch (kind) {
    case "elf":
    case "linux-image":
    case "linux-image-gz":
      return "kernel";
    case "initrd":
      return "initrd";
    case "dtb":
      return "dtb";
    case "disk":
      return "disk";
    case "unknown":
      return undefined;
  }
}

/** Linux's arm64 boot protocol: the Image header holds "ARM\x64" at offset 0x38
 *  (Documentation/arch/arm64/booting.rst). */
const IMAGE_MAGIC_OFFSET = 0x38;
const IMAGE_MAGIC = [0x41, 0x52, 0x4d, 0x64];
const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];
const FDT_MAGIC = [0xd0, 0x0d, 0xfe, 0xed];
const GZIP_MAGIC = [0x1f, 0x8b];
const SECTOR_BYTES = 512;

/** Compressed bytes read, and inflated bytes wanted, to look inside a gzip file. */
const GZIP_PEEK_INPUT = 64 * 1024;
const GZIP_PEEK_OUTPUT = 1024;
/** Bytes read to tell what a file is. */
const HEAD_BYTES = 512;
/** Kernels, initramfs and device trees above this size are not read whole to check them. */
const CHECK_LIMIT_BYTES = 512 * 2 ** 20;

function hasAt(bytes: Uint8Array, offset: number, magic: readonly number[]): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

/** The kind of the data that starts with `head`, when no decompression is needed to tell. */
function plainKind(head: Uint8Array): FileKind | undefined {
  if (hasAt(head, 0, ELF_MAGIC)) return "elf";
  if (hasAt(head, IMAGE_MAGIC_OFFSET, IMAGE_MAGIC)) return "linux-image";
  if (hasAt(head, 0, FDT_MAGIC)) return "dtb";
  if (isCpioNewc(head) || otherInitramfsCompression(head)) return "initrd";
  return undefined;
}

/** Formats people drop by mistake, in words. */
export function foreignFormat(head: Uint8Array): string | undefined {
  if (hasAt(head, 0, [0x89, 0x50, 0x4e, 0x47])) return "a PNG image";
  if (hasAt(head, 0, [0xff, 0xd8, 0xff])) return "a JPEG image";
  if (ascii(head, 0, 4) === "GIF8") return "a GIF image";
  if (ascii(head, 0, 5) === "%PDF-") return "a PDF document";
  if (hasAt(head, 0, [0x50, 0x4b, 0x03, 0x04])) return "a ZIP archive";
  if (ascii(head, 0, 4) === "QFI\xfb") return "a qcow2 disk image (convert it to raw first: qemu-img convert -O raw IN.qcow2 OUT.img)";
  if (ascii(head, 257, 5) === "ustar") return "a tar archive";
  if (ascii(head, 0x202, 4) === "HdrS") return "an x86 Linux kernel (bzImage)";
  if (ascii(head, 0, 2) === "MZ") return "a PE executable (Windows or EFI)";
  if (hasAt(head, 0, [0x27, 0x05, 0x19, 0x56])) return "a U-Boot uImage";
  if (head.length > 0 && head.every((b) => b === 9 || b === 10 || b === 13 || (b >= 0x20 && b < 0x7f))) return "a text file";
  return undefined;
}

export async function detectKind(file: Blob): Promise<FileKind> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const plain = plainKind(head);
  if (plain) return plain;
  if (hasAt(head, 0, GZIP_MAGIC)) {
    const inner = await inflatePrefix(file);
    if (isCpioNewc(inner)) return "initrd";
    if (hasAt(inner, IMAGE_MAGIC_OFFSET, IMAGE_MAGIC)) return "linux-image-gz";
    return "unknown";
  }
  if (foreignFormat(head) || file.size === 0 || file.size % SECTOR_BYTES || (await isIso9660(file))) return "unknown";
  return "disk";
}

/** ISO 9660 (CD/DVD images): "CD001" in the first volume descriptor, at 0x8001. */
const ISO_MAGIC_OFFSET = 0x8001;

async function isIso9660(file: Blob): Promise<boolean> {
  const magic = new Uint8Array(await file.slice(ISO_MAGIC_OFFSET, ISO_MAGIC_OFFSET + 5).arrayBuffer());
  return ascii(magic, 0, 5) === "CD001";
}

/** Up to the first KiB of a gzip file's contents (less if it is shorter or corrupt). */
async function inflatePrefix(file: Blob): Promise<Uint8Array> {
  const out = new Uint8Array(GZIP_PEEK_OUTPUT);
  let filled = 0;
  const reader = file.slice(0, GZIP_PEEK_INPUT).stream().pipeThrough(new DecompressionStream("gzip")).getReader();
  try {
    while (filled < out.length) {
      const { value, done } = await reader.read();
      if (done) break;
      const take = Math.min(value.length, out.length - filled);
      out.set(value.subarray(0, take), filled);
      filled += take;
    }
  } catch {
    // The slice ends mid-stream or the data is corrupt: judge by what was inflated.
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return out.subarray(0, filled);
}

/** Names people give kernels, initramfs and device trees; a file so named that is none of
 *  them was probably dropped by mistake. */
const ROLE_NAMES: [RegExp, string][] = [
  [/^(image|vmlinu[xz]|bzimage|zimage|kernel)([.-]|$)|\.(elf|efi)$/i, "an ARM64 kernel (Image or ELF)"],
  [/(initrd|initramfs|\.cpio)/i, "an initramfs"],
  [/\.dtb$/i, "a device tree blob"],
];

/** Why `file` cannot be used as `kind` (undefined when it can): its header is checked and,
 *  for kernels, initramfs and device trees, the whole file (so a truncated one is caught). */
export async function checkFile(file: Blob, name: string, kind: FileKind): Promise<string | undefined> {
  if (file.size === 0) return `${name}: the file is empty`;
  if (kind === "unknown") {
    const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    const intended = ROLE_NAMES.find(([pattern]) => pattern.test(name))?.[1];
    const what = foreignFormat(head) ??
      ((await isIso9660(file)) ? "an ISO 9660 CD/DVD image, which needs UEFI firmware to boot (the playground boots kernels directly)" : undefined) ??
      (file.size % SECTOR_BYTES ? "not a whole number of 512-byte sectors, so not a disk image either" : "not recognised");
    return intended
      ? `${name}: not ${intended}: ${what}`
      : `${name}: not a kernel, initramfs, device tree or disk image: ${what}`;
  }
  if (kind === "disk") return undefined;
  if (file.size > CHECK_LIMIT_BYTES) return `${name}: ${formatSize(file.size)} is too large for a ${KIND_LABELS[kind]}`;
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    // gzip is inflated off the main thread's critical path and with a bound (gunzipBounded).
    const gzipped = isGzip(bytes);
    const inflated = gzipped ? await gunzipBounded(file, name, MAX_GUNZIP_BYTES) : bytes;
    const what = gzipped ? `${name} (after gunzip)` : name;
    switch (kind) {
      case "elf":
        parseElf(bytes, name);
        break;
      case "linux-image":
      case "linux-image-gz": {
        const kernel = classifyKernel(inflated, what);
        if (kernel.kind !== "image") return `${what}: no ARM64 Image header (magic "ARM\\x64" at offset 0x38)`;
        break;
      }
      case "initrd":
        if (gzipped) checkCpio(inflated, what);
        else checkInitramfs(bytes, name);
        break;
      case "dtb":
        readFdt(bytes, name);
        break;
    }
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return undefined;
}

/** Files above this size are not hashed (reading them whole would take too long). */
export const HASH_LIMIT_BYTES = 512 * 2 ** 20;

/** The file's SHA-256 in lower-case hex, or undefined above HASH_LIMIT_BYTES. */
export async function sha256Hex(file: Blob): Promise<string | undefined> {
  if (file.size > HASH_LIMIT_BYTES) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await file.arrayBuffer()));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB"];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

// What a dropped or picked file is, judged by its content rather than its name.

export type FileKind = "elf" | "linux-image" | "linux-image-gz" | "initrd" | "dtb" | "disk";

export const FILE_KINDS: readonly FileKind[] = ["elf", "linux-image", "linux-image-gz", "initrd", "dtb", "disk"];

export const KIND_LABELS: Record<FileKind, string> = {
  elf: "ELF executable",
  "linux-image": "Linux kernel (ARM64 Image)",
  "linux-image-gz": "Linux kernel (gzip-compressed Image)",
  initrd: "initramfs (cpio archive)",
  dtb: "device tree blob",
  disk: "raw disk image",
};

/** Linux's arm64 boot protocol: the Image header holds "ARM\x64" at offset 0x38
 *  (Documentation/arch/arm64/booting.rst). */
const IMAGE_MAGIC_OFFSET = 0x38;
const IMAGE_MAGIC = [0x41, 0x52, 0x4d, 0x64];
const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46];
const FDT_MAGIC = [0xd0, 0x0d, 0xfe, 0xed];
const GZIP_MAGIC = [0x1f, 0x8b];
/** "070701" (newc) and "070702" (newc with checksums), the cpio formats initramfs accepts. */
const CPIO_NEWC = [0x30, 0x37, 0x30, 0x37, 0x30];

/** Compressed bytes read, and inflated bytes wanted, to look inside a gzip file. */
const GZIP_PEEK_INPUT = 64 * 1024;
const GZIP_PEEK_OUTPUT = 1024;

function hasAt(bytes: Uint8Array, offset: number, magic: readonly number[]): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

function isCpio(bytes: Uint8Array): boolean {
  return hasAt(bytes, 0, CPIO_NEWC) && (bytes[5] === 0x31 || bytes[5] === 0x32);
}

/** The kind of the data that starts with `head`, when no decompression is needed to tell. */
function plainKind(head: Uint8Array): FileKind | undefined {
  if (hasAt(head, 0, ELF_MAGIC)) return "elf";
  if (hasAt(head, IMAGE_MAGIC_OFFSET, IMAGE_MAGIC)) return "linux-image";
  if (hasAt(head, 0, FDT_MAGIC)) return "dtb";
  if (isCpio(head)) return "initrd";
  return undefined;
}

export async function detectKind(file: Blob): Promise<FileKind> {
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  const plain = plainKind(head);
  if (plain) return plain;
  if (hasAt(head, 0, GZIP_MAGIC)) {
    const inner = await inflatePrefix(file);
    if (isCpio(inner)) return "initrd";
    if (hasAt(inner, IMAGE_MAGIC_OFFSET, IMAGE_MAGIC)) return "linux-image-gz";
  }
  return "disk";
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

/** Files above this size are not hashed (reading them whole would take too long). */
export const HASH_LIMIT_BYTES = 512 * 2 ** 20;

/** The first 16 hex digits of the file's SHA-256, or undefined above HASH_LIMIT_BYTES. */
export async function sha256Prefix(file: Blob): Promise<string | undefined> {
  if (file.size > HASH_LIMIT_BYTES) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", await file.arrayBuffer()));
  return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
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

// Checks that an initramfs is whole before a boot is attempted: Linux unpacks it late in boot
// and, when it is cut off or corrupt, says only "Initramfs unpacking failed" and panics for
// want of an init. The format (Documentation/driver-api/early-userspace/buffer-format.rst) is
// one or more "newc" cpio archives (magic 070701, or 070702 with checksums), each ended by
// a TRAILER!!! entry, optionally compressed, separated by zero padding.
import { gunzip, isGzip } from "./kernel-image";
import { LoadError } from "./load-error";

const HEADER_BYTES = 110;
const TRAILER = "TRAILER!!!";

/** Compressions the kernel may be built to unpack; only gzip is checked inside. */
const OTHER_COMPRESSIONS: { name: string; magic: number[] }[] = [
  { name: "xz", magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: "zstd", magic: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: "lz4", magic: [0x02, 0x21, 0x4c, 0x18] },
  { name: "bzip2", magic: [0x42, 0x5a, 0x68] },
  { name: "lzma", magic: [0x5d, 0x00, 0x00] },
  { name: "lzop", magic: [0x89, 0x4c, 0x5a, 0x4f] },
];

export interface InitramfsSummary {
  /** "gzip", "xz", ... or "none". */
  compression: string;
  /** Entries seen, when the archive could be read (not for compressions other than gzip). */
  entries?: number;
  /** Whether the archive has an /init (the program the kernel runs first). */
  hasInit?: boolean;
}

/** The compression of an initramfs that is not gzip, if its magic says so. */
export function otherInitramfsCompression(bytes: Uint8Array): string | undefined {
  return OTHER_COMPRESSIONS.find((c) => c.magic.every((b, i) => bytes[i] === b))?.name;
}

export function isCpioNewc(bytes: Uint8Array, offset = 0): boolean {
  if (bytes.length < offset + 6) return false;
  const magic = String.fromCharCode(...bytes.subarray(offset, offset + 6));
  return magic === "070701" || magic === "070702";
}

/** Throws a LoadError naming the problem when `bytes` is not a whole initramfs. */
export function checkInitramfs(bytes: Uint8Array, name: string): InitramfsSummary {
  if (bytes.length === 0) throw new LoadError(`${name}: empty file, not an initramfs`);
  const other = otherInitramfsCompression(bytes);
  if (other) return { compression: other };
  const gzipped = isGzip(bytes);
  const cpio = gzipped ? gunzip(bytes, name) : bytes;
  return { compression: gzipped ? "gzip" : "none", ...checkCpio(cpio, gzipped ? `${name} (after gunzip)` : name) };
}

/** Throws a LoadError naming the problem when `cpio` (already inflated) is not a whole set of
 *  newc archives; `what` names it in messages. */
export function checkCpio(cpio: Uint8Array, what: string): { entries: number; hasInit: boolean } {
  if (!isCpioNewc(cpio)) throw new LoadError(`${what}: not a cpio archive in the "newc" format (magic 070701) that initramfs needs`);
  return walkArchives(cpio, what);
}

function walkArchives(cpio: Uint8Array, what: string): { entries: number; hasInit: boolean } {
  let at = 0;
  let entries = 0;
  let hasInit = false;
  while (at < cpio.length) {
    if (cpio[at] === 0) {
      at++;
      continue;
    }
    if (!isCpioNewc(cpio, at)) throw new LoadError(`${what}: corrupt cpio archive (no entry header at byte ${at})`);
    for (;;) {
      const entry = readEntry(cpio, at, what);
      at = entry.next;
      if (entry.name === TRAILER) break;
      entries++;
      if (entry.name === "init" || entry.name === "./init") hasInit = true;
    }
  }
  return { entries, hasInit };
}

function readEntry(cpio: Uint8Array, at: number, what: string): { name: string; next: number } {
  const cutOff = (): never => {
    throw new LoadError(`${what}: truncated cpio archive (it ends inside the entry at byte ${at}, before the TRAILER!!! entry)`);
  };
  if (at + HEADER_BYTES > cpio.length) cutOff();
  if (!isCpioNewc(cpio, at)) throw new LoadError(`${what}: corrupt cpio archive (no entry header at byte ${at})`);
  const field = (index: number): number => {
    const text = String.fromCharCode(...cpio.subarray(at + 6 + index * 8, at + 14 + index * 8));
    if (!/^[0-9a-fA-F]{8}$/.test(text)) throw new LoadError(`${what}: corrupt cpio header at byte ${at}`);
    return parseInt(text, 16);
  };
  const fileSize = field(6);
  const nameSize = field(11);
  if (nameSize === 0) throw new LoadError(`${what}: corrupt cpio header at byte ${at} (empty name)`);
  const nameEnd = at + HEADER_BYTES + nameSize;
  if (nameEnd > cpio.length) cutOff();
  const name = String.fromCharCode(...cpio.subarray(at + HEADER_BYTES, nameEnd - 1));
  const dataStart = align4(nameEnd);
  const next = align4(dataStart + fileSize);
  if (dataStart + fileSize > cpio.length) cutOff();
  return { name, next };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

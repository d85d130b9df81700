// ELF64 loader for AArch64 kernels and bare-metal programs: PT_LOAD segments are copied to
// their physical addresses (p_paddr, as QEMU's -kernel does for ELF) and the entry point is
// returned. Every malformed input is rejected with a LoadError naming the problem.
import { LoadError } from "./load-error";

export interface LoadedSegment {
  paddr: number;
  data: Uint8Array;
  /** Bytes to zero after the file contents (p_memsz - p_filesz). */
  zeroBytes: number;
}

export interface ElfImage {
  entry: number;
  segments: LoadedSegment[];
}

const EM_AARCH64 = 183;
const MACHINE_NAMES: Record<number, string> = { 3: "x86 (i386)", 40: "32-bit ARM", 62: "x86-64", 243: "RISC-V", 8: "MIPS", 21: "PowerPC64" };

export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
}

export interface ElfParseOptions {
  /** Accept any e_machine, as QEMU's -device loader does (it loads the data, whatever it is). */
  anyMachine?: boolean;
}

export function parseElf(bytes: Uint8Array, name: string, options: ElfParseOptions = {}): ElfImage {
  if (!isElf(bytes)) throw new LoadError(`${name}: not an ELF file`);
  if (bytes.length < 64) throw new LoadError(`${name}: truncated ELF header (${bytes.length} bytes)`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const elfClass = bytes[4];
  const dataEncoding = bytes[5];
  const machine = dv.getUint16(18, dataEncoding !== 2);
  if (machine !== EM_AARCH64 && !options.anyMachine) {
    const what = MACHINE_NAMES[machine] ?? `machine type ${machine}`;
    throw new LoadError(`${name}: ELF for ${what}, not AArch64`);
  }
  if (elfClass !== 2) throw new LoadError(`${name}: 32-bit ELF; only ELF64 files are supported`);
  if (dataEncoding !== 1) throw new LoadError(`${name}: big-endian ELF is not supported`);
  const type = dv.getUint16(16, true);
  if (type !== 2 && type !== 3) throw new LoadError(`${name}: ELF type ${type} is not an executable`);
  const entry = Number(dv.getBigUint64(24, true));
  const phoff = Number(dv.getBigUint64(32, true));
  const phentsize = dv.getUint16(54, true);
  const phnum = dv.getUint16(56, true);
  if (phnum === 0) throw new LoadError(`${name}: ELF has no program headers`);
  if (phentsize < 56 || phoff + phnum * phentsize > bytes.length) {
    throw new LoadError(`${name}: truncated ELF (program headers end beyond the file's ${bytes.length} bytes)`);
  }
  const segments: LoadedSegment[] = [];
  for (let i = 0; i < phnum; i++) {
    const ph = phoff + i * phentsize;
    if (dv.getUint32(ph, true) !== 1) continue; // PT_LOAD
    const offset = Number(dv.getBigUint64(ph + 8, true));
    const paddr = Number(dv.getBigUint64(ph + 24, true));
    const filesz = Number(dv.getBigUint64(ph + 32, true));
    const memsz = Number(dv.getBigUint64(ph + 40, true));
    if (memsz < filesz) throw new LoadError(`${name}: segment ${i} has memsz < filesz`);
    if (offset + filesz > bytes.length) {
      throw new LoadError(`${name}: truncated ELF (segment ${i} needs bytes up to ${offset + filesz}, file has ${bytes.length})`);
    }
    segments.push({ paddr, data: bytes.subarray(offset, offset + filesz), zeroBytes: memsz - filesz });
  }
  if (segments.length === 0) throw new LoadError(`${name}: ELF has no loadable segments`);
  return { entry, segments };
}

/** First byte used and first byte not used by the loaded segments (QEMU's lowaddr/highaddr). */
export function elfExtent(elf: ElfImage): { low: number; high: number } {
  let low = Infinity;
  let high = 0;
  for (const s of elf.segments) {
    low = Math.min(low, s.paddr);
    high = Math.max(high, s.paddr + s.data.length + s.zeroBytes);
  }
  return { low, high };
}

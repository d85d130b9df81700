// Builds minimal ELF64 files in memory for loader tests.
export interface SegmentSpec {
  paddr: number;
  data: Uint8Array;
  memsz?: number;
}

export function buildElf(opts: { machine?: number; elfClass?: number; entry: number; segments: SegmentSpec[] }): Uint8Array {
  const phoff = 64;
  const phentsize = 56;
  let dataOffset = phoff + phentsize * opts.segments.length;
  const total = dataOffset + opts.segments.reduce((n, s) => n + s.data.length, 0);
  const bytes = new Uint8Array(total);
  const dv = new DataView(bytes.buffer);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, opts.elfClass ?? 2, 1, 1]);
  dv.setUint16(16, 2, true); // ET_EXEC
  dv.setUint16(18, opts.machine ?? 183, true);
  dv.setUint32(20, 1, true);
  dv.setBigUint64(24, BigInt(opts.entry), true);
  dv.setBigUint64(32, BigInt(phoff), true);
  dv.setUint16(52, 64, true);
  dv.setUint16(54, phentsize, true);
  dv.setUint16(56, opts.segments.length, true);
  opts.segments.forEach((s, i) => {
    const ph = phoff + i * phentsize;
    dv.setUint32(ph, 1, true); // PT_LOAD
    dv.setUint32(ph + 4, 5, true);
    dv.setBigUint64(ph + 8, BigInt(dataOffset), true);
    dv.setBigUint64(ph + 16, BigInt(s.paddr), true);
    dv.setBigUint64(ph + 24, BigInt(s.paddr), true);
    dv.setBigUint64(ph + 32, BigInt(s.data.length), true);
    dv.setBigUint64(ph + 40, BigInt(s.memsz ?? s.data.length), true);
    bytes.set(s.data, dataOffset);
    dataOffset += s.data.length;
  });
  return bytes;
}

/** A64 words as little-endian bytes. */
export function code(...words: number[]): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  const dv = new DataView(out.buffer);
  words.forEach((w, i) => dv.setUint32(i * 4, w >>> 0, true));
  return out;
}

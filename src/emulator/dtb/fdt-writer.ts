// Serialises a DeviceTree into a flattened device tree blob, version 17 (Devicetree
// Specification v0.4, chapter 5): header, memory reservation block, structure block,
// strings block (property names stored once each).
import { concatBytes } from "../bytes";
import type { DeviceTree, FdtNode } from "./tree";
import * as F from "./fdt-format";

export interface FdtWriteOptions {
  /** Pad the blob with zeros to this totalsize (QEMU hands the guest such padded blobs). */
  totalSize?: number;
}

export function writeFdt(tree: DeviceTree, options: FdtWriteOptions = {}): Uint8Array {
  const strings = new StringTable();
  const struct = new WordWriter();
  emitNode(tree.root, struct, strings);
  struct.u32(F.FDT_END);

  const rsvmapOffset = F.FDT_HEADER_BYTES; // 8-byte aligned (spec 5.3.1)
  const rsvmapBytes = (tree.memoryReservations.length + 1) * 16;
  const structOffset = rsvmapOffset + rsvmapBytes;
  const structBytes = struct.bytes();
  const stringsOffset = structOffset + structBytes.length;
  const stringsBytes = strings.bytes();
  const minimal = stringsOffset + stringsBytes.length;
  const totalSize = options.totalSize ?? minimal;
  if (totalSize < minimal) throw new RangeError(`device tree needs ${minimal} bytes, more than the ${totalSize} requested`);

  const out = new Uint8Array(totalSize);
  const dv = new DataView(out.buffer);
  dv.setUint32(F.HDR_MAGIC, F.FDT_MAGIC);
  dv.setUint32(F.HDR_TOTALSIZE, totalSize);
  dv.setUint32(F.HDR_OFF_DT_STRUCT, structOffset);
  dv.setUint32(F.HDR_OFF_DT_STRINGS, stringsOffset);
  dv.setUint32(F.HDR_OFF_MEM_RSVMAP, rsvmapOffset);
  dv.setUint32(F.HDR_VERSION, F.FDT_VERSION);
  dv.setUint32(F.HDR_LAST_COMP_VERSION, F.FDT_LAST_COMPATIBLE_VERSION);
  dv.setUint32(F.HDR_BOOT_CPUID_PHYS, tree.bootCpuId);
  dv.setUint32(F.HDR_SIZE_DT_STRINGS, stringsBytes.length);
  dv.setUint32(F.HDR_SIZE_DT_STRUCT, structBytes.length);
  tree.memoryReservations.forEach((r, i) => {
    dv.setBigUint64(rsvmapOffset + i * 16, r.address);
    dv.setBigUint64(rsvmapOffset + i * 16 + 8, r.size);
  });
  out.set(structBytes, structOffset);
  out.set(stringsBytes, stringsOffset);
  return out;
}

function emitNode(node: FdtNode, out: WordWriter, strings: StringTable): void {
  out.u32(F.FDT_BEGIN_NODE);
  out.padded(new TextEncoder().encode(`${node.name}\0`));
  for (const p of node.properties) {
    out.u32(F.FDT_PROP);
    out.u32(p.value.length);
    out.u32(strings.offsetOf(p.name));
    out.padded(p.value);
  }
  for (const c of node.children) emitNode(c, out, strings);
  out.u32(F.FDT_END_NODE);
}

class StringTable {
  private readonly offsets = new Map<string, number>();
  private readonly parts: Uint8Array[] = [];
  private size = 0;

  offsetOf(name: string): number {
    let off = this.offsets.get(name);
    if (off === undefined) {
      off = this.size;
      const bytes = new TextEncoder().encode(`${name}\0`);
      this.parts.push(bytes);
      this.size += bytes.length;
      this.offsets.set(name, off);
    }
    return off;
  }

  bytes(): Uint8Array {
    return concatBytes(this.parts, this.size);
  }
}

/** Big-endian words and 4-byte-padded byte strings (the structure block's alignment, spec 5.4.2). */
class WordWriter {
  private readonly parts: Uint8Array[] = [];
  private size = 0;

  u32(v: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0);
    this.push(b);
  }

  padded(bytes: Uint8Array): void {
    this.push(bytes);
    const pad = (4 - (bytes.length % 4)) % 4;
    if (pad) this.push(new Uint8Array(pad));
  }

  private push(b: Uint8Array): void {
    this.parts.push(b);
    this.size += b.length;
  }

  bytes(): Uint8Array {
    return concatBytes(this.parts, this.size);
  }
}


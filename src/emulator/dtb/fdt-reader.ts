// Parses and validates a flattened device tree blob (Devicetree Specification v0.4, chapter 5)
// into a DeviceTree. Every malformation is a LoadError that names the file and the problem.
import { LoadError } from "../loaders/load-error";
import { FdtNode, type DeviceTree, type MemoryReservation } from "./tree";
import * as F from "./fdt-format";

export function readFdt(bytes: Uint8Array, name: string): DeviceTree {
  const fail = (msg: string): never => {
    throw new LoadError(`${name}: ${msg}`);
  };
  if (bytes.length < 4) fail(`truncated device tree (${bytes.length} bytes)`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = dv.getUint32(F.HDR_MAGIC);
  if (magic !== F.FDT_MAGIC) {
    fail(`not a device tree blob (magic 0x${hex8(magic)}, expected 0x${hex8(F.FDT_MAGIC)})`);
  }
  if (bytes.length < F.FDT_HEADER_BYTES) fail(`truncated device tree (${bytes.length} bytes; the header alone has ${F.FDT_HEADER_BYTES})`);
  const totalSize = dv.getUint32(F.HDR_TOTALSIZE);
  const version = dv.getUint32(F.HDR_VERSION);
  const lastComp = dv.getUint32(F.HDR_LAST_COMP_VERSION);
  if (version < F.FDT_LAST_COMPATIBLE_VERSION || lastComp > F.FDT_VERSION) {
    fail(`unsupported device tree version ${version} (last compatible ${lastComp}); versions 16 and 17 are supported`);
  }
  if (totalSize < F.FDT_HEADER_BYTES) fail(`device tree totalsize ${totalSize} is smaller than its header`);
  if (totalSize > bytes.length) fail(`truncated device tree (header says totalsize ${totalSize}, file has ${bytes.length} bytes)`);

  const structOff = dv.getUint32(F.HDR_OFF_DT_STRUCT);
  const stringsOff = dv.getUint32(F.HDR_OFF_DT_STRINGS);
  const rsvOff = dv.getUint32(F.HDR_OFF_MEM_RSVMAP);
  const stringsSize = dv.getUint32(F.HDR_SIZE_DT_STRINGS);
  // Version 16 headers end before size_dt_struct: the block then runs to at most totalsize.
  const structSize = version >= 17 ? dv.getUint32(F.HDR_SIZE_DT_STRUCT) : totalSize - structOff;
  const checkBlock = (what: string, off: number, size: number, align: number): void => {
    if (off < F.FDT_HEADER_BYTES - (version >= 17 ? 0 : 4) || off + size > totalSize || off % align !== 0) {
      fail(`device tree ${what} block (offset ${off}, ${size} bytes) does not fit in its totalsize ${totalSize}`);
    }
  };
  checkBlock("structure", structOff, structSize, 4);
  checkBlock("strings", stringsOff, stringsSize, 1);
  checkBlock("memory reservation", rsvOff, 16, 8);

  const memoryReservations: MemoryReservation[] = [];
  for (let off = rsvOff; ; off += 16) {
    if (off + 16 > totalSize) fail("device tree memory reservation block has no terminating entry");
    const address = dv.getBigUint64(off);
    const size = dv.getBigUint64(off + 8);
    if (address === 0n && size === 0n) break;
    memoryReservations.push({ address, size });
  }

  const root = parseStructure(bytes.subarray(structOff, structOff + structSize), bytes.subarray(stringsOff, stringsOff + stringsSize), (msg) =>
    fail(`device tree structure error: ${msg}`),
  );
  return { root, memoryReservations, bootCpuId: dv.getUint32(F.HDR_BOOT_CPUID_PHYS) };
}

function parseStructure(struct: Uint8Array, strings: Uint8Array, fail: (msg: string) => never): FdtNode {
  const dv = new DataView(struct.buffer, struct.byteOffset, struct.byteLength);
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const stack: FdtNode[] = [];
  let root: FdtNode | undefined;
  let off = 0;
  const word = (): number => {
    if (off + 4 > struct.length) fail(`block ends at offset ${struct.length} without FDT_END`);
    const v = dv.getUint32(off);
    off += 4;
    return v;
  };
  const cstring = (bytes: Uint8Array, start: number, what: string): string => {
    const end = bytes.indexOf(0, start);
    if (end < 0) fail(`unterminated ${what} at offset ${start}`);
    return decoder.decode(bytes.subarray(start, end));
  };
  for (;;) {
    const tokenAt = off;
    const token = word();
    switch (token) {
      case F.FDT_BEGIN_NODE: {
        if (root && stack.length === 0) fail(`second root node at offset ${tokenAt}`);
        const name = cstring(struct, off, "node name");
        off = align4(off + new TextEncoder().encode(name).length + 1);
        if (stack.length === 0 && name !== "") fail(`root node has a name ('${name}')`);
        if (stack.length > 0 && name === "") fail(`node without a name at offset ${tokenAt}`);
        const node = new FdtNode(name);
        if (stack.length === 0) root = node;
        else {
          const parent = stack[stack.length - 1];
          if (parent.child(name)) fail(`duplicate node '${name}' at offset ${tokenAt}`);
          parent.children.push(node);
        }
        stack.push(node);
        break;
      }
      case F.FDT_PROP: {
        const len = word();
        const nameOff = word();
        const node = stack[stack.length - 1];
        if (!node) fail(`property outside any node at offset ${tokenAt}`);
        if (node.children.length) fail(`property after a subnode at offset ${tokenAt}`);
        if (nameOff >= strings.length) fail(`property name offset ${nameOff} outside the strings block`);
        if (off + len > struct.length) fail(`property at offset ${tokenAt} runs past the block`);
        const propName = cstring(strings, nameOff, "property name");
        node.properties.push({ name: propName, value: struct.slice(off, off + len) });
        off = align4(off + len);
        break;
      }
      case F.FDT_END_NODE:
        if (!stack.pop()) fail(`FDT_END_NODE without an open node at offset ${tokenAt}`);
        break;
      case F.FDT_NOP:
        break;
      case F.FDT_END:
        if (stack.length) fail(`FDT_END at offset ${tokenAt} inside node '${stack[stack.length - 1].name}'`);
        if (!root) fail("no root node");
        return root;
      default:
        fail(`unknown token 0x${token.toString(16)} at offset ${tokenAt}`);
    }
  }
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, "0");
}

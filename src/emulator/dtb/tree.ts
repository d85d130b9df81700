// An in-memory device tree (Devicetree Specification v0.4, chapter 2): nodes with ordered
// properties and children. Mutations follow libfdt's placement, which is what QEMU's
// boot.c uses: a new property or subnode goes FIRST among its siblings, an existing
// property is replaced in place. Keeping that order makes our trees compare equal, node
// by node and property by property, to QEMU's dumpdtb output.

export interface FdtProperty {
  name: string;
  value: Uint8Array;
}

export interface MemoryReservation {
  address: bigint;
  size: bigint;
}

export class FdtNode {
  readonly properties: FdtProperty[] = [];
  readonly children: FdtNode[] = [];

  /** `name` includes the unit address ("pl011@9000000"); the root's name is "". */
  constructor(readonly name: string) {}

  property(name: string): FdtProperty | undefined {
    return this.properties.find((p) => p.name === name);
  }

  /** Replace the value of an existing property, or add it before the others. */
  setProperty(name: string, value: Uint8Array): this {
    const existing = this.property(name);
    if (existing) existing.value = value;
    else this.properties.unshift({ name, value });
    return this;
  }

  child(name: string): FdtNode | undefined {
    return this.children.find((c) => c.name === name);
  }

  /** Add a subnode before the existing ones (libfdt's fdt_add_subnode). */
  addChild(name: string): FdtNode {
    if (this.child(name)) throw new Error(`node ${name} already exists`);
    const node = new FdtNode(name);
    this.children.unshift(node);
    return node;
  }

  /** Add a subnode after the existing ones (for building a tree in document order). */
  appendChild(name: string): FdtNode {
    if (this.child(name)) throw new Error(`node ${name} already exists`);
    const node = new FdtNode(name);
    this.children.push(node);
    return node;
  }

  /** Add properties after the existing ones, in the order given (document order). */
  appendProperties(props: [name: string, value: Uint8Array][]): this {
    for (const [name, value] of props) {
      if (this.property(name)) throw new Error(`property ${name} already exists`);
      this.properties.push({ name, value });
    }
    return this;
  }

  removeChild(node: FdtNode): void {
    const i = this.children.indexOf(node);
    if (i >= 0) this.children.splice(i, 1);
  }

  /** Node name without its unit address. */
  get baseName(): string {
    const at = this.name.indexOf("@");
    return at < 0 ? this.name : this.name.slice(0, at);
  }
}

export interface DeviceTree {
  root: FdtNode;
  memoryReservations: MemoryReservation[];
  bootCpuId: number;
}

export function newDeviceTree(): DeviceTree {
  return { root: new FdtNode(""), memoryReservations: [], bootCpuId: 0 };
}

/** Look a node up by absolute path ("/", "/chosen", "/cpus/cpu@0"). */
export function findNode(tree: DeviceTree, path: string): FdtNode | undefined {
  if (!path.startsWith("/")) return undefined;
  let node: FdtNode | undefined = tree.root;
  for (const part of path.split("/").filter((p) => p !== "")) {
    node = node?.child(part);
  }
  return node;
}

/** Every node with its path, parents before children, in tree order. */
export function* walkNodes(node: FdtNode, path = "/"): Generator<{ path: string; node: FdtNode }> {
  yield { path, node };
  for (const c of node.children) yield* walkNodes(c, path === "/" ? `/${c.name}` : `${path}/${c.name}`);
}

// ---- property values (big-endian cells, NUL-terminated strings: Devicetree spec 2.2.4) ----

export function cells(...values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const dv = new DataView(out.buffer);
  values.forEach((v, i) => dv.setUint32(i * 4, v >>> 0));
  return out;
}

/** 64-bit values as pairs of cells (high word first). */
export function u64Cells(...values: (number | bigint)[]): Uint8Array {
  const out = new Uint8Array(values.length * 8);
  const dv = new DataView(out.buffer);
  values.forEach((v, i) => dv.setBigUint64(i * 8, BigInt.asUintN(64, BigInt(v))));
  return out;
}

/** Values of `cellCounts[i]` cells each (1 or 2), e.g. a reg entry of #address-cells/#size-cells. */
export function sizedCells(entries: [cellCount: number, value: number | bigint][]): Uint8Array {
  const words: number[] = [];
  for (const [n, v] of entries) {
    const big = BigInt(v);
    if (n === 2) words.push(Number(big >> 32n), Number(big & 0xffffffffn));
    else if (n === 1) {
      if (big >> 32n) throw new RangeError(`0x${big.toString(16)} does not fit in one cell`);
      words.push(Number(big));
    } else throw new RangeError(`unsupported cell count ${n}`);
  }
  return cells(...words);
}

export function stringValue(s: string): Uint8Array {
  return stringList(s);
}

export function stringList(...items: string[]): Uint8Array {
  return new TextEncoder().encode(items.map((s) => `${s}\0`).join(""));
}

export const EMPTY_VALUE = new Uint8Array(0);

export function readCell(value: Uint8Array, index = 0): number | undefined {
  if (value.length < (index + 1) * 4) return undefined;
  return new DataView(value.buffer, value.byteOffset, value.byteLength).getUint32(index * 4);
}

/** The property as a list of strings, or undefined if it is not NUL-terminated text. */
export function readStrings(value: Uint8Array): string[] | undefined {
  if (value.length === 0 || value[value.length - 1] !== 0) return undefined;
  return new TextDecoder().decode(value.subarray(0, value.length - 1)).split("\0");
}

// The flattened device tree reader and writer: round trips, and one clear LoadError for
// each kind of malformed blob.
import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readFdt } from "../../src/emulator/dtb/fdt-reader";
import { writeFdt } from "../../src/emulator/dtb/fdt-writer";
import { newDeviceTree, cells, stringList, findNode, readStrings, readCell } from "../../src/emulator/dtb/tree";
import { prepareBootDtb, randomizeRngSeeds } from "../../src/emulator/dtb/boot-dtb";

function sample(): Uint8Array {
  const t = newDeviceTree();
  t.root.appendProperties([["#address-cells", cells(2)], ["#size-cells", cells(2)], ["compatible", stringList("a", "b")]]);
  t.root.appendChild("chosen").appendProperties([["bootargs", stringList("x")]]);
  t.memoryReservations.push({ address: 0x1000n, size: 0x2000n });
  return writeFdt(t);
}

function withWord(blob: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = blob.slice();
  new DataView(copy.buffer).setUint32(offset, value);
  return copy;
}

const word = (blob: Uint8Array, offset: number): number => new DataView(blob.buffer, blob.byteOffset).getUint32(offset);

describe("FDT reader and writer", () => {
  test("round trip keeps nodes, property order, reservations and padding", () => {
    const blob = sample();
    const t = readFdt(blob, "s.dtb");
    expect(readStrings(t.root.property("compatible")!.value)).toEqual(["a", "b"]);
    expect(findNode(t, "/chosen")?.property("bootargs")).toBeDefined();
    expect(t.memoryReservations).toEqual([{ address: 0x1000n, size: 0x2000n }]);
    const padded = writeFdt(t, { totalSize: 4096 });
    expect(padded.length).toBe(4096);
    expect(word(padded, 4)).toBe(4096);
    expect(writeFdt(readFdt(padded, "p.dtb"))).toEqual(blob);
  });

  test("QEMU's 1 MiB board blob reads", () => {
    const t = readFdt(readFileSync(join(__dirname, "fixtures/qemu-virt-gicv2.dtb")), "virt.dtb");
    expect(readCell(findNode(t, "/apb-pclk")!.property("clock-frequency")!.value)).toBe(24_000_000);
  });

  const blob = sample();
  const structOff = word(blob, 8);
  test.each([
    ["bad magic", withWord(blob, 0, 0x12345678), "x.dtb: not a device tree blob (magic 0x12345678, expected 0xd00dfeed)"],
    ["a file of 3 bytes", blob.subarray(0, 3), "x.dtb: truncated device tree (3 bytes)"],
    ["a cut header", blob.subarray(0, 20), "x.dtb: truncated device tree (20 bytes; the header alone has 40)"],
    ["a cut blob", blob.subarray(0, blob.length - 4), `x.dtb: truncated device tree (header says totalsize ${blob.length}, file has ${blob.length - 4} bytes)`],
    ["a tiny totalsize", withWord(blob, 4, 8), "x.dtb: device tree totalsize 8 is smaller than its header"],
    ["version 15", withWord(withWord(blob, 20, 15), 24, 15), "x.dtb: unsupported device tree version 15 (last compatible 15); versions 16 and 17 are supported"],
    ["a structure block past the end", withWord(blob, 36, 0x10000), `x.dtb: device tree structure block (offset ${structOff}, 65536 bytes) does not fit in its totalsize ${blob.length}`],
    ["an unknown token", withWord(blob, structOff, 7), "x.dtb: device tree structure error: unknown token 0x7 at offset 0"],
    ["a property before any node", withWord(blob, structOff, 3), "x.dtb: device tree structure error: property outside any node at offset 0"],
    ["an early FDT_END", withWord(blob, structOff + 8, 9), "x.dtb: device tree structure error: FDT_END at offset 8 inside node ''"],
  ])("rejects %s", (_what, bytes, message) => {
    expect(() => readFdt(bytes, "x.dtb")).toThrow(message);
  });
});

describe("boot.c's device tree updates", () => {
  test("memory nodes replaced, chosen created, bootargs and initrd set, psci added, in libfdt's order", () => {
    const t = newDeviceTree();
    t.root.appendProperties([["#address-cells", cells(2)], ["#size-cells", cells(1)]]);
    t.root.appendChild("memory@80000000");
    t.root.appendChild("memory");
    t.root.appendChild("memory-controller");
    prepareBootDtb(t, { ramBase: 0x40000000, ramBytes: 0x10000000, cmdline: "quiet", initrd: { start: 0x48000000, sizeBytes: 0x100 } }, "t");
    expect(t.root.children.map((c) => c.name)).toEqual(["psci", "chosen", "memory@40000000", "memory-controller"]);
    const chosen = findNode(t, "/chosen")!;
    expect(chosen.properties.map((p) => p.name)).toEqual(["linux,initrd-end", "linux,initrd-start", "bootargs"]);
    expect(readCell(chosen.property("linux,initrd-end")!.value)).toBe(0x48000100);
    // #size-cells = 1: a three-cell reg
    expect(Array.from(findNode(t, "/memory@40000000")!.property("reg")!.value)).toEqual(Array.from(cells(0, 0x40000000, 0x10000000)));
  });

  test("an existing /psci and an empty command line are left alone", () => {
    const t = newDeviceTree();
    t.root.appendProperties([["#address-cells", cells(2)], ["#size-cells", cells(2)]]);
    t.root.appendChild("psci").appendProperties([["method", stringList("smc")]]);
    t.root.appendChild("chosen").appendProperties([["bootargs", stringList("kept")]]);
    prepareBootDtb(t, { ramBase: 0x40000000, ramBytes: 0x10000000, cmdline: "" }, "t");
    expect(readStrings(findNode(t, "/psci")!.property("method")!.value)).toEqual(["smc"]);
    expect(readStrings(findNode(t, "/chosen")!.property("bootargs")!.value)).toEqual(["kept"]);
  });

  test.each([
    [[], "t.dtb: the root node has no #address-cells or #size-cells"],
    [[["#address-cells", cells(0)], ["#size-cells", cells(2)]], "t.dtb: unsupported #address-cells 0 / #size-cells 2 in the root node"],
  ] as const)("rejects a root with %j", (props, message) => {
    const t = newDeviceTree();
    t.root.appendProperties(props.map(([n, v]) => [n, v] as [string, Uint8Array]));
    expect(() => prepareBootDtb(t, { ramBase: 0x40000000, ramBytes: 0x10000000, cmdline: "" }, "t.dtb")).toThrow(message);
  });

  test("rng-seed properties get new bytes at each reset; the root's and kaslr-seed do not", () => {
    const t = newDeviceTree();
    t.root.appendProperties([["rng-seed", cells(1)]]);
    t.root.appendChild("chosen").appendProperties([["rng-seed", cells(1, 2)], ["kaslr-seed", cells(3, 4)]]);
    randomizeRngSeeds(t, (n) => new Uint8Array(n).fill(0xee));
    expect(Array.from(findNode(t, "/chosen")!.property("rng-seed")!.value)).toEqual(new Array(8).fill(0xee));
    expect(Array.from(findNode(t, "/chosen")!.property("kaslr-seed")!.value)).toEqual(Array.from(cells(3, 4)));
    expect(Array.from(t.root.property("rng-seed")!.value)).toEqual(Array.from(cells(1)));
  });
});

// Our virt device tree against QEMU 7.2's, node by node. The fixtures are QEMU's dumpdtb
// output (see fixtures/README.md); the only differences allowed are the documented ones in
// src/emulator/dtb/virt-tree.ts.
import { describe, test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readFdt } from "../../src/emulator/dtb/fdt-reader";
import { writeFdt } from "../../src/emulator/dtb/fdt-writer";
import { buildVirtTree } from "../../src/emulator/dtb/virt-tree";
import { prepareBootDtb } from "../../src/emulator/dtb/boot-dtb";
import { walkNodes, type DeviceTree } from "../../src/emulator/dtb/tree";

const FIXTURES = join(__dirname, "fixtures");
/** Random in both trees: compared by length only. */
const RANDOM_PROPERTIES = new Set(["rng-seed", "kaslr-seed"]);
/** Nodes QEMU has and we deliberately leave out (virt-tree.ts explains why). */
const OMITTED = ["/fw-cfg@9020000", "/pcie@10000000", "/pmu", "/intc@8000000/its@8080000"];

function ours(gicVersion: 2 | 3): DeviceTree {
  const tree = buildVirtTree({
    gicVersion, cpuCompatible: "arm,cortex-a57", pmu: false, gicV3Its: false,
    randomBytes: (n) => new Uint8Array(n).fill(0xa5),
  });
  prepareBootDtb(tree, { ramBase: 0x40000000, ramBytes: 512 * 2 ** 20, cmdline: "" }, "board");
  return tree;
}

function compare(qemu: DeviceTree, mine: DeviceTree): void {
  const mineByPath = new Map([...walkNodes(mine.root)].map((e) => [e.path, e.node]));
  for (const { path, node } of walkNodes(qemu.root)) {
    if (OMITTED.some((p) => path === p || path.startsWith(`${p}/`))) {
      expect(mineByPath.has(path), `${path} is left out`).toBe(false);
      continue;
    }
    const m = mineByPath.get(path);
    expect(m, `node ${path}`).toBeDefined();
    if (!m) continue;
    expect(m.children.map((c) => c.name), `children of ${path}`).toEqual(
      node.children.map((c) => c.name).filter((n) => !OMITTED.includes(path === "/" ? `/${n}` : `${path}/${n}`)),
    );
    expect(m.properties.map((p) => p.name), `properties of ${path}`).toEqual(node.properties.map((p) => p.name));
    for (const p of node.properties) {
      const value = m.property(p.name)!.value;
      if (RANDOM_PROPERTIES.has(p.name)) expect(value.length, `${path} ${p.name} length`).toBe(p.value.length);
      else expect(Buffer.from(value).toString("hex"), `${path} ${p.name}`).toBe(Buffer.from(p.value).toString("hex"));
    }
  }
  const qemuPaths = new Set([...walkNodes(qemu.root)].map((e) => e.path));
  for (const path of mineByPath.keys()) expect(qemuPaths.has(path), `extra node ${path}`).toBe(true);
}

describe("virt device tree", () => {
  test.each([
    [2, "qemu-virt-gicv2.dtb"],
    [3, "qemu-virt-gicv3.dtb"],
  ] as const)("gic-version=%d matches QEMU's dumpdtb", (gic, fixture) => {
    const qemu = readFdt(readFileSync(join(FIXTURES, fixture)), fixture);
    compare(qemu, ours(gic));
  });

  test("our blob reads back to the same tree", () => {
    const tree = ours(2);
    const again = readFdt(writeFdt(tree), "ours");
    compare(again, tree);
  });
});

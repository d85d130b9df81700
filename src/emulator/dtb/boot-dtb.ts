// What QEMU 7.2's hw/arm/boot.c (arm_load_dtb) does to a device tree, the board's or a
// user's -dtb, before handing it to the guest: replace every root /memory node with one
// describing the RAM, create /chosen if needed, set bootargs and the initrd range, add a
// /psci node unless one exists. At every reset it also puts fresh random bytes into every
// rng-seed property (qemu_fdt_randomize_seeds).
import { LoadError } from "../loaders/load-error";
import { cells, readCell, sizedCells, stringValue, stringList, walkNodes, type DeviceTree } from "./tree";

export interface DtbBootInfo {
  ramBase: number;
  ramBytes: number;
  /** Kernel command line (-append); an empty string leaves bootargs alone. */
  cmdline: string;
  /** The initrd's guest-physical range, when one was loaded. */
  initrd?: { start: number; sizeBytes: number };
}

// PSCI function ids advertised in /psci (the SMC Calling Convention's 64-bit ids where
// they exist, Arm DEN0022), for the HVC conduit QEMU uses without EL2/EL3 firmware.
const PSCI_CPU_SUSPEND_64 = 0xc4000001;
const PSCI_CPU_OFF = 0x84000002;
const PSCI_CPU_ON_64 = 0xc4000003;
const PSCI_MIGRATE_64 = 0xc4000005;

export function prepareBootDtb(tree: DeviceTree, info: DtbBootInfo, name: string): void {
  const root = tree.root;
  const acells = readCell(root.property("#address-cells")?.value ?? new Uint8Array());
  const scells = readCell(root.property("#size-cells")?.value ?? new Uint8Array());
  if (acells === undefined || scells === undefined) {
    throw new LoadError(`${name}: the root node has no #address-cells or #size-cells`);
  }
  if (acells === 0 || scells === 0 || acells > 2 || scells > 2) {
    throw new LoadError(`${name}: unsupported #address-cells ${acells} / #size-cells ${scells} in the root node`);
  }
  if (scells < 2 && info.ramBytes >= 2 ** 32) throw new LoadError(`${name}: dtb file not compatible with RAM size > 4GB`);

  for (const node of [...root.children]) if (node.baseName === "memory") root.removeChild(node);
  root.addChild(`memory@${info.ramBase.toString(16)}`)
    .setProperty("device_type", stringValue("memory"))
    .setProperty("reg", sizedCells([[acells, info.ramBase], [scells, info.ramBytes]]));

  const chosen = root.child("chosen") ?? root.addChild("chosen");
  if (info.cmdline !== "") chosen.setProperty("bootargs", stringValue(info.cmdline));
  if (info.initrd) {
    // One cell each, as QEMU 7.2 writes them (RAM ends below 4 GiB here).
    chosen.setProperty("linux,initrd-start", cells(info.initrd.start));
    chosen.setProperty("linux,initrd-end", cells(info.initrd.start + info.initrd.sizeBytes));
  }

  if (!root.child("psci")) {
    root.addChild("psci")
      .setProperty("compatible", stringList("arm,psci-1.0", "arm,psci-0.2", "arm,psci"))
      .setProperty("method", stringValue("hvc"))
      .setProperty("cpu_suspend", cells(PSCI_CPU_SUSPEND_64))
      .setProperty("cpu_off", cells(PSCI_CPU_OFF))
      .setProperty("cpu_on", cells(PSCI_CPU_ON_64))
      .setProperty("migrate", cells(PSCI_MIGRATE_64));
  }
}

/** Refill every rng-seed property outside the root node with random bytes, as QEMU does at
 *  each system reset. */
export function randomizeRngSeeds(tree: DeviceTree, randomBytes: (n: number) => Uint8Array): void {
  for (const { node } of walkNodes(tree.root)) {
    if (node === tree.root) continue;
    const seed = node.property("rng-seed");
    if (seed) seed.value = randomBytes(seed.value.length);
  }
}

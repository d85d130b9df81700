// The virt board's device tree, node for node and property for property as QEMU 7.2's
// hw/arm/virt.c creates it (compare with `-M virt,dumpdtb=FILE`), before boot.c adds
// /memory, /psci and the /chosen boot properties (see boot-dtb.ts).
//
// Deliberate differences from QEMU, because the playground does not have the device:
//  - no /fw-cfg node (no firmware configuration interface);
//  - no /pcie node (no PCI devices; the ECAM and windows still answer like an empty bus,
//    see devices/pcie-host-absent.ts, so a QEMU-dumped tree that lists it still boots);
//  - /pmu only when the CPU has a PMU (as virt.c decides; ours has none);
//  - with GICv3, the ITS node only when the GIC model provides an ITS.
import { FdtNode, newDeviceTree, cells, u64Cells, stringValue, stringList, EMPTY_VALUE, type DeviceTree } from "./tree";
import {
  VIRT_MEMMAP, VIRT_MMIO_TRANSPORTS, VIRT_MMIO_TRANSPORT_SIZE, VIRT_APB_CLOCK_HZ, VIRT_FLASH_BANK_SIZE,
} from "../board/virt-memmap";

export interface VirtTreeOptions {
  gicVersion: 2 | 3;
  /** The CPU node's compatible, e.g. "arm,cortex-a57". */
  cpuCompatible: string;
  /** Whether the CPU implements the PMU (adds /pmu). */
  pmu: boolean;
  /** GICv3 only: whether there is an ITS (adds /intc/its@8080000). */
  gicV3Its: boolean;
  /** Source of the /chosen kaslr-seed and rng-seed bytes. */
  randomBytes: (n: number) => Uint8Array;
}

// Phandles in QEMU's allocation order (qemu_fdt_alloc_phandle starts at 0x8000).
export const PHANDLE_CLOCK = 0x8000;
export const PHANDLE_CPU0 = 0x8001;
export const PHANDLE_GIC = 0x8002;
export const PHANDLE_MSI = 0x8003;
export const PHANDLE_GPIO = 0x8004;

// Interrupt specifier cells (Linux's arm,gic binding): type, number, flags.
const GIC_SPI = 0;
const GIC_PPI = 1;
const IRQ_EDGE_RISING = 1;
const IRQ_LEVEL_HIGH = 4;
/** Generic timer PPIs: secure EL1, non-secure EL1, virtual, EL2 (INTID - 16). */
const TIMER_PPIS = [13, 14, 11, 10];
const PMU_PPI = 7;
/** Linux KEY_POWER, reported by the gpio-keys power button on GPIO line 3. */
const KEY_POWER = 116;
export const VIRT_POWER_BUTTON_GPIO = 3;

/** The unit-address part of a node name: the base address in lower-case hex. */
function at(name: string, base: number): string {
  return `${name}@${base.toString(16)}`;
}

/** reg entry with #address-cells = #size-cells = 2. */
function reg(...ranges: [base: number, size: number][]): Uint8Array {
  return u64Cells(...ranges.flat());
}

export function buildVirtTree(o: VirtTreeOptions): DeviceTree {
  const tree = newDeviceTree();
  const root = tree.root;
  const m = VIRT_MEMMAP;
  // PPI flags carry a CPU mask with GICv2 (bits 15:8, one bit per CPU; one CPU here).
  const ppiFlags = o.gicVersion === 2 ? (1 << 8) | IRQ_LEVEL_HIGH : IRQ_LEVEL_HIGH;
  const clocks = cells(PHANDLE_CLOCK);

  root.appendProperties([
    ["interrupt-parent", cells(PHANDLE_GIC)],
    ["model", stringValue("linux,dummy-virt")],
    ["#size-cells", cells(2)],
    ["#address-cells", cells(2)],
    ["compatible", stringValue("linux,dummy-virt")],
  ]);

  root.appendChild(at("platform-bus", m.platformBus.base)).appendProperties([
    ["interrupt-parent", cells(PHANDLE_GIC)],
    ["ranges", cells(0, 0, m.platformBus.base, m.platformBus.size)],
    ["#address-cells", cells(1)],
    ["#size-cells", cells(1)],
    ["compatible", stringList("qemu,platform", "simple-bus")],
  ]);

  for (let i = 0; i < VIRT_MMIO_TRANSPORTS; i++) {
    const base = m.mmio.base + i * VIRT_MMIO_TRANSPORT_SIZE;
    root.appendChild(at("virtio_mmio", base)).appendProperties([
      ["dma-coherent", EMPTY_VALUE],
      ["interrupts", cells(GIC_SPI, m.mmio.spi + i, IRQ_EDGE_RISING)],
      ["reg", reg([base, VIRT_MMIO_TRANSPORT_SIZE])],
      ["compatible", stringValue("virtio,mmio")],
    ]);
  }

  const keys = root.appendChild("gpio-keys").appendProperties([["compatible", stringValue("gpio-keys")]]);
  keys.appendChild("poweroff").appendProperties([
    ["gpios", cells(PHANDLE_GPIO, VIRT_POWER_BUTTON_GPIO, 0)],
    ["linux,code", cells(KEY_POWER)],
    ["label", stringValue("GPIO Key Poweroff")],
  ]);

  root.appendChild(at("pl061", m.gpio.base)).appendProperties([
    ["phandle", cells(PHANDLE_GPIO)],
    ["clock-names", stringValue("apb_pclk")],
    ["clocks", clocks],
    ["interrupts", cells(GIC_SPI, m.gpio.spi, IRQ_LEVEL_HIGH)],
    ["gpio-controller", EMPTY_VALUE],
    ["#gpio-cells", cells(2)],
    ["compatible", stringList("arm,pl061", "arm,primecell")],
    ["reg", reg([m.gpio.base, m.gpio.size])],
  ]);

  root.appendChild(at("pl031", m.rtc.base)).appendProperties([
    ["clock-names", stringValue("apb_pclk")],
    ["clocks", clocks],
    ["interrupts", cells(GIC_SPI, m.rtc.spi, IRQ_LEVEL_HIGH)],
    ["reg", reg([m.rtc.base, m.rtc.size])],
    ["compatible", stringList("arm,pl031", "arm,primecell")],
  ]);

  root.appendChild(at("pl011", m.uart.base)).appendProperties([
    ["clock-names", stringList("uartclk", "apb_pclk")],
    ["clocks", cells(PHANDLE_CLOCK, PHANDLE_CLOCK)],
    ["interrupts", cells(GIC_SPI, m.uart.spi, IRQ_LEVEL_HIGH)],
    ["reg", reg([m.uart.base, m.uart.size])],
    ["compatible", stringList("arm,pl011", "arm,primecell")],
  ]);

  if (o.pmu) {
    root.appendChild("pmu").appendProperties([
      ["interrupts", cells(GIC_PPI, PMU_PPI, ppiFlags)],
      ["compatible", stringValue("arm,armv8-pmuv3")],
    ]);
  }

  appendGic(root, o);

  root.appendChild(at("flash", m.flash.base)).appendProperties([
    ["bank-width", cells(4)],
    ["reg", reg([m.flash.base, VIRT_FLASH_BANK_SIZE], [m.flash.base + VIRT_FLASH_BANK_SIZE, VIRT_FLASH_BANK_SIZE])],
    ["compatible", stringValue("cfi-flash")],
  ]);

  const cpus = root.appendChild("cpus").appendProperties([
    ["#size-cells", cells(0)],
    ["#address-cells", cells(1)],
  ]);
  cpus.appendChild("cpu-map").appendChild("socket0").appendChild("cluster0").appendChild("core0")
    .appendProperties([["cpu", cells(PHANDLE_CPU0)]]);
  cpus.appendChild("cpu@0").appendProperties([
    ["phandle", cells(PHANDLE_CPU0)],
    ["reg", cells(0)],
    ["compatible", stringValue(o.cpuCompatible)],
    ["device_type", stringValue("cpu")],
  ]);

  root.appendChild("timer").appendProperties([
    ["interrupts", cells(...TIMER_PPIS.flatMap((ppi) => [GIC_PPI, ppi, ppiFlags]))],
    ["always-on", EMPTY_VALUE],
    ["compatible", stringList("arm,armv8-timer", "arm,armv7-timer")],
  ]);

  root.appendChild("apb-pclk").appendProperties([
    ["phandle", cells(PHANDLE_CLOCK)],
    ["clock-output-names", stringValue("clk24mhz")],
    ["clock-frequency", cells(VIRT_APB_CLOCK_HZ)],
    ["#clock-cells", cells(0)],
    ["compatible", stringValue("fixed-clock")],
  ]);

  root.appendChild("chosen").appendProperties([
    ["stdout-path", stringValue(`/${at("pl011", m.uart.base)}`)],
    ["rng-seed", o.randomBytes(32)],
    ["kaslr-seed", o.randomBytes(8)],
  ]);
  return tree;
}

function appendGic(root: FdtNode, o: VirtTreeOptions): void {
  const m = VIRT_MEMMAP;
  const intc = root.appendChild(at("intc", m.gicDist.base));
  const common: [string, Uint8Array][] = [
    ["ranges", EMPTY_VALUE],
    ["#size-cells", cells(2)],
    ["#address-cells", cells(2)],
    ["interrupt-controller", EMPTY_VALUE],
    ["#interrupt-cells", cells(3)],
  ];
  if (o.gicVersion === 2) {
    intc.appendProperties([
      ["phandle", cells(PHANDLE_GIC)],
      ["reg", reg([m.gicDist.base, m.gicDist.size], [m.gicCpu.base, m.gicCpu.size])],
      ["compatible", stringValue("arm,cortex-a15-gic")],
      ...common,
    ]);
    intc.appendChild(at("v2m", m.gicV2m.base)).appendProperties([
      ["phandle", cells(PHANDLE_MSI)],
      ["reg", reg([m.gicV2m.base, m.gicV2m.size])],
      ["msi-controller", EMPTY_VALUE],
      ["compatible", stringValue("arm,gic-v2m-frame")],
    ]);
  } else {
    intc.appendProperties([
      ["phandle", cells(PHANDLE_GIC)],
      ["reg", reg([m.gicDist.base, m.gicDist.size], [m.gicRedist.base, m.gicRedist.size])],
      ["#redistributor-regions", cells(1)],
      ["compatible", stringValue("arm,gic-v3")],
      ...common,
    ]);
    if (o.gicV3Its) {
      intc.appendChild(at("its", m.gicIts.base)).appendProperties([
        ["phandle", cells(PHANDLE_MSI)],
        ["reg", reg([m.gicIts.base, m.gicIts.size])],
        ["#msi-cells", cells(1)],
        ["msi-controller", EMPTY_VALUE],
        ["compatible", stringValue("arm,gic-v3-its")],
      ]);
    }
  }
}

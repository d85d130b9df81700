// QEMU 7.2's `-M virt` board around the CPU core: the devices on the physical address map
// (virt-memmap.ts), their interrupt lines, and the board's device tree. The GIC and the
// generic timers live in the core; everything else is here.
//
// Present: PL011 UART, PL031 RTC, PL061 GPIO (power button line), two CFI flash banks,
// 32 virtio-mmio transports (devices/virtio/), the GICv2m MSI frame (with GICv2), and the
// PCIe host windows answering like an empty bus.
// Not present: fw_cfg (no firmware), the PCIe host bridge and QEMU's default virtio-net
// NIC, the platform bus's dynamic devices, and everything QEMU adds only for the secure
// world, SMMU, ACPI or NVDIMMs.
import { MmioBus } from "../devices/bus";
import { Pl011 } from "../devices/pl011";
import { Pl031 } from "../devices/pl031";
import { Pl061 } from "../devices/pl061";
import { PflashCfi01 } from "../devices/pflash-cfi01";
import { PcieHostAbsent } from "../devices/pcie-host-absent";
import { GicV2m } from "../devices/gicv2m";
import { GuestMemory } from "../devices/virtio/guest-memory";
import { VirtioMmioTransport } from "../devices/virtio/mmio-transport";
import { VIRTIO_MMIO_STRIDE, virtioSlots, type VirtioDeviceSpec } from "../devices/virtio/virt-board";
import { RAM_BASE_PA } from "../core/layout";
import { GIC_V2, GIC_V3 } from "../core-host";
import type { CpuModelName } from "../cpu-models";
import { buildVirtTree } from "../dtb/virt-tree";
import type { DeviceTree } from "../dtb/tree";
import {
  VIRT_MEMMAP, VIRT_FLASH_BANK_SIZE, VIRT_FLASH_SECTOR_SIZE, spiIntid,
} from "./virt-memmap";
import type { PhysRegion } from "../loaders/boot-plan";

export type GicVersion = 2 | 3;

/** The core's configureGic() id for each -M virt,gic-version value. */
export const CORE_GIC_IDS: Record<GicVersion, number> = { 2: GIC_V2, 3: GIC_V3 };

/** The board's device tree as virt.c builds it (before boot.c's /memory, /chosen, /psci). */
export function virtDeviceTree(gicVersion: GicVersion, cpuModel: CpuModelName, randomBytes: (n: number) => Uint8Array): DeviceTree {
  return buildVirtTree({
    gicVersion,
    cpuCompatible: CPU_COMPATIBLE[cpuModel],
    // The core has no PMU (ID_AA64DFR0_EL1.PMUVer = 0), so virt.c would add no /pmu.
    pmu: false,
    gicV3Its: false,
    randomBytes,
  });
}

/** Regions besides RAM that hold ROM images: the two flash banks. */
export function virtRomRegions(): PhysRegion[] {
  return [0, 1].map((i) => ({ name: `flash${i}`, base: VIRT_MEMMAP.flash.base + i * VIRT_FLASH_BANK_SIZE, size: VIRT_FLASH_BANK_SIZE }));
}

/** The CPU node's compatible string for each -cpu model (QEMU's dtb_compatible; "max" is
 *  based on the Cortex-A57). */
const CPU_COMPATIBLE: Record<CpuModelName, string> = {
  "cortex-a53": "arm,cortex-a53",
  "cortex-a57": "arm,cortex-a57",
  "cortex-a72": "arm,cortex-a72",
  max: "arm,cortex-a57",
};

/** QEMU builds the board's blob with a totalsize of 1 MiB (FDT_MAX_SIZE); the size matters
 *  because it decides where the blob fits. */
export const VIRT_TREE_BYTES = 0x100000;

export interface VirtBoardOptions {
  gicVersion: GicVersion;
  cpuModel: CpuModelName;
  /** Receives every byte the guest writes to the console UART. */
  consoleOutput: (byte: number) => void;
  /** Drives GIC input `intid` (an SPI). */
  setIrq: (intid: number, level: boolean) => void;
  /** Guest RAM (guest physical RAM_BASE_PA upwards), for the virtio devices' DMA. */
  ram: Uint8Array;
  /** virtio-mmio devices in QEMU -device order. */
  virtioDevices: readonly VirtioDeviceSpec[];
  /** virtio-mmio force-legacy: the Version 1 register interface instead of virtio 1.x. */
  virtioLegacy: boolean;
  /** Told when a virtio device stops because the guest broke its protocol. */
  onDeviceError?: (message: string) => void;
  /** Wakes the machine when a device completes work outside the guest's register accesses
   *  (a virtio-blk over asynchronous storage). */
  wake?: () => void;
  /** Wall clock for the RTC, ms since the Unix epoch (default Date.now). */
  wallClockMs?: () => number;
}

export class VirtBoard {
  readonly bus = new MmioBus();
  readonly uart: Pl011;
  readonly rtc: Pl031;
  readonly gpio: Pl061;
  readonly flash: PflashCfi01[];
  /** The 32 virtio-mmio transports, lowest address first (devices/virtio/virt-board.ts
   *  places -device entries as QEMU does: the first at the highest address). */
  readonly virtio: VirtioMmioTransport[] = [];

  constructor(private readonly options: VirtBoardOptions) {
    const m = VIRT_MEMMAP;
    const irq = (spi: number) => (level: boolean) => options.setIrq(spiIntid(spi), level);

    this.flash = [0, 1].map((i) => new PflashCfi01(`flash${i}`, VIRT_FLASH_BANK_SIZE, VIRT_FLASH_SECTOR_SIZE));
    this.flash.forEach((f, i) => this.bus.map(m.flash.base + i * VIRT_FLASH_BANK_SIZE, VIRT_FLASH_BANK_SIZE, f));

    if (options.gicVersion === 2) {
      const firstIntid = spiIntid(m.gicV2m.spi);
      const pulse = (intid: number): void => {
        options.setIrq(intid, true);
        options.setIrq(intid, false);
      };
      this.bus.map(m.gicV2m.base, m.gicV2m.size, new GicV2m(firstIntid, m.gicV2m.spiCount, pulse));
    }

    this.uart = new Pl011(options.consoleOutput, irq(m.uart.spi));
    this.bus.map(m.uart.base, m.uart.size, this.uart);
    this.rtc = new Pl031(irq(m.rtc.spi), options.wallClockMs);
    this.bus.map(m.rtc.base, m.rtc.size, this.rtc);
    this.gpio = new Pl061(irq(m.gpio.spi));
    this.bus.map(m.gpio.base, m.gpio.size, this.gpio);

    const memory = new GuestMemory(options.ram, RAM_BASE_PA);
    for (const slot of virtioSlots(options.virtioDevices)) {
      const transport = new VirtioMmioTransport({
        device: slot.device,
        legacy: options.virtioLegacy,
        memory,
        setIrq: (level) => options.setIrq(slot.intid, level),
        onError: options.onDeviceError,
        wake: options.wake,
      });
      this.virtio.push(transport);
      this.bus.map(slot.base, VIRTIO_MMIO_STRIDE, transport);
    }

    // The PCIe windows QEMU maps with its default highmem layout (the 32-bit ECAM window
    // is not mapped when the high one is).
    for (const r of [m.pcieMmio, m.pciePio, m.highPcieEcam, m.highPcieMmio]) this.bus.map(r.base, r.size, new PcieHostAbsent(r.name));
  }

  /** Copy a ROM image into flash (an address inside romRegions()). */
  loadFlash(address: number, data: Uint8Array): void {
    const bank = Math.floor((address - VIRT_MEMMAP.flash.base) / VIRT_FLASH_BANK_SIZE);
    this.flash[bank].load(address - VIRT_MEMMAP.flash.base - bank * VIRT_FLASH_BANK_SIZE, data);
  }

  reset(): void {
    this.bus.reset();
  }

  /** Device events due by now (the RTC's match interrupt); call between slices. */
  pollDevices(): void {
    this.rtc.pollAlarm();
  }

  /** Wall-clock time (ms since the epoch) of the next device event, or Infinity. */
  nextDeviceEventMs(): number {
    return this.rtc.nextAlarmMs();
  }

  /** Some device has requests in flight that complete asynchronously. */
  devicesBusy(): boolean {
    return this.virtio.some((t) => t.busy());
  }
}

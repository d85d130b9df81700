// QEMU 7.2's `-M virt` board around the CPU core: the devices on the physical address map
// (virt-memmap.ts), their interrupt lines, and the board's device tree. The GIC and the
// generic timers live in the core; everything else is here.
//
// Present: PL011 UART, PL031 RTC, PL061 GPIO (power button line), two CFI flash banks,
// 32 virtio-mmio transports (empty until a virtio device is plugged in), the GICv2m MSI
// frame (with GICv2), and the PCIe host windows answering like an empty bus.
// Not present: fw_cfg (no firmware), the PCIe host bridge and QEMU's default virtio-net
// NIC, the platform bus's dynamic devices, and everything QEMU adds only for the secure
// world, SMMU, ACPI or NVDIMMs.
import { MmioBus, type MmioDevice } from "../devices/bus";
import { Pl011 } from "../devices/pl011";
import { Pl031 } from "../devices/pl031";
import { Pl061 } from "../devices/pl061";
import { PflashCfi01 } from "../devices/pflash-cfi01";
import { PcieHostAbsent } from "../devices/pcie-host-absent";
import { GicV2m } from "../devices/gicv2m";
import { VirtioMmioEmpty } from "../devices/virtio-mmio-empty";
import { LoadError } from "../loaders/load-error";
import { GIC_V2 } from "../core-host";
import type { CpuModelName } from "../cpu-models";
import { buildVirtTree } from "../dtb/virt-tree";
import type { DeviceTree } from "../dtb/tree";
import {
  VIRT_MEMMAP, VIRT_FLASH_BANK_SIZE, VIRT_FLASH_SECTOR_SIZE, VIRT_MMIO_TRANSPORTS, VIRT_MMIO_TRANSPORT_SIZE, spiIntid,
} from "./virt-memmap";
import type { PhysRegion } from "../loaders/boot-plan";

export type GicVersion = 2 | 3;

/** The interrupt controllers the core implements, by -M virt,gic-version value. GICv3 is
 *  not in the core yet. */
const CORE_GIC_IDS: Partial<Record<GicVersion, number>> = { 2: GIC_V2 };

/** The core's configureGic() id for a gic-version, or a LoadError if the core lacks it. */
export function coreGicId(version: GicVersion): number {
  const id = CORE_GIC_IDS[version];
  if (id === undefined) throw new LoadError(`-M virt,gic-version=${version}: GICv${version} is not supported yet (use gic-version=2)`);
  return id;
}

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
  /** Wall clock for the RTC, ms since the Unix epoch (default Date.now). */
  wallClockMs?: () => number;
}

export class VirtBoard {
  readonly bus = new MmioBus();
  readonly uart: Pl011;
  readonly rtc: Pl031;
  readonly gpio: Pl061;
  readonly flash: PflashCfi01[];
  private readonly transports: VirtioTransportSlot[] = [];

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

    for (let i = 0; i < VIRT_MMIO_TRANSPORTS; i++) {
      const slot = new VirtioTransportSlot(`virtio-mmio@${(m.mmio.base + i * VIRT_MMIO_TRANSPORT_SIZE).toString(16)}`);
      this.transports.push(slot);
      this.bus.map(m.mmio.base + i * VIRT_MMIO_TRANSPORT_SIZE, VIRT_MMIO_TRANSPORT_SIZE, slot);
    }

    // The PCIe windows QEMU maps with its default highmem layout (the 32-bit ECAM window
    // is not mapped when the high one is).
    for (const r of [m.pcieMmio, m.pciePio, m.highPcieEcam, m.highPcieMmio]) this.bus.map(r.base, r.size, new PcieHostAbsent(r.name));
  }

  /** Plug a virtio device into the next free transport. As in QEMU, the first device gets
   *  the transport with the highest address. `create` receives the transport's interrupt
   *  line. Returns the transport's base address and GIC INTID. */
  plugVirtio(create: (setIrq: (level: boolean) => void) => MmioDevice): { base: number; intid: number } {
    for (let i = VIRT_MMIO_TRANSPORTS - 1; i >= 0; i--) {
      const slot = this.transports[i];
      if (slot.device) continue;
      const intid = spiIntid(VIRT_MEMMAP.mmio.spi + i);
      slot.device = create((level) => this.options.setIrq(intid, level));
      return { base: VIRT_MEMMAP.mmio.base + i * VIRT_MMIO_TRANSPORT_SIZE, intid };
    }
    throw new LoadError(`too many virtio devices (the board has ${VIRT_MMIO_TRANSPORTS} transports)`);
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
}

/** One virtio-mmio transport: empty, or the device plugged into it. */
class VirtioTransportSlot implements MmioDevice {
  device: MmioDevice | undefined;
  private readonly empty: VirtioMmioEmpty;

  constructor(readonly name: string) {
    this.empty = new VirtioMmioEmpty(name);
  }

  read(offset: number, size: number): number | bigint {
    return (this.device ?? this.empty).read(offset, size);
  }

  write(offset: number, size: number, value: bigint): void {
    (this.device ?? this.empty).write(offset, size, value);
  }

  reset(): void {
    this.device?.reset?.();
  }
}

// QEMU 7.2's `-M virt` physical memory map (hw/arm/virt.c base_memmap, extended_memmap and
// a15irqmap), as data. `spi` is the first shared peripheral interrupt (GIC INTID 32 + spi);
// `spiCount` how many consecutive SPIs the region uses. Regions QEMU creates only for
// options we do not offer (secure world, SMMU, ACPI, NVDIMM, PV time) are listed for
// reference with `present: false`.

export interface VirtRegion {
  name: string;
  base: number;
  size: number;
  spi?: number;
  spiCount?: number;
  /** false: QEMU only creates it with options the playground does not support. */
  present?: boolean;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

export const VIRT_MEMMAP = {
  flash: { name: "flash", base: 0x00000000, size: 0x08000000 },
  cpuPeripherals: { name: "cpu-peripherals", base: 0x08000000, size: 0x00020000 },
  gicDist: { name: "gic-dist", base: 0x08000000, size: 0x00010000 },
  gicCpu: { name: "gic-cpu", base: 0x08010000, size: 0x00010000 },
  gicV2m: { name: "gic-v2m", base: 0x08020000, size: 0x00001000, spi: 48, spiCount: 64 },
  gicHyp: { name: "gic-hyp", base: 0x08030000, size: 0x00010000, present: false },
  gicVcpu: { name: "gic-vcpu", base: 0x08040000, size: 0x00010000, present: false },
  gicIts: { name: "gic-its", base: 0x08080000, size: 0x00020000 },
  gicRedist: { name: "gic-redist", base: 0x080a0000, size: 0x00f60000 },
  uart: { name: "uart", base: 0x09000000, size: 0x00001000, spi: 1 },
  rtc: { name: "rtc", base: 0x09010000, size: 0x00001000, spi: 2 },
  fwCfg: { name: "fw-cfg", base: 0x09020000, size: 0x00000018 },
  gpio: { name: "gpio", base: 0x09030000, size: 0x00001000, spi: 7 },
  secureUart: { name: "secure-uart", base: 0x09040000, size: 0x00001000, spi: 8, present: false },
  smmu: { name: "smmu", base: 0x09050000, size: 0x00020000, spi: 74, spiCount: 4, present: false },
  pcdimmAcpi: { name: "pcdimm-acpi", base: 0x09070000, size: 0x18, present: false },
  acpiGed: { name: "acpi-ged", base: 0x09080000, size: 0x4, spi: 9, present: false },
  nvdimmAcpi: { name: "nvdimm-acpi", base: 0x09090000, size: 0x4, present: false },
  pvtime: { name: "pvtime", base: 0x090a0000, size: 0x00010000, present: false },
  secureGpio: { name: "secure-gpio", base: 0x090b0000, size: 0x00001000, present: false },
  /** The first of VIRT_MMIO_TRANSPORTS virtio-mmio transports, each VIRT_MMIO_TRANSPORT_SIZE apart. */
  mmio: { name: "virtio-mmio", base: 0x0a000000, size: 0x00000200, spi: 16, spiCount: 32 },
  platformBus: { name: "platform-bus", base: 0x0c000000, size: 0x02000000, spi: 112, spiCount: 64 },
  secureMem: { name: "secure-mem", base: 0x0e000000, size: 0x01000000, present: false },
  pcieMmio: { name: "pcie-mmio", base: 0x10000000, size: 0x2eff0000 },
  pciePio: { name: "pcie-pio", base: 0x3eff0000, size: 0x00010000 },
  /** Its SPIs are the PCIe host's legacy interrupts INTA..INTD. */
  pcieEcam: { name: "pcie-ecam", base: 0x3f000000, size: 0x01000000, spi: 3, spiCount: 4 },
  ram: { name: "ram", base: 0x40000000, size: 255 * GiB },
  // The high regions float above RAM; with less than 256 GiB of RAM they start at 256 GiB,
  // each aligned to its own size (virt.c virt_set_high_memmap).
  highGicRedist2: { name: "high-gic-redist2", base: 256 * GiB, size: 64 * MiB, present: false },
  highPcieEcam: { name: "high-pcie-ecam", base: 256 * GiB + 256 * MiB, size: 256 * MiB },
  highPcieMmio: { name: "high-pcie-mmio", base: 512 * GiB, size: 512 * GiB },
} as const satisfies Record<string, VirtRegion>;

export const VIRT_FLASH_BANK_SIZE = 64 * MiB;
/** pflash sector (erase block) size on virt. */
export const VIRT_FLASH_SECTOR_SIZE = 256 * KiB;
export const VIRT_MMIO_TRANSPORTS = 32;
export const VIRT_MMIO_TRANSPORT_SIZE = 0x200;
/** The clock QEMU gives the PrimeCell devices (apb-pclk node): 24 MHz. */
export const VIRT_APB_CLOCK_HZ = 24_000_000;
/** GIC inputs: 32 SGIs/PPIs, then the board's 256 SPIs. */
export const GIC_SPI_BASE = 32;

/** GIC INTID of SPI `spi`. */
export function spiIntid(spi: number): number {
  return GIC_SPI_BASE + spi;
}

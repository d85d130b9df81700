// GICv2m MSI frame (Arm Server Base System Architecture, appendix on GICv2m), as QEMU 7.2's
// virt board places it next to a GICv2: a write of an interrupt number to MSI_SETSPI_NS
// pulses that SPI, edge style. The frame covers 64 SPIs starting at virt's SPI 48.
import type { MmioDevice } from "./bus";

const MSI_TYPER = 0x008;
const MSI_SETSPI_NS = 0x040;
const MSI_IIDR = 0xfcc;
/** IIDR product id 'Q' (QEMU) in bits [31:20]. */
const IIDR_VALUE = 0x51 << 20;

export class GicV2m implements MmioDevice {
  readonly name = "gicv2m";

  /** `firstIntid`: GIC INTID of the frame's first SPI; `pulse(intid)` raises then lowers it. */
  constructor(private readonly firstIntid: number, private readonly spiCount: number, private readonly pulse: (intid: number) => void) {}

  read(offset: number, size: number): number {
    // QEMU answers 16- and 32-bit reads only; others read as zero.
    if (size !== 2 && size !== 4) return 0;
    const mask = size === 2 ? 0xffff : 0xffffffff;
    switch (offset) {
      case MSI_TYPER: return ((this.firstIntid << 16) | this.spiCount) & mask;
      case MSI_IIDR: return IIDR_VALUE & mask;
      default: return 0; // including the ID registers at 0xfd0..0xffc, which QEMU leaves zero
    }
  }

  write(offset: number, _size: number, value: bigint): void {
    if (offset !== MSI_SETSPI_NS) return;
    const spi = (Number(value & 0x3ffn) - this.firstIntid) >>> 0;
    if (spi < this.spiCount) this.pulse(this.firstIntid + spi);
  }
}

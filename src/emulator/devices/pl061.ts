// Arm PrimeCell GPIO (PL061, Arm DDI 0190), as QEMU 7.2's virt board has it at 0x09030000
// for the ACPI/DT power button (gpio-keys on line 3). Eight lines; inputs not driven by
// the board read 0 (virt configures pull-downs). Edge- and level-sensitive interrupts
// combine into one interrupt output.
import type { MmioDevice } from "./bus";

const DATA_END = 0x400; // 0x000..0x3fc: data, masked by address bits [9:2]
const DIR = 0x400;
const IS = 0x404;
const IBE = 0x408;
const IEV = 0x40c;
const IE = 0x410;
const RIS = 0x414;
const MIS = 0x418;
const IC = 0x41c;
const AFSEL = 0x420;

/** 0xfd0..0xffc: four reserved zeros, PeriphID0..3 (part 0x061, Arm), PCellID0..3. */
const ID_BYTES = [0x00, 0x00, 0x00, 0x00, 0x61, 0x10, 0x04, 0x00, 0x0d, 0xf0, 0x05, 0xb1];

export class Pl061 implements MmioDevice {
  readonly name = "pl061";
  private data = 0;
  /** Input levels as last seen by the edge detector. */
  private lastInputs = 0;
  private dir = 0;
  private isense = 0;
  private ibe = 0;
  private iev = 0;
  private im = 0;
  private istate = 0;
  private afsel = 0;
  private irqLevel = false;

  constructor(private readonly setIrq: (level: boolean) => void) {}

  reset(): void {
    this.data = this.lastInputs = this.dir = this.isense = this.ibe = this.iev = 0;
    this.im = this.istate = this.afsel = 0;
    this.update();
  }

  /** The board drives input line `line` (0..7); ignored while the line is an output. */
  setInput(line: number, level: boolean): void {
    const mask = 1 << line;
    if (this.dir & mask) return;
    this.data = level ? this.data | mask : this.data & ~mask;
    this.update();
  }

  read(offset: number): number {
    if (offset < DATA_END) return this.data & (offset >> 2);
    if (offset >= 0xfd0 && offset < 0x1000) return ID_BYTES[(offset - 0xfd0) >> 2];
    switch (offset) {
      case DIR: return this.dir;
      case IS: return this.isense;
      case IBE: return this.ibe;
      case IEV: return this.iev;
      case IE: return this.im;
      case RIS: return this.istate;
      case MIS: return this.istate & this.im;
      case AFSEL: return this.afsel;
      default: return 0;
    }
  }

  write(offset: number, _size: number, value: bigint): void {
    const v = Number(value & 0xffn);
    if (offset < DATA_END) {
      // Only lines that are outputs and selected by the address mask change.
      const mask = (offset >> 2) & this.dir;
      this.data = (this.data & ~mask) | (v & mask);
    } else {
      switch (offset) {
        case DIR: this.dir = v; break;
        case IS: this.isense = v; break;
        case IBE: this.ibe = v; break;
        case IEV: this.iev = v; break;
        case IE: this.im = v; break;
        case IC: this.istate &= ~v; break;
        case AFSEL: this.afsel = v; break;
      }
    }
    this.update();
  }

  private update(): void {
    const changed = (this.lastInputs ^ this.data) & ~this.dir & 0xff;
    if (changed) {
      this.lastInputs = this.data;
      // Edge-sensitive lines (IS = 0): both edges with IBE, else the edge IEV selects.
      const edge = changed & ~this.isense;
      this.istate |= edge & (this.ibe | ~(this.data ^ this.iev));
    }
    // Level-sensitive lines (IS = 1) latch while at the IEV level.
    this.istate = (this.istate | (~(this.data ^ this.iev) & this.isense)) & 0xff;
    const level = (this.istate & this.im) !== 0;
    if (level !== this.irqLevel) {
      this.irqLevel = level;
      this.setIrq(level);
    }
  }
}

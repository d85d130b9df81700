// Arm PrimeCell UART (PL011), the registers Linux's amba-pl011 driver and earlycon use
// (Arm DDI 0183). Transmit is immediate; receive goes through a 32-entry FIFO.
import type { MmioDevice } from "./bus";

const DR = 0x00;
const RSR = 0x04;
const FR = 0x18;
const ILPR = 0x20;
const IBRD = 0x24;
const FBRD = 0x28;
const LCR_H = 0x2c;
const CR = 0x30;
const IFLS = 0x34;
const IMSC = 0x38;
const RIS = 0x3c;
const MIS = 0x40;
const ICR = 0x44;
const DMACR = 0x48;

const FR_RXFE = 1 << 4;
const FR_TXFF = 1 << 5;
const FR_RXFF = 1 << 6;
const FR_TXFE = 1 << 7;

const INT_RX = 1 << 4;
const INT_TX = 1 << 5;
const INT_RT = 1 << 6;

const LCR_FEN = 1 << 4;
const FIFO_DEPTH = 32;

/** PrimeCell identification registers at 0xfe0..0xffc: PL011 r1p5, as QEMU reports. */
const ID_BYTES = [0x11, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1];

export class Pl011 implements MmioDevice {
  readonly name = "pl011";
  private readonly rxFifo: number[] = [];
  private ilpr = 0;
  private ibrd = 0;
  private fbrd = 0;
  private lcrH = 0;
  private cr = 0x300;
  private ifls = 0x12;
  private imsc = 0;
  private ris = 0;
  private dmacr = 0;
  private irqLevel = false;

  /** `output` receives transmitted bytes; `setIrq` drives the interrupt line (may be absent). */
  constructor(private readonly output: (byte: number) => void, private readonly setIrq?: (level: boolean) => void) {
    this.reset();
  }

  reset(): void {
    this.rxFifo.length = 0;
    this.ilpr = this.ibrd = this.fbrd = this.lcrH = this.imsc = this.dmacr = 0;
    this.cr = 0x300;
    this.ifls = 0x12;
    this.ris = INT_TX;
    this.updateIrq();
  }

  /** Host input: queue bytes for the guest (dropped when the FIFO is full, like a real UART overrun). */
  receive(bytes: Iterable<number>): void {
    for (const b of bytes) {
      if (this.rxFifo.length >= this.rxCapacity()) break;
      this.rxFifo.push(b & 0xff);
    }
    if (this.rxFifo.length) this.ris |= INT_RX | INT_RT;
    this.updateIrq();
  }

  /** Room left in the receive FIFO, for hosts that pace input. */
  rxSpace(): number {
    return this.rxCapacity() - this.rxFifo.length;
  }

  private rxCapacity(): number {
    return this.lcrH & LCR_FEN ? FIFO_DEPTH : 1;
  }

  read(offset: number): number {
    if (offset >= 0xfe0 && offset < 0x1000) return ID_BYTES[(offset - 0xfe0) >> 2];
    switch (offset) {
      case DR: {
        const c = this.rxFifo.shift() ?? 0;
        if (this.rxFifo.length === 0) this.ris &= ~(INT_RX | INT_RT);
        this.updateIrq();
        return c;
      }
      case RSR: return 0;
      case FR: {
        let fr = FR_TXFE;
        if (this.rxFifo.length === 0) fr |= FR_RXFE;
        if (this.rxFifo.length >= this.rxCapacity()) fr |= FR_RXFF;
        return fr & ~FR_TXFF;
      }
      case ILPR: return this.ilpr;
      case IBRD: return this.ibrd;
      case FBRD: return this.fbrd;
      case LCR_H: return this.lcrH;
      case CR: return this.cr;
      case IFLS: return this.ifls;
      case IMSC: return this.imsc;
      case RIS: return this.ris;
      case MIS: return this.ris & this.imsc;
      case DMACR: return this.dmacr;
      default: return 0;
    }
  }

  write(offset: number, _size: number, value: bigint): void {
    const v = Number(value & 0xffffffffn);
    switch (offset) {
      case DR:
        this.output(v & 0xff);
        // Transmission completes at once, so the TX interrupt stays asserted.
        this.ris |= INT_TX;
        break;
      case RSR: break;
      case ILPR: this.ilpr = v & 0xff; break;
      case IBRD: this.ibrd = v & 0xffff; break;
      case FBRD: this.fbrd = v & 0x3f; break;
      case LCR_H:
        if ((v ^ this.lcrH) & LCR_FEN) this.rxFifo.length = 0;
        this.lcrH = v & 0xff;
        break;
      case CR: this.cr = v & 0xffff; break;
      case IFLS: this.ifls = v & 0x3f; break;
      case IMSC: this.imsc = v & 0x7ff; break;
      case ICR: this.ris &= ~v; break;
      case DMACR: this.dmacr = v & 7; break;
    }
    this.updateIrq();
  }

  private updateIrq(): void {
    const level = (this.ris & this.imsc) !== 0;
    if (level !== this.irqLevel) {
      this.irqLevel = level;
      this.setIrq?.(level);
    }
  }
}

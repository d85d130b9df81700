// Arm PrimeCell real-time clock (PL031, Arm DDI 0224), as QEMU 7.2 models it: a 32-bit
// seconds counter that follows the host's wall clock (QEMU's default -rtc clock=host),
// a match register raising the interrupt when the counter reaches it, and the PrimeCell
// identification registers Linux's AMBA bus reads before binding rtc-pl031.
import type { MmioDevice } from "./bus";

const DR = 0x00;
const MR = 0x04;
const LR = 0x08;
const CR = 0x0c;
const IMSC = 0x10;
const RIS = 0x14;
const MIS = 0x18;
const ICR = 0x1c;

/** PeriphID0..3 (part 0x031, designer Arm, revision 1), PCellID0..3. */
const ID_BYTES = [0x31, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1];

export class Pl031 implements MmioDevice {
  readonly name = "pl031";
  /** Counter value minus the wall clock's whole seconds (changed by writes to LR). */
  private tickOffset = 0;
  private match = 0;
  private load = 0;
  private intMask = 0;
  private intRaw = 0;
  /** Wall-clock time (ms) at which the counter reaches the match value, if it is armed. */
  private alarmAtMs: number | undefined;
  private irqLevel = false;

  /** `setIrq` drives the interrupt line; `wallClockMs` is milliseconds since the Unix epoch. */
  constructor(private readonly setIrq: (level: boolean) => void, private readonly wallClockMs: () => number = () => Date.now()) {}

  // QEMU's PL031 has no reset handler: the counter, match and interrupt state survive a
  // system reset, so there is no reset() here.

  private count(): number {
    return (this.tickOffset + Math.floor(this.wallClockMs() / 1000)) >>> 0;
  }

  read(offset: number): number {
    if (offset >= 0xfe0 && offset < 0x1000) return ID_BYTES[(offset - 0xfe0) >> 2];
    this.pollAlarm();
    switch (offset) {
      case DR: return this.count();
      case MR: return this.match;
      case LR: return this.load;
      // The counter always runs (the enable bit reads as one, writes are ignored).
      case CR: return 1;
      case IMSC: return this.intMask;
      case RIS: return this.intRaw;
      case MIS: return this.intRaw & this.intMask;
      default: return 0;
    }
  }

  write(offset: number, _size: number, value: bigint): void {
    const v = Number(value & 0xffffffffn);
    switch (offset) {
      case LR:
        this.load = v;
        this.tickOffset = (this.tickOffset + v - this.count()) | 0;
        this.armAlarm();
        break;
      case MR:
        this.match = v;
        this.armAlarm();
        break;
      case IMSC:
        this.intMask = v & 1;
        break;
      // Like QEMU, any write clears the interrupt (DDI 0224 says bit 0; the ARM926EJ-S
      // documentation says any value).
      case ICR:
        this.intRaw = 0;
        break;
    }
    this.updateIrq();
  }

  /** Raise the match interrupt if its time has come; call between slices of guest time. */
  pollAlarm(): void {
    if (this.alarmAtMs !== undefined && this.wallClockMs() >= this.alarmAtMs) this.fire();
  }

  /** Wall-clock time (ms since the epoch) of the next match interrupt, or Infinity. */
  nextAlarmMs(): number {
    return this.alarmAtMs ?? Infinity;
  }

  private armAlarm(): void {
    // The counter wraps, and so does the distance to the match value.
    const ticks = (this.match - this.count()) >>> 0;
    if (ticks === 0) {
      this.fire();
    } else {
      this.alarmAtMs = this.wallClockMs() + ticks * 1000;
    }
  }

  private fire(): void {
    this.alarmAtMs = undefined;
    this.intRaw = 1;
    this.updateIrq();
  }

  private updateIrq(): void {
    const level = (this.intRaw & this.intMask) !== 0;
    if (level !== this.irqLevel) {
      this.irqLevel = level;
      this.setIrq(level);
    }
  }
}

// Console output the guest produced but the output ring had no room for yet, kept in order.
import type { ByteRing } from "../emulator/ring-buffer";

export class OutputBacklog {
  private bytes = new Uint8Array(4096);
  private head = 0;
  private tail = 0;

  get length(): number {
    return this.tail - this.head;
  }

  push(byte: number): void {
    if (this.tail === this.bytes.length) this.makeRoom();
    this.bytes[this.tail++] = byte;
  }

  /** Move as much as fits into `ring`. */
  drainInto(ring: ByteRing): void {
    if (this.tail === this.head) return;
    this.head += ring.write(this.bytes.subarray(this.head, this.tail));
    if (this.head === this.tail) this.head = this.tail = 0;
  }

  /** Move the held bytes to the front, into a buffer twice as big when more than half full. */
  private makeRoom(): void {
    const held = this.bytes.subarray(this.head, this.tail);
    const target = held.length * 2 > this.bytes.length ? new Uint8Array(this.bytes.length * 2) : this.bytes;
    target.set(held);
    this.bytes = target;
    this.head = 0;
    this.tail = held.length;
  }
}

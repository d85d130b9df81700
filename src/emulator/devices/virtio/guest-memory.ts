// Device-side (DMA) access to guest RAM for virtio devices. Every access names a guest-physical
// range; a range outside RAM raises GuestMemoryError, which the transport turns into the
// device's error state (virtio 1.2 §2.1.2 DEVICE_NEEDS_RESET) instead of failing the host.

/** A guest-physical range that is not entirely inside RAM. */
export class GuestMemoryError extends Error {}

export class GuestMemory {
  private readonly view: DataView;

  /** `ram` holds guest RAM; its byte 0 is guest-physical address `basePa`. */
  constructor(private readonly ram: Uint8Array, readonly basePa: number) {
    this.view = new DataView(ram.buffer, ram.byteOffset, ram.byteLength);
  }

  /** True when [pa, pa + length) lies inside RAM. */
  contains(pa: number, length: number): boolean {
    const off = pa - this.basePa;
    return Number.isSafeInteger(pa) && off >= 0 && length >= 0 && off + length <= this.ram.length;
  }

  private offset(pa: number, length: number): number {
    if (!this.contains(pa, length)) {
      throw new GuestMemoryError(`guest-physical 0x${pa.toString(16)}..+0x${length.toString(16)} is outside RAM`);
    }
    return pa - this.basePa;
  }

  u16(pa: number): number {
    return this.view.getUint16(this.offset(pa, 2), true);
  }
  u32(pa: number): number {
    return this.view.getUint32(this.offset(pa, 4), true);
  }
  /** A 64-bit value as a number; values of 2^53 and above come back as Infinity (never in RAM). */
  u64(pa: number): number {
    const off = this.offset(pa, 8);
    const hi = this.view.getUint32(off + 4, true);
    return hi >= 0x200000 ? Infinity : hi * 2 ** 32 + this.view.getUint32(off, true);
  }
  setU16(pa: number, value: number): void {
    this.view.setUint16(this.offset(pa, 2), value, true);
  }
  setU32(pa: number, value: number): void {
    this.view.setUint32(this.offset(pa, 4), value >>> 0, true);
  }

  /** A copy of `length` bytes at `pa`. */
  read(pa: number, length: number): Uint8Array {
    const off = this.offset(pa, length);
    return this.ram.slice(off, off + length);
  }
  write(pa: number, data: Uint8Array): void {
    this.ram.set(data, this.offset(pa, data.length));
  }
}

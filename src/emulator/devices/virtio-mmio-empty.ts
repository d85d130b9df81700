// A virtio-mmio transport with no device plugged in, as QEMU 7.2 answers for each of the
// virt board's 32 transports that no -device uses: the magic value, the version (1: the
// legacy interface, virt's default) and the vendor id read back, everything else reads as
// zero (so DeviceID 0 tells the driver there is nothing here) and writes are ignored.
import type { MmioDevice } from "./bus";

const MAGIC_VALUE = 0x000;
const VERSION = 0x004;
const VENDOR_ID = 0x00c;
/** "virt" in little-endian byte order. */
const MAGIC = 0x74726976;
const LEGACY_VERSION = 1;
/** "QEMU" in little-endian byte order, QEMU's virtio vendor id. */
const VENDOR_QEMU = 0x554d4551;

export class VirtioMmioEmpty implements MmioDevice {
  constructor(readonly name: string) {}

  read(offset: number, size: number): number {
    let v = 0;
    if (offset === MAGIC_VALUE) v = MAGIC;
    else if (offset === VERSION) v = LEGACY_VERSION;
    else if (offset === VENDOR_ID) v = VENDOR_QEMU;
    return size >= 4 ? v : v & ((1 << (size * 8)) - 1);
  }

  write(): void {}
}

// The virt board's PCIe host windows without any PCI device behind them. QEMU 7.2 has a
// generic PCIe host (GPEX) with its host bridge at 00:00.0 and, by default, a virtio-net
// NIC; the playground has no PCI devices and no host bridge. ECAM configuration reads
// return all-ones, which is how a PCI bus reports "no function here" (PCI Express Base
// Specification 7.5.1.1, Vendor ID 0xffff), so Linux's pci-host-generic driver probes an
// empty bus when a QEMU-dumped device tree lists /pcie. Reads of the memory and I/O
// windows return all-ones and writes are ignored, as QEMU does for addresses no BAR claims.
import type { MmioDevice } from "./bus";

export class PcieHostAbsent implements MmioDevice {
  constructor(readonly name: string) {}

  read(_offset: number, size: number): number | bigint {
    return size === 8 ? 0xffffffffffffffffn : size === 4 ? 0xffffffff : (1 << (size * 8)) - 1;
  }

  write(): void {}
}

// The board's physical device map: each MMIO device claims a range and answers reads and
// writes at offsets into it.
import type { DeviceBus } from "../core-host";

export interface MmioDevice {
  readonly name: string;
  /** Offset read of 1, 2, 4 or 8 bytes. */
  read(offset: number, sizeBytes: number): number | bigint;
  write(offset: number, sizeBytes: number, value: bigint): void;
  reset?(): void;
}

interface Mapping {
  base: number;
  size: number;
  device: MmioDevice;
}

export class MmioBus implements DeviceBus {
  private readonly mappings: Mapping[] = [];

  map(base: number, size: number, device: MmioDevice): void {
    for (const m of this.mappings) {
      if (base < m.base + m.size && m.base < base + size) throw new Error(`${device.name} overlaps ${m.device.name}`);
    }
    this.mappings.push({ base, size, device });
    this.mappings.sort((a, b) => a.base - b.base);
  }

  private find(pa: number): Mapping | undefined {
    for (const m of this.mappings) if (pa >= m.base && pa < m.base + m.size) return m;
    return undefined;
  }

  read(pa: number, sizeBytes: number): number | bigint | undefined {
    const m = this.find(pa);
    return m ? m.device.read(pa - m.base, sizeBytes) : undefined;
  }

  write(pa: number, sizeBytes: number, value: bigint): boolean {
    const m = this.find(pa);
    if (!m) return false;
    m.device.write(pa - m.base, sizeBytes, value);
    return true;
  }

  reset(): void {
    for (const m of this.mappings) m.device.reset?.();
  }
}

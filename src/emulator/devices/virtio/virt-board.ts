// QEMU virt's virtio-mmio transports: 32 slots of 0x200 bytes from 0x0a000000, slot n on SPI
// 16 + n. Devices fill the slots from the top: QEMU's hw/arm/virt.c creates the transports
// upwards and plugs each -device into the last free one, so the first device is at
// 0x0a003e00. QEMU's device tree describes all 32 as "virtio,mmio" nodes, lowest address
// first, each dma-coherent with interrupts = <0 (16 + n) 1> (edge, rising); a guest sees the
// same device names (vda, ...) when a device tree does the same.
import type { AnyBlockStorage } from "./block-storage";
import type { VirtioDevice } from "./device";
import { VirtioBlk } from "./virtio-blk";
import { VirtioRng, type RandomSource } from "./virtio-rng";

export const VIRTIO_MMIO_BASE = 0x0a000000;
export const VIRTIO_MMIO_STRIDE = 0x200;
export const VIRTIO_MMIO_SLOTS = 32;
/** INTID of slot 0 (SPI 16). */
export const VIRTIO_MMIO_FIRST_INTID = 32 + 16;

/** A device to attach, in QEMU's -device order. */
export type VirtioDeviceSpec =
  | {
      kind: "blk";
      storage: AnyBlockStorage;
      serial?: string;
      /** Sector 0 of asynchronous storage, for the geometry guess (VirtioBlkOptions). */
      firstSector?: Uint8Array;
    }
  | { kind: "rng"; random?: RandomSource };

export interface VirtioSlot {
  base: number;
  intid: number;
  device?: VirtioDevice;
}

/** The 32 transport slots with `specs` placed as QEMU places them. */
export function virtioSlots(specs: readonly VirtioDeviceSpec[]): VirtioSlot[] {
  if (specs.length > VIRTIO_MMIO_SLOTS) {
    throw new RangeError(`at most ${VIRTIO_MMIO_SLOTS} virtio-mmio devices fit on the virt board, got ${specs.length}`);
  }
  const slots: VirtioSlot[] = [];
  for (let n = 0; n < VIRTIO_MMIO_SLOTS; n++) {
    const spec = specs[VIRTIO_MMIO_SLOTS - 1 - n];
    slots.push({
      base: VIRTIO_MMIO_BASE + n * VIRTIO_MMIO_STRIDE,
      intid: VIRTIO_MMIO_FIRST_INTID + n,
      device: spec && createDevice(spec),
    });
  }
  return slots;
}

function createDevice(spec: VirtioDeviceSpec): VirtioDevice {
  switch (spec.kind) {
    case "blk": return new VirtioBlk({ storage: spec.storage, serial: spec.serial, firstSector: spec.firstSector });
    case "rng": return new VirtioRng(spec.random);
  }
}

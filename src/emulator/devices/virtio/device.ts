// The contract between a virtio transport and a device type (block, entropy, ...): the device
// is a small set of callbacks, the transport owns registers, rings and interrupts.
import type { GuestMemory } from "./guest-memory";
import type { Segment, VirtqElement } from "./virtqueue";

// Device status bits the device side acts on (virtio 1.2 §2.1).
export const STATUS_DRIVER_OK = 4;
export const STATUS_FEATURES_OK = 8;
export const STATUS_NEEDS_RESET = 0x40;

// Reserved feature bits (virtio 1.2 §6), plus the legacy ones QEMU still offers.
export const F_NOTIFY_ON_EMPTY = 24;
export const F_ANY_LAYOUT = 27;
export const F_INDIRECT_DESC = 28;
export const F_EVENT_IDX = 29;
export const F_VERSION_1 = 32;
export const F_RING_RESET = 40;

export const bit = (n: number): bigint => 1n << BigInt(n);

/** Device ids (virtio 1.2 §5). */
export const DEVICE_ID_BLOCK = 2;
export const DEVICE_ID_ENTROPY = 4;

/** What a device may ask of its transport. */
export interface VirtioBus {
  readonly mem: GuestMemory;
  /** Whether the driver accepted feature `n`. */
  hasFeature(n: number): boolean;
  status(): number;
  /** Take the next available chain of `queue`; null when none (or the device is broken). */
  pop(queue: number): VirtqElement | null;
  /** Return a chain with `len` bytes written. May happen long after pop (deferred
   *  completion); chains taken before a reset are ignored. */
  push(elem: VirtqElement, len: number): void;
  /** Interrupt the driver for `queue` unless it suppressed that (call after push). */
  notify(queue: number): void;
  queueEmpty(queue: number): boolean;
  /** The driver has set up the queue's rings. */
  queueReady(queue: number): boolean;
  notificationEnabled(queue: number): boolean;
  setNotification(queue: number, enable: boolean): void;
  /** Device-writable bytes in the queue's available chains (counting stops at `max`). */
  availableInBytes(queue: number, max: number): number;
  /** The driver broke the protocol: stop the device until it is reset (virtio 1.2 §2.1.2). */
  error(message: string): void;
  /** Work finished outside the driver's register accesses (a deferred completion was pushed):
   *  wake the machine if the guest idles, also when the driver suppressed the interrupt. */
  wake(): void;
}

/** A device type on a virtio transport. */
export interface VirtioDevice {
  readonly name: string;
  readonly deviceId: number;
  /** Initial size of each virtqueue (also what a reset restores). */
  readonly queueSizes: readonly number[];
  /** Size of the device configuration space in bytes. */
  readonly configSize: number;
  attach(bus: VirtioBus): void;
  /** The feature bits offered, given the transport's own (`legacy`: the driver sees the
   *  legacy interface, where VIRTIO_F_VERSION_1 is absent). */
  offerFeatures(transportFeatures: bigint, legacy: boolean): bigint;
  /** Write the current configuration space (little-endian fields) into `config`. */
  readConfig(config: Uint8Array): void;
  /** The driver wrote into the configuration space; `config` is the whole space after it. */
  writeConfig(config: Uint8Array): void;
  queueNotify(queue: number): void;
  statusChanged(status: number): void;
  reset(): void;
  /** Requests taken and not yet completed (deferred completion). While there are, the machine
   *  does not block its thread when the guest idles: their completion needs the host's event
   *  loop. Absent: never busy. */
  busy?(): boolean;
}

/** Bytes in a list of segments. */
export function segmentsLength(segments: readonly Segment[]): number {
  let n = 0;
  for (const s of segments) n += s.len;
  return n;
}

/** Copy `length` bytes starting `offset` bytes into `segments` out of guest memory (fewer if
 *  the segments end first). */
export function readSegments(mem: GuestMemory, segments: readonly Segment[], offset: number, length: number): Uint8Array {
  const out = new Uint8Array(Math.max(0, Math.min(length, segmentsLength(segments) - offset)));
  let done = 0;
  for (const s of segments) {
    if (done === out.length) break;
    if (offset >= s.len) {
      offset -= s.len;
      continue;
    }
    const n = Math.min(s.len - offset, out.length - done);
    out.set(mem.read(s.addr + offset, n), done);
    done += n;
    offset = 0;
  }
  return out;
}

/** Copy `data` into guest memory starting `offset` bytes into `segments`; returns the bytes
 *  written (fewer than data.length if the segments end first). */
export function writeSegments(mem: GuestMemory, segments: readonly Segment[], offset: number, data: Uint8Array): number {
  let done = 0;
  for (const s of segments) {
    if (done === data.length) break;
    if (offset >= s.len) {
      offset -= s.len;
      continue;
    }
    const n = Math.min(s.len - offset, data.length - done);
    mem.write(s.addr + offset, data.subarray(done, done + n));
    done += n;
    offset = 0;
  }
  return done;
}

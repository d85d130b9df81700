// virtio entropy device (virtio 1.2 §5.4): fills every device-writable buffer the driver makes
// available with bytes from the host's random source. Like QEMU 7.2's virtio-rng-device it
// serves buffers once the driver is ready (DRIVER_OK), on notifications and status changes,
// and asks the source for all available buffer space at once. QEMU's rate limit (max-bytes per
// period, unlimited by default) is not modelled.
import { DEVICE_ID_ENTROPY, STATUS_DRIVER_OK, writeSegments, type VirtioBus, type VirtioDevice } from "./device";

/** Fills `bytes` with random data (e.g. crypto.getRandomValues). */
export type RandomSource = (bytes: Uint8Array) => void;

const QUEUE_SIZE = 8;
/** crypto.getRandomValues fills at most 64 KiB per call. */
const RANDOM_CHUNK = 65536;
/** QEMU asks for at most the quota, a 32-bit byte count. */
const MAX_REQUEST = 0xffffffff;

/** The Web Crypto generator (Node and browsers). */
export const cryptoRandom: RandomSource = (bytes) => {
  for (let i = 0; i < bytes.length; i += RANDOM_CHUNK) {
    globalThis.crypto.getRandomValues(bytes.subarray(i, i + RANDOM_CHUNK));
  }
};

export class VirtioRng implements VirtioDevice {
  readonly name = "virtio-rng";
  readonly deviceId = DEVICE_ID_ENTROPY;
  readonly queueSizes = [QUEUE_SIZE];
  readonly configSize = 0;
  private bus!: VirtioBus;

  constructor(private readonly random: RandomSource = cryptoRandom) {}

  attach(bus: VirtioBus): void {
    this.bus = bus;
  }

  offerFeatures(transport: bigint): bigint {
    return transport;
  }

  readConfig(): void {}
  writeConfig(): void {}

  queueNotify(): void {
    this.serve();
  }

  statusChanged(): void {
    this.serve();
  }

  reset(): void {}

  /** Fill the available buffers, in order, until none is left or only buffers without
   *  device-writable space remain. */
  private serve(): void {
    const bus = this.bus;
    while (bus.queueReady(0) && bus.status() & STATUS_DRIVER_OK) {
      const size = bus.availableInBytes(0, MAX_REQUEST);
      if (size === 0) return;
      const bytes = new Uint8Array(size);
      this.random(bytes);
      for (let offset = 0; offset < size; ) {
        const e = bus.pop(0);
        if (!e) break;
        const n = writeSegments(bus.mem, e.in, 0, bytes.subarray(offset));
        offset += n;
        bus.push(e, n);
      }
      bus.notify(0);
      if (bus.queueEmpty(0)) return;
    }
  }
}

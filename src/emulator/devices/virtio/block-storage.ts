// The disk behind a virtio block device, supplied by the host: a file in Node
// (src/cli/file-block-storage.ts), bytes in memory, later an IndexedDB store in browsers.
//
// The interface is synchronous: the block device answers a request while the guest's
// QueueNotify write is being handled. A store that can only answer asynchronously (IndexedDB)
// fits in one of two ways:
//  - keep the device synchronous with a cache in the emulator's worker: reads hit the cache or
//    block the worker with Atomics.wait until the main thread has fetched the blocks; writes
//    go into the cache and are written back in the background; flush() waits for write-back;
//  - or complete requests later: the transport accepts a used-ring entry long after the chain
//    was taken (VirtioBus.push/notify may be called at any time, chains taken before a reset
//    are dropped), so a block device variant can queue the request and push its result when
//    the store answers, the interrupt waking an idle guest.

export interface BlockStorage {
  /** Size of the disk in bytes (the guest sees ceil(size / 512) sectors). */
  readonly sizeBytes: number;
  /** Writes are refused (the guest is told VIRTIO_BLK_F_RO). */
  readonly readOnly: boolean;
  /** `length` bytes at byte `offset` (offset + length <= sizeBytes). Throws on I/O errors. */
  read(offset: number, length: number): Uint8Array;
  /** Store `data` at byte `offset` (offset + data.length <= sizeBytes). Throws on I/O errors. */
  write(offset: number, data: Uint8Array): void;
  /** Make completed writes durable. */
  flush(): void;
}

/** A disk held in memory, e.g. a copy of an image whose writes must not reach the file
 *  (QEMU's snapshot=on). */
export class MemoryBlockStorage implements BlockStorage {
  constructor(private readonly bytes: Uint8Array, readonly readOnly = false) {}

  get sizeBytes(): number {
    return this.bytes.length;
  }

  read(offset: number, length: number): Uint8Array {
    return this.bytes.slice(offset, offset + length);
  }

  write(offset: number, data: Uint8Array): void {
    if (this.readOnly) throw new Error("read-only storage");
    this.bytes.set(data, offset);
  }

  flush(): void {}
}

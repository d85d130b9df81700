// The disk behind a virtio block device, supplied by the host: a file in Node
// (src/cli/file-block-storage.ts), bytes in memory, or an IndexedDB store in browsers
// (src/workers/idb-block-storage.ts).
//
// Two kinds exist:
//  - BlockStorage is synchronous: the block device answers a request while the guest's
//    QueueNotify write is being handled (QEMU's behaviour for a raw file);
//  - AsyncBlockStorage answers later (IndexedDB can only answer asynchronously): the block
//    device queues the request and completes it when the store answers. The transport accepts
//    a used-ring entry long after the chain was taken (VirtioBus.push/notify may be called at
//    any time, chains taken before a reset are dropped), and the interrupt, or
//    VirtioBus.wake, wakes an idle guest.

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

/** A disk whose operations complete asynchronously. Operations may be issued before earlier
 *  ones settled; the block device issues them one at a time, in the guest's order. */
export interface AsyncBlockStorage {
  /** Tells the two kinds apart at run time. */
  readonly asynchronous: true;
  /** Size of the disk in bytes (the guest sees ceil(size / 512) sectors). */
  readonly sizeBytes: number;
  /** Writes are refused (the guest is told VIRTIO_BLK_F_RO). */
  readonly readOnly: boolean;
  /** `length` bytes at byte `offset` (offset + length <= sizeBytes). Rejects on I/O errors. */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** Store `data` at byte `offset` (offset + data.length <= sizeBytes); `data` may be reused
   *  by the caller once this settles. Rejects on I/O errors. */
  write(offset: number, data: Uint8Array): Promise<void>;
  /** Resolves once completed writes are durable; rejects when they could not be made so. */
  flush(): Promise<void>;
}

export type AnyBlockStorage = BlockStorage | AsyncBlockStorage;

export function isAsyncStorage(storage: AnyBlockStorage): storage is AsyncBlockStorage {
  return "asynchronous" in storage && storage.asynchronous === true;
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

// A persistent disk (src/ui/disks/disk-store.ts) as the asynchronous storage of a virtio-blk
// device. Chunks live in a memory cache: read from IndexedDB on demand, written in place
// (read-modify-write of whole chunks) and kept dirty until saved. A save writes every dirty
// chunk and the disk's metadata in one transaction, so the stored disk is always the state of
// some moment (never a torn chunk, never half of a save). Saves run in the background shortly
// after a write, on the guest's FLUSH, and on flushNow()/close() (pause, power-off, page
// hide). A failed save (storage full) is reported through onError, its chunks stay dirty and
// are tried again later, and the guest's FLUSH fails with an I/O error until a save succeeds.
import type { AsyncBlockStorage } from "../emulator/devices/virtio/block-storage";
import {
  DiskStoreError, chunkLength, isAllZero,
  type DiskInfo, type DiskStore,
} from "../ui/disks/disk-store";

export interface IdbBlockStorageOptions {
  /** Attach read-only: the guest sees VIRTIO_BLK_F_RO and nothing is ever written. */
  readOnly?: boolean;
  /** Told (with a message for the user) when saving fails, once per run of failures. */
  onError?: (message: string) => void;
  /** Delay between the first unsaved write and its background save (default 1000 ms). */
  flushDelayMs?: number;
  /** Clean chunks kept in memory (default 256, 16 MiB); dirty ones are always kept. */
  cacheChunks?: number;
}

/** Reads an overlay's base image. */
export type BaseImageLoader = (url: string) => Promise<Uint8Array>;

const DEFAULT_FLUSH_DELAY_MS = 1000;
const DEFAULT_CACHE_CHUNKS = 256;
/** Longest wait between retries of a failing background save. */
const MAX_RETRY_DELAY_MS = 30_000;

export class IdbBlockStorage implements AsyncBlockStorage {
  readonly asynchronous = true;
  readonly sizeBytes: number;
  readonly readOnly: boolean;
  /** Chunk contents in memory, least recently used first. */
  private readonly cache = new Map<number, Uint8Array>();
  /** Chunks changed since their last save, and those in the save under way. */
  private readonly dirty = new Set<number>();
  private readonly saving = new Set<number>();
  private saveUnderway: Promise<void> | undefined;
  /** Reads, writes and flushes run one at a time, in call order. */
  private queue: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryDelayMs: number;
  private reported: string | undefined;
  private closed = false;
  private readonly flushDelayMs: number;
  private readonly cacheChunks: number;
  private readonly onError: (message: string) => void;

  private constructor(
    private readonly store: DiskStore,
    private disk: DiskInfo,
    private readonly base: Uint8Array | undefined,
    /** Chunks IndexedDB holds for this disk (as of the last committed save). */
    private readonly stored: Set<number>,
    options: IdbBlockStorageOptions,
  ) {
    this.sizeBytes = disk.sizeBytes;
    this.readOnly = options.readOnly ?? false;
    this.flushDelayMs = options.flushDelayMs ?? DEFAULT_FLUSH_DELAY_MS;
    this.retryDelayMs = this.flushDelayMs;
    this.cacheChunks = options.cacheChunks ?? DEFAULT_CACHE_CHUNKS;
    this.onError = options.onError ?? (() => {});
  }

  /** Attach disk `diskId`: its metadata, the list of stored chunks and, for an overlay, the
   *  base image (checked against the size and SHA-256 recorded at creation). */
  static async open(store: DiskStore, diskId: string, loadBase: BaseImageLoader, options: IdbBlockStorageOptions = {}): Promise<IdbBlockStorage> {
    const disk = await store.get(diskId);
    if (!disk) throw new DiskStoreError("no such disk (was it deleted?)");
    const base = disk.base ? await loadBaseImage(disk, loadBase) : undefined;
    const stored = new Set(await store.storedChunkIndices(diskId));
    return new IdbBlockStorage(store, disk, base, stored, options);
  }

  /** The disk's metadata as of the last save (its usage included). */
  get info(): DiskInfo {
    return this.disk;
  }

  /** Chunks written but not saved yet. */
  get unsavedChunks(): number {
    return this.dirty.size + this.saving.size;
  }

  read(offset: number, length: number): Promise<Uint8Array> {
    return this.serialize(() => this.readNow(offset, length));
  }

  write(offset: number, data: Uint8Array): Promise<void> {
    return this.serialize(() => this.writeNow(offset, data));
  }

  /** Resolves once every write issued before it is saved; rejects (and reports) when the save
   *  failed. */
  flush(): Promise<void> {
    return this.serialize(() => this.saveAll());
  }

  /** Save what is written so far (pause, page hide); never rejects: true when all is saved,
   *  false after a failure (reported through onError). */
  async flushNow(): Promise<boolean> {
    try {
      await this.saveAll();
      return true;
    } catch {
      return false;
    }
  }

  /** Detach: wait for the operations under way, save everything, stop the background saves.
   *  Rejects when the last save failed (what it held is lost; onError was told). */
  async close(): Promise<void> {
    if (this.closed) return;
    const last = this.queue.catch(() => undefined).then(() => this.saveAll());
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await last;
  }

  // ---- operations ----------------------------------------------------------------------

  private serialize<T>(op: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new DiskStoreError(`disk '${this.disk.name}' is no longer attached`));
    const result = this.queue.catch(() => undefined).then(op);
    this.queue = result;
    return result;
  }

  private async readNow(offset: number, length: number): Promise<Uint8Array> {
    this.checkRange(offset, length);
    const out = new Uint8Array(length);
    const indices = this.chunksOf(offset, length);
    const loaded = await this.load(indices);
    const cb = this.disk.chunkBytes;
    for (const i of indices) {
      const start = Math.max(offset, i * cb);
      const end = Math.min(offset + length, i * cb + chunkLength(this.disk, i));
      const chunk = this.cache.get(i) ?? loaded.get(i);
      if (chunk) {
        this.touch(i, chunk);
        out.set(chunk.subarray(start - i * cb, end - i * cb), start - offset);
      } else if (this.base && start < this.base.length) {
        out.set(this.base.subarray(start, Math.min(end, this.base.length)), start - offset);
      }
    }
    this.trimCache();
    return out;
  }

  private async writeNow(offset: number, data: Uint8Array): Promise<void> {
    if (this.readOnly) throw new DiskStoreError(`disk '${this.disk.name}' is attached read-only`);
    this.checkRange(offset, data.length);
    const cb = this.disk.chunkBytes;
    const indices = this.chunksOf(offset, data.length);
    const covered = (i: number) => offset <= i * cb && offset + data.length >= i * cb + chunkLength(this.disk, i);
    const loaded = await this.load(indices.filter((i) => !covered(i)));
    // Everything below is synchronous: a save never sees half of this write.
    for (const i of indices) {
      const start = Math.max(offset, i * cb);
      const end = Math.min(offset + data.length, i * cb + chunkLength(this.disk, i));
      const bytes = data.subarray(start - offset, end - offset);
      // A whole chunk of what it reads as anyway (zeroes on a blank disk: write-zeroes).
      if (covered(i) && !this.cache.has(i) && !this.stored.has(i) && !this.worthStoring(i, bytes)) continue;
      const chunk = this.cache.get(i) ?? loaded.get(i) ?? (covered(i) ? new Uint8Array(chunkLength(this.disk, i)) : this.unstoredChunk(i));
      chunk.set(bytes, start - i * cb);
      this.touch(i, chunk);
      this.dirty.add(i);
    }
    this.scheduleSave(this.flushDelayMs);
    this.trimCache();
  }

  /** The stored chunks among `indices` that are not in the cache, read in one transaction. */
  private async load(indices: readonly number[]): Promise<Map<number, Uint8Array>> {
    const wanted = indices.filter((i) => this.stored.has(i) && !this.cache.has(i));
    const loaded = new Map<number, Uint8Array>();
    if (!wanted.length) return loaded;
    const chunks = await this.store.readChunks(this.disk.id, wanted);
    wanted.forEach((i, k) => {
      const chunk = chunks[k];
      if (!chunk) return;
      if (chunk.length !== chunkLength(this.disk, i)) throw new DiskStoreError(`chunk ${i} of disk '${this.disk.name}' is damaged`);
      loaded.set(i, chunk);
    });
    return loaded;
  }

  /** A fresh copy of a chunk that is not stored: the base image's bytes, or zeroes. */
  private unstoredChunk(i: number): Uint8Array {
    const chunk = new Uint8Array(chunkLength(this.disk, i));
    const start = i * this.disk.chunkBytes;
    if (this.base && start < this.base.length) chunk.set(this.base.subarray(start, Math.min(start + chunk.length, this.base.length)));
    return chunk;
  }

  private chunksOf(offset: number, length: number): number[] {
    const indices: number[] = [];
    if (length === 0) return indices;
    const last = Math.floor((offset + length - 1) / this.disk.chunkBytes);
    for (let i = Math.floor(offset / this.disk.chunkBytes); i <= last; i++) indices.push(i);
    return indices;
  }

  private checkRange(offset: number, length: number): void {
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < 0 || length < 0 || offset + length > this.sizeBytes) {
      throw new RangeError(`bytes ${offset}..+${length} are outside disk '${this.disk.name}'`);
    }
  }

  // ---- the cache -----------------------------------------------------------------------

  /** Put a chunk in the cache as the most recently used. */
  private touch(i: number, chunk: Uint8Array): void {
    this.cache.delete(i);
    this.cache.set(i, chunk);
  }

  /** Drop the least recently used clean chunks beyond the cache's size. */
  private trimCache(): void {
    for (const i of this.cache.keys()) {
      if (this.cache.size <= this.cacheChunks) return;
      if (!this.dirty.has(i) && !this.saving.has(i)) this.cache.delete(i);
    }
  }

  // ---- saving --------------------------------------------------------------------------

  /** Save until nothing written before this call is unsaved. */
  private async saveAll(): Promise<void> {
    while (this.saveUnderway) await this.saveUnderway.catch(() => undefined);
    if (this.dirty.size) await this.save();
  }

  /** One transaction with every dirty chunk (deleted where it holds nothing worth storing)
   *  and the updated metadata. */
  private save(): Promise<void> {
    const writes = new Map<number, Uint8Array | null>();
    for (const i of this.dirty) {
      const chunk = this.cache.get(i)!;
      writes.set(i, this.worthStoring(i, chunk) ? chunk : null);
      this.saving.add(i);
    }
    this.dirty.clear();
    const underway = this.store
      .writeChunks(this.disk, writes)
      .then(
        (info) => {
          this.disk = info;
          for (const [i, chunk] of writes) {
            if (chunk) this.stored.add(i);
            else this.stored.delete(i);
          }
          this.reported = undefined;
          this.retryDelayMs = this.flushDelayMs;
        },
        (e: unknown) => {
          for (const i of writes.keys()) this.dirty.add(i);
          const message = e instanceof Error ? e.message : String(e);
          if (message !== this.reported) this.onError(message);
          this.reported = message;
          this.retryDelayMs = Math.min(this.retryDelayMs * 2, MAX_RETRY_DELAY_MS);
          this.scheduleSave(this.retryDelayMs);
          throw e;
        },
      )
      .finally(() => {
        for (const i of writes.keys()) this.saving.delete(i);
        this.saveUnderway = undefined;
        this.trimCache();
      });
    this.saveUnderway = underway;
    return underway;
  }

  /** A blank disk need not store zeroes, an overlay not what its base image holds. */
  private worthStoring(i: number, chunk: Uint8Array): boolean {
    if (!this.base) return !isAllZero(chunk);
    const start = i * this.disk.chunkBytes;
    const inBase = Math.max(0, Math.min(chunk.length, this.base.length - start));
    for (let k = 0; k < inBase; k++) if (chunk[k] !== this.base[start + k]) return true;
    return !isAllZero(chunk.subarray(inBase));
  }

  private scheduleSave(delayMs: number): void {
    if (this.timer !== undefined || this.closed || this.readOnly) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flushNow();
    }, delayMs);
  }
}

/** An overlay's base image, as recorded when the overlay was created. */
async function loadBaseImage(disk: DiskInfo, loadBase: BaseImageLoader): Promise<Uint8Array> {
  const base = disk.base!;
  let bytes: Uint8Array;
  try {
    bytes = await loadBase(base.url);
  } catch (e) {
    throw new DiskStoreError(`could not load ${base.url}, the base image of disk '${disk.name}': ${e instanceof Error ? e.message : String(e)}`);
  }
  const changed = `the base image ${base.url} of disk '${disk.name}' has changed since the disk was created, so its saved chunks no longer fit it`;
  if (bytes.length !== base.sizeBytes) throw new DiskStoreError(changed);
  if (base.sha256 !== undefined && crypto.subtle) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
    if (hex !== base.sha256) throw new DiskStoreError(changed);
  }
  return bytes;
}

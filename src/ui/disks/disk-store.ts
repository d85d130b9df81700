// Persistent disks for the browser playground, kept in one IndexedDB database through
// idb-keyval's custom-store hook. A disk is its metadata (DiskInfo) plus the chunks that hold
// data: 64 KiB pieces, each stored as one value under [disk id, chunk index], so a chunk is
// never half written. A chunk that is not stored reads as zeroes, or for a copy-on-write
// overlay as the base image's bytes. Every write of chunks updates the metadata in the same
// transaction (IndexedDB transactions are atomic), committed with "strict" durability where
// the browser offers it. Works in a window and in a worker (no DOM APIs).
import { promisifyRequest, type UseStore } from "idb-keyval";

export const SECTOR_BYTES = 512;
export const CHUNK_BYTES = 64 * 1024;
/** Largest disk accepted. */
export const MAX_DISK_BYTES = 64 * 2 ** 30;
const MAX_NAME_LENGTH = 100;
export const DEFAULT_DATABASE = "arm64-playground-disks";
const STORE_NAME = "disks";
/** Chunks read from an image per write transaction while importing (2 MiB). */
const IMPORT_BATCH_CHUNKS = 32;
/** Chunks read per transaction while exporting (4 MiB). */
const EXPORT_BATCH_CHUNKS = 64;

/** A read-only image an overlay disk reads where it stores no chunk of its own. */
export interface DiskBase {
  /** Where the image is served (a path under public/images/ or a URL). */
  url: string;
  sizeBytes: number;
  /** Hex SHA-256 of the image, checked when the overlay is attached. */
  sha256?: string;
}

export interface DiskInfo {
  id: string;
  name: string;
  sizeBytes: number;
  chunkBytes: number;
  base?: DiskBase;
  /** Chunks stored, and the bytes they hold. */
  storedChunks: number;
  usageBytes: number;
  /** Creation time, ms since the Unix epoch. */
  createdMs: number;
}

/** Chunks to store (their new contents, exactly chunkLength bytes) or to delete (null). */
export type ChunkWrites = ReadonlyMap<number, Uint8Array | null>;

/** Reads a base image for export (a Blob avoids copying it). */
export type BaseLoader = (url: string) => Promise<Blob | Uint8Array>;

/** A disk operation failed; the message is meant for the user. */
export class DiskStoreError extends Error {
  override name = "DiskStoreError";
}

export function chunkCount(disk: DiskInfo): number {
  return Math.ceil(disk.sizeBytes / disk.chunkBytes);
}

/** Bytes in chunk `index` (the last one may be short). */
export function chunkLength(disk: DiskInfo, index: number): number {
  return Math.min(disk.chunkBytes, disk.sizeBytes - index * disk.chunkBytes);
}

export function isAllZero(bytes: Uint8Array): boolean {
  if (bytes.byteOffset % 4 === 0 && bytes.length % 4 === 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    for (let i = 0; i < words.length; i++) if (words[i] !== 0) return false;
    return true;
  }
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** "1.5 MiB": sizes for messages. */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KiB", "MiB", "GiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${Number(value.toFixed(1))} ${units[unit]}`;
}

export class DiskStore {
  private readonly useStore: UseStore;

  constructor(databaseName = DEFAULT_DATABASE) {
    this.useStore = diskDatabase(databaseName);
  }

  /** Every disk, oldest first. */
  async list(): Promise<DiskInfo[]> {
    const disks = await this.read("could not list the disks", (store) =>
      promisifyRequest(store.getAll(IDBKeyRange.bound(["disk"], ["disk", []]))),
    );
    return (disks as DiskInfo[]).sort((a, b) => a.createdMs - b.createdMs);
  }

  async get(id: string): Promise<DiskInfo | undefined> {
    const info = await this.read("could not read the disk list", (store) => promisifyRequest(store.get(metaKey(id))));
    return info as DiskInfo | undefined;
  }

  /** A blank disk of `sizeBytes`, or with `base` a copy-on-write overlay over that image. */
  async create(name: string, sizeBytes: number, base?: DiskBase): Promise<DiskInfo> {
    const info: DiskInfo = {
      id: newId(),
      name: checkName(name),
      sizeBytes: checkSize(sizeBytes),
      chunkBytes: CHUNK_BYTES,
      storedChunks: 0,
      usageBytes: 0,
      createdMs: Date.now(),
    };
    if (base) info.base = checkBase(base, info.sizeBytes);
    await this.write(`could not create disk '${info.name}'`, (store) => {
      store.add(info, metaKey(info.id));
    });
    return info;
  }

  /** A new disk holding a raw image (padded with zeroes to whole sectors). The image is read
   *  in slices; all-zero chunks are not stored. On failure no disk is left behind. */
  async importImage(name: string, image: Blob, onProgress?: (doneBytes: number, totalBytes: number) => void): Promise<DiskInfo> {
    if (image.size === 0) throw new DiskStoreError("the image is empty");
    if (image.size > MAX_DISK_BYTES) throw new DiskStoreError(`the image is ${formatBytes(image.size)}; disks can be at most ${formatBytes(MAX_DISK_BYTES)}`);
    let info = await this.create(name, Math.ceil(image.size / SECTOR_BYTES) * SECTOR_BYTES);
    try {
      const batchBytes = IMPORT_BATCH_CHUNKS * info.chunkBytes;
      onProgress?.(0, image.size);
      for (let start = 0; start < image.size; start += batchBytes) {
        const bytes = new Uint8Array(await readSlice(image, start, start + batchBytes));
        const writes = new Map<number, Uint8Array>();
        for (let at = 0; at < bytes.length; at += info.chunkBytes) {
          const index = (start + at) / info.chunkBytes;
          const chunk = new Uint8Array(chunkLength(info, index));
          chunk.set(bytes.subarray(at, at + chunk.length));
          if (!isAllZero(chunk)) writes.set(index, chunk);
        }
        if (writes.size) info = await this.writeChunks(info, writes);
        onProgress?.(Math.min(image.size, start + batchBytes), image.size);
      }
      return info;
    } catch (e) {
      await this.delete(info.id).catch(() => undefined);
      throw e;
    }
  }

  /** The whole disk as a raw image: stored chunks, else the base image's bytes (overlays,
   *  read with `loadBase`) or zeroes. Built from per-batch Blobs so that stored data is not
   *  held twice. */
  async exportImage(id: string, loadBase?: BaseLoader): Promise<Blob> {
    const info = await this.require(id);
    let base: Blob | Uint8Array | undefined;
    if (info.base) {
      if (!loadBase) throw new DiskStoreError(`disk '${info.name}' is an overlay: its base image ${info.base.url} is needed to export it`);
      base = await loadBase(info.base.url);
      if ((base instanceof Blob ? base.size : base.length) !== info.base.sizeBytes) {
        throw new DiskStoreError(`the base image ${info.base.url} of disk '${info.name}' has changed size`);
      }
    }
    const stored = new Set(await this.storedChunkIndices(id));
    const zero = new Blob([new Uint8Array(info.chunkBytes)]);
    const parts: Blob[] = [];
    const count = chunkCount(info);
    for (let first = 0; first < count; first += EXPORT_BATCH_CHUNKS) {
      const indices: number[] = [];
      for (let i = first; i < Math.min(count, first + EXPORT_BATCH_CHUNKS); i++) indices.push(i);
      const wanted = indices.filter((i) => stored.has(i));
      const chunks = new Map<number, Uint8Array | undefined>();
      if (wanted.length) (await this.readChunks(id, wanted)).forEach((c, k) => chunks.set(wanted[k], c));
      const batch: BlobPart[] = [];
      for (const i of indices) {
        const length = chunkLength(info, i);
        const chunk = chunks.get(i);
        if (chunk) batch.push(blobPart(chunk));
        else if (base) batch.push(...baseParts(base, i * info.chunkBytes, length, zero));
        else batch.push(length === info.chunkBytes ? zero : zero.slice(0, length));
      }
      parts.push(new Blob(batch));
    }
    return new Blob(parts, { type: "application/octet-stream" });
  }

  /** Remove a disk and all its chunks (nothing happens for an unknown id). */
  async delete(id: string): Promise<void> {
    await this.write("could not delete the disk", (store) => {
      store.delete(chunkRange(id));
      store.delete(metaKey(id));
    });
  }

  /** Discard every chunk of an overlay: it reads as its base image again. */
  async resetToBase(id: string): Promise<DiskInfo> {
    return this.modify(id, "reset", (info, store) => {
      if (!info.base) throw new DiskStoreError(`disk '${info.name}' has no base image to reset to`);
      store.delete(chunkRange(id));
      return { ...info, storedChunks: 0, usageBytes: 0 };
    });
  }

  async rename(id: string, name: string): Promise<DiskInfo> {
    const checked = checkName(name);
    return this.modify(id, "rename", (info) => ({ ...info, name: checked }));
  }

  /** Indices of the chunks a disk stores, ascending. */
  async storedChunkIndices(id: string): Promise<number[]> {
    const keys = await this.read("could not read the disk", (store) => promisifyRequest(store.getAllKeys(chunkRange(id))));
    return (keys as ChunkKey[]).map((k) => k[2]);
  }

  /** Stored chunks (undefined where none is stored), read in one transaction. */
  async readChunks(id: string, indices: readonly number[]): Promise<(Uint8Array | undefined)[]> {
    const chunks = await this.read("could not read the disk", (store) =>
      Promise.all(indices.map((i) => promisifyRequest(store.get(chunkKey(id, i))))),
    );
    return chunks as (Uint8Array | undefined)[];
  }

  /** Store and delete chunks and update the disk's usage, all in one transaction: after a
   *  failure none of it happened. Resolves with the updated metadata once committed. */
  async writeChunks(disk: DiskInfo, writes: ChunkWrites): Promise<DiskInfo> {
    let savedBytes = 0;
    for (const [index, chunk] of writes) {
      if (!Number.isInteger(index) || index < 0 || index >= chunkCount(disk)) throw new RangeError(`chunk ${index} is outside disk '${disk.name}'`);
      if (chunk && chunk.length !== chunkLength(disk, index)) throw new RangeError(`chunk ${index} of disk '${disk.name}' must hold ${chunkLength(disk, index)} bytes`);
      if (chunk) savedBytes += chunk.length;
    }
    let updated: DiskInfo | undefined;
    let missing = false;
    try {
      await this.useStore("readwrite", (store) => {
        // Requests run in order: each count sees the state before the put or delete after it.
        const existed: boolean[] = [];
        let n = 0;
        for (const [index, chunk] of writes) {
          const slot = n++;
          const key = chunkKey(disk.id, index);
          const counted = store.count(key);
          counted.onsuccess = () => (existed[slot] = counted.result > 0);
          if (chunk) store.put(chunk, key);
          else store.delete(key);
        }
        const meta = store.get(metaKey(disk.id));
        meta.onsuccess = () => {
          const info = meta.result as DiskInfo | undefined;
          if (!info) {
            missing = true;
            store.transaction.abort();
            return;
          }
          let storedChunks = info.storedChunks;
          let usageBytes = info.usageBytes;
          let slot = 0;
          for (const [index, chunk] of writes) {
            const change = (chunk ? 1 : 0) - (existed[slot++] ? 1 : 0);
            storedChunks += change;
            usageBytes += change * chunkLength(info, index);
          }
          updated = { ...info, storedChunks, usageBytes };
          store.put(updated, metaKey(disk.id));
        };
        return committed(store.transaction);
      });
    } catch (e) {
      if (missing) throw new DiskStoreError(`disk '${disk.name}' no longer exists`);
      throw storeError(e, `could not save ${formatBytes(savedBytes)} of disk '${disk.name}'`);
    }
    return updated!;
  }

  /** A disk's metadata, or an error naming the missing disk. */
  private async require(id: string): Promise<DiskInfo> {
    const info = await this.get(id);
    if (!info) throw new DiskStoreError("no such disk (was it deleted?)");
    return info;
  }

  /** Change a disk's metadata (and perhaps its chunks) in one transaction. */
  private async modify(id: string, verb: string, change: (info: DiskInfo, store: IDBObjectStore) => DiskInfo): Promise<DiskInfo> {
    let updated: DiskInfo | undefined;
    let refusal: unknown;
    try {
      await this.useStore("readwrite", (store) => {
        const meta = store.get(metaKey(id));
        meta.onsuccess = () => {
          const info = meta.result as DiskInfo | undefined;
          try {
            if (!info) throw new DiskStoreError(`could not ${verb} the disk: no such disk (was it deleted?)`);
            updated = change(info, store);
            store.put(updated, metaKey(id));
          } catch (e) {
            refusal = e;
            store.transaction.abort();
          }
        };
        return committed(store.transaction);
      });
    } catch (e) {
      throw refusal ?? storeError(e, `could not ${verb} the disk`);
    }
    return updated!;
  }

  private async read<T>(failure: string, fn: (store: IDBObjectStore) => Promise<T>): Promise<T> {
    try {
      return await this.useStore("readonly", fn);
    } catch (e) {
      throw storeError(e, failure);
    }
  }

  /** Run `fn` in a read-write transaction; resolves once it committed. */
  private async write(failure: string, fn: (store: IDBObjectStore) => void): Promise<void> {
    try {
      await this.useStore("readwrite", (store) => {
        fn(store);
        return committed(store.transaction);
      });
    } catch (e) {
      throw storeError(e, failure);
    }
  }
}

/** How much the browser lets this origin store, and how much it uses (all of it, not only
 *  disks); undefined where the browser does not say. */
export async function storageEstimate(): Promise<{ usageBytes: number; quotaBytes: number } | undefined> {
  if (typeof navigator === "undefined" || !navigator.storage?.estimate) return undefined;
  const estimate = await navigator.storage.estimate();
  if (estimate.usage === undefined || estimate.quota === undefined) return undefined;
  return { usageBytes: estimate.usage, quotaBytes: estimate.quota };
}

/** Ask the browser not to evict this origin's storage under pressure (windows only; the
 *  browser may decline). True when storage is persistent. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === "undefined" || !navigator.storage?.persist) return false;
  return navigator.storage.persist();
}

type ChunkKey = [kind: "chunk", disk: string, index: number];

function metaKey(id: string): [kind: "disk", disk: string] {
  return ["disk", id];
}

function chunkKey(id: string, index: number): ChunkKey {
  return ["chunk", id, index];
}

/** Every chunk key of a disk: arrays sort after numbers in IndexedDB's key order. */
function chunkRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound(["chunk", id], ["chunk", id, []]);
}

/** Resolves when the transaction commits; rejects with the reason it aborted. (idb-keyval's
 *  promisifyRequest rejects at the first error event, which reaches the transaction before
 *  its error is set, so a QuotaExceededError would be lost.) */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}

/** idb-keyval's UseStore over our database: one object store, read-write transactions with
 *  "strict" durability where supported (committed to disk before they report success). */
function diskDatabase(name: string): UseStore {
  let opened: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    if (opened) return opened;
    if (typeof indexedDB === "undefined") {
      return Promise.reject(new DiskStoreError("this browser gives the page no IndexedDB storage, so disks cannot be kept"));
    }
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE_NAME);
    const db = promisifyRequest(request);
    opened = db;
    db.then(
      (d) => {
        // The browser may close the connection (storage cleared, another tab upgrading).
        d.onclose = () => (opened = undefined);
        d.onversionchange = () => {
          d.close();
          opened = undefined;
        };
      },
      () => (opened = undefined),
    );
    return db;
  };
  const strict: IDBTransactionOptions | undefined =
    typeof IDBTransaction !== "undefined" && "durability" in IDBTransaction.prototype ? { durability: "strict" } : undefined;
  return (mode, callback) =>
    open().then((db) => callback(db.transaction(STORE_NAME, mode, mode === "readwrite" ? strict : undefined).objectStore(STORE_NAME)));
}

/** A DiskStoreError for a failed IndexedDB operation; a full quota says so. */
function storeError(e: unknown, failure: string): DiskStoreError {
  if (e instanceof DiskStoreError) return e;
  const name = e instanceof Error || (typeof DOMException !== "undefined" && e instanceof DOMException) ? e.name : "";
  if (name === "QuotaExceededError") return new DiskStoreError(`browser storage is full: ${failure} (quota exceeded)`);
  const detail = e instanceof Error ? e.message || e.name : e === null ? "the transaction was aborted" : String(e);
  return new DiskStoreError(`${failure}: ${detail}`);
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new DiskStoreError("a disk needs a name");
  if (trimmed.length > MAX_NAME_LENGTH) throw new DiskStoreError(`a disk name can have at most ${MAX_NAME_LENGTH} characters`);
  return trimmed;
}

function checkSize(sizeBytes: number): number {
  if (!Number.isInteger(sizeBytes) || sizeBytes <= 0) throw new DiskStoreError("a disk's size must be a positive whole number of bytes");
  if (sizeBytes % SECTOR_BYTES) throw new DiskStoreError(`a disk's size must be a whole number of ${SECTOR_BYTES}-byte sectors`);
  if (sizeBytes > MAX_DISK_BYTES) throw new DiskStoreError(`a disk can be at most ${formatBytes(MAX_DISK_BYTES)}`);
  return sizeBytes;
}

function checkBase(base: DiskBase, diskBytes: number): DiskBase {
  if (!base.url) throw new DiskStoreError("an overlay disk needs the address of its base image");
  if (!Number.isInteger(base.sizeBytes) || base.sizeBytes <= 0) throw new DiskStoreError(`the base image ${base.url} is empty`);
  if (base.sizeBytes > diskBytes) throw new DiskStoreError(`the base image ${base.url} is larger than the disk`);
  if (base.sha256 !== undefined && !/^[0-9a-f]{64}$/.test(base.sha256)) throw new DiskStoreError(`the SHA-256 of ${base.url} must be 64 lowercase hex digits`);
  const checked: DiskBase = { url: base.url, sizeBytes: base.sizeBytes };
  if (base.sha256 !== undefined) checked.sha256 = base.sha256;
  return checked;
}

function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function readSlice(image: Blob, start: number, end: number): Promise<ArrayBuffer> {
  try {
    return await image.slice(start, end).arrayBuffer();
  } catch (e) {
    throw new DiskStoreError(`could not read the image: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Bytes as a Blob part (a view of exactly its own bytes). */
function blobPart(bytes: Uint8Array): BlobPart {
  return new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length);
}

/** `length` bytes of the base image from `start`; beyond its end, zeroes. */
function baseParts(base: Blob | Uint8Array, start: number, length: number, zero: Blob): BlobPart[] {
  const size = base instanceof Blob ? base.size : base.length;
  const end = Math.min(size, start + length);
  const parts: BlobPart[] = [];
  if (end > start) parts.push(base instanceof Blob ? base.slice(start, end) : blobPart(base.subarray(start, end)));
  const rest = length - Math.max(0, end - start);
  if (rest > 0) parts.push(zero.slice(0, rest));
  return parts;
}

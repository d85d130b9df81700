// IdbBlockStorage: a persistent disk as asynchronous block storage. What a flush saved
// survives a reload and what it did not is absent; a failed flush changes nothing stored and
// is reported; overlays store only changed chunks.
import { describe, test, expect, vi } from "vitest";
import { createHash } from "node:crypto";
import { CHUNK_BYTES, DiskStore, DiskStoreError } from "../../src/ui/disks/disk-store";
import { IdbBlockStorage, type BaseImageLoader, type IdbBlockStorageOptions } from "../../src/workers/idb-block-storage";
import { freshStore, pattern, quotaExceededOn, nthChunk, difference, same } from "./support";

/** No background saves unless a test asks for them. */
const MANUAL: IdbBlockStorageOptions = { flushDelayMs: 1e9 };
const noBase: BaseImageLoader = () => Promise.reject(new Error("no base image expected"));

async function attach(store: DiskStore, id: string, options: IdbBlockStorageOptions = MANUAL, loadBase: BaseImageLoader = noBase) {
  return IdbBlockStorage.open(store, id, loadBase, options);
}

describe("IdbBlockStorage", () => {
  test("reads and writes across chunk boundaries; a reload sees what was flushed and nothing after it", async () => {
    const { name, store } = freshStore();
    const disk = await store.create("d", 4 * CHUNK_BYTES);
    const s = await attach(store, disk.id);
    expect(s.sizeBytes).toBe(4 * CHUNK_BYTES);
    const first = pattern(CHUNK_BYTES + 1024, 1);
    await s.write(CHUNK_BYTES - 512, first);
    expect(difference(await s.read(CHUNK_BYTES - 512, first.length), first)).toEqual(same(first.length));
    expect(s.unsavedChunks).toBe(3);

    // Reloaded before the flush: nothing is there.
    const before = await attach(new DiskStore(name), disk.id);
    expect((await before.read(0, 4 * CHUNK_BYTES)).every((b) => b === 0)).toBe(true);
    await before.close();

    await s.flush();
    expect(s.unsavedChunks).toBe(0);
    expect(s.info).toMatchObject({ storedChunks: 3, usageBytes: 3 * CHUNK_BYTES });
    const second = pattern(512, 2);
    await s.write(0, second);

    // Reloaded after it: the flushed bytes, not the later write.
    const reloaded = new DiskStore(name);
    const after = await attach(reloaded, disk.id);
    const expected = new Uint8Array(4 * CHUNK_BYTES);
    expected.set(first, CHUNK_BYTES - 512);
    expect(difference(await after.read(0, 4 * CHUNK_BYTES), expected)).toEqual(same(expected.length));
    expect(await reloaded.get(disk.id)).toMatchObject({ storedChunks: 3, usageBytes: 3 * CHUNK_BYTES });
    await after.close();
    await s.close();
  });

  test("a failed flush stores nothing of its batch, is reported, fails until a retry succeeds", async () => {
    const { name, store } = freshStore();
    const disk = await store.create("work", 8 * CHUNK_BYTES);
    const errors: string[] = [];
    const s = await attach(store, disk.id, { ...MANUAL, onError: (m) => errors.push(m) });
    await s.write(7 * CHUNK_BYTES, pattern(512, 1));
    await s.flush();
    const data = pattern(3 * CHUNK_BYTES, 2);
    await s.write(0, data);

    const restore = await quotaExceededOn(nthChunk(1));
    const message = "browser storage is full: could not save 192 KiB of disk 'work' (quota exceeded)";
    await expect(s.flush()).rejects.toThrow(new DiskStoreError(message));
    restore();
    expect(errors).toEqual([message]);
    // Nothing of the failed batch is stored, the metadata is as before it...
    const reloaded = new DiskStore(name);
    expect(await reloaded.storedChunkIndices(disk.id)).toEqual([7]);
    expect(await reloaded.get(disk.id)).toMatchObject({ storedChunks: 1, usageBytes: CHUNK_BYTES });
    // ...the data is still in memory, and the next flush saves it.
    expect(s.unsavedChunks).toBe(3);
    expect(difference(await s.read(0, data.length), data)).toEqual(same(data.length));
    await s.flush();
    expect(await reloaded.storedChunkIndices(disk.id)).toEqual([0, 1, 2, 7]);
    const after = await attach(reloaded, disk.id);
    expect(difference(await after.read(0, data.length), data)).toEqual(same(data.length));
    await after.close();
    await s.close();
  });

  test("background saves: a write is saved without a flush; a failing one is reported once and retried", async () => {
    const { name, store } = freshStore();
    const disk = await store.create("bg", 2 * CHUNK_BYTES);
    const errors: string[] = [];
    const s = await attach(store, disk.id, { flushDelayMs: 5, onError: (m) => errors.push(m) });
    const restore = await quotaExceededOn(nthChunk(0));
    await s.write(512, pattern(512, 3));
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    restore();
    expect(errors[0]).toContain("browser storage is full");
    await vi.waitFor(() => expect(s.unsavedChunks).toBe(0));
    const after = await attach(new DiskStore(name), disk.id);
    expect(difference(await after.read(512, 512), pattern(512, 3))).toEqual(same(512));
    expect(errors).toHaveLength(1);
    await after.close();
    await s.close();
  });

  test("a blank disk stores no all-zero chunk; usage follows", async () => {
    const { store } = freshStore();
    const disk = await store.create("z", 2 * CHUNK_BYTES + 1024);
    const s = await attach(store, disk.id);
    await s.write(2 * CHUNK_BYTES, pattern(1024, 4));
    await s.write(100, pattern(100, 5));
    await s.flush();
    expect(s.info).toMatchObject({ storedChunks: 2, usageBytes: CHUNK_BYTES + 1024 });
    await s.write(0, new Uint8Array(512));
    await s.flush();
    expect(s.info).toMatchObject({ storedChunks: 1, usageBytes: 1024 });
    expect(await store.storedChunkIndices(disk.id)).toEqual([2]);
    // Zeroes over chunks that hold none are nothing to keep (a guest's large write-zeroes).
    await s.write(CHUNK_BYTES, new Uint8Array(CHUNK_BYTES));
    expect(s.unsavedChunks).toBe(0);
    expect((await s.read(0, 2 * CHUNK_BYTES)).every((b) => b === 0)).toBe(true);
    await s.close();
  });

  test("overlays read the base image, store only chunks that differ from it, and reset to it", async () => {
    const { name, store } = freshStore();
    const base = pattern(3 * CHUNK_BYTES + 2048, 6);
    const sha256 = createHash("sha256").update(base).digest("hex");
    const disk = await store.create("ov", 4 * CHUNK_BYTES, { url: "images/base.img", sizeBytes: base.length, sha256 });
    const loads: string[] = [];
    const loadBase = async (url: string) => (loads.push(url), base.slice());
    const s = await attach(store, disk.id, MANUAL, loadBase);
    expect(loads).toEqual(["images/base.img"]);
    const whole = await s.read(0, 4 * CHUNK_BYTES);
    expect(difference(whole.subarray(0, base.length), base)).toEqual(same(base.length));
    expect(whole.subarray(base.length).every((b) => b === 0)).toBe(true);

    // One sector changed in chunk 1, then chunk 2 rewritten with what the base holds.
    const sector = pattern(512, 7);
    await s.write(CHUNK_BYTES + 4096, sector);
    await s.write(2 * CHUNK_BYTES, base.slice(2 * CHUNK_BYTES, 3 * CHUNK_BYTES));
    await s.flush();
    expect(s.info).toMatchObject({ storedChunks: 1, usageBytes: CHUNK_BYTES });
    expect(await store.storedChunkIndices(disk.id)).toEqual([1]);
    await s.close();

    const expected = new Uint8Array(4 * CHUNK_BYTES);
    expected.set(base);
    expected.set(sector, CHUNK_BYTES + 4096);
    const exported = new Uint8Array(await (await store.exportImage(disk.id, async () => new Blob([base]))).arrayBuffer());
    expect(difference(exported, expected)).toEqual(same(expected.length));

    expect(await store.resetToBase(disk.id)).toMatchObject({ storedChunks: 0, usageBytes: 0 });
    const again = await attach(new DiskStore(name), disk.id, MANUAL, loadBase);
    expect(difference((await again.read(0, base.length)), base)).toEqual(same(base.length));
    await again.close();

    const changed = base.slice();
    changed[0] ^= 1;
    await expect(attach(store, disk.id, MANUAL, async () => changed)).rejects.toThrow(
      "the base image images/base.img of disk 'ov' has changed since the disk was created, so its saved chunks no longer fit it",
    );
    await expect(attach(store, disk.id, MANUAL, () => Promise.reject(new Error("HTTP 404")))).rejects.toThrow(
      "could not load images/base.img, the base image of disk 'ov': HTTP 404",
    );
  });

  test("a small cache still reads back every chunk", async () => {
    const { store } = freshStore();
    const disk = await store.create("c", 6 * CHUNK_BYTES);
    const s = await attach(store, disk.id, { ...MANUAL, cacheChunks: 2 });
    const data = pattern(6 * CHUNK_BYTES, 8);
    await s.write(0, data);
    await s.flush();
    for (let i = 5; i >= 0; i--) {
      const at = i * CHUNK_BYTES + 7 * 512;
      expect(difference(await s.read(at, 1024), data.subarray(at, at + 1024))).toEqual(same(1024));
    }
    await s.close();
  });

  test("read-only disks refuse writes; closed ones refuse everything; close saves", async () => {
    const { name, store } = freshStore();
    const disk = await store.create("ro", CHUNK_BYTES);
    const ro = await attach(store, disk.id, { ...MANUAL, readOnly: true });
    expect(ro.readOnly).toBe(true);
    await expect(ro.write(0, new Uint8Array(512))).rejects.toThrow("disk 'ro' is attached read-only");
    await ro.flush();
    await ro.close();

    const s = await attach(store, disk.id);
    await s.write(0, pattern(512, 9));
    await s.close();
    await expect(s.read(0, 512)).rejects.toThrow("disk 'ro' is no longer attached");
    await expect(s.flush()).rejects.toThrow("disk 'ro' is no longer attached");
    const after = await attach(new DiskStore(name), disk.id);
    expect(difference(await after.read(0, 512), pattern(512, 9))).toEqual(same(512));
    await expect(after.read(CHUNK_BYTES - 256, 512)).rejects.toThrow(RangeError);
    await after.close();
    await expect(attach(store, "missing")).rejects.toThrow("no such disk");
  });
});

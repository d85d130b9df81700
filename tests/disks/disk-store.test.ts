// The disk store: creating, importing, exporting, renaming and deleting disks, overlays'
// reset, input checks, and quota errors surfacing as DiskStoreError.
import { describe, test, expect } from "vitest";
import { CHUNK_BYTES, DiskStoreError } from "../../src/ui/disks/disk-store";
import { freshStore, pattern, quotaExceededOn, nthChunk, difference, same } from "./support";

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

describe("DiskStore", () => {
  test("import then export gives back the image; all-zero chunks are not stored", async () => {
    const { store } = freshStore();
    // Chunks 0, 2 and 4 hold data, 1 and 3 are zeroes, then a short last chunk of 3 sectors.
    const image = new Uint8Array(5 * CHUNK_BYTES + 1536);
    for (const c of [0, 2, 4]) image.set(pattern(CHUNK_BYTES, c), c * CHUNK_BYTES);
    image.set(pattern(1536, 9), 5 * CHUNK_BYTES);
    const progress: [number, number][] = [];
    const info = await store.importImage("  rootfs  ", new Blob([image]), (done, total) => progress.push([done, total]));
    expect(info).toMatchObject({ name: "rootfs", sizeBytes: image.length, chunkBytes: CHUNK_BYTES, storedChunks: 4, usageBytes: 3 * CHUNK_BYTES + 1536 });
    expect(info.base).toBeUndefined();
    expect(progress[0]).toEqual([0, image.length]);
    expect(progress.at(-1)).toEqual([image.length, image.length]);
    expect(await store.storedChunkIndices(info.id)).toEqual([0, 2, 4, 5]);
    expect(await store.list()).toEqual([info]);
    expect(difference(await bytesOf(await store.exportImage(info.id)), image)).toEqual(same(image.length));
  });

  test("an image that is not whole sectors is padded with zeroes; a large one goes in several batches", async () => {
    const { store } = freshStore();
    const small = pattern(1000, 1);
    const info = await store.importImage("odd", new Blob([small]));
    expect(info.sizeBytes).toBe(1024);
    const exported = await bytesOf(await store.exportImage(info.id));
    expect(difference(exported.subarray(0, 1000), small)).toEqual(same(1000));
    expect(exported.subarray(1000).every((b) => b === 0)).toBe(true);

    const large = pattern(5 * 2 ** 20, 2);
    const big = await store.importImage("big", new Blob([large]));
    expect(big.storedChunks).toBe(80);
    expect(difference(await bytesOf(await store.exportImage(big.id)), large)).toEqual(same(large.length));
  });

  test("a blank disk exports as zeroes; rename and delete", async () => {
    const { store } = freshStore();
    const a = await store.create("scratch", 3 * CHUNK_BYTES + 512);
    const b = await store.create("other", 1024);
    expect(a).toMatchObject({ name: "scratch", sizeBytes: 3 * CHUNK_BYTES + 512, storedChunks: 0, usageBytes: 0 });
    const exported = await bytesOf(await store.exportImage(a.id));
    expect(exported.length).toBe(a.sizeBytes);
    expect(exported.every((x) => x === 0)).toBe(true);

    expect(await store.rename(a.id, "data")).toMatchObject({ id: a.id, name: "data" });
    await store.writeChunks(a, new Map([[1, pattern(CHUNK_BYTES, 3)]]));
    await store.delete(a.id);
    expect(await store.get(a.id)).toBeUndefined();
    expect(await store.storedChunkIndices(a.id)).toEqual([]);
    expect((await store.list()).map((d) => d.name)).toEqual([b.name]);
    await expect(store.exportImage(a.id)).rejects.toThrow("no such disk");
  });

  test("overlays: export reads the base image where no chunk is stored; reset to base drops the chunks", async () => {
    const { store } = freshStore();
    const base = pattern(2 * CHUNK_BYTES + 4096, 4);
    const info = await store.create("ov", 3 * CHUNK_BYTES, { url: "images/base.img", sizeBytes: base.length });
    expect(info.base).toEqual({ url: "images/base.img", sizeBytes: base.length });
    const changed = pattern(CHUNK_BYTES, 5);
    await store.writeChunks(info, new Map([[1, changed]]));
    const loads: string[] = [];
    const loadBase = async (url: string) => (loads.push(url), new Blob([base]));
    const exported = await bytesOf(await store.exportImage(info.id, loadBase));
    const expected = new Uint8Array(3 * CHUNK_BYTES);
    expected.set(base);
    expected.set(changed, CHUNK_BYTES);
    expect(difference(exported, expected)).toEqual(same(expected.length));
    expect(loads).toEqual(["images/base.img"]);

    const reset = await store.resetToBase(info.id);
    expect(reset).toMatchObject({ storedChunks: 0, usageBytes: 0 });
    expect(await store.storedChunkIndices(info.id)).toEqual([]);
    expected.set(base.subarray(CHUNK_BYTES, 2 * CHUNK_BYTES), CHUNK_BYTES);
    expect(difference(await bytesOf(await store.exportImage(info.id, loadBase)), expected)).toEqual(same(expected.length));

    await expect(store.exportImage(info.id)).rejects.toThrow("its base image images/base.img is needed");
    await expect(store.exportImage(info.id, async () => base.subarray(1))).rejects.toThrow("has changed size");
    const blank = await store.create("blank", 1024);
    await expect(store.resetToBase(blank.id)).rejects.toThrow("disk 'blank' has no base image to reset to");
  });

  test("bad names, sizes and bases are refused with a readable message", async () => {
    const { store } = freshStore();
    const refused = async (p: Promise<unknown>, message: string) => {
      const error = await p.then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(DiskStoreError);
      expect((error as Error).message).toBe(message);
    };
    await refused(store.create("  ", 1024), "a disk needs a name");
    await refused(store.create("x".repeat(101), 1024), "a disk name can have at most 100 characters");
    await refused(store.create("d", 0), "a disk's size must be a positive whole number of bytes");
    await refused(store.create("d", 1.5), "a disk's size must be a positive whole number of bytes");
    await refused(store.create("d", 1000), "a disk's size must be a whole number of 512-byte sectors");
    await refused(store.create("d", 65 * 2 ** 30), "a disk can be at most 64 GiB");
    await refused(store.create("d", 1024, { url: "", sizeBytes: 1 }), "an overlay disk needs the address of its base image");
    await refused(store.create("d", 1024, { url: "b.img", sizeBytes: 2048 }), "the base image b.img is larger than the disk");
    await refused(store.create("d", 1024, { url: "b.img", sizeBytes: 512, sha256: "abc" }), "the SHA-256 of b.img must be 64 lowercase hex digits");
    await refused(store.importImage("d", new Blob([])), "the image is empty");
    const disk = await store.create("d", 1024);
    await refused(store.rename(disk.id, ""), "a disk needs a name");
    expect(await store.list()).toHaveLength(1);
  });

  test("a full browser storage is reported as a DiskStoreError, and nothing of the failed write is kept", async () => {
    const { store } = freshStore();
    let restore = await quotaExceededOn((value) => typeof value === "object" && value !== null && "name" in value);
    await expect(store.create("big", 2 ** 30)).rejects.toThrow(new DiskStoreError("browser storage is full: could not create disk 'big' (quota exceeded)"));
    restore();
    expect(await store.list()).toEqual([]);

    // The second batch of an import fails: the import is undone.
    restore = await quotaExceededOn(nthChunk(32 + 5));
    const image = pattern(3 * 2 ** 20, 6);
    await expect(store.importImage("img", new Blob([image]))).rejects.toThrow(
      new DiskStoreError("browser storage is full: could not save 1 MiB of disk 'img' (quota exceeded)"),
    );
    restore();
    expect(await store.list()).toEqual([]);

    // A batch of chunks fails half-way: neither its chunks nor its metadata change.
    const disk = await store.create("d", 4 * CHUNK_BYTES);
    const first = await store.writeChunks(disk, new Map([[3, pattern(CHUNK_BYTES, 7)]]));
    restore = await quotaExceededOn(nthChunk(1));
    const batch = new Map([[0, pattern(CHUNK_BYTES, 8)], [1, pattern(CHUNK_BYTES, 9)], [2, pattern(CHUNK_BYTES, 10)]]);
    await expect(store.writeChunks(first, batch)).rejects.toThrow("browser storage is full: could not save 192 KiB of disk 'd' (quota exceeded)");
    restore();
    expect(await store.storedChunkIndices(disk.id)).toEqual([3]);
    expect(await store.get(disk.id)).toEqual(first);
  });

  test("writes to a deleted disk fail with a message naming it", async () => {
    const { store } = freshStore();
    const disk = await store.create("gone", 1024 * 1024);
    await store.delete(disk.id);
    await expect(store.writeChunks(disk, new Map([[0, pattern(CHUNK_BYTES, 1)]]))).rejects.toThrow("disk 'gone' no longer exists");
    expect(await store.storedChunkIndices(disk.id)).toEqual([]);
  });
});

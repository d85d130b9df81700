// virtio-blk over asynchronous storage: requests complete when the storage answers, in the
// order they were taken, and a request taken before a device reset never touches guest memory.
import { describe, test, expect } from "vitest";
import { VirtioBlk } from "../../src/emulator/devices/virtio/virtio-blk";
import type { AsyncBlockStorage } from "../../src/emulator/devices/virtio/block-storage";
import { TestDriver, REG, D, F, RAM_BASE } from "../virtio/driver";

const BLK_FEATURES = F.VERSION_1 | (1n << 9n); // VERSION_1 | FLUSH
const T_IN = 0;
const T_OUT = 1;
const T_FLUSH = 4;
const T_GET_ID = 8;

/** Storage in memory whose operations wait until the test releases them, one at a time. */
class GatedStorage implements AsyncBlockStorage {
  readonly asynchronous = true;
  readonly readOnly = false;
  readonly log: string[] = [];
  private readonly waiting: (() => void)[] = [];

  constructor(readonly bytes: Uint8Array) {}

  get sizeBytes(): number {
    return this.bytes.length;
  }

  get pending(): number {
    return this.waiting.length;
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    this.log.push(`read ${offset}+${length}`);
    await this.gate();
    return this.bytes.slice(offset, offset + length);
  }

  async write(offset: number, data: Uint8Array): Promise<void> {
    this.log.push(`write ${offset}+${data.length}`);
    await this.gate();
    this.bytes.set(data, offset);
  }

  async flush(): Promise<void> {
    this.log.push("flush");
    await this.gate();
  }

  /** Let the oldest waiting operation finish, and the device react. */
  async release(): Promise<void> {
    this.waiting.shift()!();
    await settle();
  }

  private gate(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** Let pending promise callbacks run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Request `slot`: descriptors 3*slot.., header/data/status at their own addresses. */
function submit(d: TestDriver, slot: number, type: number, sector: number, len: number) {
  const hdr = RAM_BASE + 0x10000 + slot * 0x100;
  const data = RAM_BASE + 0x20000 + slot * 0x1000;
  const status = RAM_BASE + 0x30000 + slot;
  d.view.setUint32(hdr - RAM_BASE, type, true);
  d.view.setBigUint64(hdr - RAM_BASE + 8, BigInt(sector), true);
  d.ram[status - RAM_BASE] = 0xee;
  const head = 3 * slot;
  const writable = type === T_IN || type === T_GET_ID;
  d.setDesc(head, hdr, 16, D.NEXT, len ? head + 1 : head + 2);
  d.setDesc(head + 1, data, len, (writable ? D.WRITE : 0) | D.NEXT, head + 2);
  d.setDesc(head + 2, status, 1, D.WRITE);
  d.kick(head);
  return { head, data, status };
}

function setup(image = new Uint8Array(64 * 1024)) {
  const storage = new GatedStorage(image);
  let wakes = 0;
  const device = new VirtioBlk({ storage });
  const d = new TestDriver(device, false, () => wakes++);
  d.num = 16;
  d.initModern(BLK_FEATURES);
  return { storage, device, d, wakes: () => wakes };
}

describe("virtio-blk over asynchronous storage", () => {
  test("requests complete when the storage answers, in order; a read after a write sees it", async () => {
    const { storage, device, d, wakes } = setup();
    d.bytes(RAM_BASE + 0x20000, 1024).fill(0x5a);
    const write = submit(d, 0, T_OUT, 2, 1024);
    const read = submit(d, 1, T_IN, 2, 1024);
    const flush = submit(d, 2, T_FLUSH, 0, 0);
    await settle();
    // Nothing completed yet, one storage operation at a time.
    expect(d.takeUsed()).toEqual([]);
    expect(device.busy()).toBe(true);
    expect(storage.log).toEqual(["write 1024+1024"]);
    expect(d.u8(write.status)).toBe(0xee);

    await storage.release();
    expect(d.takeUsed()).toEqual([{ id: write.head, len: 1 }]);
    expect(d.u8(write.status)).toBe(0);
    expect(storage.log).toEqual(["write 1024+1024", "read 1024+1024"]);

    await storage.release();
    expect(d.takeUsed()).toEqual([{ id: read.head, len: 1025 }]);
    expect(d.bytes(read.data, 1024).every((b) => b === 0x5a)).toBe(true);

    await storage.release();
    expect(d.takeUsed()).toEqual([{ id: flush.head, len: 1 }]);
    expect(d.u8(flush.status)).toBe(0);
    expect(device.busy()).toBe(false);
    expect(wakes()).toBe(3);
    // Each completion raised the interrupt.
    expect(d.r(REG.isr) & 1).toBe(1);
  });

  test("requests that need no storage wait for those before them", async () => {
    const { storage, d } = setup();
    const read = submit(d, 0, T_IN, 0, 512);
    const getId = submit(d, 1, T_GET_ID, 0, 20);
    await settle();
    expect(d.takeUsed()).toEqual([]);
    await storage.release();
    expect(d.takeUsed()).toEqual([{ id: read.head, len: 513 }, { id: getId.head, len: 21 }]);
  });

  test("storage failures (rejections) are I/O errors, and later requests still run", async () => {
    const storage: AsyncBlockStorage = {
      asynchronous: true,
      sizeBytes: 4096,
      readOnly: false,
      read: () => Promise.reject(new Error("EIO")),
      write: () => Promise.reject(new Error("EIO")),
      flush: () => Promise.reject(new Error("browser storage is full")),
    };
    const d = new TestDriver(new VirtioBlk({ storage }));
    d.num = 16;
    d.initModern(BLK_FEATURES);
    const slots = [submit(d, 0, T_IN, 0, 512), submit(d, 1, T_OUT, 0, 512), submit(d, 2, T_FLUSH, 0, 0), submit(d, 3, T_IN, 8, 512)];
    await settle();
    expect(d.takeUsed().map((u) => u.id)).toEqual(slots.map((s) => s.head));
    expect(slots.map((s) => d.u8(s.status))).toEqual([1, 1, 1, 1]);
  });

  test("a completion for a request taken before a device reset does not touch guest memory", async () => {
    const image = new Uint8Array(64 * 1024).fill(0x11);
    const { storage, device, d } = setup(image);
    d.bytes(RAM_BASE + 0x20000, 512).fill(0xcc);
    d.bytes(RAM_BASE + 0x21000, 512).fill(0x77);
    const read = submit(d, 0, T_IN, 0, 512);
    const write = submit(d, 1, T_OUT, 4, 512);
    await settle();
    expect(storage.log).toEqual(["read 0+512"]);

    // The driver resets the device and sets the queue up again while both are in flight.
    d.initModern(BLK_FEATURES);
    const usedBefore = d.bytes(d.used, 4 + 8 * d.num).slice();
    await storage.release();
    await storage.release();
    expect(d.bytes(read.data, 512).every((b) => b === 0xcc)).toBe(true);
    expect(d.u8(read.status)).toBe(0xee);
    expect(d.u8(write.status)).toBe(0xee);
    expect(d.bytes(d.used, 4 + 8 * d.num)).toEqual(usedBefore);
    // The write still reached the disk (in-flight requests are drained, as in QEMU).
    expect(image.subarray(2048, 2560).every((b) => b === 0x77)).toBe(true);
    expect(device.busy()).toBe(false);

    // Requests after the reset work normally.
    const again = submit(d, 0, T_IN, 4, 512);
    await settle();
    await storage.release();
    expect(d.takeUsed()).toEqual([{ id: again.head, len: 513 }]);
    expect(d.bytes(again.data, 512).every((b) => b === 0x77)).toBe(true);
  });

  test("without a first-sector snapshot the geometry is the no-partition-table guess; with one it follows the table", () => {
    const mbr = new Uint8Array(512);
    mbr[510] = 0x55;
    mbr[511] = 0xaa;
    mbr[0x1be + 5] = 3; // end head
    mbr[0x1be + 6] = 32; // end sector
    mbr[0x1be + 12] = 100; // sectors in the partition
    const storage = new GatedStorage(new Uint8Array(2048 * 512));
    storage.bytes.set(mbr);
    const heads = (device: VirtioBlk) => new TestDriver(device).r(REG.config + 0x12, 1);
    expect(heads(new VirtioBlk({ storage }))).toBe(16);
    expect(heads(new VirtioBlk({ storage, firstSector: mbr }))).toBe(4);
    expect(storage.log).toEqual([]);
  });
});

// End to end: a Machine whose virtio-blk is a persistent disk (IdbBlockStorage over
// fake-indexeddb). The guest idles in WFI while a driver on the host side writes the
// transport's registers and the rings in guest RAM; requests complete later, wake the machine
// and, after the guest's FLUSH, are in the database.
import { describe, test, expect, vi } from "vitest";
import { Machine } from "../../src/emulator/machine";
import { loadCoreModule } from "../../src/cli/core-module";
import { RAM_BASE_PA } from "../../src/emulator/core/layout";
import { DiskStore } from "../../src/ui/disks/disk-store";
import { IdbBlockStorage } from "../../src/workers/idb-block-storage";
import { buildElf, code } from "../support/elf-builder";
import { freshStore, pattern, difference, same } from "./support";

const BLK = 0x0a003e00; // the first -device takes the last virtio-mmio slot
const REG = { status: 0x070, driverFeatures: 0x020, driverFeaturesSel: 0x024, queueSel: 0x030, queueNum: 0x038, queueReady: 0x044, queueNotify: 0x050, descLow: 0x080, driverLow: 0x090, deviceLow: 0x0a0 };
const FEATURES_VERSION_1_HI = 1; // bit 32
const FEATURE_FLUSH = 1 << 9;
const QUEUE = { desc: RAM_BASE_PA + 0x200000, avail: RAM_BASE_PA + 0x201000, used: RAM_BASE_PA + 0x202000, num: 8 };
const HDR = RAM_BASE_PA + 0x210000;
const DATA = RAM_BASE_PA + 0x220000;
const STATUS = RAM_BASE_PA + 0x230000;
const ENTRY = RAM_BASE_PA + 0x80000;

/** A virtio 1.x driver for queue 0 of the machine's block device, from the host. */
class HostDriver {
  private readonly ram: DataView;
  private availIdx = 0;

  constructor(private readonly machine: Machine) {
    const ram = machine.core.ram();
    this.ram = new DataView(ram.buffer, ram.byteOffset, ram.byteLength);
  }

  bytes(pa: number, n: number): Uint8Array {
    const ram = this.machine.core.ram();
    return ram.subarray(pa - RAM_BASE_PA, pa - RAM_BASE_PA + n);
  }

  private w(reg: number, value: number): void {
    this.machine.bus.write(BLK + reg, 4, BigInt(value));
  }

  init(): void {
    this.w(REG.status, 0);
    this.w(REG.status, 1 | 2);
    this.w(REG.driverFeaturesSel, 0);
    this.w(REG.driverFeatures, FEATURE_FLUSH);
    this.w(REG.driverFeaturesSel, 1);
    this.w(REG.driverFeatures, FEATURES_VERSION_1_HI);
    this.w(REG.status, 1 | 2 | 8);
    this.w(REG.queueSel, 0);
    this.w(REG.queueNum, QUEUE.num);
    this.w(REG.descLow, QUEUE.desc);
    this.w(REG.driverLow, QUEUE.avail);
    this.w(REG.deviceLow, QUEUE.used);
    this.w(REG.queueReady, 1);
    this.w(REG.status, 1 | 2 | 8 | 4);
  }

  /** Make a request available and notify; it completes later. */
  submit(type: number, sector: number, length: number): void {
    this.ram.setUint32(HDR - RAM_BASE_PA, type, true);
    this.ram.setBigUint64(HDR - RAM_BASE_PA + 8, BigInt(sector), true);
    this.ram.setUint8(STATUS - RAM_BASE_PA, 0xee);
    this.desc(0, HDR, 16, 1, length ? 1 : 2);
    this.desc(1, DATA, length, (type === 0 ? 2 : 0) | 1, 2);
    this.desc(2, STATUS, 1, 2, 0);
    this.ram.setUint16(QUEUE.avail - RAM_BASE_PA + 4 + 2 * (this.availIdx % QUEUE.num), 0, true);
    this.availIdx++;
    this.ram.setUint16(QUEUE.avail - RAM_BASE_PA + 2, this.availIdx, true);
    this.w(REG.queueNotify, 0);
  }

  usedIdx(): number {
    return this.ram.getUint16(QUEUE.used - RAM_BASE_PA + 2, true);
  }

  status(): number {
    return this.ram.getUint8(STATUS - RAM_BASE_PA);
  }

  private desc(i: number, addr: number, len: number, flags: number, next: number): void {
    const at = QUEUE.desc - RAM_BASE_PA + 16 * i;
    this.ram.setBigUint64(at, BigInt(addr), true);
    this.ram.setUint32(at + 8, len, true);
    this.ram.setUint16(at + 12, flags, true);
    this.ram.setUint16(at + 14, next, true);
  }
}

describe("a machine with a persistent virtio-blk disk", () => {
  test("writes, flushes and reads sectors with deferred completion; the flushed data survives a reload", async () => {
    const { name, store } = freshStore();
    const disk = await store.create("vda", 2 * 2 ** 20);
    const storage = await IdbBlockStorage.open(store, disk.id, () => Promise.reject(new Error("no base")), { flushDelayMs: 1e9 });

    let wakes = 0;
    let endIdle: (() => void) | undefined;
    const idleWhileBusy: boolean[] = [];
    const machine = await Machine.create({
      coreModule: await loadCoreModule(),
      ramBytes: 16 * 2 ** 20,
      cpuModel: "cortex-a57",
      consoleOutput: () => {},
      virtioDevices: [{ kind: "blk", storage }],
      onWake: () => {
        wakes++;
        endIdle?.();
      },
    });
    // The guest only waits for interrupts: wfi; b .-4
    machine.loadElf(buildElf({ entry: ENTRY, segments: [{ paddr: ENTRY, data: code(0xd503207f, 0x17ffffff) }] }), "idle.elf");
    machine.reset();
    const abort = new AbortController();
    const running = machine.run({
      signal: abort.signal,
      // A host wait that only onWake (or the end of the test) ends; it records whether the
      // machine ever handed it the idle time while a request was in flight.
      idleWait: () =>
        new Promise<void>((resolve) => {
          idleWhileBusy.push(machine.board.devicesBusy());
          endIdle = resolve;
          abort.signal.addEventListener("abort", () => resolve());
        }),
    });
    await vi.waitFor(() => expect(idleWhileBusy.length).toBeGreaterThan(0));

    const driver = new HostDriver(machine);
    driver.init();
    const data = pattern(1024, 1);
    driver.bytes(DATA, 1024).set(data);
    driver.submit(1, 3, 1024);
    await vi.waitFor(() => expect(driver.usedIdx()).toBe(1));
    expect(driver.status()).toBe(0);

    // A FLUSH, with the guest woken meanwhile (as input would): it idles again while the
    // transaction is under way, and the machine must not hand that time to a blocking wait.
    const wakesBefore = wakes;
    driver.submit(4, 0, 0);
    expect(machine.board.devicesBusy()).toBe(true);
    endIdle?.();
    await vi.waitFor(() => expect(driver.usedIdx()).toBe(2));
    expect(driver.status()).toBe(0);
    expect(wakes).toBeGreaterThan(wakesBefore);
    expect(storage.unsavedChunks).toBe(0);

    driver.bytes(DATA, 1024).fill(0);
    driver.submit(0, 3, 1024);
    await vi.waitFor(() => expect(driver.usedIdx()).toBe(3));
    expect(driver.status()).toBe(0);
    expect(difference(driver.bytes(DATA, 1024).slice(), data)).toEqual(same(1024));

    await vi.waitFor(() => expect(idleWhileBusy.length).toBeGreaterThan(3));
    expect(idleWhileBusy.every((busy) => !busy)).toBe(true);
    abort.abort();
    expect(await running).toBe("aborted");
    await storage.close();

    // What the guest flushed is in the database.
    const reloaded = await IdbBlockStorage.open(new DiskStore(name), disk.id, () => Promise.reject(new Error("no base")));
    expect(difference(await reloaded.read(3 * 512, 1024), data)).toEqual(same(1024));
    await reloaded.close();
  });
});

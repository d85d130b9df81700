// A tiny virtio-mmio driver for unit tests: guest RAM as a byte array, one transport, and
// helpers to set up queue 0, write descriptors, make chains available and read used entries.
import { GuestMemory } from "../../src/emulator/devices/virtio/guest-memory";
import { VirtioMmioTransport } from "../../src/emulator/devices/virtio/mmio-transport";
import type { VirtioDevice } from "../../src/emulator/devices/virtio/device";

export const RAM_BASE = 0x40000000;
export const RAM_BYTES = 1 << 20;

export const REG = {
  magic: 0x000, version: 0x004, deviceId: 0x008, deviceFeatures: 0x010, deviceFeaturesSel: 0x014,
  driverFeatures: 0x020, driverFeaturesSel: 0x024, guestPageSize: 0x028, queueSel: 0x030,
  queueNumMax: 0x034, queueNum: 0x038, queueAlign: 0x03c, queuePfn: 0x040, queueReady: 0x044,
  queueNotify: 0x050, isr: 0x060, isrAck: 0x064, status: 0x070, descLow: 0x080, descHigh: 0x084,
  driverLow: 0x090, driverHigh: 0x094, deviceLow: 0x0a0, deviceHigh: 0x0a4, generation: 0x0fc, config: 0x100,
} as const;

export const S = { ACK: 1, DRIVER: 2, DRIVER_OK: 4, FEATURES_OK: 8, NEEDS_RESET: 0x40 } as const;
export const D = { NEXT: 1, WRITE: 2, INDIRECT: 4 } as const;
export const F = { NOTIFY_ON_EMPTY: 1n << 24n, INDIRECT: 1n << 28n, EVENT_IDX: 1n << 29n, VERSION_1: 1n << 32n } as const;

/** Default ring areas: descriptor table, available and used rings on their own pages. */
export const AREAS = { desc: RAM_BASE + 0x1000, avail: RAM_BASE + 0x2000, used: RAM_BASE + 0x3000 };

export class TestDriver {
  readonly ram = new Uint8Array(RAM_BYTES);
  readonly view = new DataView(this.ram.buffer);
  readonly mem = new GuestMemory(this.ram, RAM_BASE);
  readonly transport: VirtioMmioTransport;
  readonly irq: boolean[] = [];
  readonly errors: string[] = [];
  num = 8;
  desc = AREAS.desc;
  avail = AREAS.avail;
  used = AREAS.used;
  private availIdx = 0;
  private usedSeen = 0;

  constructor(device: VirtioDevice | undefined, legacy = false, wake?: () => void) {
    this.transport = new VirtioMmioTransport({
      device,
      legacy,
      memory: this.mem,
      setIrq: (level) => this.irq.push(level),
      onError: (message) => this.errors.push(message),
      wake,
    });
  }

  r(offset: number, size = 4): number {
    return Number(this.transport.read(offset, size));
  }
  w(offset: number, value: number | bigint, size = 4): void {
    this.transport.write(offset, size, BigInt(value));
  }

  /** virtio 1.x setup of queue 0 (§3.1.1); returns the status after FEATURES_OK. */
  initModern(features: bigint, areas = AREAS, num = this.num): number {
    this.num = num;
    ({ desc: this.desc, avail: this.avail, used: this.used } = areas);
    this.availIdx = this.usedSeen = 0;
    this.w(REG.status, 0);
    this.w(REG.status, S.ACK);
    this.w(REG.status, S.ACK | S.DRIVER);
    this.w(REG.driverFeaturesSel, 0);
    this.w(REG.driverFeatures, Number(features & 0xffffffffn));
    this.w(REG.driverFeaturesSel, 1);
    this.w(REG.driverFeatures, Number(features >> 32n));
    this.w(REG.status, S.ACK | S.DRIVER | S.FEATURES_OK);
    const status = this.r(REG.status);
    this.w(REG.queueSel, 0);
    this.w(REG.queueNum, num);
    this.w(REG.descLow, areas.desc);
    this.w(REG.descHigh, Math.floor(areas.desc / 2 ** 32));
    this.w(REG.driverLow, areas.avail);
    this.w(REG.driverHigh, 0);
    this.w(REG.deviceLow, areas.used);
    this.w(REG.deviceHigh, 0);
    this.w(REG.queueReady, 1);
    this.w(REG.status, S.ACK | S.DRIVER | S.FEATURES_OK | S.DRIVER_OK);
    return status;
  }

  /** Legacy setup (§4.2.4): rings laid out from `desc` with 4 KiB alignment. */
  initLegacy(features: number, desc = AREAS.desc, num = this.num): void {
    this.num = num;
    this.desc = desc;
    this.avail = desc + 16 * num;
    this.used = Math.ceil((this.avail + 4 + 2 * num) / 4096) * 4096;
    this.availIdx = this.usedSeen = 0;
    this.w(REG.status, 0);
    this.w(REG.status, S.ACK | S.DRIVER);
    this.w(REG.driverFeatures, features);
    this.w(REG.guestPageSize, 4096);
    this.w(REG.queueSel, 0);
    this.w(REG.queueNum, num);
    this.w(REG.queueAlign, 4096);
    this.w(REG.queuePfn, desc / 4096);
    this.w(REG.status, S.ACK | S.DRIVER | S.DRIVER_OK);
  }

  setDesc(i: number, addr: number, len: number, flags = 0, next = 0, table = this.desc): void {
    const off = table - RAM_BASE + 16 * i;
    this.view.setBigUint64(off, BigInt(addr), true);
    this.view.setUint32(off + 8, len, true);
    this.view.setUint16(off + 12, flags, true);
    this.view.setUint16(off + 14, next, true);
  }

  /** Make chain `head` available and (unless told not to) notify queue 0. */
  kick(head: number, notify = true): void {
    this.setU16(this.avail + 4 + 2 * (this.availIdx % this.num), head);
    this.availIdx = (this.availIdx + 1) & 0xffff;
    this.setU16(this.avail + 2, this.availIdx);
    if (notify) this.w(REG.queueNotify, 0);
  }

  /** Used-ring entries added since the last call. */
  takeUsed(): { id: number; len: number }[] {
    const out = [];
    while (this.usedSeen !== this.u16(this.used + 2)) {
      const e = this.used + 4 + 8 * (this.usedSeen % this.num);
      out.push({ id: this.u32(e), len: this.u32(e + 4) });
      this.usedSeen = (this.usedSeen + 1) & 0xffff;
    }
    return out;
  }

  u8(pa: number): number {
    return this.ram[pa - RAM_BASE];
  }
  u16(pa: number): number {
    return this.view.getUint16(pa - RAM_BASE, true);
  }
  u32(pa: number): number {
    return this.view.getUint32(pa - RAM_BASE, true);
  }
  setU16(pa: number, v: number): void {
    this.view.setUint16(pa - RAM_BASE, v, true);
  }
  setU32(pa: number, v: number): void {
    this.view.setUint32(pa - RAM_BASE, v, true);
  }
  bytes(pa: number, n: number): Uint8Array {
    return this.ram.subarray(pa - RAM_BASE, pa - RAM_BASE + n);
  }
  /** used_event (driver) and avail_event (device) words of EVENT_IDX. */
  get usedEvent(): number {
    return this.u16(this.avail + 4 + 2 * this.num);
  }
  set usedEvent(v: number) {
    this.setU16(this.avail + 4 + 2 * this.num, v);
  }
  get availEvent(): number {
    return this.u16(this.used + 4 + 8 * this.num);
  }
}

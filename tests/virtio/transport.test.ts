// The virtio-mmio transport and split virtqueues: registers, chains (direct, indirect),
// deferred completion, EVENT_IDX and notification suppression, reset, and malformed queues,
// which must stop the device (DEVICE_NEEDS_RESET) and never throw on the host.
import { describe, test, expect } from "vitest";
import type { VirtioBus, VirtioDevice } from "../../src/emulator/devices/virtio/device";
import type { VirtqElement } from "../../src/emulator/devices/virtio/virtqueue";
import { TestDriver, REG, S, D, F, RAM_BASE, RAM_BYTES, AREAS } from "./driver";

/** Takes every available chain and keeps it until the test completes it. */
class HoldingDevice implements VirtioDevice {
  readonly name = "test-device";
  readonly deviceId = 0x42;
  readonly queueSizes = [8];
  readonly configSize = 4;
  bus!: VirtioBus;
  held: VirtqElement[] = [];
  resets = 0;
  attach(bus: VirtioBus): void {
    this.bus = bus;
  }
  offerFeatures(transport: bigint): bigint {
    return transport | 1n;
  }
  readConfig(config: Uint8Array): void {
    config.set([0x11, 0x22, 0x33, 0x44]);
  }
  writeConfig(): void {}
  queueNotify(queue: number): void {
    for (let e = this.bus.pop(queue); e; e = this.bus.pop(queue)) this.held.push(e);
  }
  statusChanged(): void {}
  reset(): void {
    this.resets++;
  }
  complete(e: VirtqElement, len: number): void {
    this.bus.push(e, len);
    this.bus.notify(e.queue);
  }
}

const MODERN = F.VERSION_1 | F.INDIRECT | F.EVENT_IDX;
const BUF = RAM_BASE + 0x10000;

function setup(features = MODERN, legacy = false) {
  const dev = new HoldingDevice();
  const d = new TestDriver(dev, legacy);
  if (legacy) d.initLegacy(Number(features & 0xffffffffn));
  else d.initModern(features);
  return { dev, d };
}

describe("virtio-mmio registers", () => {
  test("identify the device; an empty transport has DeviceID 0", () => {
    const { d } = setup();
    expect(d.r(REG.magic)).toBe(0x74726976);
    expect(d.r(REG.version)).toBe(2);
    expect(d.r(REG.deviceId)).toBe(0x42);
    const empty = new TestDriver(undefined, true);
    expect([empty.r(REG.magic), empty.r(REG.version), empty.r(REG.deviceId), empty.r(0x00c)]).toEqual([0x74726976, 1, 0, 0x554d4551]);
    empty.w(REG.status, S.ACK);
    expect(empty.r(REG.status)).toBe(0);
  });

  test("64-bit accesses are two 32-bit ones, other sub-word register accesses read zero", () => {
    const { d } = setup();
    expect(d.transport.read(REG.magic, 8)).toBe(0x0000000274726976n);
    expect(d.r(REG.magic, 2)).toBe(0);
    expect(d.r(REG.config, 1)).toBe(0x11);
    expect(d.r(REG.config + 2, 2)).toBe(0x4433);
    expect(d.r(REG.config + 2, 4)).toBe(0xffffffff);
  });

  test("features: VERSION_1 offered in the 1.x interface only, legacy-only bits hidden from it", () => {
    const modern = new TestDriver(new HoldingDevice(), false);
    modern.w(REG.deviceFeaturesSel, 0);
    expect(modern.r(REG.deviceFeatures)).toBe(0x30000001);
    modern.w(REG.deviceFeaturesSel, 1);
    expect(modern.r(REG.deviceFeatures)).toBe(0x101);
    const legacy = new TestDriver(new HoldingDevice(), true);
    expect(legacy.r(REG.deviceFeatures)).toBe(0x39000001);
    legacy.w(REG.deviceFeaturesSel, 1);
    expect(legacy.r(REG.deviceFeatures)).toBe(0);
  });

  test("FEATURES_OK fixes the negotiated features", () => {
    const { dev, d } = setup(F.VERSION_1);
    expect(dev.bus.hasFeature(32)).toBe(true);
    d.w(REG.driverFeaturesSel, 0);
    d.w(REG.driverFeatures, 1 << 29);
    d.w(REG.status, S.ACK | S.DRIVER | S.FEATURES_OK | S.DRIVER_OK);
    expect(dev.bus.hasFeature(29)).toBe(false);
  });
});

describe("virtqueue chains", () => {
  test("a direct chain: readable then writable buffers", () => {
    const { dev, d } = setup();
    d.setDesc(0, BUF, 16, D.NEXT, 1);
    d.setDesc(1, BUF + 0x100, 512, D.WRITE | D.NEXT, 2);
    d.setDesc(2, BUF + 0x400, 1, D.WRITE);
    d.kick(0);
    expect(dev.held).toHaveLength(1);
    expect(dev.held[0].out).toEqual([{ addr: BUF, len: 16 }]);
    expect(dev.held[0].in).toEqual([{ addr: BUF + 0x100, len: 512 }, { addr: BUF + 0x400, len: 1 }]);
  });

  test("an indirect chain (§2.7.5.3)", () => {
    const { dev, d } = setup();
    const table = RAM_BASE + 0x8000;
    d.setDesc(0, BUF, 16, D.NEXT, 1, table);
    d.setDesc(1, BUF + 0x100, 64, D.WRITE, 0, table);
    d.setDesc(5, table, 32, D.INDIRECT);
    d.kick(5);
    expect(dev.held[0].head).toBe(5);
    expect(dev.held[0].out).toEqual([{ addr: BUF, len: 16 }]);
    expect(dev.held[0].in).toEqual([{ addr: BUF + 0x100, len: 64 }]);
  });

  test("completion may come later: the used entry and the interrupt appear then", () => {
    const { dev, d } = setup();
    d.setDesc(0, BUF, 8, D.WRITE);
    d.setDesc(1, BUF + 8, 8, D.WRITE);
    d.kick(0);
    d.kick(1);
    expect(d.takeUsed()).toEqual([]);
    expect(d.r(REG.isr)).toBe(0);
    dev.complete(dev.held[1], 3);
    dev.complete(dev.held[0], 8);
    expect(d.takeUsed()).toEqual([{ id: 1, len: 3 }, { id: 0, len: 8 }]);
    expect(d.r(REG.isr)).toBe(1);
    expect(d.irq.at(-1)).toBe(true);
    d.w(REG.isrAck, 1);
    expect(d.irq.at(-1)).toBe(false);
  });

  test("a chain taken before a reset is not returned after it", () => {
    const { dev, d } = setup();
    d.setDesc(0, BUF, 8, D.WRITE);
    d.kick(0);
    const stale = dev.held[0];
    d.initModern(MODERN);
    dev.complete(stale, 8);
    expect(d.takeUsed()).toEqual([]);
    expect(d.u16(d.used + 2)).toBe(0);
    d.kick(0);
    dev.complete(dev.held[1], 4);
    expect(d.takeUsed()).toEqual([{ id: 0, len: 4 }]);
  });
});

describe("notification suppression", () => {
  test("EVENT_IDX: the device keeps avail_event current, used_event delays interrupts (§2.7.10)", () => {
    const { dev, d } = setup();
    const submit = () => {
      d.setDesc(0, BUF, 8, D.WRITE);
      d.kick(0);
      dev.complete(dev.held.pop()!, 8);
      const isr = d.r(REG.isr);
      d.w(REG.isrAck, isr);
      return isr;
    };
    expect(submit()).toBe(1); // the first completion always interrupts
    expect(d.availEvent).toBe(1);
    d.usedEvent = 1;
    expect(submit()).toBe(1);
    d.usedEvent = 4;
    expect([submit(), submit(), submit()]).toEqual([0, 0, 1]);
    expect(d.availEvent).toBe(5);
  });

  test("without EVENT_IDX, VRING_AVAIL_F_NO_INTERRUPT suppresses interrupts, NOTIFY_ON_EMPTY overrides it", () => {
    for (const [features, expected] of [[0, 0], [Number(F.NOTIFY_ON_EMPTY), 1]] as const) {
      const { dev, d } = setup(BigInt(features), true);
      d.setU16(d.avail, 1);
      d.setDesc(0, BUF, 8, D.WRITE);
      d.kick(0);
      dev.complete(dev.held[0], 8);
      expect(d.r(REG.isr)).toBe(expected);
    }
  });
});

describe("reset", () => {
  test("status 0 resets the device, its queues and the interrupt; the driver can start again", () => {
    const { dev, d } = setup();
    d.setDesc(0, BUF, 8, D.WRITE);
    d.kick(0);
    dev.complete(dev.held[0], 8);
    expect(d.r(REG.isr)).toBe(1);
    d.w(REG.status, 0);
    expect([d.r(REG.status), d.r(REG.isr), d.r(REG.queueReady), d.r(REG.queueNumMax)]).toEqual([0, 0, 0, 1024]);
    expect(d.irq.at(-1)).toBe(false);
    expect(dev.resets).toBe(2); // initModern reset it first
    d.w(REG.queueNotify, 0); // no rings any more: ignored
    expect(dev.held).toHaveLength(1);
    d.initModern(MODERN);
    d.kick(0);
    dev.complete(dev.held[1], 2);
    expect(d.takeUsed()).toEqual([{ id: 0, len: 2 }]);
  });

  test("legacy QueuePFN 0 resets the device", () => {
    const { d } = setup(0n, true);
    expect(d.r(REG.queuePfn)).toBe(AREAS.desc / 4096);
    d.w(REG.queuePfn, 0);
    expect([d.r(REG.status), d.r(REG.queuePfn)]).toEqual([0, 0]);
  });
});

describe("malformed queues stop the device with DEVICE_NEEDS_RESET, not a host exception", () => {
  const table = RAM_BASE + 0x8000;
  const cases: [string, (d: TestDriver) => void][] = [
    ["a descriptor loop", (d) => {
      d.setDesc(0, BUF, 16, D.NEXT, 1);
      d.setDesc(1, BUF + 16, 16, D.NEXT, 0);
    }],
    ["a next index beyond the table", (d) => d.setDesc(0, BUF, 16, D.NEXT, 8)],
    ["a buffer outside RAM", (d) => d.setDesc(0, 0x50000000, 16, D.WRITE)],
    ["a buffer running past the end of RAM", (d) => d.setDesc(0, RAM_BASE + RAM_BYTES - 8, 16, D.WRITE)],
    ["a buffer below RAM", (d) => d.setDesc(0, RAM_BASE - 8, 16)],
    ["a 64-bit address beyond 2^53", (d) => {
      d.setDesc(0, 0, 16, D.WRITE);
      d.view.setBigUint64(d.desc - RAM_BASE, 0xfffffffffffff000n, true);
    }],
    ["a zero-length buffer", (d) => d.setDesc(0, BUF, 0)],
    ["a readable buffer after a writable one", (d) => {
      d.setDesc(0, BUF, 16, D.WRITE | D.NEXT, 1);
      d.setDesc(1, BUF + 16, 16);
    }],
    ["a chain of more than 1024 buffers", (d) => {
      for (let i = 0; i < 1100; i++) d.setDesc(i, BUF + i, 1, D.WRITE | D.NEXT, i + 1, table);
      d.setDesc(0, table, 1100 * 16, D.INDIRECT);
    }],
    ["an indirect table loop", (d) => {
      d.setDesc(0, BUF, 1, D.WRITE | D.NEXT, 1, table);
      d.setDesc(1, BUF, 1, D.WRITE | D.NEXT, 0, table);
      d.setDesc(0, table, 32, D.INDIRECT);
    }],
    ["an indirect table of 40 bytes", (d) => d.setDesc(0, table, 40, D.INDIRECT)],
    ["an empty indirect table", (d) => d.setDesc(0, table, 0, D.INDIRECT)],
    ["an indirect table outside RAM", (d) => d.setDesc(0, 0x60000000, 32, D.INDIRECT)],
  ];

  test.each(cases)("%s", (_name, build) => {
    const { dev, d } = setup();
    build(d);
    expect(() => d.kick(0)).not.toThrow();
    expect(dev.held).toEqual([]);
    expect(d.errors).toHaveLength(1);
    expect(d.r(REG.status)).toBe(S.ACK | S.DRIVER | S.FEATURES_OK | S.DRIVER_OK | S.NEEDS_RESET);
    expect(d.r(REG.isr)).toBe(3);
    expect(d.r(REG.generation)).toBe(1);
    // Stopped until reset: later chains are ignored.
    d.setDesc(1, BUF, 8, D.WRITE);
    d.kick(1);
    expect(dev.held).toEqual([]);
    d.initModern(MODERN);
    d.setDesc(1, BUF, 8, D.WRITE);
    d.kick(1);
    expect(dev.held).toHaveLength(1);
    expect(d.r(REG.generation)).toBe(1);
  });

  test("a head index beyond the queue", () => {
    const { dev, d } = setup();
    d.kick(9);
    expect(dev.held).toEqual([]);
    expect(d.r(REG.status) & S.NEEDS_RESET).toBe(S.NEEDS_RESET);
  });

  test("rings outside RAM: NEEDS_RESET when the queue is enabled (no interrupt before DRIVER_OK)", () => {
    const dev = new HoldingDevice();
    const d = new TestDriver(dev);
    expect(() => d.initModern(MODERN, { ...AREAS, used: RAM_BASE + RAM_BYTES - 16 })).not.toThrow();
    expect(d.errors).toEqual(["test-device: Cannot map used"]);
    expect(d.r(REG.isr)).toBe(0);
    d.kick(0);
    expect(dev.held).toEqual([]);
  });

  test("more chains taken than the queue holds", () => {
    const { dev, d } = setup();
    for (let i = 0; i < 9; i++) {
      d.setDesc(i % 8, BUF, 8, D.WRITE);
      d.kick(i % 8, false);
    }
    d.w(REG.queueNotify, 0);
    expect(dev.held).toHaveLength(8);
    expect(d.errors).toEqual(["test-device: Virtqueue size exceeded"]);
  });

  test("a legacy device stops without NEEDS_RESET (there is no such bit before virtio 1.0)", () => {
    const { dev, d } = setup(F.INDIRECT, true);
    d.setDesc(0, BUF, 16, D.NEXT, 0);
    d.kick(0);
    expect(d.errors).toHaveLength(1);
    expect([d.r(REG.status), d.r(REG.isr)]).toEqual([S.ACK | S.DRIVER | S.DRIVER_OK, 0]);
    d.setDesc(1, BUF, 8, D.WRITE);
    d.kick(1);
    expect(dev.held).toEqual([]);
  });
});

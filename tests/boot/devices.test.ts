// Board devices against the values QEMU 7.2 gives for the same accesses (measured with
// bare-metal probes on `-M virt`): PL031, PL061, CFI flash, GICv2m, empty virtio-mmio
// transports and the PCIe windows.
import { describe, test, expect } from "vitest";
import { Pl031 } from "../../src/emulator/devices/pl031";
import { Pl061 } from "../../src/emulator/devices/pl061";
import { PflashCfi01 } from "../../src/emulator/devices/pflash-cfi01";
import { GicV2m } from "../../src/emulator/devices/gicv2m";
import { VirtBoard } from "../../src/emulator/board/virt";
import { VIRT_MEMMAP } from "../../src/emulator/board/virt-memmap";

describe("PL031 RTC", () => {
  function rtc(startMs = 1_700_000_000_500) {
    let now = startMs;
    const irq: boolean[] = [];
    const dev = new Pl031((l) => irq.push(l), () => now);
    return { dev, irq, advance: (ms: number) => (now += ms) };
  }
  const w = (d: Pl031, off: number, v: number) => d.write(off, 4, BigInt(v));

  test("counts host seconds; PrimeCell ids; CR reads 1", () => {
    const { dev, advance } = rtc();
    expect(dev.read(0x00)).toBe(1_700_000_000);
    advance(600);
    expect(dev.read(0x00)).toBe(1_700_000_001);
    expect(dev.read(0x0c)).toBe(1);
    expect([0xfe0, 0xfe4, 0xfe8, 0xfec, 0xff0, 0xff4, 0xff8, 0xffc].map((o) => dev.read(o))).toEqual([0x31, 0x10, 0x14, 0x00, 0x0d, 0xf0, 0x05, 0xb1]);
  });

  test("LR sets the counter and reads back", () => {
    const { dev, advance } = rtc();
    w(dev, 0x08, 0x100);
    expect(dev.read(0x00)).toBe(0x100);
    expect(dev.read(0x08)).toBe(0x100);
    advance(2000);
    expect(dev.read(0x00)).toBe(0x102);
  });

  test("match interrupt at MR, masked by IMSC, cleared by any ICR write", () => {
    const { dev, irq, advance } = rtc();
    w(dev, 0x08, 1000);
    w(dev, 0x10, 1);
    w(dev, 0x04, 1003);
    expect(dev.nextAlarmMs()).toBe(1_700_000_000_500 + 3000);
    advance(2999);
    dev.pollAlarm();
    expect(dev.read(0x14)).toBe(0);
    advance(1);
    dev.pollAlarm();
    expect([dev.read(0x14), dev.read(0x18)]).toEqual([1, 1]);
    expect(irq).toEqual([true]);
    w(dev, 0x1c, 0);
    expect(dev.read(0x14)).toBe(0);
    expect(irq).toEqual([true, false]);
    expect(dev.nextAlarmMs()).toBe(Infinity);
  });
});

describe("PL061 GPIO", () => {
  test("data masked by address bits; outputs only; ids", () => {
    const dev = new Pl061(() => {});
    dev.write(0x400, 4, 0xffn);
    dev.write(0x3fc, 4, 0xa5n);
    expect(dev.read(0x3fc)).toBe(0xa5);
    expect(dev.read(0x010)).toBe(0x04);
    expect([0xfd0, 0xfe0, 0xfe4, 0xfe8, 0xfec, 0xff0].map((o) => dev.read(o))).toEqual([0, 0x61, 0x10, 0x04, 0x00, 0x0d]);
  });

  test("a rising edge on the power-button line raises the interrupt", () => {
    const levels: boolean[] = [];
    const dev = new Pl061((l) => levels.push(l));
    dev.write(0x40c, 4, 0x08n); // IEV: rising edge on line 3
    dev.write(0x410, 4, 0x08n); // IE
    dev.setInput(3, true);
    expect(dev.read(0x414)).toBe(0x08);
    expect(levels).toEqual([true]);
    dev.setInput(3, false);
    dev.write(0x41c, 4, 0x08n);
    expect(levels).toEqual([true, false]);
  });
});

describe("CFI flash", () => {
  const bank = () => new PflashCfi01("flash0", 64 * 2 ** 20, 256 * 1024);
  test("reads zero, answers CFI and identifier queries per x16 device", () => {
    const f = bank();
    expect(f.read(0, 4)).toBe(0);
    expect(f.read(0x100, 8)).toBe(0n);
    f.write(0x154, 4, 0x98n);
    expect([0x40, 0x44, 0x48, 0x4c, 0x9c].map((o) => f.read(o, 4))).toEqual([0x510051, 0x520052, 0x590059, 0x10001, 0x190019]);
    expect(f.read(0x41, 1)).toBe(0x51);
    expect(f.read(0x40, 8)).toBe(0x0052005200510051n);
    f.write(0, 4, 0xffn);
    f.write(0, 4, 0x90n);
    expect([f.read(0, 4), f.read(4, 4)]).toEqual([0x890089, 0x180018]);
    f.write(0, 4, 0x70n);
    expect(f.read(0, 4)).toBe(0x800080);
  });

  test("program, block erase, and unknown commands", () => {
    const f = bank();
    f.write(0x1000, 4, 0x00400040n);
    f.write(0x1000, 4, 0xcafef00dn);
    expect(f.read(0x1000, 4)).toBe(0x800080);
    f.write(0x1000, 4, 0xffn);
    expect(f.read(0x1000, 4)).toBe(0xcafef00d);
    f.write(0x1000, 4, 0x20n);
    f.write(0x1000, 4, 0xd0n);
    f.write(0, 4, 0xffn);
    expect([f.read(0x1000, 4), f.read(0x3fffc, 4), f.read(0x40000, 4)]).toEqual([0xffffffff, 0xffffffff, 0]);
    f.write(0x100, 4, 0x12345678n); // 0x78 is no command: back to read array
    expect(f.read(0x100, 4)).toBe(0xffffffff);
  });
});

describe("GICv2m frame", () => {
  test("TYPER, IIDR and SETSPI", () => {
    const pulses: number[] = [];
    const v2m = new GicV2m(80, 64, (i) => pulses.push(i));
    expect([v2m.read(0x008, 4), v2m.read(0xfcc, 4), v2m.read(0x008, 1), v2m.read(0xfd0, 4)]).toEqual([0x00500040, 0x05100000, 0, 0]);
    v2m.write(0x040, 4, 85n);
    v2m.write(0x040, 4, 79n);
    v2m.write(0x040, 4, 144n);
    expect(pulses).toEqual([85]);
  });
});

describe("virt board", () => {
  function board() {
    const irqs: [number, boolean][] = [];
    const b = new VirtBoard({
      gicVersion: 2, cpuModel: "cortex-a57", consoleOutput: () => {}, setIrq: (i, l) => irqs.push([i, l]),
      ram: new Uint8Array(2 ** 20), virtioDevices: [], virtioLegacy: true,
    });
    return { b, irqs };
  }

  test("empty virtio-mmio transports (legacy, as QEMU 7.2's default), PCIe windows all-ones, nothing at fw_cfg", () => {
    const { b } = board();
    const base = VIRT_MEMMAP.mmio.base;
    expect([b.bus.read(base, 4), b.bus.read(base + 4, 4), b.bus.read(base + 8, 4), b.bus.read(base + 0xc, 4), b.bus.read(base, 1)])
      .toEqual([0x74726976, 1, 0, 0x554d4551, 0x76]);
    expect(b.bus.read(0x4010000000, 4)).toBe(0xffffffff);
    expect(b.bus.read(0x10000000, 8)).toBe(0xffffffffffffffffn);
    expect(b.bus.read(0x3f000000, 4)).toBeUndefined();
    expect(b.bus.read(VIRT_MEMMAP.fwCfg.base, 4)).toBeUndefined();
  });
});

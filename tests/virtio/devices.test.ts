// virtio-blk and virtio-rng behind the transport, the virt board's slots, and the CLI's
// -drive/-device/-global options. (Register-level behaviour against QEMU: tests/isa virtio_*.)
import { describe, test, expect } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VirtioBlk } from "../../src/emulator/devices/virtio/virtio-blk";
import { VirtioRng } from "../../src/emulator/devices/virtio/virtio-rng";
import { MemoryBlockStorage, type BlockStorage } from "../../src/emulator/devices/virtio/block-storage";
import { guessGeometry } from "../../src/emulator/devices/virtio/disk-geometry";
import { Machine } from "../../src/emulator/machine";
import { loadCoreModule } from "../../src/cli/core-module";
import { addVirtioOption, type VirtioCliOptions } from "../../src/cli/virtio-options";
import { openVirtioDevices } from "../../src/cli/open-virtio-devices";
import { TestDriver, REG, S, D, F, RAM_BASE } from "./driver";

const HDR = RAM_BASE + 0x10000;
const DATA = RAM_BASE + 0x11000;
const STATUS = RAM_BASE + 0x12000;
const BLK_FEATURES = F.VERSION_1 | (1n << 9n); // VERSION_1 | FLUSH

/** A block request as a three-descriptor chain; returns the status byte and used length. */
function blkRequest(d: TestDriver, type: number, sector: number, len: number, writable: boolean) {
  d.view.setUint32(HDR - RAM_BASE, type, true);
  d.view.setBigUint64(HDR - RAM_BASE + 8, BigInt(sector), true);
  d.ram[STATUS - RAM_BASE] = 0xee;
  d.setDesc(0, HDR, 16, D.NEXT, len ? 1 : 2);
  d.setDesc(1, DATA, len, (writable ? D.WRITE : 0) | D.NEXT, 2);
  d.setDesc(2, STATUS, 1, D.WRITE);
  d.kick(0);
  const used = d.takeUsed();
  return { status: d.u8(STATUS), used: used.map((u) => u.len) };
}

class CountingStorage extends MemoryBlockStorage {
  flushes = 0;
  override flush(): void {
    this.flushes++;
  }
}

describe("virtio-blk", () => {
  test("capacity counts a partial last sector, whose missing bytes read as zeroes", () => {
    const image = new Uint8Array(1000).fill(7);
    const d = new TestDriver(new VirtioBlk({ storage: new MemoryBlockStorage(image) }));
    expect(d.r(REG.config)).toBe(2);
    d.initModern(BLK_FEATURES);
    expect(blkRequest(d, 0, 1, 512, true)).toEqual({ status: 0, used: [513] });
    expect(d.bytes(DATA, 512).slice(486, 490)).toEqual(Uint8Array.of(7, 7, 0, 0));
    d.bytes(DATA, 512).fill(9);
    expect(blkRequest(d, 1, 1, 512, false).status).toBe(0);
    expect(image[999]).toBe(9);
  });

  test("writes go through to the storage; without FLUSH negotiated every write is flushed", () => {
    for (const [features, flushes] of [[BLK_FEATURES, 0], [F.VERSION_1, 1]] as const) {
      const storage = new CountingStorage(new Uint8Array(4096));
      const d = new TestDriver(new VirtioBlk({ storage }));
      d.initModern(features);
      expect(d.r(REG.config + 0x20, 1)).toBe(flushes ? 0 : 1);
      d.bytes(DATA, 512).fill(0x5a);
      expect(blkRequest(d, 1, 2, 512, false)).toEqual({ status: 0, used: [1] });
      expect(storage.read(1024, 4)).toEqual(Uint8Array.of(0x5a, 0x5a, 0x5a, 0x5a));
      expect(storage.flushes).toBe(flushes);
    }
  });

  test("storage failures are I/O errors for the guest", () => {
    const failing: BlockStorage = {
      sizeBytes: 4096,
      readOnly: false,
      read: () => { throw new Error("EIO"); },
      write: () => { throw new Error("EIO"); },
      flush: () => { throw new Error("EIO"); },
    };
    const d = new TestDriver(new VirtioBlk({ storage: failing }));
    d.initModern(BLK_FEATURES);
    expect(blkRequest(d, 0, 0, 512, true).status).toBe(1);
    expect(blkRequest(d, 1, 0, 512, false).status).toBe(1);
    expect(blkRequest(d, 4, 0, 0, false).status).toBe(1);
    expect(d.r(REG.status) & S.NEEDS_RESET).toBe(0);
  });

  test("read-only storage: RO offered, writes refused", () => {
    const image = new Uint8Array(4096);
    const d = new TestDriver(new VirtioBlk({ storage: new MemoryBlockStorage(image, true) }));
    expect(d.r(REG.deviceFeatures) & (1 << 5)).toBe(1 << 5);
    d.initModern(BLK_FEATURES);
    d.bytes(DATA, 512).fill(1);
    expect(blkRequest(d, 1, 0, 512, false).status).toBe(1);
    expect(image[0]).toBe(0);
  });

  test("GET_ID returns the serial, NUL-terminated only when shorter than 20 bytes", () => {
    for (const [serial, expected] of [["abc", "abc\0"], ["0123456789abcdefghijKLM", "0123456789abcdefghij"]]) {
      const d = new TestDriver(new VirtioBlk({ storage: new MemoryBlockStorage(new Uint8Array(512)), serial }));
      d.initModern(BLK_FEATURES);
      d.bytes(DATA, 24).fill(0xaa);
      expect(blkRequest(d, 8, 0, 24, true)).toEqual({ status: 0, used: [25] });
      expect(Buffer.from(d.bytes(DATA, expected.length)).toString("latin1")).toBe(expected);
      expect(d.u8(DATA + expected.length)).toBe(0xaa);
    }
  });

  test("geometry: from an MS-DOS partition table with at most 16 heads, else 16 x 63", () => {
    const mbr = new Uint8Array(512);
    mbr[510] = 0x55;
    mbr[511] = 0xaa;
    const entry = 0x1be;
    mbr[entry + 5] = 3; // end head
    mbr[entry + 6] = 32 | 0xc0; // end sector (cylinder bits above)
    mbr[entry + 12] = 100; // sectors in the partition
    expect(guessGeometry(mbr, 2048)).toEqual({ cylinders: 16, heads: 4, sectors: 32 });
    mbr[entry + 5] = 40;
    expect(guessGeometry(mbr, 2048)).toEqual({ cylinders: 2, heads: 16, sectors: 63 });
    expect(guessGeometry(new Uint8Array(512), 128)).toEqual({ cylinders: 2, heads: 16, sectors: 63 });
    expect(guessGeometry(new Uint8Array(512), 1 << 30)).toEqual({ cylinders: 16383, heads: 16, sectors: 63 });
  });
});

describe("virtio-rng", () => {
  const counter = () => {
    let next = 1;
    return (bytes: Uint8Array) => {
      for (let i = 0; i < bytes.length; i++) bytes[i] = next++ & 0xff;
    };
  };

  test("fills the available buffers in order from the random source, once the driver is ready", () => {
    const d = new TestDriver(new VirtioRng(counter()));
    d.initModern(F.VERSION_1);
    d.w(REG.status, S.ACK | S.DRIVER | S.FEATURES_OK);
    d.setDesc(0, DATA, 4, D.WRITE | D.NEXT, 1);
    d.setDesc(1, DATA + 16, 2, D.WRITE);
    d.setDesc(2, DATA + 32, 3, D.WRITE);
    d.kick(0);
    d.kick(2);
    expect(d.takeUsed()).toEqual([]);
    d.w(REG.status, S.ACK | S.DRIVER | S.FEATURES_OK | S.DRIVER_OK);
    expect(d.takeUsed()).toEqual([{ id: 0, len: 6 }, { id: 2, len: 3 }]);
    expect([...d.bytes(DATA, 4), ...d.bytes(DATA + 16, 2), ...d.bytes(DATA + 32, 3)]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(d.r(REG.isr)).toBe(1);
  });

  test("an available index more than a queue ahead stops the device", () => {
    const d = new TestDriver(new VirtioRng(counter()));
    d.initModern(F.VERSION_1);
    d.setU16(d.avail + 2, 100);
    d.w(REG.queueNotify, 0);
    expect(d.r(REG.status) & S.NEEDS_RESET).toBe(S.NEEDS_RESET);
    expect(d.errors).toEqual(["virtio-rng: Guest moved used index from 0 to 100"]);
  });

  test("the default source is the Web Crypto generator", () => {
    const d = new TestDriver(new VirtioRng());
    d.initModern(F.VERSION_1);
    d.setDesc(0, DATA, 4096, D.WRITE);
    d.kick(0);
    expect(d.takeUsed()).toEqual([{ id: 0, len: 4096 }]);
    expect(d.bytes(DATA, 4096).some((b) => b !== 0)).toBe(true);
  });
});

describe("virt board", () => {
  test("32 transports from 0x0a000000; the first -device takes the last slot; interrupts on SPI 16 + slot; virtio 1.x by default", async () => {
    const machine = await Machine.create({
      coreModule: await loadCoreModule(),
      ramBytes: 16 * 2 ** 20,
      cpuModel: "cortex-a57",
      consoleOutput: () => {},
      virtioDevices: [{ kind: "blk", storage: new MemoryBlockStorage(new Uint8Array(512)) }, { kind: "rng" }],
    });
    const ids = Array.from({ length: 32 }, (_, n) => Number(machine.bus.read(0x0a000000 + n * 0x200 + 8, 4)));
    expect(ids.slice(29)).toEqual([0, 4, 2]);
    expect(ids.slice(0, 29).every((id) => id === 0)).toBe(true);
    expect(machine.bus.read(0x0a003e04, 4)).toBe(2); // Version: virtio 1.x unless force-legacy
    expect(machine.virtio).toHaveLength(32);
  });
});

describe("CLI device options", () => {
  const parse = (...options: [string, string][]) => {
    const o: VirtioCliOptions = { drives: [], devices: [] };
    for (const [flag, text] of options) addVirtioOption(o, flag as "-drive", text);
    return o;
  };

  test("-drive, -device and -global build the device list in -device order", () => {
    const dir = mkdtempSync(join(tmpdir(), "virtio-cli-"));
    writeFileSync(join(dir, "a.img"), new Uint8Array(1024).fill(3));
    const o = parse(
      ["-global", "virtio-mmio.force-legacy=off"],
      ["-drive", "file=a.img,format=raw,if=none,id=d0,snapshot=on"],
      ["-device", "virtio-rng-device"],
      ["-device", "virtio-blk-device,drive=d0,serial=xyz"],
    );
    expect(o.legacy).toBe(false);
    const specs = openVirtioDevices(o, dir);
    expect(specs.map((s) => s.kind)).toEqual(["rng", "blk"]);
    const blk = specs[1];
    if (blk.kind !== "blk") throw new Error("expected a block device");
    expect(blk.serial).toBe("xyz");
    blk.storage.write(0, Uint8Array.of(9));
    expect(readFileSync(join(dir, "a.img"))[0]).toBe(3); // snapshot=on keeps the file
  });

  test.each([
    [["-drive", "file=a.img,if=virtio"], "-drive if=virtio: only if=none is supported (attach it with -device virtio-blk-device,drive=ID)"],
    [["-drive", "file=a.img,format=qcow2,if=none,id=d"], "-drive format=qcow2: only raw images are supported"],
    [["-drive", "file=a.img,if=none"], "-drive needs id=ID (and if=none)"],
    [["-drive", "file=a.img,if=none,id=d,cache=none"], "unsupported -drive property 'cache'"],
    [["-device", "virtio-net-device"], "unsupported device 'virtio-net-device' (supported: virtio-blk-device, virtio-rng-device)"],
    [["-device", "virtio-blk-device"], "-device virtio-blk-device needs drive=ID"],
    [["-global", "virtio-mmio.force-legacy=maybe"], "virtio-mmio.force-legacy: 'maybe' is not on or off"],
    [["-global", "pl011.foo=1"], "unsupported -global 'pl011.foo=1' (only virtio-mmio.force-legacy)"],
  ])("%j is refused: %s", ([flag, text], message) => {
    expect(() => parse([flag, text])).toThrow(message);
  });

  test("a -device naming a missing drive, or one already used, is refused", () => {
    expect(() => openVirtioDevices(parse(["-device", "virtio-blk-device,drive=x"]))).toThrow("no -drive with id 'x'");
    const o = parse(
      ["-drive", "file=a.img,if=none,id=d,snapshot=on"],
      ["-device", "virtio-blk-device,drive=d"],
      ["-device", "virtio-blk-device,drive=d"],
    );
    const dir = mkdtempSync(join(tmpdir(), "virtio-cli-"));
    expect(() => openVirtioDevices(o, dir)).toThrow("cannot open disk image 'a.img': no such file");
    writeFileSync(join(dir, "a.img"), new Uint8Array(512));
    expect(() => openVirtioDevices(o, dir)).toThrow("drive 'd' is already in use");
  });
});

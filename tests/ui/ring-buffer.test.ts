import { describe, test, expect } from "vitest";
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { ByteRing } from "../../src/emulator/ring-buffer";
import { OutputBacklog } from "../../src/workers/output-backlog";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("ByteRing", () => {
  test("rejects a capacity that is not a power of two", () => {
    expect(() => new ByteRing(new SharedArrayBuffer(16 + 100))).toThrow(RangeError);
  });

  test("reads back what was written, in order, and reports space", () => {
    const ring = ByteRing.create(8);
    expect(ring.available()).toBe(0);
    expect(ring.read()).toEqual(new Uint8Array(0));
    expect(ring.write(bytes(1, 2, 3))).toBe(3);
    expect(ring.available()).toBe(3);
    expect(ring.space()).toBe(5);
    expect(ring.read(2)).toEqual(bytes(1, 2));
    expect(ring.read()).toEqual(bytes(3));
  });

  test("writes only what fits and wraps around the end", () => {
    const ring = ByteRing.create(8);
    expect(ring.write(bytes(1, 2, 3, 4, 5, 6))).toBe(6);
    expect(ring.read(5)).toEqual(bytes(1, 2, 3, 4, 5));
    expect(ring.write(bytes(7, 8, 9, 10, 11, 12, 13, 14, 15))).toBe(7);
    expect(ring.space()).toBe(0);
    expect(ring.write(bytes(99))).toBe(0);
    expect(ring.read()).toEqual(bytes(6, 7, 8, 9, 10, 11, 12, 13));
  });

  test("keeps working when the indices wrap past 2^32", () => {
    const ring = ByteRing.create(4);
    const header = new Int32Array(ring.buffer, 0, 2);
    header[0] = header[1] = -2; // 2^32 - 2
    expect(ring.write(bytes(1, 2, 3, 4))).toBe(4);
    expect(ring.available()).toBe(4);
    expect(ring.read()).toEqual(bytes(1, 2, 3, 4));
    expect(header[0]).toBe(2);
  });

  test("every index change bumps the signal; waitForSignal times out when nothing happens", () => {
    const ring = ByteRing.create(4);
    const s0 = ring.signal();
    ring.write(bytes(1));
    const s1 = ring.signal();
    expect(s1).not.toBe(s0);
    ring.read();
    expect(ring.signal()).not.toBe(s1);
    expect(ring.waitForSignal(s0, 10)).toBe(true);
    expect(ring.waitForSignal(ring.signal(), 10)).toBe(false);
  });

  test("carries a megabyte between threads intact while the producer blocks on a full ring", async () => {
    const ring = ByteRing.create(256);
    const total = 1 << 20;
    const producer = JSON.stringify(join(__dirname, "ring-producer.ts"));
    const worker = new Worker(`require("tsx/cjs/api").require(${producer}, ${producer})`, {
      eval: true,
      workerData: { buffer: ring.buffer, total },
    });
    const finished = new Promise((resolve, reject) => {
      worker.on("message", resolve);
      worker.on("error", reject);
    });
    let received = 0;
    let mismatch = -1;
    const deadline = Date.now() + 20_000;
    while (received < total && Date.now() < deadline) {
      const seen = ring.signal();
      const chunk = ring.read(97);
      for (let i = 0; i < chunk.length; i++) {
        if (mismatch < 0 && chunk[i] !== (((received + i) * 7) & 0xff)) mismatch = received + i;
      }
      received += chunk.length;
      if (chunk.length === 0) ring.waitForSignal(seen, 100);
    }
    expect(received).toBe(total);
    expect(await finished).toBe("done");
    expect(mismatch).toBe(-1);
    expect(ring.available()).toBe(0);
    await worker.terminate();
  });
});

describe("OutputBacklog", () => {
  test("keeps bytes in order while the ring is full and grows as needed", () => {
    const ring = ByteRing.create(16);
    const backlog = new OutputBacklog();
    const sent: number[] = [];
    const got: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      backlog.push(i & 0xff);
      sent.push(i & 0xff);
      if (i % 1000 === 999) {
        backlog.drainInto(ring);
        got.push(...ring.read(7));
      }
    }
    while (backlog.length || ring.available()) {
      backlog.drainInto(ring);
      got.push(...ring.read());
    }
    expect(got).toEqual(sent);
  });
});

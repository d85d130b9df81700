// A lock-free single-producer/single-consumer byte ring in a SharedArrayBuffer, for console bytes
// between the UI thread and the VM worker. Each side owns one index (the producer the write
// index, the consumer the read index) and publishes it with Atomics.store after touching the
// data, so the other side never sees bytes before they are written or slots before they are
// read. Indices count bytes modulo 2^32; the capacity is a power of two, so `index & mask`
// is the slot and `write - read` the number of bytes held.
//
// A signal word, bumped on every index change and by wake(), lets a thread that may block
// (a worker) sleep with Atomics.wait until the other side acts; the UI thread only polls.

const READ = 0;
const WRITE = 1;
const SIGNAL = 2;
const HEADER_WORDS = 4;
const HEADER_BYTES = HEADER_WORDS * 4;

export class ByteRing {
  readonly capacity: number;
  private readonly header: Int32Array;
  private readonly data: Uint8Array;
  private readonly mask: number;

  /** Attach to a ring made by ByteRing.create (on either thread). */
  constructor(readonly buffer: SharedArrayBuffer) {
    this.capacity = buffer.byteLength - HEADER_BYTES;
    if (this.capacity <= 0 || (this.capacity & (this.capacity - 1)) !== 0) {
      throw new RangeError(`ring buffer capacity must be a power of two, got ${this.capacity}`);
    }
    this.mask = this.capacity - 1;
    this.header = new Int32Array(buffer, 0, HEADER_WORDS);
    this.data = new Uint8Array(buffer, HEADER_BYTES, this.capacity);
  }

  static create(capacity: number): ByteRing {
    return new ByteRing(new SharedArrayBuffer(HEADER_BYTES + capacity));
  }

  /** Bytes waiting to be read. */
  available(): number {
    return (Atomics.load(this.header, WRITE) - Atomics.load(this.header, READ)) >>> 0;
  }

  /** Room for more bytes. */
  space(): number {
    return this.capacity - this.available();
  }

  /** Producer: copy as many of `bytes` as fit; returns how many were written. */
  write(bytes: Uint8Array): number {
    const write = Atomics.load(this.header, WRITE) >>> 0;
    const read = Atomics.load(this.header, READ) >>> 0;
    const n = Math.min(bytes.length, this.capacity - ((write - read) >>> 0));
    if (n === 0) return 0;
    const start = write & this.mask;
    const first = Math.min(n, this.capacity - start);
    this.data.set(bytes.subarray(0, first), start);
    if (n > first) this.data.set(bytes.subarray(first, n), 0);
    Atomics.store(this.header, WRITE, (write + n) | 0);
    this.wake();
    return n;
  }

  /** Consumer: take up to `max` bytes (a copy). */
  read(max = this.capacity): Uint8Array {
    const read = Atomics.load(this.header, READ) >>> 0;
    const write = Atomics.load(this.header, WRITE) >>> 0;
    const n = Math.min(max, (write - read) >>> 0);
    const out = new Uint8Array(n);
    if (n === 0) return out;
    const start = read & this.mask;
    const first = Math.min(n, this.capacity - start);
    out.set(this.data.subarray(start, start + first));
    if (n > first) out.set(this.data.subarray(0, n - first), first);
    Atomics.store(this.header, READ, (read + n) | 0);
    this.wake();
    return out;
  }

  /** The signal word's value; pass it to waitForSignal() to sleep until it changes. */
  signal(): number {
    return Atomics.load(this.header, SIGNAL);
  }

  /** Bump the signal word and wake a thread sleeping in waitForSignal(). */
  wake(): void {
    Atomics.add(this.header, SIGNAL, 1);
    Atomics.notify(this.header, SIGNAL);
  }

  /** Block (workers and Node only) until the signal word differs from `seen` or `timeoutMs`
   *  passes. Returns false on timeout. */
  waitForSignal(seen: number, timeoutMs = Infinity): boolean {
    return Atomics.wait(this.header, SIGNAL, seen, timeoutMs) !== "timed-out";
  }

  /** Like waitForSignal() but without blocking the thread's event loop (Atomics.waitAsync),
   *  so that timers, messages and IndexedDB callbacks run meanwhile. Resolves false on
   *  timeout. Undefined where the engine has no Atomics.waitAsync. */
  waitForSignalAsync(seen: number, timeoutMs = Infinity): Promise<boolean> | undefined {
    if (typeof Atomics.waitAsync !== "function") return undefined;
    const result = Atomics.waitAsync(this.header, SIGNAL, seen, timeoutMs);
    return result.async ? result.value.then((v) => v !== "timed-out") : Promise.resolve(result.value !== "timed-out");
  }
}

// The guest's serial output on stdout, written synchronously in batches: process.stdout
// may be asynchronous (pipes, sockets), and a plain write followed by process.exit() can
// lose the tail of the output. Bytes are flushed when 4 KiB accumulate, once the event loop
// gets a turn (so prompts appear while the guest waits for input), and at process exit.
import { writeSync } from "node:fs";

const FLUSH_BYTES = 4096;

export class ConsoleWriter {
  private pending: number[] = [];
  private flushScheduled = false;

  constructor(private readonly fd = 1) {
    process.on("exit", () => this.flush());
  }

  write(byte: number): void {
    this.pending.push(byte);
    if (this.pending.length >= FLUSH_BYTES) {
      this.flush();
    } else if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const data = Uint8Array.from(this.pending);
    this.pending = [];
    for (let off = 0; off < data.length; ) {
      try {
        off += writeSync(this.fd, data, off);
      } catch (e) {
        // A non-blocking descriptor that is full: try again.
        if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
      }
    }
  }
}

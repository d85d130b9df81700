// A disk image file as a virtio block device's storage (Node): synchronous reads and writes
// on a file descriptor, flush = fsync.
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from "node:fs";
import type { BlockStorage } from "../emulator/devices/virtio/block-storage";

export class FileBlockStorage implements BlockStorage {
  readonly sizeBytes: number;

  private constructor(private readonly fd: number, readonly readOnly: boolean) {
    this.sizeBytes = fstatSync(fd).size;
  }

  /** Open `path` for reading, and for writing unless `readOnly`. */
  static open(path: string, readOnly: boolean): FileBlockStorage {
    return new FileBlockStorage(openSync(path, readOnly ? "r" : "r+"), readOnly);
  }

  read(offset: number, length: number): Uint8Array {
    const bytes = new Uint8Array(length);
    for (let done = 0; done < length; ) {
      const n = readSync(this.fd, bytes, done, length - done, offset + done);
      if (n === 0) throw new Error(`unexpected end of file at byte ${offset + done}`);
      done += n;
    }
    return bytes;
  }

  write(offset: number, data: Uint8Array): void {
    if (this.readOnly) throw new Error("read-only storage");
    for (let done = 0; done < data.length; ) {
      done += writeSync(this.fd, data, done, data.length - done, offset + done);
    }
  }

  flush(): void {
    if (!this.readOnly) fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}

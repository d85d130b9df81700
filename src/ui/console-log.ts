// Everything the guest printed (the newest 16 MiB), for "save console log".

const LIMIT_BYTES = 16 * 2 ** 20;

export class ConsoleLog {
  private chunks: Uint8Array[] = [];
  private bytes = 0;

  append(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    while (this.bytes - this.chunks[0].length >= LIMIT_BYTES) this.bytes -= this.chunks.shift()!.length;
  }

  clear(): void {
    this.chunks = [];
    this.bytes = 0;
  }

  toBlob(): Blob {
    return new Blob(this.chunks as BlobPart[], { type: "text/plain" });
  }
}

// Worker thread for ring-buffer.test.ts: writes `total` bytes of a counting pattern in uneven
// chunks, sleeping on the ring's signal when it is full, as the VM worker does.
import { parentPort, workerData } from "node:worker_threads";
import { ByteRing } from "../../src/emulator/ring-buffer";

const { buffer, total } = workerData as { buffer: SharedArrayBuffer; total: number };
const ring = new ByteRing(buffer);
let sent = 0;
let chunk = 1;
while (sent < total) {
  const n = Math.min(chunk, total - sent);
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = (sent + i) * 7 & 0xff;
  let done = 0;
  while (done < n) {
    const seen = ring.signal();
    const wrote = ring.write(bytes.subarray(done));
    done += wrote;
    if (wrote === 0) ring.waitForSignal(seen, 1000);
  }
  sent += n;
  chunk = (chunk * 5 + 3) % 997;
}
parentPort!.postMessage("done");

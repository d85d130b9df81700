// The UI thread's handle on the VM worker: comlink calls (each counted and announced so an
// idle worker wakes to take them), console input into one shared ring and output drained
// from the other on a short timer. No guest code runs on this thread.
import * as Comlink from "comlink";
import { ByteRing } from "../emulator/ring-buffer";
import { PendingCalls, type BootRequest, type VmApi, type VmStats } from "../workers/vm-api";

const INPUT_RING_BYTES = 16 * 1024;
const OUTPUT_RING_BYTES = 256 * 1024;
const DRAIN_INTERVAL_MS = 16;

export class VmClient {
  private readonly worker: Worker;
  private readonly remote: Comlink.Remote<VmApi>;
  private readonly input = ByteRing.create(INPUT_RING_BYTES);
  private readonly output = ByteRing.create(OUTPUT_RING_BYTES);
  private readonly calls = new PendingCalls();
  /** Input typed or pasted faster than the guest takes it. */
  private queuedInput = new Uint8Array(0);
  private readonly drainTimer: ReturnType<typeof setInterval>;

  constructor(private readonly onOutput: (bytes: Uint8Array) => void) {
    this.worker = new Worker(new URL("../workers/vm-worker.ts", import.meta.url), { type: "module", name: "vm" });
    this.remote = Comlink.wrap<VmApi>(this.worker);
    void this.call((vm) => vm.attach({ input: this.input.buffer, output: this.output.buffer, calls: this.calls.buffer }));
    this.drainTimer = setInterval(() => this.pump(), DRAIN_INTERVAL_MS);
  }

  /** Count the call, send it, then ring the worker awake (in that order, so a woken worker
   *  knows a message is on its way). */
  private call<T>(send: (vm: Comlink.Remote<VmApi>) => Promise<T>): Promise<T> {
    this.calls.announce();
    const result = send(this.remote);
    this.input.wake();
    return result;
  }

  /** The request's file bytes move to the worker (they are unusable here afterwards). */
  boot(request: BootRequest): Promise<void> {
    return this.call((vm) => vm.boot(Comlink.transfer(request, Object.values(request.files))));
  }
  pause(): Promise<void> {
    return this.call((vm) => vm.pause());
  }
  resume(): Promise<void> {
    return this.call((vm) => vm.resume());
  }
  reset(): Promise<void> {
    return this.call((vm) => vm.reset());
  }
  powerOff(): Promise<void> {
    return this.call((vm) => vm.powerOff());
  }
  attachDisk(file: string, diskId: string): Promise<void> {
    return this.call((vm) => vm.attachDisk(file, diskId));
  }
  detachDisk(file: string): Promise<void> {
    return this.call((vm) => vm.detachDisk(file));
  }
  flushDisks(): Promise<boolean> {
    return this.call((vm) => vm.flushDisks());
  }
  stats(): Promise<VmStats> {
    return this.call((vm) => vm.stats());
  }

  /** Console input for the guest (bytes as a serial line carries them). */
  sendInput(bytes: Uint8Array): void {
    const joined = new Uint8Array(this.queuedInput.length + bytes.length);
    joined.set(this.queuedInput);
    joined.set(bytes, this.queuedInput.length);
    this.queuedInput = joined.subarray(this.input.write(joined));
  }

  private pump(): void {
    if (this.queuedInput.length) this.queuedInput = this.queuedInput.subarray(this.input.write(this.queuedInput));
    if (this.output.available()) this.onOutput(this.output.read());
  }

  dispose(): void {
    clearInterval(this.drainTimer);
    this.remote[Comlink.releaseProxy]();
    this.worker.terminate();
  }
}

// The VM worker: owns the Machine and runs all guest code, off the UI thread. Console bytes
// travel through shared rings; while the guest idles the worker sleeps in Atomics.waitAsync
// (Atomics.wait where that is missing) on the input ring's signal, which input, every comlink
// call (see PendingCalls) and completed disk requests ring.
import * as Comlink from "comlink";
import coreWasmUrl from "../../build/core.wasm?url";
import { Machine, type StopReason } from "../emulator/machine";
import { ByteRing } from "../emulator/ring-buffer";
import { attachDrive, bootInputsFromConfig, detachDrive, machineShapeOf } from "../emulator/boot-config";
import { LoadError } from "../emulator/loaders/load-error";
import { isGzip, MAX_GUNZIP_BYTES } from "../emulator/loaders/kernel-image";
import { gunzipBounded } from "../emulator/loaders/gunzip-stream";
import type { VirtioDeviceSpec } from "../emulator/devices/virtio/virt-board";
import { DiskStore } from "../ui/disks/disk-store";
import { fetchBytes } from "../ui/fetch-bytes";
import { IdbBlockStorage } from "./idb-block-storage";
import { OutputBacklog } from "./output-backlog";
import { PendingCalls, type BootRequest, type VmApi, type VmChannels, type VmState, type VmStats } from "./vm-api";

const MiB = 2 ** 20;
/** Past this much console output waiting for the UI, the guest is slowed to let it catch up. */
const BACKLOG_LIMIT = MiB;
const BACKLOG_WAIT_MS = 50;
/** Longest wait for counted comlink calls to arrive before the guest runs on. */
const CALL_ARRIVAL_MS = 200;

let coreModule: Promise<WebAssembly.Module> | undefined;

/** The core, compiled while it downloads (compileStreaming also lets the browser cache the
 *  compiled code); started when the worker starts, so it overlaps the boot images' fetch. */
function loadCoreModule(): Promise<WebAssembly.Module> {
  coreModule ??= fetch(coreWasmUrl).then(async (r) => {
    if (!r.ok) throw new Error(`cannot load the emulator core (${coreWasmUrl}): HTTP ${r.status}`);
    if (r.headers.get("Content-Type")?.startsWith("application/wasm")) return WebAssembly.compileStreaming(r);
    return WebAssembly.compile(await r.arrayBuffer());
  });
  coreModule.catch(() => (coreModule = undefined));
  return coreModule;
}
void loadCoreModule().catch(() => undefined);

/** A zero-delay yield to the worker's event loop (timers would be clamped to 4 ms). */
function makeYield(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
}

interface Run {
  abort: AbortController;
  done: Promise<void>;
}

class VmHost implements VmApi {
  private input?: ByteRing;
  private output?: ByteRing;
  private calls?: PendingCalls;
  private readonly backlog = new OutputBacklog();
  private readonly yieldToEventLoop = makeYield();

  private request?: BootRequest;
  /** The disks of the running machine. */
  private disks: IdbBlockStorage[] = [];
  private readonly diskStore = new DiskStore();
  /** Disk problems not yet seen by stats(). */
  private diskProblems: string[] = [];
  private machine?: Machine;
  private run?: Run;
  private state: VmState = "off";
  private message = "";
  private idleMs = 0;
  private bootedAt = 0;
  /** The previous stats() call's figures, for rates over the time since. */
  private lastStats = { at: 0, instructions: 0, idleMs: 0 };

  attach(channels: VmChannels): void {
    this.input = new ByteRing(channels.input);
    this.output = new ByteRing(channels.output);
    this.calls = new PendingCalls(channels.calls);
  }

  arrived(): void {
    this.calls?.answered();
  }

  async boot(request: BootRequest): Promise<void> {
    await this.stop();
    await this.closeDisks();
    this.request = request;
    this.machine = undefined;
    this.setState("booting");
    const { config } = request;
    const ramMiB = config.memoryBytes / MiB;
    try {
      const machine = await Machine.create({
        coreModule: await loadCoreModule(),
        ...machineShapeOf(config),
        virtioDevices: await this.virtioDevices(request),
        onDeviceError: (message) => this.announce(message),
        consoleOutput: (byte) => this.backlog.push(byte),
        onWake: () => this.input?.wake(),
      }).catch((e: unknown) => {
        throw e instanceof RangeError
          ? new Error(`cannot allocate ${ramMiB} MiB of shared memory for the guest (${e.message}); pick less memory`)
          : e;
      });
      const inputs = bootInputsFromConfig(config, (name, what) => {
        const bytes = request.files[name];
        if (!bytes) throw new LoadError(`the ${what} '${name}' was not given to the machine`);
        return new Uint8Array(bytes);
      });
      // The browser's native inflate is several times faster than the loader's portable one;
      // when it fails the loader sees the original bytes and names the problem.
      const kernel = inputs.kernel;
      if (kernel && isGzip(kernel.bytes)) {
        const inflated = await gunzipBounded(kernel.bytes, kernel.name, MAX_GUNZIP_BYTES).catch(() => undefined);
        if (inflated) inputs.kernel = { ...kernel, bytes: inflated };
      }
      const plan = machine.boot(inputs);
      machine.reset();
      this.machine = machine;
      for (const notice of plan.notices) this.announce(notice);
    } catch (e) {
      this.setState("error", e instanceof Error ? e.message : String(e));
      throw e;
    }
    this.idleMs = 0;
    this.bootedAt = performance.now();
    this.lastStats = { at: this.bootedAt, instructions: 0, idleMs: 0 };
    const names = [config.kernel, config.initrd, config.dtb].filter((n) => n !== undefined);
    const what = names.length ? names.join(" and ") : "the -device loader images";
    this.announce(`booting ${what} with ${ramMiB} MiB of RAM`);
    this.start();
  }

  /** The config's -device list as the board's virtio devices; block devices get their
   *  disks from IndexedDB (request.disks says which disk each drive is). */
  private async virtioDevices(request: BootRequest): Promise<VirtioDeviceSpec[]> {
    const { config } = request;
    const devices: VirtioDeviceSpec[] = [];
    for (const device of config.devices) {
      if (device.type === "virtio-rng-device") {
        devices.push({ kind: "rng" });
        continue;
      }
      const drive = config.drives.find((d) => d.id === device.drive)!;
      if (drive.snapshot) throw new LoadError(`drive '${drive.file}': snapshot=on is not available in the browser (attach the disk read-only, or reset an overlay to its base)`);
      const diskId = request.disks[drive.file];
      if (diskId === undefined) throw new LoadError(`drive '${drive.file}': no such disk in this browser`);
      const storage = await IdbBlockStorage.open(this.diskStore, diskId, loadBaseImage, {
        readOnly: drive.readOnly,
        onError: (message) => {
          this.diskProblems.push(message);
          this.announce(message);
        },
      }).catch((e: unknown) => {
        throw new LoadError(`drive '${drive.file}': ${e instanceof Error ? e.message : String(e)}`);
      });
      this.disks.push(storage);
      devices.push({ kind: "blk", storage, serial: device.serial, firstSector: await storage.read(0, Math.min(512, storage.sizeBytes)) });
    }
    return devices;
  }

  attachDisk(file: string, diskId: string): void {
    if (!this.request) return;
    this.request = { ...this.request, config: attachDrive(this.request.config, file), disks: { ...this.request.disks, [file]: diskId } };
  }

  detachDisk(file: string): void {
    if (this.request) this.request = { ...this.request, config: detachDrive(this.request.config, file) };
  }

  /** Save what the guest wrote to its disks (pause, power off, page hide). Resolves false if
   *  some could not be saved (the reason was reported). */
  async flushDisks(): Promise<boolean> {
    const results = await Promise.all(this.disks.map((d) => d.flushNow()));
    return results.every(Boolean);
  }

  private async closeDisks(): Promise<void> {
    const disks = this.disks;
    this.disks = [];
    await Promise.all(disks.map((d) => d.close().catch(() => undefined)));
  }

  /** A line of our own in the console stream, in order with the guest's output. */
  private announce(text: string): void {
    for (const b of new TextEncoder().encode(`\r\n[playground] ${text}\r\n`)) this.backlog.push(b);
  }

  async pause(): Promise<void> {
    if (this.state !== "running") return;
    await this.stop();
    this.setState("paused");
    await this.flushDisks();
  }

  resume(): void {
    if (this.state === "paused") this.start();
  }

  async reset(): Promise<void> {
    if (this.request) await this.boot(this.request);
  }

  async powerOff(): Promise<void> {
    await this.stop();
    await this.closeDisks();
    this.machine = undefined;
    this.setState("off", "Powered off.");
    this.announce("powered off");
    this.flushOutput();
  }

  stats(): VmStats {
    const now = { at: performance.now(), instructions: this.machine ? Number(this.machine.instructionCount()) : 0, idleMs: this.idleMs };
    const ms = now.at - this.lastStats.at;
    const stats: VmStats = {
      state: this.state,
      message: this.message,
      instructions: now.instructions,
      sinceBootMs: this.machine ? now.at - this.bootedAt : 0,
      mips: ms > 0 ? (now.instructions - this.lastStats.instructions) / ms / 1000 : 0,
      idleShare: ms > 0 ? Math.min(1, (now.idleMs - this.lastStats.idleMs) / ms) : 0,
      diskProblems: this.diskProblems,
      unsavedDiskChunks: this.disks.reduce((n, d) => n + d.unsavedChunks, 0),
    };
    this.diskProblems = [];
    this.lastStats = now;
    return stats;
  }

  private setState(state: VmState, message = ""): void {
    this.state = state;
    this.message = message;
  }

  private start(): void {
    const machine = this.machine!;
    const abort = new AbortController();
    this.setState("running");
    const done = machine
      .run({
        signal: abort.signal,
        yieldToHost: () => this.betweenSlices(),
        idleWait: (delayMs) => this.idleWait(delayMs, abort.signal),
      })
      .then(
        (reason) => this.stopped(reason),
        (e: unknown) => this.setState("error", `the emulator stopped: ${e instanceof Error ? e.message : String(e)}`),
      )
      .finally(() => this.flushOutput());
    this.run = { abort, done };
  }

  private async stop(): Promise<void> {
    const run = this.run;
    if (!run) return;
    run.abort.abort();
    await run.done;
    if (this.run === run) this.run = undefined;
  }

  private stopped(reason: StopReason): void {
    this.run = undefined;
    switch (reason) {
      case "aborted":
        return;
      case "reset":
        if (this.request?.config.noReboot) {
          this.setState("off", "The guest reset the machine (-no-reboot).");
          break;
        }
        // The guest asked for a reset (PSCI SYSTEM_RESET): boot the same images again.
        this.announce("the guest reset the machine");
        void this.boot(this.request!).catch(() => undefined);
        return;
      case "poweroff":
        this.setState("off", "The guest powered off.");
        void this.closeDisks();
        break;
      case "cpu-off":
        this.setState("off", "The guest turned its only CPU off.");
        break;
      default:
        this.setState("off", `The machine stopped (${reason}).`);
    }
    this.announce(this.message.toLowerCase().replace(/\.$/, ""));
  }

  /** Hand console input to the guest's UART. */
  private pumpInput(): void {
    const bytes = this.input!.read();
    if (bytes.length) this.machine!.sendInput(bytes);
  }

  private flushOutput(): void {
    this.backlog.drainInto(this.output!);
  }

  private async betweenSlices(): Promise<void> {
    this.pumpInput();
    this.flushOutput();
    if (this.backlog.length > BACKLOG_LIMIT) {
      const seen = this.output!.signal();
      this.flushOutput();
      if (this.backlog.length > BACKLOG_LIMIT) this.output!.waitForSignal(seen, BACKLOG_WAIT_MS);
    }
    await this.yieldToEventLoop();
  }

  /** Sleep until the guest's next timer deadline, input, or a comlink call; then let the
   *  event loop deliver the calls that rang. */
  private async idleWait(delayMs: number, signal: AbortSignal): Promise<void> {
    const started = performance.now();
    const input = this.input!;
    const seen = input.signal();
    this.pumpInput();
    this.flushOutput();
    if (this.calls!.pending() === 0 && delayMs > 0) {
      // Asleep without blocking the event loop where the engine allows, so that storage
      // callbacks (disks) run meanwhile; they ring the same signal when the guest has news.
      const asleep = input.waitForSignalAsync(seen, delayMs);
      if (asleep) await asleep;
      else input.waitForSignal(seen, delayMs);
    }
    this.pumpInput();
    this.idleMs += performance.now() - started;
    await this.yieldToEventLoop();
    const giveUp = performance.now() + CALL_ARRIVAL_MS;
    while (this.calls!.pending() > 0 && !signal.aborted && performance.now() < giveUp) {
      await this.yieldToEventLoop();
    }
  }
}

/** An overlay disk's base image, fetched whole (a path on this site or a URL). */
async function loadBaseImage(url: string): Promise<Uint8Array> {
  return new Uint8Array(await fetchBytes(new URL(url), () => undefined));
}

const host = new VmHost();
// Each call first counts itself as arrived (PendingCalls); attach brings the counter.
const api: VmApi = {
  attach: (channels) => {
    host.attach(channels);
    host.arrived();
  },
  boot: (request) => (host.arrived(), host.boot(request)),
  pause: () => (host.arrived(), host.pause()),
  resume: () => (host.arrived(), host.resume()),
  reset: () => (host.arrived(), host.reset()),
  powerOff: () => (host.arrived(), host.powerOff()),
  flushDisks: () => (host.arrived(), host.flushDisks()),
  attachDisk: (file, diskId) => (host.arrived(), host.attachDisk(file, diskId)),
  detachDisk: (file) => (host.arrived(), host.detachDisk(file)),
  stats: () => (host.arrived(), host.stats()),
};
Comlink.expose(api);

// The VM worker: owns the Machine and runs all guest code, off the UI thread. Console bytes
// travel through shared rings; while the guest idles the worker blocks in Atomics.wait on the
// input ring's signal, which input and every comlink call (see PendingCalls) ring.
import * as Comlink from "comlink";
import coreWasmUrl from "../../build/core.wasm?url";
import { Machine, type StopReason } from "../emulator/machine";
import { ByteRing } from "../emulator/ring-buffer";
import { OutputBacklog } from "./output-backlog";
import { PendingCalls, type BootConfig, type BootFile, type VmApi, type VmChannels, type VmState, type VmStats } from "./vm-api";

const MiB = 2 ** 20;
/** Past this much console output waiting for the UI, the guest is slowed to let it catch up. */
const BACKLOG_LIMIT = MiB;
const BACKLOG_WAIT_MS = 50;
/** Longest wait for counted comlink calls to arrive before the guest runs on. */
const CALL_ARRIVAL_MS = 200;

let coreModule: Promise<WebAssembly.Module> | undefined;

function loadCoreModule(): Promise<WebAssembly.Module> {
  coreModule ??= fetch(coreWasmUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`cannot load the emulator core (${coreWasmUrl}): HTTP ${r.status}`);
      return r.arrayBuffer();
    })
    .then((bytes) => WebAssembly.compile(bytes));
  coreModule.catch(() => (coreModule = undefined));
  return coreModule;
}

function machineFile(file: BootFile | undefined): { name: string; bytes: Uint8Array } | undefined {
  return file && { name: file.name, bytes: new Uint8Array(file.bytes) };
}

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

  private config?: BootConfig;
  private machine?: Machine;
  private run?: Run;
  private state: VmState = "off";
  private message = "";
  private idleMs = 0;
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

  async boot(config: BootConfig): Promise<void> {
    await this.stop();
    this.config = config;
    this.machine = undefined;
    this.setState("booting");
    try {
      const machine = await Machine.create({
        coreModule: await loadCoreModule(),
        ramBytes: config.ramMiB * MiB,
        cpuModel: "cortex-a57",
        gicVersion: 2,
        // Entropy for the guest's random pool (crypto.getRandomValues), ready from boot.
        virtioDevices: [{ kind: "rng" }],
        consoleOutput: (byte) => this.backlog.push(byte),
      }).catch((e: unknown) => {
        throw e instanceof RangeError
          ? new Error(`cannot allocate ${config.ramMiB} MiB of shared memory for the guest (${e.message}); pick less memory`)
          : e;
      });
      machine.boot({ kernel: machineFile(config.kernel), initrd: machineFile(config.initrd), cmdline: config.append });
      machine.reset();
      this.machine = machine;
    } catch (e) {
      this.setState("error", e instanceof Error ? e.message : String(e));
      throw e;
    }
    this.idleMs = 0;
    this.lastStats = { at: performance.now(), instructions: 0, idleMs: 0 };
    const initrd = config.initrd ? ` and ${config.initrd.name}` : "";
    this.announce(`booting ${config.kernel.name}${initrd} with ${config.ramMiB} MiB of RAM`);
    this.start();
  }

  /** A line of our own in the console stream, in order with the guest's output. */
  private announce(text: string): void {
    for (const b of new TextEncoder().encode(`\r\n[playground] ${text}\r\n`)) this.backlog.push(b);
  }

  async pause(): Promise<void> {
    if (this.state !== "running") return;
    await this.stop();
    this.setState("paused");
  }

  resume(): void {
    if (this.state === "paused") this.start();
  }

  async reset(): Promise<void> {
    if (this.config) await this.boot(this.config);
  }

  async powerOff(): Promise<void> {
    await this.stop();
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
      mips: ms > 0 ? (now.instructions - this.lastStats.instructions) / ms / 1000 : 0,
      idleShare: ms > 0 ? Math.min(1, (now.idleMs - this.lastStats.idleMs) / ms) : 0,
    };
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
        // The guest asked for a reset (PSCI SYSTEM_RESET): boot the same images again.
        this.announce("the guest reset the machine");
        void this.boot(this.config!).catch(() => undefined);
        return;
      case "poweroff":
        this.setState("off", "The guest powered off.");
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
    if (this.calls!.pending() === 0 && delayMs > 0) input.waitForSignal(seen, delayMs);
    this.pumpInput();
    this.idleMs += performance.now() - started;
    await this.yieldToEventLoop();
    const giveUp = performance.now() + CALL_ARRIVAL_MS;
    while (this.calls!.pending() > 0 && !signal.aborted && performance.now() < giveUp) {
      await this.yieldToEventLoop();
    }
  }
}

const host = new VmHost();
// Each call first counts itself as arrived (PendingCalls); attach brings the counter.
const api: VmApi = {
  attach: (channels) => {
    host.attach(channels);
    host.arrived();
  },
  boot: (config) => (host.arrived(), host.boot(config)),
  pause: () => (host.arrived(), host.pause()),
  resume: () => (host.arrived(), host.resume()),
  reset: () => (host.arrived(), host.reset()),
  powerOff: () => (host.arrived(), host.powerOff()),
  stats: () => (host.arrived(), host.stats()),
};
Comlink.expose(api);

// A machine: the core, RAM and the board's devices (QEMU virt with gic-version=2 or 3), plus the
// loops that run the CPU in slices, feed console input and sleep while the guest idles.
import {
  CoreInstance, GIC_V2, GIC_V3, EXIT_BUDGET, EXIT_IDLE, EXIT_POWER_OFF, EXIT_RESET, EXIT_CPU_OFF, type Clock,
} from "./core-host";
import { MmioBus } from "./devices/bus";
import { Pl011 } from "./devices/pl011";
import { GuestMemory } from "./devices/virtio/guest-memory";
import { VirtioMmioTransport } from "./devices/virtio/mmio-transport";
import { VIRTIO_MMIO_STRIDE, virtioSlots, type VirtioDeviceSpec } from "./devices/virtio/virt-board";
import { applyCpuModel, type CpuModelName } from "./cpu-models";
import { parseElf } from "./loaders/elf";
import { LoadError } from "./loaders/load-error";
import { RAM_BASE_PA } from "./core/layout";

export interface MachineOptions {
  coreModule: WebAssembly.Module;
  ramBytes: number;
  cpuModel: CpuModelName;
  /** Receives every byte the guest writes to the console UART. */
  consoleOutput: (byte: number) => void;
  /** Monotonic host clock; defaults to performance.now() since the machine was created. */
  clock?: Clock;
  /** Deterministic time like QEMU's -icount shift=N: each instruction takes 2^N ns and idle
   *  time jumps to the next timer deadline. Default: the host clock. */
  icountShift?: number;
  /** Interrupt controller, as QEMU's -M virt,gic-version=N: 2 (default, GICv2 distributor and
   *  memory-mapped CPU interface) or 3 (GICv3 distributor, redistributors and ICC_* system
   *  registers). */
  gicVersion?: GicVersion;
  /** virtio-mmio devices in QEMU -device order (the first takes the highest transport). */
  virtioDevices?: readonly VirtioDeviceSpec[];
  /** QEMU's virtio-mmio force-legacy property. Default false: the virtio 1.x interface
   *  (Version 2). true gives the legacy interface (Version 1), QEMU 7.2's own default. */
  virtioLegacy?: boolean;
  /** Told when a device stops because the guest broke its protocol (QEMU prints these). */
  onDeviceError?: (message: string) => void;
}

export type GicVersion = 2 | 3;

/** Why a run stopped. "idle": the guest waits for an interrupt that only input could raise and
 *  runSync has no input to give it; "aborted": run()'s signal fired. */
export type StopReason = "poweroff" | "reset" | "cpu-off" | "instruction-limit" | "idle" | "aborted";

export interface RunOptions {
  /** Stops the run (it resolves with "aborted"). */
  signal?: AbortSignal;
  /** Lets the host's event loop run between slices (default: a zero-delay timeout). */
  yieldToHost?: () => Promise<void>;
  /** Waits while the guest idles: at most `delayMs` (Infinity: only input can wake it), less
   *  when input may have arrived; the run then resumes. Default: a timer that sendInput()
   *  cuts short. */
  idleWait?: (delayMs: number) => Promise<void>;
}

export const VIRT_UART_BASE = 0x09000000;
/** QEMU virt wires the PL011 to SPI 1. */
export const VIRT_UART_INTID = 32 + 1;

const SLICE_INSTRUCTIONS = 1 << 20;
/** Longest delay setTimeout accepts (2^31 - 1 ms). */
const MAX_TIMEOUT_MS = 0x7fffffff;

type SliceResult = "continue" | "idle" | StopReason;

export class Machine {
  readonly bus = new MmioBus();
  readonly uart: Pl011;
  /** The 32 virtio-mmio transports, lowest address first. */
  readonly virtio: VirtioMmioTransport[] = [];
  private entry = 0;
  private readonly pendingInput: number[] = [];
  private wakeSleeper: (() => void) | undefined;

  private constructor(readonly core: CoreInstance, readonly options: MachineOptions, private readonly clock: Clock) {
    this.uart = new Pl011(options.consoleOutput, (level) => core.setSpiLevel(VIRT_UART_INTID, level));
    this.bus.map(VIRT_UART_BASE, 0x1000, this.uart);
    const memory = new GuestMemory(core.ram(), RAM_BASE_PA);
    for (const slot of virtioSlots(options.virtioDevices ?? [])) {
      const transport = new VirtioMmioTransport({
        device: slot.device,
        legacy: options.virtioLegacy ?? false,
        memory,
        setIrq: (level) => this.setDeviceIrq(slot.intid, level),
        onError: options.onDeviceError,
      });
      this.virtio.push(transport);
      this.bus.map(slot.base, VIRTIO_MMIO_STRIDE, transport);
    }
  }

  /** A device interrupt line; raising one wakes a run() sleeping while the guest idles
   *  (a device may complete work outside the guest's register accesses). */
  private setDeviceIrq(intid: number, level: boolean): void {
    this.core.setSpiLevel(intid, level);
    if (level) this.wakeSleeper?.();
  }

  static async create(options: MachineOptions): Promise<Machine> {
    const start = performance.now();
    const clock = options.clock ?? { nowNs: () => (performance.now() - start) * 1e6 };
    let machine: Machine | undefined;
    const bus = {
      read: (pa: number, size: number) => machine!.bus.read(pa, size),
      write: (pa: number, size: number, v: bigint) => machine!.bus.write(pa, size, v),
    };
    const core = await CoreInstance.create(options.coreModule, options.ramBytes, bus, clock);
    core.configureClock(options.icountShift);
    core.configureGic(options.gicVersion === 3 ? GIC_V3 : GIC_V2, 1);
    machine = new Machine(core, options, clock);
    return machine;
  }

  /** Load an ELF kernel at its physical addresses; the CPU will start at its entry point. */
  loadElf(bytes: Uint8Array, name: string): void {
    const elf = parseElf(bytes, name);
    const ramEnd = RAM_BASE_PA + this.core.ramBytes;
    for (const s of elf.segments) {
      const end = s.paddr + s.data.length + s.zeroBytes;
      if (s.paddr < RAM_BASE_PA || end > ramEnd) {
        throw new LoadError(
          `${name}: segment at 0x${s.paddr.toString(16)}..0x${end.toString(16)} is outside RAM ` +
            `(0x${RAM_BASE_PA.toString(16)}..0x${ramEnd.toString(16)})`,
        );
      }
      this.core.writePhys(s.paddr, s.data);
      this.core.writePhys(s.paddr + s.data.length, new Uint8Array(s.zeroBytes));
    }
    this.entry = elf.entry;
  }

  reset(): void {
    this.core.resetGic();
    this.bus.reset();
    this.core.resetCpu(0, this.entry);
    applyCpuModel(this.core, 0, this.options.cpuModel);
  }

  /** Console input for the guest's UART: queued here and moved into the UART's receive FIFO as
   *  it has room; wakes a run() that sleeps while the guest idles. */
  sendInput(bytes: Iterable<number>): void {
    for (const b of bytes) this.pendingInput.push(b & 0xff);
    this.feedInput();
    this.wakeSleeper?.();
  }

  /** Move queued input into the UART; true if any byte moved. */
  private feedInput(): boolean {
    const n = Math.min(this.uart.rxSpace(), this.pendingInput.length);
    if (n <= 0) return false;
    this.uart.receive(this.pendingInput.splice(0, n));
    return true;
  }

  private runSlice(budget: number): { result: SliceResult; executed: number } {
    this.feedInput();
    const before = this.instructionCount();
    const reason = this.core.run(0, budget);
    const executed = Number(this.instructionCount() - before);
    switch (reason) {
      case EXIT_POWER_OFF: return { result: "poweroff", executed };
      case EXIT_RESET: return { result: "reset", executed };
      case EXIT_CPU_OFF: return { result: "cpu-off", executed };
      case EXIT_IDLE: return { result: this.feedInput() ? "continue" : "idle", executed };
      case EXIT_BUDGET:
      default:
        return { result: "continue", executed };
    }
  }

  /** Run until the guest powers off or resets, or `maxInstructions` have executed, blocking the
   *  calling thread while the guest idles until its next timer interrupt (Atomics.wait: Node,
   *  or a worker in browsers). Returns "idle" when only input could wake the guest. */
  runSync(maxInstructions = Number.MAX_SAFE_INTEGER): StopReason {
    let executed = 0;
    while (executed < maxInstructions) {
      const slice = this.runSlice(Math.min(SLICE_INSTRUCTIONS, maxInstructions - executed));
      executed += slice.executed;
      if (slice.result === "continue") continue;
      if (slice.result !== "idle") return slice.result;
      const deadline = this.core.idleDeadlineNs();
      if (deadline === Infinity) return "idle";
      sleepSync(deadline - this.clock.nowNs());
    }
    return "instruction-limit";
  }

  /** Run until the guest powers off, resets or turns its CPU off, or `signal` aborts. Between
   *  slices the host's event loop runs; while the guest idles the machine sleeps until its next
   *  timer interrupt or until sendInput() brings input. */
  async run(options: RunOptions = {}): Promise<StopReason> {
    const yieldToHost = options.yieldToHost ?? (() => new Promise<void>((r) => setTimeout(r, 0)));
    const signal = options.signal;
    for (;;) {
      if (signal?.aborted) return "aborted";
      const slice = this.runSlice(SLICE_INSTRUCTIONS);
      if (slice.result === "continue") {
        await yieldToHost();
      } else if (slice.result === "idle") {
        const deadline = this.core.idleDeadlineNs();
        if (options.idleWait) await options.idleWait(Math.max(0, (deadline - this.clock.nowNs()) / 1e6));
        else await this.sleepUntil(deadline, signal);
      } else {
        return slice.result;
      }
    }
  }

  /** Sleep until the clock reaches `deadlineNs`, input arrives or `signal` aborts. */
  private sleepUntil(deadlineNs: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        this.wakeSleeper = undefined;
        resolve();
      };
      if (signal?.aborted) {
        resolve();
        return;
      }
      this.wakeSleeper = done;
      signal?.addEventListener("abort", done);
      // Without a deadline, a long timeout still keeps hosts such as Node alive while the guest
      // waits for input (waking then only makes the core report idle again).
      const ms = deadlineNs === Infinity ? MAX_TIMEOUT_MS : Math.max(0, (deadlineNs - this.clock.nowNs()) / 1e6);
      timer = setTimeout(done, Math.min(ms, MAX_TIMEOUT_MS));
    });
  }

  instructionCount(): bigint {
    return this.core.u64(0, 0x140);
  }
}

/** Block the thread for `ns` nanoseconds (no-op if not positive). */
function sleepSync(ns: number): void {
  if (!(ns > 0)) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ns / 1e6);
}

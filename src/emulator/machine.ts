// A machine: the core, RAM and the virt board's devices, the boot plan applied at every
// reset, plus the loops that run the CPU in slices, feed console input and sleep while the
// guest idles.
import {
  CoreInstance, EXIT_BUDGET, EXIT_IDLE, EXIT_POWER_OFF, EXIT_RESET, EXIT_CPU_OFF, type Clock,
} from "./core-host";
import { VirtBoard, VIRT_TREE_BYTES, CORE_GIC_IDS, virtDeviceTree, virtRomRegions, type GicVersion } from "./board/virt";
import type { MmioBus } from "./devices/bus";
import type { VirtioMmioTransport } from "./devices/virtio/mmio-transport";
import type { VirtioDeviceSpec } from "./devices/virtio/virt-board";
import { applyCpuModel, type CpuModelName } from "./cpu-models";
import { planBoot, type BootFile, type BootPlan } from "./loaders/boot-plan";
import type { LoaderSpec } from "./loaders/generic-loader";
import { writeFdt } from "./dtb/fdt-writer";
import { randomizeRngSeeds } from "./dtb/boot-dtb";
import { RAM_BASE_PA } from "./core/layout";

export interface MachineOptions {
  coreModule: WebAssembly.Module;
  ramBytes: number;
  cpuModel: CpuModelName;
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
  /** Called by wake(): a device finished work outside the guest's register accesses (a
   *  virtio-blk request on asynchronous storage). A host whose idleWait blocks on its own
   *  signal rings it here. */
  onWake?: () => void;
  /** Receives every byte the guest writes to the console UART. */
  consoleOutput: (byte: number) => void;
  /** Monotonic host clock; defaults to performance.now() since the machine was created. */
  clock?: Clock;
  /** Deterministic time like QEMU's -icount shift=N: each instruction takes 2^N ns and idle
   *  time jumps to the next timer deadline. Default: the host clock. */
  icountShift?: number;
  /** Wall clock for the RTC, ms since the Unix epoch (default Date.now). */
  wallClockMs?: () => number;
  /** Random bytes for the device tree's seeds (default crypto.getRandomValues). */
  randomBytes?: (n: number) => Uint8Array;
}

export type { GicVersion };

/** What to boot: the -kernel/-initrd/-dtb/-append/-device loader inputs, files already read. */
export interface BootInputs {
  kernel?: BootFile;
  initrd?: BootFile;
  dtb?: BootFile;
  cmdline?: string;
  loaders?: { spec: LoaderSpec; file?: BootFile }[];
}

/** Why a run stopped. "idle": the guest waits for an interrupt that only input could raise and
 *  runSync has no input to give it, or that a device raises when asynchronous work completes
 *  (which needs the host's event loop: call runSync again after it turned); "aborted":
 *  run()'s signal fired. */
export type StopReason = "poweroff" | "reset" | "cpu-off" | "instruction-limit" | "idle" | "aborted";

export interface RunOptions {
  /** Stops the run (it resolves with "aborted"). */
  signal?: AbortSignal;
  /** Lets the host's event loop run between slices (default: a zero-delay timeout). */
  yieldToHost?: () => Promise<void>;
  /** Waits while the guest idles: at most `delayMs` (Infinity: only input can wake it), less
   *  when input may have arrived; the run then resumes. Default: a timer that sendInput()
   *  and wake() cut short. Not used while a device has asynchronous work in flight: then the
   *  machine waits on the event loop itself (a blocking wait would keep that work from
   *  completing) until wake() or the timer deadline. */
  idleWait?: (delayMs: number) => Promise<void>;
}

const SLICE_INSTRUCTIONS = 1 << 20;
/** Longest delay setTimeout accepts (2^31 - 1 ms). */
const MAX_TIMEOUT_MS = 0x7fffffff;

type SliceResult = "continue" | "idle" | StopReason;

/** The boot plan for a virt board with this RAM, GIC and CPU (no machine needed: dumpdtb
 *  uses it too). */
export function planVirtBoot(
  inputs: BootInputs,
  board: { ramBytes: number; gicVersion: GicVersion; cpuModel: CpuModelName },
  randomBytes: (n: number) => Uint8Array,
): BootPlan {
  return planBoot({
    ram: { name: "RAM", base: RAM_BASE_PA, size: board.ramBytes },
    romRegions: virtRomRegions(),
    cpuCount: 1,
    kernel: inputs.kernel,
    initrd: inputs.initrd,
    dtb: inputs.dtb,
    cmdline: inputs.cmdline ?? "",
    loaders: inputs.loaders ?? [],
    boardTree: () => virtDeviceTree(board.gicVersion, board.cpuModel, randomBytes),
    boardTreeBytes: VIRT_TREE_BYTES,
  });
}

export class Machine {
  readonly board: VirtBoard;
  private plan: BootPlan = { roms: [], entry: 0, dataWrites: [], notices: [] };
  private readonly pendingInput: number[] = [];
  private wakeSleeper: (() => void) | undefined;
  private readonly randomBytes: (n: number) => Uint8Array;
  private readonly wallClockMs: () => number;

  private constructor(readonly core: CoreInstance, readonly options: MachineOptions, private readonly clock: Clock) {
    this.board = new VirtBoard({
      gicVersion: options.gicVersion ?? 2,
      cpuModel: options.cpuModel,
      consoleOutput: options.consoleOutput,
      setIrq: (intid, level) => this.setDeviceIrq(intid, level),
      ram: core.ram(),
      virtioDevices: options.virtioDevices ?? [],
      virtioLegacy: options.virtioLegacy ?? false,
      onDeviceError: options.onDeviceError,
      wake: () => this.wake(),
      wallClockMs: options.wallClockMs,
    });
    this.randomBytes = options.randomBytes ?? ((n) => crypto.getRandomValues(new Uint8Array(n)));
    this.wallClockMs = options.wallClockMs ?? (() => Date.now());
  }

  static async create(options: MachineOptions): Promise<Machine> {
    const gicVersion = options.gicVersion ?? 2;
    const gicId = CORE_GIC_IDS[gicVersion];
    const start = performance.now();
    const clock = options.clock ?? { nowNs: () => (performance.now() - start) * 1e6 };
    let machine: Machine | undefined;
    const bus = {
      read: (pa: number, size: number) => machine!.board.bus.read(pa, size),
      write: (pa: number, size: number, v: bigint) => machine!.board.bus.write(pa, size, v),
    };
    const core = await CoreInstance.create(options.coreModule, options.ramBytes, bus, clock);
    core.configureClock(options.icountShift);
    core.configureGic(gicId, 1);
    machine = new Machine(core, { ...options, gicVersion }, clock);
    return machine;
  }

  /** The board's physical address map (devices outside RAM and the GIC). */
  get bus(): MmioBus {
    return this.board.bus;
  }

  /** The 32 virtio-mmio transports, lowest address first. */
  get virtio(): readonly VirtioMmioTransport[] {
    return this.board.virtio;
  }

  /** A device interrupt line; raising one wakes a run() sleeping while the guest idles
   *  (a device may complete work outside the guest's register accesses). */
  private setDeviceIrq(intid: number, level: boolean): void {
    this.core.setSpiLevel(intid, level);
    if (level) this.wakeSleeper?.();
  }

  /** Work out where the kernel, initrd, device tree and loader images go (as QEMU would)
   *  and use that plan from the next reset() on. Throws LoadError for unusable inputs. */
  boot(inputs: BootInputs): BootPlan {
    const o = this.options;
    this.plan = planVirtBoot(inputs, { ramBytes: o.ramBytes, gicVersion: o.gicVersion ?? 2, cpuModel: o.cpuModel }, this.randomBytes);
    return this.plan;
  }

  /** Boot an ELF kernel (its segments at their physical addresses), as -kernel FILE.elf. */
  loadElf(bytes: Uint8Array, name: string): void {
    this.boot({ kernel: { name, bytes } });
  }

  /** System reset, as QEMU's: devices and CPU reset, -device loader values stored, then the
   *  boot images (kernel, initrd, stub, loader files, device tree) copied in again. */
  reset(): void {
    this.core.resetGic();
    this.board.reset();
    this.core.resetCpu(0, this.plan.entry);
    applyCpuModel(this.core, 0, this.options.cpuModel);
    for (const w of this.plan.dataWrites) this.writePhysOrDevice(w.address, w.data);
    for (const rom of this.plan.roms) this.writeRom(rom.address, rom.data);
    const dtb = this.plan.dtb;
    if (dtb) {
      randomizeRngSeeds(dtb.tree, this.randomBytes);
      this.writeRom(dtb.address, writeFdt(dtb.tree, { totalSize: dtb.totalSize }));
    }
  }

  private isRam(address: number, length: number): boolean {
    return address >= RAM_BASE_PA && address + length <= RAM_BASE_PA + this.core.ramBytes;
  }

  private writeRom(address: number, data: Uint8Array): void {
    if (this.isRam(address, data.length)) this.core.writePhys(address, data);
    else this.board.loadFlash(address, data);
  }

  /** A -device loader data value: RAM directly, anything else through the bus as one access
   *  of its size (QEMU's dma_memory_write reaches devices too; unassigned addresses are
   *  ignored). Sizes other than 1, 2, 4 and 8 go byte by byte. */
  private writePhysOrDevice(address: number, data: Uint8Array): void {
    if (this.isRam(address, data.length)) {
      this.core.writePhys(address, data);
      return;
    }
    if ([1, 2, 4, 8].includes(data.length)) {
      let value = 0n;
      for (let i = data.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(data[i]);
      this.board.bus.write(address, data.length, value);
    } else {
      data.forEach((b, i) => this.board.bus.write(address + i, 1, BigInt(b)));
    }
  }

  /** Console input for the guest's UART: queued here and moved into the UART's receive FIFO as
   *  it has room; wakes a run() that sleeps while the guest idles. */
  sendInput(bytes: Iterable<number>): void {
    for (const b of bytes) this.pendingInput.push(b & 0xff);
    this.feedInput();
    this.wakeSleeper?.();
  }

  /** A device finished work outside the guest's register accesses: end an idle sleep of run()
   *  (as input does) and tell options.onWake. */
  wake(): void {
    this.wakeSleeper?.();
    this.options.onWake?.();
  }

  /** Move queued input into the UART; true if any byte moved. */
  private feedInput(): boolean {
    const n = Math.min(this.board.uart.rxSpace(), this.pendingInput.length);
    if (n <= 0) return false;
    this.board.uart.receive(this.pendingInput.splice(0, n));
    return true;
  }

  private runSlice(budget: number): { result: SliceResult; executed: number } {
    this.feedInput();
    this.board.pollDevices();
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
   *  or a worker in browsers). Returns "idle" when only input could wake the guest, or when it
   *  waits for a device's asynchronous work. A guest that idles with timers armed keeps the
   *  call blocked until `maxInstructions` have run, however long that takes in real time (the
   *  demo's shell, for one, waits ~5 s for an answer to its cursor-position query): callers
   *  that watch the output must pass small budgets, or use run(). */
  runSync(maxInstructions = Number.MAX_SAFE_INTEGER): StopReason {
    let executed = 0;
    while (executed < maxInstructions) {
      const slice = this.runSlice(Math.min(SLICE_INSTRUCTIONS, maxInstructions - executed));
      executed += slice.executed;
      if (slice.result === "continue") continue;
      if (slice.result !== "idle") return slice.result;
      const delayMs = this.idleDelayMs();
      if (delayMs === Infinity || this.board.devicesBusy()) return "idle";
      sleepSync(delayMs * 1e6);
    }
    return "instruction-limit";
  }

  /** Run until the guest powers off, resets or turns its CPU off, or `signal` aborts. Between
   *  slices the host's event loop runs; while the guest idles the machine sleeps until its next
   *  timer interrupt, until sendInput() brings input or until wake(). */
  async run(options: RunOptions = {}): Promise<StopReason> {
    const yieldToHost = options.yieldToHost ?? (() => new Promise<void>((r) => setTimeout(r, 0)));
    const signal = options.signal;
    for (;;) {
      if (signal?.aborted) return "aborted";
      const slice = this.runSlice(SLICE_INSTRUCTIONS);
      if (slice.result === "continue") {
        await yieldToHost();
      } else if (slice.result === "idle") {
        const delayMs = this.idleDelayMs();
        if (options.idleWait && !this.board.devicesBusy()) await options.idleWait(delayMs);
        else await this.sleepFor(delayMs, signal);
      } else {
        return slice.result;
      }
    }
  }

  /** While the guest idles: ms until the next timer interrupt or device event (Infinity if
   *  only input can wake it). */
  private idleDelayMs(): number {
    const timerMs = (this.core.idleDeadlineNs() - this.clock.nowNs()) / 1e6;
    const deviceMs = this.board.nextDeviceEventMs() - this.wallClockMs();
    return Math.max(0, Math.min(timerMs, deviceMs));
  }

  /** Sleep for `ms`, until input arrives, wake() or until `signal` aborts. */
  private sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
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

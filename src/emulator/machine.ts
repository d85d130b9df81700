// A machine: the core, RAM and the board's devices, plus the loop that runs the CPU in
// slices and services the host between them.
import { CoreInstance, EXIT_BUDGET, EXIT_IDLE, EXIT_POWER_OFF, EXIT_RESET, EXIT_CPU_OFF, type Clock } from "./core-host";
import { MmioBus } from "./devices/bus";
import { Pl011 } from "./devices/pl011";
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
  clock?: Clock;
}

export type StopReason = "poweroff" | "reset" | "cpu-off" | "instruction-limit";

export const VIRT_UART_BASE = 0x09000000;

const SLICE_INSTRUCTIONS = 1 << 20;

export class Machine {
  readonly bus = new MmioBus();
  readonly uart: Pl011;
  private entry = 0;

  private constructor(readonly core: CoreInstance, readonly options: MachineOptions) {
    this.uart = new Pl011(options.consoleOutput);
    this.bus.map(VIRT_UART_BASE, 0x1000, this.uart);
  }

  static async create(options: MachineOptions): Promise<Machine> {
    const clock = options.clock ?? { nowNs: () => performance.now() * 1e6 };
    let machine: Machine | undefined;
    const bus = {
      read: (pa: number, size: number) => machine!.bus.read(pa, size),
      write: (pa: number, size: number, v: bigint) => machine!.bus.write(pa, size, v),
    };
    const core = await CoreInstance.create(options.coreModule, options.ramBytes, bus, clock);
    machine = new Machine(core, options);
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
    this.bus.reset();
    this.core.resetCpu(0, this.entry);
    applyCpuModel(this.core, 0, this.options.cpuModel);
  }

  /** Run until the guest powers off or resets, or `maxInstructions` have executed. */
  runSync(maxInstructions = Number.MAX_SAFE_INTEGER): StopReason {
    let executed = 0;
    while (executed < maxInstructions) {
      const budget = Math.min(SLICE_INSTRUCTIONS, maxInstructions - executed);
      const before = this.instructionCount();
      const reason = this.core.run(0, budget);
      executed += Number(this.instructionCount() - before);
      switch (reason) {
        case EXIT_POWER_OFF: return "poweroff";
        case EXIT_RESET: return "reset";
        case EXIT_CPU_OFF: return "cpu-off";
        case EXIT_IDLE:
        case EXIT_BUDGET:
          break;
      }
      if (reason === EXIT_IDLE && executed === 0) executed++; // guard against a stuck idle loop
    }
    return "instruction-limit";
  }

  instructionCount(): bigint {
    return this.core.u64(0, 0x140);
  }
}

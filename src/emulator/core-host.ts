// Instantiates the WebAssembly core over a shared memory and gives typed access to it.
// No DOM and no Node APIs: the caller supplies the compiled module, the device bus and the clock.
import * as layout from "./core/layout";
import { SYSREGS } from "./core/sysreg-table";

/** What the core calls for physical addresses outside RAM and the in-core GIC. */
export interface DeviceBus {
  /** Returns the value read, or undefined when no device answers (external abort). */
  read(pa: number, sizeBytes: number): bigint | number | undefined;
  /** Returns false when no device answers (external abort). */
  write(pa: number, sizeBytes: number, value: bigint): boolean;
}

export interface Clock {
  /** Monotonic nanoseconds. */
  nowNs(): number;
}

interface CoreExports {
  configureRam(basePA: number, sizeBytes: number): void;
  configureCpuCount(n: number): void;
  resetCpu(index: number, entryLo: number, entryHi: number): void;
  cpuStateAddress(index: number): number;
  run(index: number, budget: number): number;
  decode(insn: number): number;
  sysregIdForKey(key: number): number;
  configureGic(version: number, cpus: number): void;
  resetGic(): void;
  gicSetSpiLevel(intid: number, level: number): void;
  configureClock(icountShift: number): void;
}

/** Interrupt controllers (configureGic). */
export const GIC_NONE = 0;
export const GIC_V2 = 2;
export const GIC_V3 = 3;

export const EXIT_BUDGET = 0;
export const EXIT_IDLE = 1;
export const EXIT_POWER_OFF = 2;
export const EXIT_RESET = 3;
export const EXIT_CPU_OFF = 4;

// Per-CPU state offsets (src/emulator/core/state.ts).
export const CPU_OFFSETS = {
  x: 0x000,
  pc: 0x100,
  nzcv: 0x108,
  daif: 0x10c,
  el: 0x110,
  spsel: 0x114,
  spEl0: 0x120,
  icount: 0x140,
  irqLines: 0x164,
  v: 0x200,
  fpcr: 0x400,
  fpsr: 0x404,
  sysregs: 0x800,
} as const;

const MAX_RAM_BYTES = 3 * 1024 * 1024 * 1024;

export class CoreInstance {
  readonly memory: WebAssembly.Memory;
  readonly exports: CoreExports;
  readonly ramBytes: number;
  private readonly view: DataView;
  private readonly u8: Uint8Array;

  private constructor(memory: WebAssembly.Memory, exports: CoreExports, ramBytes: number) {
    this.memory = memory;
    this.exports = exports;
    this.ramBytes = ramBytes;
    this.view = new DataView(memory.buffer);
    this.u8 = new Uint8Array(memory.buffer);
  }

  static async create(module: WebAssembly.Module, ramBytes: number, bus: DeviceBus, clock: Clock): Promise<CoreInstance> {
    if (!Number.isInteger(ramBytes) || ramBytes <= 0 || ramBytes % layout.WASM_PAGE_BYTES !== 0) {
      throw new RangeError(`RAM size must be a positive multiple of 64 KiB, got ${ramBytes}`);
    }
    if (ramBytes > MAX_RAM_BYTES) throw new RangeError(`RAM size ${ramBytes / 2 ** 20} MiB exceeds the 3072 MiB limit`);
    const pages = (layout.RAM_HOST_OFFSET + ramBytes) / layout.WASM_PAGE_BYTES;
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    const view = new DataView(memory.buffer);
    const mmio = layout.MAILBOX_MMIO_DATA;
    const imports = {
      env: {
        memory,
        mmioRead(pa: number, size: number): number {
          const v = bus.read(pa, size);
          if (v === undefined) return 1;
          view.setBigUint64(mmio, BigInt(v), true);
          return 0;
        },
        mmioWrite(pa: number, size: number): number {
          return bus.write(pa, size, view.getBigUint64(mmio, true)) ? 0 : 1;
        },
        nowNs(): number {
          return clock.nowNs();
        },
        abort(_msg: number, _file: number, line: number, col: number): void {
          throw new Error(`core abort at ${line}:${col}`);
        },
      },
    };
    const instance = await WebAssembly.instantiate(module, imports);
    const exports = instance.exports as unknown as CoreExports;
    exports.configureRam(layout.RAM_BASE_PA, ramBytes);
    return new CoreInstance(memory, exports, ramBytes);
  }

  /** Guest RAM as bytes (index 0 = guest physical RAM_BASE_PA). */
  ram(): Uint8Array {
    return new Uint8Array(this.memory.buffer, layout.RAM_HOST_OFFSET, this.ramBytes);
  }

  /** Copy `data` to guest physical address `pa`; throws RangeError outside RAM. */
  writePhys(pa: number, data: Uint8Array): void {
    const off = pa - layout.RAM_BASE_PA;
    if (off < 0 || off + data.length > this.ramBytes) {
      throw new RangeError(`0x${pa.toString(16)}..0x${(pa + data.length).toString(16)} is outside RAM`);
    }
    this.u8.set(data, layout.RAM_HOST_OFFSET + off);
  }

  resetCpu(index: number, entry: bigint | number): void {
    const e = BigInt(entry);
    this.exports.resetCpu(index, Number(e & 0xffffffffn), Number(e >> 32n));
  }

  run(index: number, budget: number): number {
    return this.exports.run(index, budget);
  }

  /** Time source: QEMU's -icount shift=N (each instruction takes 2^N ns, idle time skips to
   *  the next timer deadline) when `icountShift` is given, else the host clock. */
  configureClock(icountShift?: number): void {
    this.exports.configureClock(icountShift ?? -1);
  }

  /** Select and reset the interrupt controller (GIC_NONE, GIC_V2 or GIC_V3 at QEMU virt's
   *  addresses; GIC_V3 also enables the ICC_* system registers). */
  configureGic(version: number, cpus: number): void {
    this.exports.configureGic(version, cpus);
  }

  resetGic(): void {
    this.exports.resetGic();
  }

  /** Drive shared peripheral interrupt `intid` (32..287; QEMU virt's SPI n is INTID 32 + n). */
  setSpiLevel(intid: number, level: boolean): void {
    this.exports.gicSetSpiLevel(intid, level ? 1 : 0);
  }

  /** After run() returned EXIT_IDLE: the clock time (ns) when the next timer interrupt is due,
   *  or Infinity when only an external event (input) can wake the CPU. */
  idleDeadlineNs(): number {
    return this.view.getFloat64(layout.MAILBOX_IDLE_DEADLINE_NS, true);
  }

  private cpuBase(index: number): number {
    return this.exports.cpuStateAddress(index);
  }

  x(index: number, n: number): bigint {
    return this.view.getBigUint64(this.cpuBase(index) + CPU_OFFSETS.x + n * 8, true);
  }
  setX(index: number, n: number, value: bigint): void {
    this.view.setBigUint64(this.cpuBase(index) + CPU_OFFSETS.x + n * 8, BigInt.asUintN(64, value), true);
  }
  pc(index: number): bigint {
    return this.view.getBigUint64(this.cpuBase(index) + CPU_OFFSETS.pc, true);
  }
  u32(index: number, offset: number): number {
    return this.view.getUint32(this.cpuBase(index) + offset, true);
  }
  setU32(index: number, offset: number, value: number): void {
    this.view.setUint32(this.cpuBase(index) + offset, value >>> 0, true);
  }
  u64(index: number, offset: number): bigint {
    return this.view.getBigUint64(this.cpuBase(index) + offset, true);
  }
  setU64(index: number, offset: number, value: bigint): void {
    this.view.setBigUint64(this.cpuBase(index) + offset, BigInt.asUintN(64, value), true);
  }

  /** System register by name (from sysreg-table.ts). */
  sysreg(index: number, name: string): bigint {
    return this.u64(index, CPU_OFFSETS.sysregs + this.sysregId(name) * 8);
  }
  setSysreg(index: number, name: string, value: bigint): void {
    this.setU64(index, CPU_OFFSETS.sysregs + this.sysregId(name) * 8, value);
  }
  private sysregId(name: string): number {
    const def = SYSREGS.find((r) => r.name === name);
    if (!def) throw new Error(`unknown system register ${name}`);
    // Backing storage has no encoding; its id is its table position + 1, as gen-sysregs assigns.
    if (!def.enc) return SYSREGS.indexOf(def) + 1;
    const [op0, op1, crn, crm, op2] = def.enc;
    return this.exports.sysregIdForKey((op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2);
  }
}

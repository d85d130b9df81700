// Generic Interrupt Controller, in the core so that its registers are accessed without leaving
// WebAssembly: the board's choice of GIC, its physical address map, and the inputs that
// devices (SPIs) and the generic timers (PPIs) drive. The CPU outputs land in each CPU's
// OFF_IRQ_LINES, which events.ts turns into IRQ/FIQ exceptions.
import { CPU_STATE_BASE, CPU_STATE_STRIDE } from "./layout";
import { cpu } from "./state";
import { GIC_INTERNAL, resetGicState, setInputLevel, numIrqs } from "./gic-state";
import { distRead, distWrite, cpuRead, cpuWrite, GICV2_DIST_SIZE, GICV2_CPU_SIZE } from "./gic-v2";
import {
  distRead as v3DistRead, distWrite as v3DistWrite, redistRead, redistWrite,
  GICV3_DIST_SIZE, GICV3_REDIST_SIZE,
} from "./gic-v3";

export const GIC_NONE: u32 = 0;
export const GIC_V2: u32 = 2;
export const GIC_V3: u32 = 3;

/** QEMU virt: 256 SPIs after the 32 SGIs/PPIs. */
const VIRT_GIC_NUM_IRQS: u32 = 288;
/** QEMU virt memory map: the distributor; the GICv2 CPU interface or the GICv3
 *  redistributors (one GICV3_REDIST_SIZE frame pair per CPU). */
const VIRT_GIC_DIST_BASE: u64 = 0x08000000;
const VIRT_GIC_CPU_BASE: u64 = 0x08010000;
const VIRT_GIC_REDIST_BASE: u64 = 0x080a0000;

let gicVersion: u32 = GIC_NONE;
let gicCpuCount: u32 = 1;
/** Size of the GICv3 redistributor region: one frame pair per CPU. */
let redistRegionSize: u64 = 0;

/** Select the interrupt controller (GIC_NONE, GIC_V2 or GIC_V3) for `cpus` CPUs, and reset it. */
export function configureGic(version: u32, cpus: u32): void {
  gicVersion = version;
  gicCpuCount = cpus;
  redistRegionSize = version == GIC_V3 ? <u64>cpus * GICV3_REDIST_SIZE : 0;
  resetGic();
}

export function resetGic(): void {
  const none = gicVersion == GIC_NONE;
  resetGicState(none ? 0 : VIRT_GIC_NUM_IRQS, none ? 0 : gicCpuCount, gicVersion);
}

/** Whether the GICv3 CPU interface system registers (ICC_*_EL1) exist. */
export function gicSystemRegistersEnabled(): bool {
  return gicVersion == GIC_V3;
}

@inline export function gicClaims(pa: u64): bool {
  if (gicVersion == GIC_V2) return pa - VIRT_GIC_DIST_BASE < GICV2_DIST_SIZE || pa - VIRT_GIC_CPU_BASE < GICV2_CPU_SIZE;
  if (gicVersion == GIC_V3) return pa - VIRT_GIC_DIST_BASE < GICV3_DIST_SIZE || pa - VIRT_GIC_REDIST_BASE < redistRegionSize;
  return false;
}

@inline function currentCpuIndex(): u32 {
  return <u32>((cpu - <usize>CPU_STATE_BASE) / <usize>CPU_STATE_STRIDE);
}

function read32(pa: u64, size: u32): u32 {
  const c = currentCpuIndex();
  if (pa - VIRT_GIC_DIST_BASE < GICV2_DIST_SIZE) return distRead(<u32>(pa - VIRT_GIC_DIST_BASE), size, c);
  const v = cpuRead(<u32>(pa - VIRT_GIC_CPU_BASE), c);
  return size == 4 ? v : v & ((<u32>1 << (size << 3)) - 1);
}
function write32(pa: u64, size: u32, value: u32): void {
  const c = currentCpuIndex();
  if (pa - VIRT_GIC_DIST_BASE < GICV2_DIST_SIZE) distWrite(<u32>(pa - VIRT_GIC_DIST_BASE), size, value, c);
  else cpuWrite(<u32>(pa - VIRT_GIC_CPU_BASE), value, c);
}

/** Register read of `size` bytes at a physical address gicClaims() accepted. Like QEMU, a
 *  64-bit GICv2 access is two 32-bit accesses, low word first; the GICv3 decodes all sizes. */
export function gicRead(pa: u64, size: u32): u64 {
  if (gicVersion == GIC_V3) {
    if (pa - VIRT_GIC_DIST_BASE < GICV3_DIST_SIZE) return v3DistRead(<u32>(pa - VIRT_GIC_DIST_BASE), size);
    const off = pa - VIRT_GIC_REDIST_BASE;
    return redistRead(<u32>(off / GICV3_REDIST_SIZE), <u32>(off % GICV3_REDIST_SIZE), size);
  }
  if (size == 8) return <u64>read32(pa, 4) | (<u64>read32(pa + 4, 4) << 32);
  return <u64>read32(pa, size);
}
export function gicWrite(pa: u64, size: u32, value: u64): void {
  if (gicVersion == GIC_V3) {
    if (pa - VIRT_GIC_DIST_BASE < GICV3_DIST_SIZE) {
      v3DistWrite(<u32>(pa - VIRT_GIC_DIST_BASE), size, value);
    } else {
      const off = pa - VIRT_GIC_REDIST_BASE;
      redistWrite(<u32>(off / GICV3_REDIST_SIZE), <u32>(off % GICV3_REDIST_SIZE), size, value);
    }
    return;
  }
  if (size == 8) {
    write32(pa, 4, <u32>value);
    write32(pa + 4, 4, <u32>(value >>> 32));
  } else {
    write32(pa, size, <u32>value);
  }
}

/** The CPU running now (its index in the per-CPU state blocks). */
export function gicCurrentCpu(): u32 {
  return currentCpuIndex();
}

/** A device drives shared peripheral interrupt `intid` (32..287 on virt; others are ignored). */
export function gicSetSpiLevel(intid: u32, level: bool): void {
  if (intid < GIC_INTERNAL || intid >= numIrqs()) return;
  setInputLevel(intid, 0, level);
}

/** CPU `c`'s private peripheral interrupt `intid` (16..31), e.g. a generic timer output. */
export function gicSetPpiLevel(c: u32, intid: u32, level: bool): void {
  if (gicVersion == GIC_NONE) return;
  setInputLevel(intid, c, level);
}

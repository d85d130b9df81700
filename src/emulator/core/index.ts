// WebAssembly exports of the core. The host (src/emulator/core-host.ts) instantiates the
// module over a shared memory laid out as in layout.ts.
import { CPU_STATE_BASE, CPU_STATE_STRIDE } from "./layout";
import { selectCpu, cpu, setELAndSPSel, OFF_DAIF, OFF_NZCV, OFF_PC } from "./state";
import { setRam } from "./memory";
import { tlbResetCpu, refreshTranslationRegime } from "./tlb";
import { resetSysregValues, sysregIdForKey } from "./generated/sysregs";
import { ENCODING_COUNT, decode } from "./generated/decoder";
import { run as runLoop, syncFromState } from "./exec";
import { setPsciCpuCount } from "./psci";
import { resetIdleState } from "./idle";

export { ENCODING_COUNT, decode, sysregIdForKey };
export { configureGic, resetGic, gicSetSpiLevel } from "./gic";
export { configureClock } from "./timer";

/** Configure guest RAM (physical base and size in bytes). */
export function configureRam(basePA: f64, sizeBytes: f64): void {
  setRam(<u64>basePA, <u64>sizeBytes);
}

export function configureCpuCount(n: u32): void {
  setPsciCpuCount(n);
}

/** Architectural reset of CPU `index` (D1.9): EL1h with DAIF masked, MMU off, PC = `entry`.
 *  (QEMU's virt without EL2/EL3 enters kernels at EL1.) Host writes ID registers after this. */
export function resetCpu(index: u32, entryLo: u32, entryHi: u32): void {
  selectCpu(index);
  memory.fill(cpu, 0, CPU_STATE_STRIDE);
  resetSysregValues();
  store<u32>(cpu + OFF_DAIF, 0xf << 6);
  // NZCV is UNKNOWN after reset; QEMU starts with Z set (its zero-initialised state encodes Z=1).
  store<u32>(cpu + OFF_NZCV, 0x40000000);
  setELAndSPSel(1, 1);
  store<u64>(cpu + OFF_PC, (<u64>entryHi << 32) | entryLo);
  tlbResetCpu();
  resetIdleState();
  syncFromState();
}

/** Base address of CPU `index`'s state block in the shared memory. */
export function cpuStateAddress(index: u32): u32 {
  return CPU_STATE_BASE + index * CPU_STATE_STRIDE;
}

/** Run CPU `index` for up to `budget` instructions; returns an EXIT_* reason (exec.ts). */
export function run(index: u32, budget: u32): u32 {
  selectCpu(index);
  refreshTranslationRegime();
  return runLoop(budget);
}

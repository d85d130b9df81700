// PSCI 1.0 firmware interface (Arm DEN0022) answered by the board on the HVC conduit, as
// QEMU's virt machine does when it has no EL2/EL3 firmware. Called for HVC #0 when
// EL2 is not implemented; returns false if x0 is not a PSCI function (the HVC is then UNDEFINED).
import { readX, writeX } from "./state";
import { requestExit, EXIT_POWER_OFF, EXIT_RESET, EXIT_CPU_OFF } from "./exec";

const PSCI_VERSION: u32 = 0x84000000;
const PSCI_CPU_SUSPEND_32: u32 = 0x84000001;
const PSCI_CPU_OFF: u32 = 0x84000002;
const PSCI_CPU_ON_32: u32 = 0x84000003;
const PSCI_AFFINITY_INFO_32: u32 = 0x84000004;
const PSCI_MIGRATE_INFO_TYPE: u32 = 0x84000006;
const PSCI_SYSTEM_OFF: u32 = 0x84000008;
const PSCI_SYSTEM_RESET: u32 = 0x84000009;
const PSCI_FEATURES: u32 = 0x8400000a;
const PSCI_CPU_SUSPEND_64: u32 = 0xc4000001;
const PSCI_CPU_ON_64: u32 = 0xc4000003;
const PSCI_AFFINITY_INFO_64: u32 = 0xc4000004;

const PSCI_SUCCESS: i64 = 0;
const PSCI_NOT_SUPPORTED: i64 = -1;
const PSCI_INVALID_PARAMETERS: i64 = -2;
const PSCI_ALREADY_ON: i64 = -4;

/** Whether `fn` (x0) is in the PSCI function ranges (SMC32 0x84000000.., SMC64 0xc4000000..). */
export function isPsciFunction(fn: u64): bool {
  const f = <u32>fn;
  return (fn >>> 32) == 0 && ((f & 0xffffffe0) == 0x84000000 || (f & 0xffffffe0) == 0xc4000000);
}

/** Number of CPUs the board has (set by the host). */
export let psciCpuCount: u32 = 1;
export function setPsciCpuCount(n: u32): void { psciCpuCount = n; }

export function psciCall(): void {
  const fn = <u32>readX(0);
  let result: i64 = PSCI_NOT_SUPPORTED;
  switch (fn) {
    case PSCI_VERSION: result = 0x10000; break; // 1.0
    case PSCI_MIGRATE_INFO_TYPE: result = 2; break; // Trusted OS not present
    case PSCI_SYSTEM_OFF: requestExit(EXIT_POWER_OFF); result = PSCI_SUCCESS; break;
    case PSCI_SYSTEM_RESET: requestExit(EXIT_RESET); result = PSCI_SUCCESS; break;
    case PSCI_CPU_OFF: requestExit(EXIT_CPU_OFF); result = PSCI_SUCCESS; break;
    case PSCI_CPU_SUSPEND_32:
    case PSCI_CPU_SUSPEND_64: result = PSCI_SUCCESS; break; // a power-down state may return at once
    case PSCI_CPU_ON_32:
    case PSCI_CPU_ON_64: {
      const target = readX(1) & 0xff00ffffff;
      result = target < <u64>psciCpuCount ? PSCI_ALREADY_ON : PSCI_INVALID_PARAMETERS;
      break;
    }
    case PSCI_AFFINITY_INFO_32:
    case PSCI_AFFINITY_INFO_64: {
      const target = readX(1) & 0xff00ffffff;
      result = readX(2) != 0 ? PSCI_INVALID_PARAMETERS : target < <u64>psciCpuCount ? 0 : PSCI_INVALID_PARAMETERS;
      break;
    }
    case PSCI_FEATURES: {
      const q = <u32>readX(1);
      const known = q == PSCI_VERSION || q == PSCI_CPU_OFF || q == PSCI_CPU_ON_32 || q == PSCI_CPU_ON_64 ||
        q == PSCI_AFFINITY_INFO_32 || q == PSCI_AFFINITY_INFO_64 || q == PSCI_SYSTEM_OFF ||
        q == PSCI_SYSTEM_RESET || q == PSCI_MIGRATE_INFO_TYPE || q == PSCI_FEATURES ||
        q == PSCI_CPU_SUSPEND_32 || q == PSCI_CPU_SUSPEND_64;
      result = known ? 0 : PSCI_NOT_SUPPORTED;
      break;
    }
  }
  writeX(0, <u64>result);
}

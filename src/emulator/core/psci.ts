// PSCI firmware interface (Arm DEN0022) answered by the board on the HVC conduit, as
// QEMU 7.2's virt machine does when it has no EL2/EL3 firmware: every HVC from EL1 is a
// PSCI call, whatever its immediate; unknown function ids return NOT_SUPPORTED. Reports
// version 1.1 and the function set of QEMU 7.2 (including the PSCI 0.1 ids QEMU accepts).
import { CPU_STATE_BASE, CPU_STATE_STRIDE } from "./layout";
import { readX, writeX, OFF_POWERED_OFF } from "./state";
import { requestExit, EXIT_POWER_OFF, EXIT_RESET, EXIT_CPU_OFF } from "./exec";
import { waitForInterrupt } from "./idle";

const PSCI_VERSION: u64 = 0x84000000;
const PSCI_CPU_SUSPEND_32: u64 = 0x84000001;
const PSCI_CPU_OFF: u64 = 0x84000002;
const PSCI_CPU_ON_32: u64 = 0x84000003;
const PSCI_AFFINITY_INFO_32: u64 = 0x84000004;
const PSCI_MIGRATE_32: u64 = 0x84000005;
const PSCI_MIGRATE_INFO_TYPE: u64 = 0x84000006;
const PSCI_SYSTEM_OFF: u64 = 0x84000008;
const PSCI_SYSTEM_RESET: u64 = 0x84000009;
const PSCI_FEATURES: u64 = 0x8400000a;
const PSCI_CPU_SUSPEND_64: u64 = 0xc4000001;
const PSCI_CPU_ON_64: u64 = 0xc4000003;
const PSCI_AFFINITY_INFO_64: u64 = 0xc4000004;
const PSCI_MIGRATE_64: u64 = 0xc4000005;
// PSCI 0.1 function ids as QEMU defines them (the device tree's "arm,psci" binding).
const PSCI_0_1_CPU_SUSPEND: u64 = 0x95c1ba5e;
const PSCI_0_1_CPU_OFF: u64 = 0x95c1ba5f;
const PSCI_0_1_CPU_ON: u64 = 0x95c1ba60;
const PSCI_0_1_MIGRATE: u64 = 0x95c1ba61;

const PSCI_VERSION_1_1: i64 = 0x10001;
const PSCI_SUCCESS: i64 = 0;
const PSCI_NOT_SUPPORTED: i64 = -1;
const PSCI_INVALID_PARAMETERS: i64 = -2;
const PSCI_ALREADY_ON: i64 = -4;
/** MIGRATE_INFO_TYPE: no Trusted OS, migration not required. */
const PSCI_TOS_NOT_PRESENT: i64 = 2;
/** AFFINITY_INFO states. */
const AFFINITY_ON: i64 = 0;
const AFFINITY_OFF: i64 = 1;

/** Number of CPUs the board has (set by the host). */
export let psciCpuCount: u32 = 1;
export function setPsciCpuCount(n: u32): void { psciCpuCount = n; }

/** Index of the CPU whose MPIDR affinity fields equal `mpidr` exactly, or -1. CPU n has
 *  Aff0 = n (MPIDR_EL1 without its RES1 bit 31), as cpu-models.ts sets it. */
function cpuByAffinity(mpidr: u64): i32 {
  return mpidr < <u64>psciCpuCount ? <i32>mpidr : -1;
}

function cpuPoweredOff(index: i32): bool {
  return load<u32>(<usize>CPU_STATE_BASE + <usize>index * <usize>CPU_STATE_STRIDE + OFF_POWERED_OFF) != 0;
}

/** Handle the PSCI call in x0..x3 (SMC calling convention); the result goes to x0 except for
 *  the calls that do not return (CPU_OFF, SYSTEM_OFF, SYSTEM_RESET). */
export function psciCall(): void {
  const fn = readX(0);
  let result: i64 = PSCI_NOT_SUPPORTED;
  switch (fn) {
    case PSCI_VERSION: result = PSCI_VERSION_1_1; break;
    case PSCI_MIGRATE_INFO_TYPE: result = PSCI_TOS_NOT_PRESENT; break;
    case PSCI_SYSTEM_OFF: requestExit(EXIT_POWER_OFF); return;
    case PSCI_SYSTEM_RESET: requestExit(EXIT_RESET); return;
    case PSCI_CPU_OFF:
    case PSCI_0_1_CPU_OFF: requestExit(EXIT_CPU_OFF); return;
    case PSCI_CPU_SUSPEND_32:
    case PSCI_CPU_SUSPEND_64:
    case PSCI_0_1_CPU_SUSPEND:
      // Only affinity level 0 standby is supported: the CPU waits like WFI, then returns 0.
      if ((readX(1) & 0xfffe0000) != 0) {
        result = PSCI_INVALID_PARAMETERS;
        break;
      }
      writeX(0, 0);
      waitForInterrupt();
      return;
    case PSCI_CPU_ON_32:
    case PSCI_CPU_ON_64:
    case PSCI_0_1_CPU_ON: {
      // Every CPU of the board runs from reset, so a CPU that exists is already on.
      result = cpuByAffinity(readX(1)) < 0 ? PSCI_INVALID_PARAMETERS : PSCI_ALREADY_ON;
      break;
    }
    case PSCI_AFFINITY_INFO_32:
    case PSCI_AFFINITY_INFO_64: {
      // Levels above 0 are always on.
      if (readX(2) != 0) {
        result = AFFINITY_ON;
        break;
      }
      const index = cpuByAffinity(readX(1));
      result = index < 0 ? PSCI_INVALID_PARAMETERS : cpuPoweredOff(index) ? AFFINITY_OFF : AFFINITY_ON;
      break;
    }
    case PSCI_MIGRATE_32:
    case PSCI_MIGRATE_64:
    case PSCI_0_1_MIGRATE: result = PSCI_NOT_SUPPORTED; break;
    case PSCI_FEATURES: result = psciFeature(readX(1)) ? PSCI_SUCCESS : PSCI_NOT_SUPPORTED; break;
  }
  writeX(0, <u64>result);
}

/** PSCI_FEATURES: the functions implemented above, except MIGRATE. */
function psciFeature(fn: u64): bool {
  switch (fn) {
    case PSCI_VERSION:
    case PSCI_MIGRATE_INFO_TYPE:
    case PSCI_AFFINITY_INFO_32:
    case PSCI_AFFINITY_INFO_64:
    case PSCI_SYSTEM_RESET:
    case PSCI_SYSTEM_OFF:
    case PSCI_0_1_CPU_ON:
    case PSCI_CPU_ON_32:
    case PSCI_CPU_ON_64:
    case PSCI_0_1_CPU_OFF:
    case PSCI_CPU_OFF:
    case PSCI_0_1_CPU_SUSPEND:
    case PSCI_CPU_SUSPEND_32:
    case PSCI_CPU_SUSPEND_64:
    case PSCI_FEATURES: return true;
    default: return false;
  }
}

// CheckFPAdvSIMDEnabled64 (D1 "Configurable instruction enables and disables"; CPACR_EL1):
// CPACR_EL1.FPEN traps SIMD&FP instructions to EL1 with EC 0x07. EL2 and EL3 are not
// implemented, so CPTR_EL2/EL3 add nothing.
import { getEL, sysreg } from "../state";
import { SR_CPACR_EL1 } from "../generated/sysregs";
import { takeSyncException, EC_FP_ACCESS } from "../exceptions";

/** ISS of the trap from AArch64: CV = 1, COND = 0b1110 (what QEMU reports). */
const FP_TRAP_ISS: u32 = 0x1e00000;

/** Returns true when SIMD&FP instructions may execute; otherwise takes the trap and
 *  returns false (the instruction must then stop without side effects). FPEN: 00 and 10
 *  trap EL0 and EL1, 01 traps EL0 only, 11 traps nothing. */
export function checkFpAccess(): bool {
  const fpen = <u32>(sysreg(SR_CPACR_EL1) >>> 20) & 3;
  if (fpen == 3 || (fpen == 1 && getEL() != 0)) return true;
  takeSyncException(EC_FP_ACCESS, FP_TRAP_ISS);
  return false;
}

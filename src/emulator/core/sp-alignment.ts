// SP alignment checking (D1.8.2): a load or store whose base register is SP faults if SP
// is not 16-byte aligned and SCTLR_EL1.SA (at EL1) or SCTLR_EL1.SA0 (at EL0) is set.
// QEMU 7.2 does not implement this check; the Arm ARM requires it.
import { getEL, sysreg } from "./state";
import { SR_SCTLR_EL1 } from "./generated/sysregs";
import { takeSyncException, EC_SP_ALIGN } from "./exceptions";
import { SCTLR_SA, SCTLR_SA0 } from "./sysregs";

/** Call before the access with the base register number and its value (SP when Rn = 31).
 *  Returns true if the SP alignment fault (EC 0x26) was taken: the instruction must stop. */
export function checkSpAlignment(Rn: u32, base: u64): bool {
  if (Rn != 31 || (base & 15) == 0) return false;
  const enable = getEL() == 0 ? SCTLR_SA0 : SCTLR_SA;
  if ((sysreg(SR_SCTLR_EL1) & enable) == 0) return false;
  takeSyncException(EC_SP_ALIGN, 0);
  return true;
}

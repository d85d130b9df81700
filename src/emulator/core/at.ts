// Address translation instructions AT S1E1R, S1E1W, S1E0R, S1E0W (C5.5.1): translate a VA
// in the EL1&0 regime as a read or write at EL1 or EL0 and report the result in PAR_EL1
// (D13.2.99) instead of taking a fault.
import { setSysreg } from "./state";
import { SR_PAR_EL1 } from "./generated/sysregs";
import { translate, translatedPA, translatedMairAttr, translatedShareability, FSC_SYNC_EXTERNAL_WALK } from "./mmu";
import { KIND_READ, KIND_WRITE } from "./memory";
import { takeDataAbort } from "./exceptions";

/** PAR_EL1 bit 11 is RES1; bit 9 (NS) is set as every translation here is Non-secure. */
const PAR_RES1: u64 = 1 << 11;
const PAR_NS: u64 = 1 << 9;
const PAR_F: u64 = 1;
const PA_MASK: u64 = 0x0000fffffffff000;
/** Data Abort ISS bits for a fault on an AT walk: CM (cache maintenance) and WnR. */
const ISS_CM_WNR: u32 = (1 << 8) | (1 << 6);

/** AT S1E<accessEL><R|W> of `va`. */
export function addressTranslate(va: u64, accessEL: u32, isWrite: bool): void {
  const fsc = translate(va, isWrite ? KIND_WRITE : KIND_READ, accessEL, 1);
  if (fsc == 0) {
    setSysreg(SR_PAR_EL1, (translatedPA & PA_MASK) | (<u64>translatedMairAttr << 56) |
      (<u64>(translatedShareability & 3) << 7) | PAR_RES1 | PAR_NS);
    return;
  }
  // A synchronous external abort on the table walk is taken as a Data Abort, reported like
  // a fault on a cache maintenance instruction (as QEMU does, following AArch64.AT).
  if ((fsc & 0x3c) == FSC_SYNC_EXTERNAL_WALK) {
    takeDataAbort(va, (fsc & 0x3f) | ISS_CM_WNR);
    return;
  }
  setSysreg(SR_PAR_EL1, PAR_F | (<u64>(fsc & 0x3f) << 1) | PAR_RES1);
}

// Stage 1 address translation for the EL1&0 regime (D8, VMSAv8-64).
import { sysreg } from "./state";
import { SR_SCTLR_EL1 } from "./generated/sysregs";

/** Result of a successful translate(): physical address and attributes. */
export let translatedPA: u64 = 0;
export let translatedAttrs: u32 = 0;
/** Also set by a successful translate(), for AT (PAR_EL1): the MAIR_EL1 attribute byte of
 *  the mapping (0x00 Device-nGnRnE with the MMU off) and its SH field (D8.5). */
export let translatedMairAttr: u32 = 0;
export let translatedShareability: u32 = 0;

/** Device memory (any Device-* type): unaligned accesses fault, no speculative fetch. */
export const ATTR_DEVICE: u32 = 1;
/** Do not cache this translation in the software TLB. */
export const ATTR_NO_TLB: u32 = 2;

// Fault status codes (DFSC/IFSC, D17.2.37); translation-related ones add the level (0..3).
export const FSC_ADDRESS_SIZE: u32 = 0x00;
export const FSC_TRANSLATION: u32 = 0x04;
export const FSC_ACCESS_FLAG: u32 = 0x08;
export const FSC_PERMISSION: u32 = 0x0c;
export const FSC_SYNC_EXTERNAL: u32 = 0x10;
export const FSC_SYNC_EXTERNAL_WALK: u32 = 0x14;
export const FSC_ALIGNMENT: u32 = 0x21;

/** Physical address size this core implements (ID_AA64MMFR0_EL1.PARange = 0b0101, 48 bits). */
export const PA_BITS: u32 = 48;

/**
 * Translate `va` for an access of `kind` (memory.ts KIND_*), checking permissions as
 * exception level `accessEL` (0 for EL0 and unprivileged accesses) in the regime of
 * `regimeEL`. Returns 0 and sets translatedPA/translatedAttrs, or returns a fault status
 * code (FSC_*, with the level in bits 1:0) without taking any exception.
 */
export function translate(va: u64, kind: u32, accessEL: u32, regimeEL: u32): u32 {
  if ((sysreg(SR_SCTLR_EL1) & 1) == 0) {
    // MMU off (D8.2.10): flat mapping; data accesses are Device-nGnRnE, instruction
    // fetches Normal. An address beyond the physical address size is an address size
    // fault at level 0.
    if ((va >>> PA_BITS) != 0) return FSC_ADDRESS_SIZE;
    translatedPA = va;
    translatedAttrs = kind == 2 ? 0 : ATTR_DEVICE;
    translatedMairAttr = 0;
    translatedShareability = 0;
    return 0;
  }
  return walkStage1(va, kind, accessEL, regimeEL);
}

function walkStage1(va: u64, kind: u32, accessEL: u32, regimeEL: u32): u32 {
  // Replaced by the table walker (D8.3); until then MMU-on accesses fault at level 0.
  return FSC_TRANSLATION;
}

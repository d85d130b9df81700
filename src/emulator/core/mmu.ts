// Stage 1 address translation for the EL1&0 regime (D8, VMSAv8-64), ARMv8.0 feature set:
// 4K/16K/64K granules, 48-bit VA and PA at most, TBI, no HA/HD, no PAN, no HPD, no LPA.
//
// translate() walks the tables on every call; caching is the job of the software TLB
// (tlb.ts), which memory.ts fills from the results published here. Where the
// architecture leaves a choice, QEMU 7.2's choice is taken:
//   - TxSZ outside [16, 39]: Translation fault at level 0 (not clamping).
//   - a reserved or unimplemented TGx: the smallest implemented granule (4K).
//   - instruction fetch from Device memory that is executable: allowed, as Normal memory.
//   - IPS larger than ID_AA64MMFR0_EL1.PARange: PARange.
// Where QEMU 7.2 deviates from the architecture, the architecture wins: block
// descriptors at levels that do not allow them (4K level 0, 16K level 0/1, 64K level 1)
// are Translation faults (QEMU 7.2 maps them; fixed in QEMU 8.2).
//
// Physical address size and granule support come from ID_AA64MMFR0_EL1 (PARange,
// TGran4/16/64), so the walker matches whatever the CPU model advertises.
import { sysreg } from "./state";
import { SR_SCTLR_EL1, SR_TCR_EL1, SR_TTBR0_EL1, SR_TTBR1_EL1, SR_MAIR_EL1,
  SR_ID_AA64MMFR0_EL1 } from "./generated/sysregs";
import { MAILBOX_MMIO_DATA } from "./layout";
import { physReadForWalk, KIND_FETCH } from "./memory";

// ---- Results of the last translate() ------------------------------------------------------

/** Physical address (valid when translate() returned 0). */
export let translatedPA: u64 = 0;
/** ATTR_* flags of the final translation. */
export let translatedAttrs: u32 = 0;
/** MAIR_EL1 attribute byte of the final translation (for PAR_EL1.ATTR). */
export let translatedMairAttr: u32 = 0;
/** Shareability of the final descriptor, SH[1:0] (for PAR_EL1.SH). */
export let translatedShareability: u32 = 0;
/** PERM_* accesses the final translation allows at the access's exception level. */
export let translatedPerms: u32 = 0;
/** log2 of the size of the block or page the address was found in (12 with the MMU off). */
export let translatedBlockBits: u32 = 12;
// After a Permission fault they are all valid too (the walk reached the final descriptor);
// after an Access flag fault, translatedPA and translatedBlockBits are.
//
// On failure translate() returns TRANSLATION_FAULT | fault status code (type | level); the
// FSC is in bits [5:0]. Faults are always stage 1 and never on a stage 2 walk (no EL2), so
// PAR_EL1.S and PAR_EL1.PTW are 0.

/** Device memory (any Device-* type, MAIR attribute 0b0000xxxx). */
export const ATTR_DEVICE: u32 = 1;

/** Permission bits of translatedPerms, indexed by access kind (memory.ts KIND_*). */
export const PERM_READ: u32 = 1;
export const PERM_WRITE: u32 = 2;
export const PERM_EXECUTE: u32 = 4;
const PERM_ALL: u32 = 7;

/** Set in every fault translate() returns, so that a level 0 Address size fault (FSC 0x00)
 *  is not mistaken for success. */
export const TRANSLATION_FAULT: u32 = 0x100;

// Fault status codes (DFSC/IFSC, D17.2.37); translation-related ones add the level (0..3).
export const FSC_ADDRESS_SIZE: u32 = 0x00;
export const FSC_TRANSLATION: u32 = 0x04;
export const FSC_ACCESS_FLAG: u32 = 0x08;
export const FSC_PERMISSION: u32 = 0x0c;
export const FSC_SYNC_EXTERNAL: u32 = 0x10;
export const FSC_SYNC_EXTERNAL_WALK: u32 = 0x14;
export const FSC_ALIGNMENT: u32 = 0x21;

@inline function fault(type: u32, level: i32): u32 {
  return TRANSLATION_FAULT | type | <u32>level;
}

// TCR_EL1 fields (D17.2.131)
const TCR_EPD0: u64 = 1 << 7;
const TCR_EPD1: u64 = 1 << 23;
const TCR_TG0_SHIFT: u64 = 14;
const TCR_T1SZ_SHIFT: u64 = 16;
const TCR_TG1_SHIFT: u64 = 30;
const TCR_IPS_SHIFT: u64 = 32;
const TCR_TBI0_SHIFT: u64 = 37;

const SCTLR_M: u64 = 1 << 0;
const SCTLR_I: u64 = 1 << 12;
const SCTLR_WXN: u64 = 1 << 19;

/** Valid TxSZ range without FEAT_LVA/FEAT_TTST (D8.2.4); outside it: level 0 Translation fault. */
const MIN_TXSZ: u32 = 16;
const MAX_TXSZ: u32 = 39;

/** Output address bits [47:0] held by TTBRs and descriptors (no FEAT_LPA). */
const OA_MASK: u64 = 0x0000ffffffffffff;

// Stage 1 descriptor fields (D8.3)
const DESC_VALID: u64 = 1;
const DESC_TABLE: u64 = 2;
const DESC_AF: u64 = 1 << 10;
const DESC_PXN_SHIFT: u64 = 53;
const DESC_UXN_SHIFT: u64 = 54;
/** Table descriptor bits [63:59]: NSTable, APTable[1:0], UXNTable, PXNTable. */
const DESC_TABLE_ATTRS_SHIFT: u64 = 59;
const TABLE_PXN: u32 = 1;
const TABLE_UXN: u32 = 2;
const TABLE_AP_SHIFT: u32 = 2;

// MAIR attribute bytes reported with the MMU off (AArch64.S1DisabledOutput, as QEMU).
const MEMATTR_DEVICE_NGNRNE: u32 = 0x00;
const MEMATTR_NORMAL_WT: u32 = 0xee;
const MEMATTR_NORMAL_NC: u32 = 0x44;
const SH_NON_SHAREABLE: u32 = 0;
const SH_OUTER_SHAREABLE: u32 = 2;

/**
 * Translate `va` for an access of `kind` (memory.ts KIND_*), checking permissions as
 * exception level `accessEL` (0 for EL0 and unprivileged accesses). `regimeEL` names the
 * translation regime; only EL1&0 exists (no EL2/EL3), so it must be 0 or 1. Returns 0
 * and sets the translated* results, or returns TRANSLATION_FAULT | the fault status code
 * (FSC_*, with the level in bits 1:0) without taking any exception.
 */
export function translate(va: u64, kind: u32, accessEL: u32, regimeEL: u32): u32 {
  const sctlr = sysreg(SR_SCTLR_EL1);
  if ((sctlr & SCTLR_M) == 0) return translateMmuOff(va, kind, sctlr);
  return walkStage1(va, kind, accessEL, sctlr);
}

/** Whether TCR_EL1.TBIx applies to `va` (selected by bit 55; D8.8 "Address tagging"). In
 *  ARMv8.0 (no TBID) it applies to instruction fetches too. */
@inline function topByteIgnored(va: u64, tcr: u64): bool {
  return ((tcr >>> (TCR_TBI0_SHIFT + (va >>> 55 & 1))) & 1) != 0;
}

/** Implemented physical address size in bits (ID_AA64MMFR0_EL1.PARange, at most 48). */
function physicalAddressBits(mmfr0: u64): u32 {
  return outputSizeBits(<u32>(mmfr0 & 0xf));
}

/** Address size of a PARange/IPS encoding (D17.2.64), capped at 48 bits (no FEAT_LPA). */
function outputSizeBits(encoding: u32): u32 {
  switch (encoding) {
    case 0: return 32;
    case 1: return 36;
    case 2: return 40;
    case 3: return 42;
    case 4: return 44;
    default: return 48;
  }
}

// MMU off (D8.2.10, AArch64.TranslateAddressS1Off): flat mapping of the bits below the
// physical address size; anything set above them (below bit 56 with TBI) is a level 0
// Address size fault. Data accesses are Device-nGnRnE, instruction fetches Normal.
function translateMmuOff(va: u64, kind: u32, sctlr: u64): u32 {
  const paBits = physicalAddressBits(sysreg(SR_ID_AA64MMFR0_EL1));
  let high = va >>> paBits;
  if (topByteIgnored(va, sysreg(SR_TCR_EL1))) high &= (<u64>1 << (56 - paBits)) - 1;
  if (high != 0) return fault(FSC_ADDRESS_SIZE, 0);
  translatedPA = va & ((<u64>1 << paBits) - 1);
  translatedPerms = PERM_ALL;
  translatedBlockBits = 12;
  if (kind == KIND_FETCH) {
    translatedAttrs = 0;
    translatedMairAttr = (sctlr & SCTLR_I) ? MEMATTR_NORMAL_WT : MEMATTR_NORMAL_NC;
    translatedShareability = SH_OUTER_SHAREABLE;
  } else {
    translatedAttrs = ATTR_DEVICE;
    translatedMairAttr = MEMATTR_DEVICE_NGNRNE;
    translatedShareability = SH_NON_SHAREABLE;
  }
  return 0;
}

/** log2 of the translation granule selected by TG0 (0: 4K, 1: 64K, 2: 16K) or TG1 (1: 16K,
 *  2: 4K, 3: 64K), replaced by the smallest implemented one when reserved or not
 *  implemented according to ID_AA64MMFR0_EL1 (as QEMU's sanitize_gran_size). */
function granuleBits(tg: u32, ttbr1: bool, mmfr0: u64): u32 {
  let bits: u32 = 0;
  if (ttbr1) bits = tg == 1 ? 14 : tg == 2 ? 12 : tg == 3 ? 16 : 0;
  else bits = tg == 0 ? 12 : tg == 1 ? 16 : tg == 2 ? 14 : 0;
  const has4K = ((mmfr0 >>> 28) & 0xf) != 0xf;   // TGran4: 0xf = not implemented
  const has64K = ((mmfr0 >>> 24) & 0xf) != 0xf;  // TGran64: 0xf = not implemented
  const has16K = ((mmfr0 >>> 20) & 0xf) != 0;    // TGran16: 0 = not implemented
  if ((bits == 12 && has4K) || (bits == 14 && has16K) || (bits == 16 && has64K)) return bits;
  if (has4K) return 12;
  return has16K ? 14 : 16;
}

/** Whether a block descriptor is allowed at `level` (AArch64.BlockDescSupported without
 *  FEAT_LPA/LPA2): 4K at levels 1 and 2, 16K and 64K at level 2 only. */
@inline function blockAllowed(granule: u32, level: i32): bool {
  return level == 2 || (level == 1 && granule == 12);
}

// Translation table walk (D8.3, AArch64.TranslationTableWalk).
function walkStage1(va: u64, kind: u32, accessEL: u32, sctlr: u64): u32 {
  const tcr = sysreg(SR_TCR_EL1);
  const mmfr0 = sysreg(SR_ID_AA64MMFR0_EL1);
  const ttbr1 = (va >>> 55 & 1) != 0;
  const tsz = <u32>((ttbr1 ? tcr >>> TCR_T1SZ_SHIFT : tcr) & 0x3f);
  const granule = granuleBits(<u32>((tcr >>> (ttbr1 ? TCR_TG1_SHIFT : TCR_TG0_SHIFT)) & 3), ttbr1, mmfr0);
  if (tsz < MIN_TXSZ || tsz > MAX_TXSZ) return fault(FSC_TRANSLATION, 0);

  // The bits above the input range (up to bit 55 with TBI, else 63) must all equal bit 55.
  const inputBits: u32 = 64 - tsz;
  const topWidth: u32 = (topByteIgnored(va, tcr) ? 56 : 64) - inputBits;
  const topMask: u64 = (<u64>1 << topWidth) - 1;
  if (((va >>> inputBits) & topMask) != (ttbr1 ? topMask : 0)) return fault(FSC_TRANSLATION, 0);
  if (tcr & (ttbr1 ? TCR_EPD1 : TCR_EPD0)) return fault(FSC_TRANSLATION, 0);

  const ipsBits = outputSizeBits(<u32>((tcr >>> TCR_IPS_SHIFT) & 7));
  const paBits = physicalAddressBits(mmfr0);
  const outputBits = ipsBits < paBits ? ipsBits : paBits;
  const stride: u32 = granule - 3;
  let level: i32 = 4 - <i32>((inputBits - 4) / stride);
  // VA bits resolved by the first lookup; the first table is aligned to its own size
  // (TTBR bits below that are treated as zero, as are CnP and the ASID).
  let indexBits: u32 = inputBits - granule - stride * <u32>(3 - level);
  let table = sysreg(ttbr1 ? SR_TTBR1_EL1 : SR_TTBR0_EL1) & OA_MASK;
  if ((table >>> outputBits) != 0) return fault(FSC_ADDRESS_SIZE, 0);
  table &= ~((<u64>1 << (indexBits + 3)) - 1);

  const granuleMask: u64 = (<u64>1 << granule) - 1;
  let tableAttrs: u32 = 0;
  while (true) {
    const shift: u32 = granule + stride * <u32>(3 - level);
    const index = (va >>> shift) & ((<u64>1 << indexBits) - 1);
    if (!physReadForWalk(table + (index << 3), 8)) return fault(FSC_SYNC_EXTERNAL_WALK, level);
    const desc = load<u64>(MAILBOX_MMIO_DATA);

    // Invalid, the reserved level 3 encoding, or a block where none is allowed.
    if ((desc & DESC_VALID) == 0) return fault(FSC_TRANSLATION, level);
    const isTable = (desc & DESC_TABLE) != 0 && level < 3;
    if (!isTable && level < 3 && !blockAllowed(granule, level)) return fault(FSC_TRANSLATION, level);
    if (level == 3 && (desc & DESC_TABLE) == 0) return fault(FSC_TRANSLATION, 3);

    const address = desc & OA_MASK & ~granuleMask;
    if ((address >>> outputBits) != 0) return fault(FSC_ADDRESS_SIZE, level);
    if (isTable) {
      // Hierarchical attributes accumulate: each only ever removes permissions.
      tableAttrs |= <u32>(desc >>> DESC_TABLE_ATTRS_SHIFT);
      table = address;
      level++;
      indexBits = stride;
      continue;
    }

    const blockMask: u64 = (<u64>1 << shift) - 1;
    translatedPA = (address & ~blockMask) | (va & blockMask);
    translatedBlockBits = shift;
    if ((desc & DESC_AF) == 0) return fault(FSC_ACCESS_FLAG, level);

    const memAttr = <u32>(sysreg(SR_MAIR_EL1) >>> (((desc >>> 2) & 7) << 3)) & 0xff;
    translatedMairAttr = memAttr;
    translatedShareability = <u32>(desc >>> 8) & 3;
    translatedAttrs = (memAttr & 0xf0) == 0 ? ATTR_DEVICE : 0;
    translatedPerms = stage1Permissions(desc, tableAttrs, accessEL, sctlr);
    if ((translatedPerms & (<u32>1 << kind)) == 0) return fault(FSC_PERMISSION, level);
    return 0;
  }
}

/** Data and instruction permissions of a final descriptor for an access from `accessEL`
 *  (D8.4, AArch64.S1ComputePermissions for ARMv8.0: no PAN). AP[2:1] gives data access;
 *  APTable[0] removes EL0 access and APTable[1] write access. EL0 may execute what UXN
 *  allows (even without EL0 data access); EL1 may not execute what PXN forbids or what
 *  EL0 can write. SCTLR_EL1.WXN makes what is writable at that level execute-never. */
function stage1Permissions(desc: u64, tableAttrs: u32, accessEL: u32, sctlr: u64): u32 {
  const apTable = (tableAttrs >>> TABLE_AP_SHIFT) & 3;
  const ap = ((<u32>(desc >>> 6) & 3) & ~(apTable & 1)) | (apTable & 2);
  const el0Writable = ap == 1;
  let read = true;
  let write = false;
  let execute = false;
  if (accessEL == 0) {
    read = (ap & 1) != 0;
    write = el0Writable;
    execute = ((desc >>> DESC_UXN_SHIFT) & 1) == 0 && (tableAttrs & TABLE_UXN) == 0;
  } else {
    write = (ap & 2) == 0;
    execute = ((desc >>> DESC_PXN_SHIFT) & 1) == 0 && (tableAttrs & TABLE_PXN) == 0 && !el0Writable;
  }
  if (write && (sctlr & SCTLR_WXN) != 0) execute = false;
  return (read ? PERM_READ : 0) | (write ? PERM_WRITE : 0) | (execute ? PERM_EXECUTE : 0);
}

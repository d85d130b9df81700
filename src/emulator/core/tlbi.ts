// TLB maintenance for the TLBI instructions (D8.13, C5.5). The MMU owns the translation
// caches; these entry points say what the architecture requires to be invalidated, and an
// implementation may always invalidate more. `broadcast` marks the Inner Shareable forms,
// which reach every PE in the shareability domain.
import { tlbFlushAll } from "./memory";

/** TLBI VMALLE1(IS): every EL1&0 stage 1 entry. */
export function tlbiAll(broadcast: bool): void {
  tlbFlushAll();
}

/** TLBI VAE1/VALE1/VAAE1/VAALE1(IS): entries for `va` (bits 63:12 significant) with ASID
 *  `asid` (or any ASID, and global entries, when `allAsids`); `lastLevel` limits the
 *  invalidation to last-level (leaf) entries. */
export function tlbiVa(va: u64, asid: u32, allAsids: bool, lastLevel: bool, broadcast: bool): void {
  tlbFlushAll();
}

/** TLBI ASIDE1(IS): non-global entries of `asid`. */
export function tlbiAsid(asid: u32, broadcast: bool): void {
  tlbFlushAll();
}

/** Call after a write to TTBR0_EL1 or TTBR1_EL1: the ASID in use may have changed. */
export function ttbrWritten(): void {
  tlbFlushAll();
}

/** Call after a write to TCR_EL1: granule, ranges, A1 and AS may have changed. */
export function tcrWritten(): void {
  tlbFlushAll();
}

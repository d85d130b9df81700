// TLB maintenance on the software TLB (tlb.ts): the TLBI instructions (C5.5) and the
// register writes after which cached translations may no longer apply. Every operation
// may remove more than it must (TLB entries can be evicted at any time) and acts on all
// CPUs, which gives the Inner Shareable forms their broadcast.
import { tlbInvalidateAll, tlbInvalidateAsid, tlbInvalidateVa, tlbSelectAsid } from "./tlb";

/** TLBI VMALLE1(IS) and the other "all entries of the EL1&0 regime" forms. */
export function tlbiAll(): void {
  tlbInvalidateAll();
}

/**
 * TLBI VAE1, VALE1, VAAE1, VAALE1 (and IS forms): entries translating `va` (bits [55:12]
 * count) for `asid` or global ones, or for any ASID when `allAsids`; `lastLevel` limits
 * it to last-level entries. The TLB caches only final translations and drops `va` under
 * every ASID, which satisfies all four forms.
 */
export function tlbiVa(va: u64, asid: u32, allAsids: bool, lastLevel: bool): void {
  tlbInvalidateVa(va);
}

/** TLBI ASIDE1(IS): non-global entries of `asid` (global ones of that bank go as well). */
export function tlbiAsid(asid: u32): void {
  tlbInvalidateAsid(asid);
}

/** Call after a write to TTBR0_EL1 or TTBR1_EL1: the ASID in use may have changed
 *  (D8.13: entries of other ASIDs stay cached but are not used). */
export function ttbrWritten(): void {
  tlbSelectAsid();
}

/** Call after a write to TCR_EL1: granule, ranges, A1 and AS may have changed. QEMU
 *  flushes its TLB on every TCR_EL1 write; so do we. */
export function tcrWritten(): void {
  tlbInvalidateAll();
  tlbSelectAsid();
}

/** Call after a write to SCTLR_EL1 (M, WXN change translations): QEMU flushes its TLB
 *  when the value changes; so do we. Required for M: with the MMU off nothing cached
 *  under the MMU on may be used, and the reverse. */
export function sctlrWritten(oldValue: u64, newValue: u64): void {
  if (oldValue != newValue) tlbInvalidateAll();
}

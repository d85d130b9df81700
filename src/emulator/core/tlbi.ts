// TLB maintenance on the software TLB (tlb.ts): the TLBI instructions (C5.5) and the
// register writes after which cached translations may no longer apply. An operation may
// remove more than the architecture requires (TLB entries can be evicted at any time).
// `broadcast` marks the Inner Shareable forms, which reach every PE; the others act on
// the running PE only.
import { tlbInvalidateAll, tlbInvalidateAsid, tlbInvalidateVa, tlbSelectAsid } from "./tlb";

/** TLBI VMALLE1(IS): every EL1&0 stage 1 entry. */
export function tlbiAll(broadcast: bool): void {
  tlbInvalidateAll(broadcast);
}

/**
 * TLBI VAE1, VALE1, VAAE1, VAALE1 (IS): entries translating `va` (bits [55:12] count) for
 * `asid` or global, or for any ASID when `allAsids`; `lastLevel` limits it to last-level
 * entries. The TLB caches only final translations and drops `va` under every ASID, which
 * satisfies all four forms.
 */
export function tlbiVa(va: u64, asid: u32, allAsids: bool, lastLevel: bool, broadcast: bool): void {
  tlbInvalidateVa(va, broadcast);
}

/** TLBI ASIDE1(IS): non-global entries of `asid` (the TLB drops that ASID's global ones too). */
export function tlbiAsid(asid: u32, broadcast: bool): void {
  tlbInvalidateAsid(asid, broadcast);
}

/** Call after a write to TTBR0_EL1 or TTBR1_EL1: the ASID in use may have changed. The
 *  entries of the previous ASID stay cached for when it comes back (D8.13). */
export function ttbrWritten(): void {
  tlbSelectAsid();
}

/** Call after a write to TCR_EL1: granule, ranges, A1 and AS may have changed. QEMU
 *  flushes its TLB on every TCR_EL1 write; so do we. */
export function tcrWritten(): void {
  tlbInvalidateAll(false);
  tlbSelectAsid();
}

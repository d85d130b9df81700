// Software TLB: caches successful stage 1 translations of 4K pages for memory.ts's fast
// path (tag compare + addend). Design:
//
//  * Per CPU (TLB_STRIDE bytes at TLB_BASE + cpuIndex * TLB_STRIDE) there are TLB_BANKS
//    banks. Each bank holds entries for ONE ASID (plus the global entries filled while
//    that ASID was current). A bank is TLB_SETS arrays of TLB_ENTRIES direct-mapped
//    entries { tag: u64 page VA, addend: u64 host address - VA }: one array per
//    (exception level EL0/EL1) x (access kind read/write/fetch). An entry in the
//    (EL, kind) array means "this access kind is permitted at this EL", so a hit needs
//    no permission check. A fill also enters the other permitted kinds into empty slots.
//    Unprivileged accesses (LDTR/STTR) use the EL0 arrays. Misaligned accesses never hit
//    (memory.ts).
//  * An ASID switch (a TTBR0/TTBR1 write: tlbi.ts ttbrWritten) only moves `curTlb` to the
//    bank of the new ASID, reusing the least recently selected bank (after emptying it)
//    if none has it. TCR_EL1 and SCTLR_EL1 changes empty the running CPU's TLB.
//    Linux switches ASID on every context switch; switching between up to TLB_BANKS
//    address spaces keeps all their entries, and non-global entries of one ASID are
//    never visible under another. Global entries are cached once per bank.
//  * TLB entries are 4K slices of whatever the descriptor mapped (4K/16K/64K pages,
//    blocks up to 1G). Each bank records which larger sizes it holds, so TLBI by VA
//    removes every slice of the block or page that contains the VA: it scans the
//    indices such a block can occupy (all of them for blocks of 1M and more).
//  * Invalidation may remove more than the TLBI asks (allowed: entries can be evicted at
//    any time): TLBI by VA ignores the ASID and drops the page in every bank; TLBI by
//    ASID empties the bank of that ASID including its global entries. The Inner
//    Shareable forms act on every CPU's TLB, the others on the running CPU's.
//  * The run loop (exec.ts) fetches from the page of the last fetch through the TLB without
//    looking it up again until its next event check, so every change of what the running
//    CPU's TLB maps (invalidation, another bank or exception level) requests one.
import { TLB_BASE, TLB_STRIDE, CPU_STATE_BASE, CPU_STATE_STRIDE } from "./layout";
import { cpu, getEL, sysreg } from "./state";
import { SR_TCR_EL1, SR_TTBR0_EL1, SR_TTBR1_EL1 } from "./generated/sysregs";
import { psciCpuCount } from "./psci";
import { requestEventCheck } from "./exec";

const TLB_ENTRIES: u32 = 256;
const ENTRY_BYTES: usize = 16;
const KIND_BYTES: usize = <usize>TLB_ENTRIES * ENTRY_BYTES;
/** Arrays of one exception level: read, write, fetch (memory.ts KIND_* order). */
const KINDS: u32 = 3;
const EL_BYTES: usize = KIND_BYTES * KINDS;
/** Arrays per bank: EL0 then EL1. */
const TLB_SETS: u32 = KINDS * 2;
const BANK_BYTES: usize = EL_BYTES * 2;
const TLB_BANKS: u32 = 5;
const TLB_INVALID_TAG: u64 = 0xffffffffffffffff;

// Per-CPU metadata after the banks.
const META: usize = BANK_BYTES * TLB_BANKS;
/** u32 index of the bank the CPU is using. */
const META_CURRENT_BANK: usize = META;
/** u32 counter stamped on a bank each time it is selected (least recently used eviction). */
const META_CLOCK: usize = META + 4;
/** Per bank, 16 bytes: u32 ASID (NO_ASID if unassigned), u32 last selection, u32 contents. */
const META_BANKS: usize = META + 16;
const BANK_ASID: usize = 0;
const BANK_LAST_USE: usize = 4;
const BANK_CONTENTS: usize = 8;
const NO_ASID: u32 = 0xffffffff;
/** Bank contents word: bit 31 = holds entries; bit (n - 12) = holds slices of 2^n-byte blocks. */
const CONTENTS_USED: u32 = 1 << 31;

// The layout must fit in the per-CPU TLB block of layout.ts.
// (META_BANKS + 16 * TLB_BANKS <= TLB_STRIDE: 0x1e060 <= 0x20000.)

/** VA bits a TLBI by VA compares: [55:12] (the top byte may hold a TBI tag). */
const TLBI_VA_MASK: u64 = 0x00fffffffffff000;

const TCR_A1: u64 = 1 << 22;
const TCR_AS: u64 = 1 << 36;

/** TLB arrays of the running CPU's current bank and exception level. */
export let curTlb: usize = <usize>TLB_BASE + EL_BYTES;
/** EL0 arrays of the current bank (unprivileged accesses: LDTR/STTR). */
export let curTlbEl0: usize = <usize>TLB_BASE;
/** TLB block of the running CPU. */
let cpuTlb: usize = <usize>TLB_BASE;

/** Entry for `va` in the current (EL, kind) array, or the EL0 one for an unprivileged access. */
@inline export function tlbEntry(kind: u32, va: u64, unprivileged: bool): usize {
  return (unprivileged ? curTlbEl0 : curTlb) + <usize>kind * KIND_BYTES + (<usize>((va >>> 12) & (TLB_ENTRIES - 1)) << 4);
}

@inline function setCurrentBank(bank: u32): void {
  curTlbEl0 = cpuTlb + <usize>bank * BANK_BYTES;
  curTlb = curTlbEl0 + (getEL() == 0 ? 0 : EL_BYTES);
  requestEventCheck();
}

@inline function bankMeta(block: usize, bank: u32): usize {
  return block + META_BANKS + (<usize>bank << 4);
}

/** Point the fast path at the running CPU's current bank and exception level (call after
 *  selecting a CPU or changing EL). */
export function refreshTranslationRegime(): void {
  cpuTlb = <usize>TLB_BASE + ((cpu - <usize>CPU_STATE_BASE) / <usize>CPU_STATE_STRIDE) * <usize>TLB_STRIDE;
  setCurrentBank(load<u32>(cpuTlb + META_CURRENT_BANK));
}

/** Architectural reset of the running CPU's TLB: every bank empty and unassigned. */
export function tlbResetCpu(): void {
  refreshTranslationRegime();
  memory.fill(cpuTlb, 0xff, BANK_BYTES * TLB_BANKS);
  for (let b: u32 = 0; b < TLB_BANKS; b++) {
    const m = bankMeta(cpuTlb, b);
    store<u32>(m + BANK_ASID, NO_ASID);
    store<u32>(m + BANK_LAST_USE, 0);
    store<u32>(m + BANK_CONTENTS, 0);
  }
  store<u32>(cpuTlb + META_CLOCK, 0);
  store<u32>(cpuTlb + META_CURRENT_BANK, 0);
  tlbSelectAsid();
}

/** The ASID of the running CPU's EL1&0 regime (TCR_EL1.A1 picks the TTBR; with
 *  TCR_EL1.AS = 0 only the low 8 bits count, D8.13). */
function currentAsid(): u32 {
  const tcr = sysreg(SR_TCR_EL1);
  const asid = <u32>(sysreg((tcr & TCR_A1) ? SR_TTBR1_EL1 : SR_TTBR0_EL1) >>> 48);
  return (tcr & TCR_AS) ? asid : asid & 0xff;
}

/** Use the bank of the current ASID (after TTBR0_EL1/TTBR1_EL1/TCR_EL1 changed). */
export function tlbSelectAsid(): void {
  const asid = currentAsid();
  let bank = load<u32>(cpuTlb + META_CURRENT_BANK);
  if (load<u32>(bankMeta(cpuTlb, bank) + BANK_ASID) != asid) {
    let victim: u32 = 0;
    let oldest: u32 = 0xffffffff;
    bank = TLB_BANKS;
    for (let b: u32 = 0; b < TLB_BANKS; b++) {
      const m = bankMeta(cpuTlb, b);
      if (load<u32>(m + BANK_ASID) == asid) { bank = b; break; }
      const lastUse = load<u32>(m + BANK_LAST_USE);
      if (lastUse < oldest) { oldest = lastUse; victim = b; }
    }
    if (bank == TLB_BANKS) {
      bank = victim;
      emptyBank(cpuTlb, bank);
      store<u32>(bankMeta(cpuTlb, bank) + BANK_ASID, asid);
    }
    const clock = load<u32>(cpuTlb + META_CLOCK) + 1;
    store<u32>(cpuTlb + META_CLOCK, clock);
    store<u32>(bankMeta(cpuTlb, bank) + BANK_LAST_USE, clock);
    store<u32>(cpuTlb + META_CURRENT_BANK, bank);
  }
  setCurrentBank(bank);
}

/**
 * Cache the 4K page of `va` at host address `hostPage` for the current exception level
 * (EL0 if `unprivileged`) in the array of access kind `kind`, and in the arrays of the
 * other kinds whose PERM bit (1 << kind) is set in `perms` where their slot is empty (so
 * that pages at the same index, e.g. a source and a destination buffer, do not evict each
 * other). `blockBits` is log2 of the size of the page or block the translation came from.
 */
export function tlbFill(kind: u32, va: u64, hostPage: u64, perms: u32, blockBits: u32, unprivileged: bool): void {
  const page = va & ~(<u64>0xfff);
  const addend = hostPage - page;
  const e = (unprivileged ? curTlbEl0 : curTlb) + (<usize>((va >>> 12) & (TLB_ENTRIES - 1)) << 4);
  for (let k: u32 = 0; k < KINDS; k++) {
    const entry = e + <usize>k * KIND_BYTES;
    if (k == kind || ((perms & (<u32>1 << k)) != 0 && load<u64>(entry) == TLB_INVALID_TAG)) {
      store<u64>(entry, page);
      store<u64>(entry, addend, 8);
    }
  }
  const m = bankMeta(cpuTlb, load<u32>(cpuTlb + META_CURRENT_BANK)) + BANK_CONTENTS;
  store<u32>(m, load<u32>(m) | CONTENTS_USED | (blockBits > 12 ? <u32>1 << (blockBits - 12) : 0));
}

// ---- Invalidation -------------------------------------------------------------------------
// `allCpus`: act on every CPU's TLB (Inner Shareable broadcast), else on the running CPU's.

@inline function cpuBlock(index: u32): usize {
  return <usize>TLB_BASE + <usize>index * <usize>TLB_STRIDE;
}
@inline function firstCpu(allCpus: bool): u32 {
  return allCpus ? 0 : <u32>((cpuTlb - <usize>TLB_BASE) / <usize>TLB_STRIDE);
}
@inline function endCpu(allCpus: bool): u32 {
  return allCpus ? psciCpuCount : firstCpu(false) + 1;
}

function emptyBank(block: usize, bank: u32): void {
  const m = bankMeta(block, bank) + BANK_CONTENTS;
  if (load<u32>(m) == 0) return;
  memory.fill(block + <usize>bank * BANK_BYTES, 0xff, BANK_BYTES);
  store<u32>(m, 0);
}

/** Drop every cached translation. */
export function tlbInvalidateAll(allCpus: bool): void {
  requestEventCheck();
  for (let c = firstCpu(allCpus); c < endCpu(allCpus); c++) {
    for (let b: u32 = 0; b < TLB_BANKS; b++) emptyBank(cpuBlock(c), b);
  }
}

/** Drop the translations cached under `asid` (compared on its low 8 bits, which covers
 *  both ASID sizes), global ones included. */
export function tlbInvalidateAsid(asid: u32, allCpus: bool): void {
  requestEventCheck();
  for (let c = firstCpu(allCpus); c < endCpu(allCpus); c++) {
    const block = cpuBlock(c);
    for (let b: u32 = 0; b < TLB_BANKS; b++) {
      const bankAsid = load<u32>(bankMeta(block, b) + BANK_ASID);
      if (bankAsid != NO_ASID && ((bankAsid ^ asid) & 0xff) == 0) emptyBank(block, b);
    }
  }
}

/** Drop every cached translation of any ASID from a page or block that contains `va`. */
export function tlbInvalidateVa(va: u64, allCpus: bool): void {
  requestEventCheck();
  for (let c = firstCpu(allCpus); c < endCpu(allCpus); c++) {
    const block = cpuBlock(c);
    for (let b: u32 = 0; b < TLB_BANKS; b++) {
      let contents = load<u32>(bankMeta(block, b) + BANK_CONTENTS);
      if (contents == 0) continue;
      const bank = block + <usize>b * BANK_BYTES;
      invalidateRegion(bank, va, 12);
      contents &= ~CONTENTS_USED;
      while (contents != 0) {
        invalidateRegion(bank, va, 12 + ctz(contents));
        contents &= contents - 1;
      }
    }
  }
}

/** Drop the entries of every array of `bank` whose page lies in the 2^bits-byte region
 *  containing `va`. */
function invalidateRegion(bank: usize, va: u64, bits: u32): void {
  const pages: u32 = bits >= 20 ? TLB_ENTRIES : <u32>1 << (bits - 12);
  const first = <u32>(va >>> 12) & (TLB_ENTRIES - 1) & ~(pages - 1);
  const mask = TLBI_VA_MASK & ~((<u64>1 << bits) - 1);
  for (let s: u32 = 0; s < TLB_SETS; s++) {
    const array = bank + <usize>s * KIND_BYTES;
    for (let i: u32 = first; i < first + pages; i++) {
      const e = array + (<usize>i << 4);
      if (((load<u64>(e) ^ va) & mask) == 0) store<u64>(e, TLB_INVALID_TAG);
    }
  }
}

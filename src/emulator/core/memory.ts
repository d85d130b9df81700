// Virtual memory accesses for the running CPU: a software TLB (tlb.ts) in front of stage 1
// translation (mmu.ts) and physical dispatch to RAM, the GIC and host devices.
//
// Fast path: one direct-mapped TLB entry per (current ASID bank, EL, access kind), compared
// with (va & (~0xfff | (size - 1))), so misaligned accesses, which need alignment checks
// and may cross pages, never hit and take the slow path; a hit adds the entry's addend to
// the VA to get the host address. Only RAM pages are entered, in the array of the access
// kind (and empty slots of the other kinds the translation allows); device pages always
// take the slow path. Unprivileged (LDTR/STTR) accesses use the EL0 arrays, whatever the EL.
import { RAM_HOST_OFFSET, MAILBOX_MMIO_DATA } from "./layout";
import { getEL } from "./state";
import { hostMmioRead, hostMmioWrite } from "./host";
import { translate, translatedPA, translatedPerms, translatedBlockBits,
  FSC_ALIGNMENT, FSC_SYNC_EXTERNAL } from "./mmu";
import { takeException, VECTOR_SYNC, EC_DATA_ABORT_LOWER, EC_DATA_ABORT_SAME,
  EC_INSN_ABORT_LOWER, EC_INSN_ABORT_SAME, EC_PC_ALIGN } from "./exceptions";
import { pc, faulted } from "./exec";
import { gicClaims, gicRead, gicWrite } from "./gic";
import { tlbEntry, tlbFill, tlbInvalidateAll } from "./tlb";

export { refreshTranslationRegime } from "./tlb";

/** Drop every translation the running CPU has cached (e.g. after SCTLR_EL1 changed:
 *  nothing cached with the MMU on may be used with it off, and the reverse). */
export function tlbFlushAll(): void {
  tlbInvalidateAll(false);
}

export const KIND_READ: u32 = 0;
export const KIND_WRITE: u32 = 1;
export const KIND_FETCH: u32 = 2;

// `info` argument of the access functions: ISS bits 24:14 of a data abort (ISV, SAS, SSE,
// SRT, SF, AR; D17.2.37) that the instruction would report, plus access flags.
/** LDTR/STTR and friends: permission checks as EL0 (C6.2 "unprivileged"). */
export const ACC_UNPRIV: u32 = 1 << 28;
/** Exclusive, acquire/release and atomic accesses: must be naturally aligned whatever SCTLR.A says. */
export const ACC_ALIGNED: u32 = 1 << 29;
/** A piece of a multi-element access whose alignment the instruction checked itself: no
 *  SCTLR_ELx.A check (AdvSIMD LD1/ST1 move their elements in 8-byte pieces, but only the
 *  elements must be aligned, B2.5.2). */
export const ACC_ALIGNMENT_CHECKED: u32 = 1 << 27;
/** Cache maintenance by VA (DC ...): aborts report CM=1 and WnR=1. */
export const ACC_CACHE_MAINT: u32 = 1 << 30;
const ISS_INFO_MASK: u32 = 0x1ffc000;

/** Guest RAM: physical [ramBase, ramBase + ramSize) at host offset RAM_HOST_OFFSET. */
export let ramBase: u64 = 0x40000000;
export let ramSize: u64 = 0;

export function setRam(basePA: u64, sizeBytes: u64): void {
  ramBase = basePA;
  ramSize = sizeBytes;
}

// ---- Fast paths ---------------------------------------------------------------------------

@inline export function read8(va: u64, info: u32): u64 {
  const e = tlbEntry(KIND_READ, va, (info & ACC_UNPRIV) != 0);
  if (load<u64>(e) == (va & ~(<u64>0xfff))) return <u64>load<u8>(<usize>(va + load<u64>(e, 8)));
  return readSlow(va, 1, info);
}
@inline export function read16(va: u64, info: u32): u64 {
  const e = tlbEntry(KIND_READ, va, (info & ACC_UNPRIV) != 0);
  if (load<u64>(e) == (va & ~(<u64>0xffe))) return <u64>load<u16>(<usize>(va + load<u64>(e, 8)));
  return readSlow(va, 2, info);
}
@inline export function read32(va: u64, info: u32): u64 {
  const e = tlbEntry(KIND_READ, va, (info & ACC_UNPRIV) != 0);
  if (load<u64>(e) == (va & ~(<u64>0xffc))) return <u64>load<u32>(<usize>(va + load<u64>(e, 8)));
  return readSlow(va, 4, info);
}
@inline export function read64(va: u64, info: u32): u64 {
  const e = tlbEntry(KIND_READ, va, (info & ACC_UNPRIV) != 0);
  if (load<u64>(e) == (va & ~(<u64>0xff8))) return load<u64>(<usize>(va + load<u64>(e, 8)));
  return readSlow(va, 8, info);
}
@inline export function write8(va: u64, value: u64, info: u32): void {
  const e = tlbEntry(KIND_WRITE, va, (info & ACC_UNPRIV) != 0);
  if (load<u64>(e) == (va & ~(<u64>0xfff))) store<u8>(<usize>(va + load<u64>(e, 8)), <u8>value);
  else writeSlow(va, 1, value, info);
}
@inline export function write16(va: u64, value: u64, info: u32): void {
  const e = tlbEntry(KIND_WRITE, va, (info & ACC_UNPRIV) != 0);
  if (load<u64>(e) == (va & ~(<u64>0xffe))) store<u16>(<usize>(va + load<u64>(e, 8)), <u16>value);
  else writeSlow(va, 2, value, info);
}
@inline export function write32(va: u64, value: u64, info: u32): void {
  const e = tlbEntry(KIND_WRITE, va, (info & ACC_UNPRIV) != 0);
  if (load<u64>(e) == (va & ~(<u64>0xffc))) store<u32>(<usize>(va + load<u64>(e, 8)), <u32>value);
  else writeSlow(va, 4, value, info);
}
@inline export function write64(va: u64, value: u64, info: u32): void {
  const e = tlbEntry(KIND_WRITE, va, (info & ACC_UNPRIV) != 0);
  if (load<u64>(e) == (va & ~(<u64>0xff8))) store<u64>(<usize>(va + load<u64>(e, 8)), value);
  else writeSlow(va, 8, value, info);
}
/** Host address of the 16-byte aligned `va` when the TLB maps its page to RAM for `kind`
 *  (KIND_READ, KIND_WRITE; privileged access), 0 otherwise: one lookup for both halves of a
 *  Q register access, which then behaves as two 8-byte accesses that hit the same entry. */
@inline export function quadHostAddress(va: u64, kind: u32): usize {
  const e = tlbEntry(kind, va, false);
  return load<u64>(e) == (va & ~(<u64>0xff0)) ? <usize>(va + load<u64>(e, 8)) : 0;
}
/** Read by size in bytes (1, 2, 4, 8), zero-extended. */
@inline export function readSized(va: u64, sizeBytes: u32, info: u32): u64 {
  if (sizeBytes == 8) return read64(va, info);
  if (sizeBytes == 4) return read32(va, info);
  if (sizeBytes == 2) return read16(va, info);
  return read8(va, info);
}
@inline export function writeSized(va: u64, sizeBytes: u32, value: u64, info: u32): void {
  if (sizeBytes == 8) write64(va, value, info);
  else if (sizeBytes == 4) write32(va, value, info);
  else if (sizeBytes == 2) write16(va, value, info);
  else write8(va, value, info);
}

/** Fetch the instruction at `va`; on a fault the exception is taken and `faulted` is set. */
@inline export function fetchInstruction(va: u64): u32 {
  const e = tlbEntry(KIND_FETCH, va, false);
  if (load<u64>(e) == (va & ~(<u64>0xffc))) return load<u32>(<usize>(va + load<u64>(e, 8)));
  return fetchSlow(va);
}

// ---- Slow paths ---------------------------------------------------------------------------

/** Translate for a data access and raise the abort on failure. Returns false after a fault. */
function translateData(va: u64, kind: u32, info: u32, faultVa: u64): bool {
  const el: u32 = (info & ACC_UNPRIV) ? 0 : getEL();
  const fsc = translate(va, kind, el, getEL());
  if (fsc == 0) return true;
  dataAbort(faultVa, fsc, kind, info);
  return false;
}

function dataAbort(va: u64, fsc: u32, kind: u32, info: u32): void {
  let iss: u32 = fsc & 0x3f;
  if (info & ACC_CACHE_MAINT) iss |= (1 << 8) | (1 << 6);
  else if (kind == KIND_WRITE) iss |= 1 << 6;
  // ISS[24:14] (ISV and the access description) is optional for aborts taken to EL1
  // (D17.2.37); QEMU reports it only for stage 2 aborts taken to EL2, and so do we:
  // `info` carries it for when EL2 exists.
  const ec = getEL() == 0 ? EC_DATA_ABORT_LOWER : EC_DATA_ABORT_SAME;
  takeException(VECTOR_SYNC, ec, iss, 1, pc, true, va);
}

/** Alignment fault for an access whose required alignment exceeds its size (B2.5.2: an
 *  exclusive pair of doublewords must be 16-byte aligned). */
export function alignmentAbort(va: u64, kind: u32, info: u32): void {
  dataAbort(va, FSC_ALIGNMENT, kind, info);
}

/** Checks D1.8.1/B2.5.2 alignment: returns true (and raises) if the access must fault. */
function alignmentFault(va: u64, size: u32, kind: u32, info: u32): bool {
  if ((va & <u64>(size - 1)) == 0) return false;
  // SCTLR_ELx.A or an access that must be aligned.
  if ((info & ACC_ALIGNED) || (strictAlignment() && (info & ACC_ALIGNMENT_CHECKED) == 0)) {
    dataAbort(va, FSC_ALIGNMENT, kind, info);
    return true;
  }
  return false;
}

import { SR_SCTLR_EL1 } from "./generated/sysregs";
import { sysreg } from "./state";
@inline function strictAlignment(): bool {
  return (sysreg(SR_SCTLR_EL1) & 2) != 0;
}

function readSlow(va: u64, size: u32, info: u32): u64 {
  if (alignmentFault(va, size, KIND_READ, info)) return 0;
  const misalignment = <u32>(va & <u64>(size - 1));
  const offset = <u32>(va & 0xfff);
  if (offset + size > 0x1000) {
    // Crosses a page: translate both pages before touching either (a fault on the second page
    // reports the page start, as QEMU does), then read two aligned parts.
    const second = (va | 0xfff) + 1;
    if (!translateData(va, KIND_READ, info, va)) return 0;
    const pa1 = translatedPA;
    if (!translateData(second, KIND_READ, info, second)) return 0;
    return readAlignedParts(va - misalignment, pa1 - misalignment, second, translatedPA, misalignment, size, info);
  }
  if (!translateData(va, KIND_READ, info, va)) return 0;
  const pa = translatedPA;
  // Unaligned accesses to Device memory do not fault: QEMU 7.2 does not check them
  // (the architecture requires an Alignment fault, B2.5.2).
  if (isRam(pa, size)) {
    fillTlb(KIND_READ, va, pa, info);
    return loadRam(pa, size);
  }
  if (misalignment == 0) return physReadOrAbort(va, pa, size, KIND_READ, info);
  // Both aligned parts lie in this page: pages are aligned to every access size.
  const lowVa = va - misalignment;
  const lowPa = pa - misalignment;
  return readAlignedParts(lowVa, lowPa, lowVa + size, lowPa + size, misalignment, size, info);
}

/**
 * A misaligned read performed as QEMU performs it: two naturally aligned reads of the access
 * size, combined. Where one part is not RAM, an external abort reports that part's address.
 */
function readAlignedParts(lowVa: u64, lowPa: u64, highVa: u64, highPa: u64, misalignment: u32, size: u32, info: u32): u64 {
  const low = isRam(lowPa, size) ? loadRam(lowPa, size) : physReadOrAbort(lowVa, lowPa, size, KIND_READ, info);
  if (faulted) return 0;
  const high = isRam(highPa, size) ? loadRam(highPa, size) : physReadOrAbort(highVa, highPa, size, KIND_READ, info);
  if (faulted) return 0;
  const shift = <u64>(misalignment * 8);
  const value = (low >>> shift) | (high << (<u64>(size * 8) - shift));
  return size == 8 ? value : value & ((<u64>1 << (<u64>(size * 8))) - 1);
}

function writeSlow(va: u64, size: u32, value: u64, info: u32): void {
  if (alignmentFault(va, size, KIND_WRITE, info)) return;
  const offset = <u32>(va & 0xfff);
  if (offset + size > 0x1000) {
    const second = (va | 0xfff) + 1;
    if (!translateData(va, KIND_WRITE, info, va)) return;
    const pa1 = translatedPA;
    if (!translateData(second, KIND_WRITE, info, second)) return;
    const pa2 = translatedPA;
    const firstBytes: u32 = 0x1000 - offset;
    for (let i: u32 = 0; i < size; i++) {
      const pa = i < firstBytes ? pa1 + i : pa2 + (i - firstBytes);
      physWrite(pa, 1, (value >>> (<u64>i * 8)) & 0xff);
      if (faulted) return;
    }
    return;
  }
  if (!translateData(va, KIND_WRITE, info, va)) return;
  const pa = translatedPA;
  // Unaligned accesses to Device memory do not fault: QEMU 7.2 does not check them
  // (the architecture requires an Alignment fault, B2.5.2).
  if (isRam(pa, size)) {
    fillTlb(KIND_WRITE, va, pa, info);
    storeRam(pa, size, value);
    return;
  }
  physWriteOrAbort(va, pa, size, value, info);
}

function fetchSlow(va: u64): u32 {
  if (va & 3) {
    // PC alignment fault (D1.8.2): EC 0x22, FAR = the misaligned PC.
    takeException(VECTOR_SYNC, EC_PC_ALIGN, 0, 1, va, true, va);
    return 0;
  }
  const fsc = translate(va, KIND_FETCH, getEL(), getEL());
  if (fsc != 0) {
    instructionAbort(va, fsc);
    return 0;
  }
  const pa = translatedPA;
  if (isRam(pa, 4)) {
    fillTlb(KIND_FETCH, va, pa, 0);
    return <u32>loadRam(pa, 4);
  }
  const status = deviceRead(pa, 4);
  if (status != 0) {
    instructionAbort(va, FSC_SYNC_EXTERNAL);
    return 0;
  }
  return load<u32>(MAILBOX_MMIO_DATA);
}

function instructionAbort(va: u64, fsc: u32): void {
  const ec = getEL() == 0 ? EC_INSN_ABORT_LOWER : EC_INSN_ABORT_SAME;
  takeException(VECTOR_SYNC, ec, fsc & 0x3f, 1, va, true, va);
}

/** Cache the translation just made for an access of `kind` to `va` (RAM at `pa`), for the
 *  current EL or, for unprivileged accesses, for EL0. */
function fillTlb(kind: u32, va: u64, pa: u64, info: u32): void {
  tlbFill(kind, va, <u64>ramHostAddress(pa & ~(<u64>0xfff)), translatedPerms, translatedBlockBits, (info & ACC_UNPRIV) != 0);
}

// ---- Physical accesses --------------------------------------------------------------------

@inline export function isRam(pa: u64, size: u32): bool {
  return pa >= ramBase && pa + size <= ramBase + ramSize && pa + size > pa;
}
@inline export function ramHostAddress(pa: u64): usize {
  return <usize>(pa - ramBase + RAM_HOST_OFFSET);
}
@inline function loadRam(pa: u64, size: u32): u64 {
  const host = ramHostAddress(pa);
  if (size == 8) return load<u64>(host);
  if (size == 4) return <u64>load<u32>(host);
  if (size == 2) return <u64>load<u16>(host);
  return <u64>load<u8>(host);
}
@inline function storeRam(pa: u64, size: u32, value: u64): void {
  const host = ramHostAddress(pa);
  if (size == 8) store<u64>(host, value);
  else if (size == 4) store<u32>(host, <u32>value);
  else if (size == 2) store<u16>(host, <u16>value);
  else store<u8>(host, <u8>value);
}

/** Device read; 0 on success with the value in MAILBOX_MMIO_DATA, 1 when nothing is there. */
function deviceRead(pa: u64, size: u32): u32 {
  if (gicClaims(pa)) {
    store<u64>(MAILBOX_MMIO_DATA, gicRead(pa, size));
    return 0;
  }
  return hostMmioRead(<f64>pa, size);
}
function deviceWrite(pa: u64, size: u32, value: u64): u32 {
  if (gicClaims(pa)) {
    gicWrite(pa, size, value);
    return 0;
  }
  store<u64>(MAILBOX_MMIO_DATA, value);
  return hostMmioWrite(<f64>pa, size);
}

function physReadOrAbort(va: u64, pa: u64, size: u32, kind: u32, info: u32): u64 {
  if (deviceRead(pa, size) != 0) {
    dataAbort(va, FSC_SYNC_EXTERNAL, kind, info);
    return 0;
  }
  const v = load<u64>(MAILBOX_MMIO_DATA);
  return size == 8 ? v : v & ((<u64>1 << (<u64>size * 8)) - 1);
}
function physWriteOrAbort(va: u64, pa: u64, size: u32, value: u64, info: u32): void {
  if (deviceWrite(pa, size, value) != 0) dataAbort(va, FSC_SYNC_EXTERNAL, KIND_WRITE, info);
}

/** Physical write used by page-crossing stores; external abort on nothing. */
function physWrite(pa: u64, size: u32, value: u64): void {
  if (isRam(pa, size)) storeRam(pa, size, value);
  else physWriteOrAbort(pa, pa, size, value, 0);
}

/** Physical read for the table walker: returns false if nothing answers (no exception taken). */
export function physReadForWalk(pa: u64, size: u32): bool {
  if (isRam(pa, size)) {
    store<u64>(MAILBOX_MMIO_DATA, loadRam(pa, size));
    return true;
  }
  return deviceRead(pa, size) == 0;
}

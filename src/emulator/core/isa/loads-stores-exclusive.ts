// Semantics of C4.1.89 Loads and Stores: load/store exclusive (LDXR/LDAXR, STXR/STLXR,
// LDXP/LDAXP, STXP/STLXP) and load-acquire/store-release (LDAR, STLR), all sizes.
// o0 selects the acquire/release variant; the interpreter performs every access of a CPU in
// program order and one instruction at a time, so the ordering needs nothing more.
// All of these accesses must be naturally aligned whatever SCTLR_ELx.A says (B2.5.2),
// pairs to the pair size.
//
// The local exclusive monitor (B2.9.2) is modelled the way QEMU 7.2 models it
// (translate-a64.c gen_load_exclusive / gen_store_exclusive with single-threaded TCG), which
// is what guests observe on the reference:
//  * a load-exclusive records the address and the value it read (state.ts OFF_EXCL_*);
//  * a store-exclusive whose address differs from the recorded one (sizes are not compared),
//    or with no record, fails with status 1 without accessing memory;
//  * otherwise it reads memory at its own size (so an Alignment or MMU fault is reported as a
//    read, and leaves the monitor set), writes Rt if the value read equals the recorded value
//    truncated to that size and writes the value read back otherwise, and returns status 0
//    only if the value read equals the whole recorded value. STXP of doublewords reads both
//    doublewords and writes only when both match;
//  * every store-exclusive that completes clears the monitor (so do CLREX and ERET).
// Register overlaps (CONSTRAINED UNPREDICTABLE): STXR stores the value Rt had before the
// status is written; LDXP with Rt == Rt2 keeps the second element.
import { cpu, readX, readW, writeX, writeW, OFF_EXCL_ADDR, OFF_EXCL_VALID,
  OFF_EXCL_VALUE, OFF_EXCL_HIGH } from "../state";
import { read64, write64, alignmentAbort, ACC_ALIGNED, KIND_READ } from "../memory";
import { faulted } from "../exec";
import { loadZero, storeSized, baseRegister } from "./access";

@inline function recordValue(value: u64): void {
  store<u64>(cpu + OFF_EXCL_VALUE, value);
}
@inline function recordedValue(): u64 {
  return load<u64>(cpu + OFF_EXCL_VALUE);
}
@inline function markExclusive(address: u64): void {
  store<u64>(cpu + OFF_EXCL_ADDR, address);
  store<u32>(cpu + OFF_EXCL_VALID, 1);
}
@inline function monitorCovers(address: u64): bool {
  return load<u32>(cpu + OFF_EXCL_VALID) != 0 && load<u64>(cpu + OFF_EXCL_ADDR) == address;
}
@inline function clearMonitor(): void {
  store<u32>(cpu + OFF_EXCL_VALID, 0);
}
@inline function sizeMask(size: u32): u64 {
  return size == 3 ? 0xffffffffffffffff : (<u64>1 << (<u64>8 << <u64>size)) - 1;
}

// ---- Exclusive, single register --------------------------------------------------------------

export function LDXR(size: u32, o0: u32, Rn: u32, Rt: u32): bool {
  const address = baseRegister(Rn);
  if (faulted) return true;
  const value = loadZero(size, address, ACC_ALIGNED);
  if (faulted) return true;
  writeX(Rt, value);
  recordValue(value);
  markExclusive(address);
  return true;
}

export function STXR(size: u32, Rs: u32, o0: u32, Rn: u32, Rt: u32): bool {
  const address = baseRegister(Rn);
  if (faulted) return true;
  if (!monitorCovers(address)) {
    writeW(Rs, 1);
    clearMonitor();
    return true;
  }
  const recorded = recordedValue();
  const current = loadZero(size, address, ACC_ALIGNED);
  if (faulted) return true;
  storeSized(size, address, current == (recorded & sizeMask(size)) ? readX(Rt) : current, ACC_ALIGNED);
  if (faulted) return true;
  writeW(Rs, current != recorded ? 1 : 0);
  clearMonitor();
  return true;
}

// ---- Exclusive pair: sz 0 = two words (one doubleword access), 1 = two doublewords ------------

export function LDXP(sz: u32, o0: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const address = baseRegister(Rn);
  if (faulted) return true;
  if (sz) {
    if (address & 15) {
      alignmentAbort(address, KIND_READ, ACC_ALIGNED);
      return true;
    }
    const first = read64(address, ACC_ALIGNED);
    if (faulted) return true;
    // QEMU records the first doubleword before reading the second.
    recordValue(first);
    const second = read64(address + 8, ACC_ALIGNED);
    if (faulted) return true;
    store<u64>(cpu + OFF_EXCL_HIGH, second);
    writeX(Rt, first);
    writeX(Rt2, second);
  } else {
    const pair = read64(address, ACC_ALIGNED);
    if (faulted) return true;
    recordValue(pair);
    writeX(Rt, pair & 0xffffffff);
    writeX(Rt2, pair >>> 32);
  }
  markExclusive(address);
  return true;
}

export function STXP(sz: u32, Rs: u32, o0: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const address = baseRegister(Rn);
  if (faulted) return true;
  if (!monitorCovers(address)) {
    writeW(Rs, 1);
    clearMonitor();
    return true;
  }
  let failed: bool;
  if (sz) {
    if (address & 15) {
      alignmentAbort(address, KIND_READ, ACC_ALIGNED);
      return true;
    }
    const first = read64(address, ACC_ALIGNED);
    if (faulted) return true;
    const second = read64(address + 8, ACC_ALIGNED);
    if (faulted) return true;
    failed = first != recordedValue() || second != load<u64>(cpu + OFF_EXCL_HIGH);
    if (!failed) {
      const high = readX(Rt2);
      write64(address, readX(Rt), ACC_ALIGNED);
      if (faulted) return true;
      write64(address + 8, high, ACC_ALIGNED);
      if (faulted) return true;
    }
  } else {
    const current = read64(address, ACC_ALIGNED);
    if (faulted) return true;
    failed = current != recordedValue();
    write64(address, failed ? current : readW(Rt) | (readW(Rt2) << 32), ACC_ALIGNED);
    if (faulted) return true;
  }
  writeW(Rs, failed ? 1 : 0);
  clearMonitor();
  return true;
}

// ---- Load-acquire / store-release --------------------------------------------------------------

export function LDAR(size: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadZero(size, base, ACC_ALIGNED);
  if (faulted) return true;
  writeX(Rt, value);
  return true;
}

export function STLR(size: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  storeSized(size, base, readX(Rt), ACC_ALIGNED);
  return true;
}

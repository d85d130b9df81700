// Semantics of C4.1.89 Loads and Stores, general-purpose register pairs: load/store
// no-allocate pair (offset), load/store register pair (offset, post-indexed, pre-indexed).
// sf = opc<1>: 0 for W registers (two words), 1 for X registers (two doublewords); the
// offset is SignExtend(imm7) scaled by the element size.
//
// The two elements are two accesses, first then second (as QEMU does), and no register is
// written unless both succeed. CONSTRAINED UNPREDICTABLE register overlaps resolve as in
// QEMU: a load writes Rt2, then Rt (Rt == Rt2 gets the first element), then the base (the
// written-back address wins); a store stores the values the registers had before writeback.
// The semantic functions here are @inline: the run loop holds their cases (scripts/gen-decoder.ts
// HOT_GROUPS), some once per value of their `specialize` fields.
import { readX, writeX, writeXSP } from "../state";
import { read32, read64, write32, write64 } from "../memory";
import { faulted } from "../exec";
import { loadSigned, signExtend, baseRegister } from "./access";

@inline function pairOffset(sf: u32, imm7: u32): u64 {
  return signExtend(imm7, 7) << <u64>(2 + sf);
}

/** LDP: returns false if an access faulted (nothing written). */
@inline function loadPair(sf: u32, address: u64, Rt: u32, Rt2: u32): bool {
  let first: u64, second: u64;
  if (sf) {
    first = read64(address, 0);
    if (faulted) return false;
    second = read64(address + 8, 0);
  } else {
    first = read32(address, 0);
    if (faulted) return false;
    second = read32(address + 4, 0);
  }
  if (faulted) return false;
  writeX(Rt2, second);
  writeX(Rt, first);
  return true;
}

/** LDPSW: two words, each sign-extended to 64 bits. */
@inline function loadPairSigned(address: u64, Rt: u32, Rt2: u32): bool {
  const first = loadSigned(2, address, 0);
  if (faulted) return false;
  const second = loadSigned(2, address + 4, 0);
  if (faulted) return false;
  writeX(Rt2, second);
  writeX(Rt, first);
  return true;
}

/** STP: returns false if an access faulted (the first element may already be stored). */
@inline function storePair(sf: u32, address: u64, Rt: u32, Rt2: u32): bool {
  const first = readX(Rt);
  const second = readX(Rt2);
  if (sf) {
    write64(address, first, 0);
    if (faulted) return false;
    write64(address + 8, second, 0);
  } else {
    write32(address, first, 0);
    if (faulted) return false;
    write32(address + 4, second, 0);
  }
  return !faulted;
}

// ---- No-allocate pair (offset): the hint has no effect -------------------------------------

@inline export function STNP(sf: u32, imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  storePair(sf, base + pairOffset(sf, imm7), Rt, Rt2);
  return true;
}

@inline export function LDNP(sf: u32, imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  loadPair(sf, base + pairOffset(sf, imm7), Rt, Rt2);
  return true;
}

// ---- Signed offset --------------------------------------------------------------------------

@inline export function STP_off(sf: u32, imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  storePair(sf, base + pairOffset(sf, imm7), Rt, Rt2);
  return true;
}

@inline export function LDP_off(sf: u32, imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  loadPair(sf, base + pairOffset(sf, imm7), Rt, Rt2);
  return true;
}

@inline export function LDPSW_off(imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  loadPairSigned(base + pairOffset(0, imm7), Rt, Rt2);
  return true;
}

// ---- Post-indexed: access at Xn|SP, then Xn|SP += offset --------------------------------------

@inline export function STP_post(sf: u32, imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  if (storePair(sf, base, Rt, Rt2)) writeXSP(Rn, base + pairOffset(sf, imm7));
  return true;
}

@inline export function LDP_post(sf: u32, imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  if (loadPair(sf, base, Rt, Rt2)) writeXSP(Rn, base + pairOffset(sf, imm7));
  return true;
}

@inline export function LDPSW_post(imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  if (loadPairSigned(base, Rt, Rt2)) writeXSP(Rn, base + pairOffset(0, imm7));
  return true;
}

// ---- Pre-indexed: Xn|SP += offset, access at the new address ----------------------------------

@inline export function STP_pre(sf: u32, imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const address = base + pairOffset(sf, imm7);
  if (storePair(sf, address, Rt, Rt2)) writeXSP(Rn, address);
  return true;
}

@inline export function LDP_pre(sf: u32, imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const address = base + pairOffset(sf, imm7);
  if (loadPair(sf, address, Rt, Rt2)) writeXSP(Rn, address);
  return true;
}

@inline export function LDPSW_pre(imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const address = base + pairOffset(0, imm7);
  if (loadPairSigned(address, Rt, Rt2)) writeXSP(Rn, address);
  return true;
}

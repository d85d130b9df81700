// Semantics of C4.1.89 Loads and Stores, general-purpose register forms: load register
// (literal), load/store register (unsigned immediate, unscaled immediate, immediate
// post-/pre-indexed, unprivileged, register offset) and PRFM.
//
// Register write order follows QEMU for the CONSTRAINED UNPREDICTABLE writeback cases
// (C6.2 LDR (immediate), "wback && n == t"): a load writes Rt and then the base, so the
// written-back address wins; a store writes the value Rt had before the writeback.
// STR* take `size` as log2 bytes; LDRS_BH forms take size 0 (byte) / 1 (halfword) and
// opc0 = 1 for a W destination (the 64-bit sign-extended value truncated to 32 bits).
// The semantic functions here are @inline: the run loop holds their cases (scripts/gen-decoder.ts
// HOT_GROUPS), some once per value of their `specialize` fields.
import { readX, writeX, writeXSP } from "../state";
import { read32, read64, ACC_UNPRIV } from "../memory";
import { faulted, pc } from "../exec";
import { loadZero, loadSigned, storeSized, signExtend, baseRegister } from "./access";

/** Write a loaded value to Rt (31 = XZR), truncated to 32 bits for a W destination. */
@inline function writeLoaded(toW: u32, Rt: u32, value: u64): void {
  writeX(Rt, toW ? value & 0xffffffff : value);
}

/** Register offset: Rm extended by option (UXTW 010, LSL 011, SXTW 110, SXTX 111), shifted
 *  by `shift`. Options x0x are unallocated and never reach here (table `where`). */
@inline function registerOffset(Rm: u32, option: u32, shift: u32): u64 {
  let m = readX(Rm);
  if (!(option & 1)) m = (option & 4) ? <u64><i64><i32><u32>m : m & 0xffffffff;
  return m << <u64>shift;
}

// ---- Load register (literal), C6.2 LDR (literal), LDRSW (literal), PRFM (literal) ----------

@inline export function LDR_lit(sf: u32, imm19: u32, Rt: u32): bool {
  const address = pc + (signExtend(imm19, 19) << 2);
  const value = sf ? read64(address, 0) : read32(address, 0);
  if (faulted) return true;
  writeX(Rt, value);
  return true;
}

@inline export function LDRSW_lit(imm19: u32, Rt: u32): bool {
  const value = loadSigned(2, pc + (signExtend(imm19, 19) << 2), 0);
  if (faulted) return true;
  writeX(Rt, value);
  return true;
}

/** Prefetch hints have no architectural effect and never fault. */
@inline export function PRFM_lit(imm19: u32, Rt: u32): bool {
  return true;
}

// ---- Unsigned offset: address = Xn|SP + (imm12 << size) -------------------------------------

@inline export function STR_uoff(size: u32, imm12: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  storeSized(size, base + (<u64>imm12 << <u64>size), readX(Rt), 0);
  return true;
}

@inline export function LDR_uoff(size: u32, imm12: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadZero(size, base + (<u64>imm12 << <u64>size), 0);
  if (faulted) return true;
  writeX(Rt, value);
  return true;
}

@inline export function LDRS_BH_uoff(size: u32, opc0: u32, imm12: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadSigned(size, base + (<u64>imm12 << <u64>size), 0);
  if (faulted) return true;
  writeLoaded(opc0, Rt, value);
  return true;
}

@inline export function LDRSW_uoff(imm12: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadSigned(2, base + (<u64>imm12 << 2), 0);
  if (faulted) return true;
  writeX(Rt, value);
  return true;
}

@inline export function PRFM_uoff(imm12: u32, Rn: u32, Rt: u32): bool {
  return true;
}

// ---- Unscaled immediate (LDUR/STUR): address = Xn|SP + SignExtend(imm9) ----------------------

@inline export function STUR(size: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  storeSized(size, base + signExtend(imm9, 9), readX(Rt), 0);
  return true;
}

@inline export function LDUR(size: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadZero(size, base + signExtend(imm9, 9), 0);
  if (faulted) return true;
  writeX(Rt, value);
  return true;
}

@inline export function LDURS_BH(size: u32, opc0: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadSigned(size, base + signExtend(imm9, 9), 0);
  if (faulted) return true;
  writeLoaded(opc0, Rt, value);
  return true;
}

@inline export function LDURSW(imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadSigned(2, base + signExtend(imm9, 9), 0);
  if (faulted) return true;
  writeX(Rt, value);
  return true;
}

@inline export function PRFUM(imm9: u32, Rn: u32, Rt: u32): bool {
  return true;
}

// ---- Unprivileged (LDTR/STTR): as unscaled, with EL0 permissions when executed at EL1 ------

@inline export function STTR(size: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  storeSized(size, base + signExtend(imm9, 9), readX(Rt), ACC_UNPRIV);
  return true;
}

@inline export function LDTR(size: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadZero(size, base + signExtend(imm9, 9), ACC_UNPRIV);
  if (faulted) return true;
  writeX(Rt, value);
  return true;
}

@inline export function LDTRS_BH(size: u32, opc0: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadSigned(size, base + signExtend(imm9, 9), ACC_UNPRIV);
  if (faulted) return true;
  writeLoaded(opc0, Rt, value);
  return true;
}

@inline export function LDTRSW(imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadSigned(2, base + signExtend(imm9, 9), ACC_UNPRIV);
  if (faulted) return true;
  writeX(Rt, value);
  return true;
}

// ---- Immediate post-indexed: access at Xn|SP, then Xn|SP += SignExtend(imm9) -----------------

@inline export function STR_post(size: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  storeSized(size, base, readX(Rt), 0);
  if (faulted) return true;
  writeXSP(Rn, base + signExtend(imm9, 9));
  return true;
}

@inline export function LDR_post(size: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadZero(size, base, 0);
  if (faulted) return true;
  writeX(Rt, value);
  writeXSP(Rn, base + signExtend(imm9, 9));
  return true;
}

@inline export function LDRS_BH_post(size: u32, opc0: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadSigned(size, base, 0);
  if (faulted) return true;
  writeLoaded(opc0, Rt, value);
  writeXSP(Rn, base + signExtend(imm9, 9));
  return true;
}

@inline export function LDRSW_post(imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadSigned(2, base, 0);
  if (faulted) return true;
  writeX(Rt, value);
  writeXSP(Rn, base + signExtend(imm9, 9));
  return true;
}

// ---- Immediate pre-indexed: Xn|SP += SignExtend(imm9), access at the new address -------------

@inline export function STR_pre(size: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const address = base + signExtend(imm9, 9);
  storeSized(size, address, readX(Rt), 0);
  if (faulted) return true;
  writeXSP(Rn, address);
  return true;
}

@inline export function LDR_pre(size: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const address = base + signExtend(imm9, 9);
  const value = loadZero(size, address, 0);
  if (faulted) return true;
  writeX(Rt, value);
  writeXSP(Rn, address);
  return true;
}

@inline export function LDRS_BH_pre(size: u32, opc0: u32, imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const address = base + signExtend(imm9, 9);
  const value = loadSigned(size, address, 0);
  if (faulted) return true;
  writeLoaded(opc0, Rt, value);
  writeXSP(Rn, address);
  return true;
}

@inline export function LDRSW_pre(imm9: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const address = base + signExtend(imm9, 9);
  const value = loadSigned(2, address, 0);
  if (faulted) return true;
  writeX(Rt, value);
  writeXSP(Rn, address);
  return true;
}

// ---- Register offset: address = Xn|SP + Extend(Rm, option) << (S ? size : 0) -----------------

@inline export function STR_reg(size: u32, Rm: u32, option: u32, S: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  storeSized(size, base + registerOffset(Rm, option, S ? size : 0), readX(Rt), 0);
  return true;
}

@inline export function LDR_reg(size: u32, Rm: u32, option: u32, S: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadZero(size, base + registerOffset(Rm, option, S ? size : 0), 0);
  if (faulted) return true;
  writeX(Rt, value);
  return true;
}

@inline export function LDRS_BH_reg(size: u32, opc0: u32, Rm: u32, option: u32, S: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadSigned(size, base + registerOffset(Rm, option, S ? size : 0), 0);
  if (faulted) return true;
  writeLoaded(opc0, Rt, value);
  return true;
}

@inline export function LDRSW_reg(Rm: u32, option: u32, S: u32, Rn: u32, Rt: u32): bool {
  const base = baseRegister(Rn);
  if (faulted) return true;
  const value = loadSigned(2, base + registerOffset(Rm, option, S ? 2 : 0), 0);
  if (faulted) return true;
  writeX(Rt, value);
  return true;
}

@inline export function PRFM_reg(Rm: u32, option: u32, S: u32, Rn: u32, Rt: u32): bool {
  return true;
}

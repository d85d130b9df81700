// Per-CPU architectural state, stored in shared memory at `cpu` (one block per vCPU,
// see layout.ts). Offsets are relative to the CPU's block. Hosts read the same
// offsets through cpu-state-offsets in src/emulator/cpu-state.ts.
import { CPU_STATE_BASE, CPU_STATE_STRIDE } from "./layout";

/** X0..X30 at 8*n; slot 31 holds the stack pointer currently selected (SP_EL0 or SP_ELx). */
export const OFF_X: u32 = 0x000;
/** PC of the next instruction to execute (valid while the run loop is not executing). */
export const OFF_PC: u32 = 0x100;
/** PSTATE.{N,Z,C,V} in bits 31:28, the NZCV register layout. */
export const OFF_NZCV: u32 = 0x108;
/** PSTATE.{D,A,I,F} in bits 9:6, the DAIF register layout. */
export const OFF_DAIF: u32 = 0x10c;
/** PSTATE.EL (0..3). */
export const OFF_EL: u32 = 0x110;
/** PSTATE.SP (0: SP_EL0, 1: SP_ELx). */
export const OFF_SPSEL: u32 = 0x114;
/** PSTATE.SS, IL and other rarely used bits kept in SPSR layout (D1.6.4). */
export const OFF_PSTATE_MISC: u32 = 0x118;
/** Non-zero while the CPU is powered off (PSCI CPU_OFF / not yet started). */
export const OFF_POWERED_OFF: u32 = 0x11c;
/** Banked stack pointers SP_EL0..SP_EL3 (the live one is in X slot 31). */
export const OFF_SP_EL0: u32 = 0x120;
/** Instructions retired on this CPU (u64). */
export const OFF_ICOUNT: u32 = 0x140;
/** Local exclusive monitor (B2.9), kept as QEMU keeps it: the u64 address and the value(s)
 *  the last load-exclusive read (see isa/loads-stores-exclusive.ts); u32 valid flag, cleared
 *  by CLREX, ERET and every store-exclusive. */
export const OFF_EXCL_ADDR: u32 = 0x150;
export const OFF_EXCL_VALID: u32 = 0x15c;
/** Set by SEV / exception return / interrupts, consumed by WFE (D1.16.2 event register). */
export const OFF_EVENT_REGISTER: u32 = 0x160;
/** Interrupt inputs driven by the interrupt controller: bit 0 IRQ, bit 1 FIQ (level). */
export const OFF_IRQ_LINES: u32 = 0x164;
/** Exclusive monitor, continued. u64: the value the load-exclusive read (LDXP: the first
 *  doubleword, or both words as one doubleword). */
export const OFF_EXCL_VALUE: u32 = 0x168;
/** u64: LDXP of doublewords: the second doubleword. */
export const OFF_EXCL_HIGH: u32 = 0x170;
/** V0..V31, 16 bytes each (little-endian lane order). */
export const OFF_V: u32 = 0x200;
export const OFF_FPCR: u32 = 0x400;
export const OFF_FPSR: u32 = 0x404;
/** System register storage, 8 bytes per register, indexed by the ids in generated/sysregs.ts. */
export const OFF_SYSREGS: u32 = 0x800;
export const SYSREG_SLOTS: u32 = 0x300;

/** Base address of the running CPU's state block. */
export let cpu: usize = <usize>CPU_STATE_BASE;

export function selectCpu(index: u32): void {
  cpu = <usize>CPU_STATE_BASE + <usize>index * <usize>CPU_STATE_STRIDE;
}

// ---- General purpose registers ----------------------------------------------------------

/** Read Xn where register 31 is the zero register. */
@inline export function readX(n: u32): u64 {
  return n == 31 ? 0 : load<u64>(cpu + (<usize>n << 3));
}
/** Read Wn (zero-extended) where register 31 is WZR. */
@inline export function readW(n: u32): u64 {
  return n == 31 ? 0 : <u64>load<u32>(cpu + (<usize>n << 3));
}
/** Read Xn where register 31 is the current stack pointer. */
@inline export function readXSP(n: u32): u64 {
  return load<u64>(cpu + (<usize>n << 3));
}
/** Write Xn; writes to register 31 (XZR) are discarded. */
@inline export function writeX(n: u32, value: u64): void {
  if (n != 31) store<u64>(cpu + (<usize>n << 3), value);
}
/** Write Wn, zero-extending into Xn; writes to WZR are discarded. */
@inline export function writeW(n: u32, value: u64): void {
  if (n != 31) store<u64>(cpu + (<usize>n << 3), value & 0xffffffff);
}
/** Write Xn where register 31 is the current stack pointer. */
@inline export function writeXSP(n: u32, value: u64): void {
  store<u64>(cpu + (<usize>n << 3), value);
}
/** Read a register of width 64 (sf=1) or 32 (sf=0, zero-extended); 31 = zero register. */
@inline export function readReg(sf: u32, n: u32): u64 {
  return sf ? readX(n) : readW(n);
}
/** Write a result of width 64 (sf=1) or 32 (sf=0, truncated and zero-extended); 31 = ZR. */
@inline export function writeReg(sf: u32, n: u32, value: u64): void {
  if (sf) writeX(n, value); else writeW(n, value);
}
@inline export function readRegSP(sf: u32, n: u32): u64 {
  const v = readXSP(n);
  return sf ? v : v & 0xffffffff;
}
@inline export function writeRegSP(sf: u32, n: u32, value: u64): void {
  writeXSP(n, sf ? value : value & 0xffffffff);
}

// ---- PSTATE --------------------------------------------------------------------------------

@inline export function getNZCV(): u32 { return load<u32>(cpu + OFF_NZCV); }
@inline export function setNZCV(nzcv: u32): void { store<u32>(cpu + OFF_NZCV, nzcv); }
@inline export function getDAIF(): u32 { return load<u32>(cpu + OFF_DAIF); }
@inline export function getEL(): u32 { return load<u32>(cpu + OFF_EL); }
@inline export function getSPSel(): u32 { return load<u32>(cpu + OFF_SPSEL); }

/** Bank the live stack pointer out of X slot 31 (call before changing EL or SPSel). */
export function saveLiveSP(): void {
  const el = getEL();
  const bank: u32 = getSPSel() ? el : 0;
  store<u64>(cpu + OFF_SP_EL0 + (<usize>bank << 3), load<u64>(cpu + (31 << 3)));
}
/** Bring the stack pointer selected by the current EL and SPSel into X slot 31. */
export function loadLiveSP(): void {
  const el = getEL();
  const bank: u32 = getSPSel() ? el : 0;
  store<u64>(cpu + (31 << 3), load<u64>(cpu + OFF_SP_EL0 + (<usize>bank << 3)));
}
/** Change PSTATE.EL and PSTATE.SP together, keeping the banked stack pointers right. */
export function setELAndSPSel(el: u32, spsel: u32): void {
  saveLiveSP();
  store<u32>(cpu + OFF_EL, el);
  store<u32>(cpu + OFF_SPSEL, spsel);
  loadLiveSP();
}
/** Read SP_ELn as a banked register (MRS SP_EL0 etc.), honouring the live copy. */
export function readBankedSP(el: u32): u64 {
  const live: u32 = getSPSel() ? getEL() : 0;
  if (live == el) return load<u64>(cpu + (31 << 3));
  return load<u64>(cpu + OFF_SP_EL0 + (<usize>el << 3));
}
export function writeBankedSP(el: u32, value: u64): void {
  const live: u32 = getSPSel() ? getEL() : 0;
  if (live == el) store<u64>(cpu + (31 << 3), value);
  else store<u64>(cpu + OFF_SP_EL0 + (<usize>el << 3), value);
}

// ---- System register storage ------------------------------------------------------------------

@inline export function sysreg(id: u32): u64 { return load<u64>(cpu + OFF_SYSREGS + (<usize>id << 3)); }
@inline export function setSysreg(id: u32, value: u64): void { store<u64>(cpu + OFF_SYSREGS + (<usize>id << 3), value); }

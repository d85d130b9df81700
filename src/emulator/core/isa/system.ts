// Semantics of the system instructions (C5.1, C6.2): hints, barriers, MSR (immediate),
// MRS/MSR (register) and the SYS aliases DC, IC, AT and TLBI.
import { CPU_STATE_BASE, CPU_STATE_STRIDE } from "../layout";
import { cpu, OFF_DAIF, OFF_EVENT_REGISTER, OFF_EXCL_VALID, getEL, getDAIF, readX, sysreg, setELAndSPSel } from "../state";
import { SR_SCTLR_EL1 } from "../generated/sysregs";
import { takeSyncException, EC_WFX } from "../exceptions";
import { requestEventCheck } from "../exec";
import { moveFromSysreg, moveToSysreg, trapSystemAccess, SCTLR_UMA, SCTLR_DZE, SCTLR_UCI, SCTLR_nTWI } from "../sysregs";
import { interruptPending, waitForInterrupt } from "../idle";
import { psciCpuCount } from "../psci";
import { zeroDataCacheBlock } from "../dc-zva";
import { addressTranslate } from "../at";
import { tlbiAll, tlbiVa, tlbiAsid } from "../tlbi";

/** ESR ISS of a trapped WFI: CV=1, COND=0b1110, TI=0 (D17.2.37), as QEMU reports it. */
const WFI_TRAP_ISS: u32 = 0x1e00000;

@inline function sctlr(): u64 { return sysreg(SR_SCTLR_EL1); }

// ---- Hints (C6.2.107) ---------------------------------------------------------------------

export function NOP(): bool { return true; }

/** YIELD: a hint for multithreading; nothing to do in an interpreter. */
export function YIELD(): bool { return true; }

/** Unallocated hints, and hints of features this PE lacks (PAC, BTI, ESB, CSDB...), are NOPs. */
export function HINT(CRm: u32, op2: u32): bool { return true; }

/** WFE (D1.16.2): a set event register is consumed. Otherwise the PE may wait for an event or
 *  interrupt, but like QEMU 7.2 WFE only yields: it completes at once (nothing here generates
 *  the events that would end a wait, e.g. the timer event stream that Linux's udelay() relies
 *  on). Like QEMU 7.2, SCTLR_EL1.nTWE never traps it. */
export function WFE(): bool {
  const event = cpu + OFF_EVENT_REGISTER;
  if (load<u32>(event) != 0) store<u32>(event, 0);
  return true;
}

/** WFI: completes at once if an interrupt is pending (masked or not); otherwise traps from
 *  EL0 when SCTLR_EL1.nTWI is 0 (EC 0x01), or waits. */
export function WFI(): bool {
  if (interruptPending()) return true;
  if (getEL() == 0 && (sctlr() & SCTLR_nTWI) == 0) {
    takeSyncException(EC_WFX, WFI_TRAP_ISS);
    return true;
  }
  waitForInterrupt();
  return true;
}

/** SEV: send an event to every PE (sets each event register). */
export function SEV(): bool {
  for (let i: u32 = 0; i < psciCpuCount; i++) {
    store<u32>(<usize>CPU_STATE_BASE + <usize>i * <usize>CPU_STATE_STRIDE + OFF_EVENT_REGISTER, 1);
  }
  return true;
}

/** SEVL: set the local event register. */
export function SEVL(): bool {
  store<u32>(cpu + OFF_EVENT_REGISTER, 1);
  return true;
}

// ---- Barriers ----------------------------------------------------------------------------------

/** CLREX: clear the local exclusive monitor (B2.9). */
export function CLREX(CRm: u32): bool {
  store<u32>(cpu + OFF_EXCL_VALID, 0);
  return true;
}

// One PE executes one instruction at a time in program order, and instruction fetch reads
// memory directly: barriers have nothing to order or synchronize.
export function DSB(CRm: u32): bool { return true; }
export function DMB(CRm: u32): bool { return true; }
export function ISB(CRm: u32): bool { return true; }

// ---- MSR (immediate) (C5.1.3) ------------------------------------------------------------------

/** MSR SPSel, #imm: UNDEFINED at EL0; PSTATE.SP = CRm[0]. */
export function MSR_SPSEL_IMM(CRm: u32): bool {
  const el = getEL();
  if (el == 0) return false;
  setELAndSPSel(el, CRm & 1);
  return true;
}

/** MSR DAIFSet, #imm: PSTATE.{D,A,I,F} |= CRm; from EL0 only with SCTLR_EL1.UMA. */
export function MSR_DAIFSET(CRm: u32): bool {
  if (daifImmediateTrapped(6, CRm)) return true;
  store<u32>(cpu + OFF_DAIF, getDAIF() | (CRm << 6));
  return true;
}

/** MSR DAIFClr, #imm: PSTATE.{D,A,I,F} &= ~CRm; may unmask a pending interrupt. */
export function MSR_DAIFCLR(CRm: u32): bool {
  if (daifImmediateTrapped(7, CRm)) return true;
  store<u32>(cpu + OFF_DAIF, getDAIF() & ~(CRm << 6));
  requestEventCheck();
  return true;
}

/** EL0 access to DAIF without SCTLR_EL1.UMA traps with EC 0x18 and the ISS of the MSR
 *  (immediate) encoding: Op0 0, Op1 3, CRn 4, CRm = the immediate, Op2 6 or 7, Rt 31 (D17.2.37).
 *  (QEMU 7.2 swaps Op1 and Op2 here; no golden transcript records that case.) */
function daifImmediateTrapped(op2: u32, CRm: u32): bool {
  if (getEL() != 0 || (sctlr() & SCTLR_UMA) != 0) return false;
  trapSystemAccess(0, 3, 4, CRm, op2, 31, false);
  return true;
}

// ---- MRS / MSR (register) ------------------------------------------------------------------

export function MRS(o0: u32, op1: u32, CRn: u32, CRm: u32, op2: u32, Rt: u32): bool {
  return moveFromSysreg(2 | o0, op1, CRn, CRm, op2, Rt);
}

export function MSR_REG(o0: u32, op1: u32, CRn: u32, CRm: u32, op2: u32, Rt: u32): bool {
  return moveToSysreg(2 | o0, op1, CRn, CRm, op2, Rt);
}

// ---- Cache maintenance (C5.3, D7.4) ------------------------------------------------------------
// There are no caches to maintain. As in QEMU, maintenance by VA does not translate the
// address and so never faults; what remains is the EL0 access control.

/** EL0 use of DC CVAC/CVAU/CIVAC and IC IVAU needs SCTLR_EL1.UCI, else traps (EC 0x18). */
function cacheMaintenanceFromEL0Trapped(crm: u32, Rt: u32): bool {
  if (getEL() != 0 || (sctlr() & SCTLR_UCI) != 0) return false;
  trapSystemAccess(1, 3, 7, crm, 1, Rt, false);
  return true;
}

export function DC_CVAC(Rt: u32): bool {
  cacheMaintenanceFromEL0Trapped(10, Rt);
  return true;
}
export function DC_CVAU(Rt: u32): bool {
  cacheMaintenanceFromEL0Trapped(11, Rt);
  return true;
}
export function DC_CIVAC(Rt: u32): bool {
  cacheMaintenanceFromEL0Trapped(14, Rt);
  return true;
}
export function IC_IVAU(Rt: u32): bool {
  cacheMaintenanceFromEL0Trapped(5, Rt);
  return true;
}

// EL1-only maintenance: UNDEFINED at EL0.
export function DC_IVAC(Rt: u32): bool { return getEL() != 0; }
export function DC_ISW(Rt: u32): bool { return getEL() != 0; }
export function DC_CSW(Rt: u32): bool { return getEL() != 0; }
export function DC_CISW(Rt: u32): bool { return getEL() != 0; }
export function IC_IALLUIS(): bool { return getEL() != 0; }
export function IC_IALLU(): bool { return getEL() != 0; }

/** DC ZVA: zero the block containing Xt; from EL0 only with SCTLR_EL1.DZE, else traps. */
export function DC_ZVA(Rt: u32): bool {
  if (getEL() == 0 && (sctlr() & SCTLR_DZE) == 0) {
    trapSystemAccess(1, 3, 7, 4, 1, Rt, false);
    return true;
  }
  zeroDataCacheBlock(readX(Rt));
  return true;
}

// ---- Address translation (C5.5.1) ------------------------------------------------------------

export function AT_S1E1R(Rt: u32): bool {
  if (getEL() == 0) return false;
  addressTranslate(readX(Rt), 1, false);
  return true;
}
export function AT_S1E1W(Rt: u32): bool {
  if (getEL() == 0) return false;
  addressTranslate(readX(Rt), 1, true);
  return true;
}
export function AT_S1E0R(Rt: u32): bool {
  if (getEL() == 0) return false;
  addressTranslate(readX(Rt), 0, false);
  return true;
}
export function AT_S1E0W(Rt: u32): bool {
  if (getEL() == 0) return false;
  addressTranslate(readX(Rt), 0, true);
  return true;
}

// ---- TLB maintenance (C5.5.x TLBI) -----------------------------------------------------------
// The operand of the by-VA forms holds VA[55:12] in bits 43:0 and the ASID in bits 63:48.

/** VA[55:12] of a TLBI operand, sign-extended from bit 55 to a full address. */
@inline function tlbiAddress(operand: u64): u64 {
  return <u64>(<i64>(operand << 20) >> 8) & ~(<u64>0xfff);
}
@inline function tlbiAsidOf(operand: u64): u32 {
  return <u32>(operand >>> 48);
}

function tlbiByVa(Rt: u32, allAsids: bool, lastLevel: bool, broadcast: bool): bool {
  if (getEL() == 0) return false;
  const operand = readX(Rt);
  tlbiVa(tlbiAddress(operand), tlbiAsidOf(operand), allAsids, lastLevel, broadcast);
  return true;
}
function tlbiByAsid(Rt: u32, broadcast: bool): bool {
  if (getEL() == 0) return false;
  tlbiAsid(tlbiAsidOf(readX(Rt)), broadcast);
  return true;
}
function tlbiEverything(broadcast: bool): bool {
  if (getEL() == 0) return false;
  tlbiAll(broadcast);
  return true;
}

export function TLBI_VMALLE1IS(): bool { return tlbiEverything(true); }
export function TLBI_VMALLE1(): bool { return tlbiEverything(false); }
export function TLBI_ASIDE1IS(Rt: u32): bool { return tlbiByAsid(Rt, true); }
export function TLBI_ASIDE1(Rt: u32): bool { return tlbiByAsid(Rt, false); }
export function TLBI_VAE1IS(Rt: u32): bool { return tlbiByVa(Rt, false, false, true); }
export function TLBI_VAE1(Rt: u32): bool { return tlbiByVa(Rt, false, false, false); }
export function TLBI_VAAE1IS(Rt: u32): bool { return tlbiByVa(Rt, true, false, true); }
export function TLBI_VAAE1(Rt: u32): bool { return tlbiByVa(Rt, true, false, false); }
export function TLBI_VALE1IS(Rt: u32): bool { return tlbiByVa(Rt, false, true, true); }
export function TLBI_VALE1(Rt: u32): bool { return tlbiByVa(Rt, false, true, false); }
export function TLBI_VAALE1IS(Rt: u32): bool { return tlbiByVa(Rt, true, true, true); }
export function TLBI_VAALE1(Rt: u32): bool { return tlbiByVa(Rt, true, true, false); }

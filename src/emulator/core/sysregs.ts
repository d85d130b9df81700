// Behaviour of the system registers beyond plain storage (C5.2, D13): access checks and
// traps, computed values, write masks and side effects of MRS/MSR (register). The
// registers are declared in sysreg-table.ts; SR_* ids come from generated/sysregs.ts.
// Where QEMU (cortex-a57) and a strict reading of the Arm ARM differ on a register's
// stored bits, this follows QEMU, which the test transcripts come from.
import { cpu, OFF_DAIF, OFF_FPCR, OFF_FPSR, OFF_IRQ_LINES, getEL, getSPSel, getNZCV, setNZCV, getDAIF,
  readX, writeX, sysreg, setSysreg, readBankedSP, writeBankedSP, setELAndSPSel } from "./state";
import {
  sysregIdForKey, sysregMinEL, sysregAccess,
  SR_NZCV, SR_DAIF, SR_SPSel, SR_CurrentEL, SR_SP_EL0, SR_SP_EL1, SR_FPCR, SR_FPSR,
  SR_SCTLR_EL1, SR_CPACR_EL1, SR_TTBR0_EL1, SR_TTBR1_EL1, SR_TCR_EL1, SR_VBAR_EL1, SR_ISR_EL1,
  SR_CTR_EL0, SR_DCZID_EL0, SR_CCSIDR_EL1, SR_CCSIDR_SEL0, SR_CCSIDR_SEL1, SR_CCSIDR_SEL2, SR_CSSELR_EL1,
  SR_TPIDRRO_EL0, SR_ACTLR_EL1, SR_AMAIR_EL1, SR_AFSR0_EL1, SR_AFSR1_EL1,
  SR_CNTKCTL_EL1, SR_CNTFRQ_EL0, SR_CNTP_CTL_EL0, SR_CNTP_CVAL_EL0, SR_CNTV_CTL_EL0, SR_CNTV_CVAL_EL0,
  SR_CNTPCT_EL0, SR_CNTVCT_EL0, SR_CNTP_TVAL_EL0, SR_CNTV_TVAL_EL0,
  SR_MDCCINT_EL1, SR_OSLAR_EL1, SR_OSLSR_EL1, SR_OSDLR_EL1,
  SR_DBGBCR0_EL1, SR_DBGBCR1_EL1, SR_DBGBCR2_EL1, SR_DBGBCR3_EL1, SR_DBGBCR4_EL1, SR_DBGBCR5_EL1,
  SR_DBGWVR0_EL1, SR_DBGWVR1_EL1, SR_DBGWVR2_EL1, SR_DBGWVR3_EL1,
  SR_L2CTLR_EL1, SR_L2ECTLR_EL1, SR_L2ACTLR_EL1, SR_CPUACTLR_EL1, SR_CPUECTLR_EL1, SR_CPUMERRSR_EL1,
  SR_L2MERRSR_EL1, SR_ID_AA64PFR0_EL1,
} from "./generated/sysregs";
import { takeSyncException, EC_SYSREG, EC_FP_ACCESS } from "./exceptions";
import { requestEventCheck } from "./exec";
import { tlbFlushAll } from "./memory";
import { tcrWritten, ttbrWritten } from "./tlbi";
import { psciCpuCount } from "./psci";
import { isTimerRegister, timerRead, timerWrite } from "./timer";
import { gicSystemRegistersEnabled } from "./gic";
import { isGicCpuifRegister, gicCpuifRead, gicCpuifWrite } from "./gic-v3-cpuif";

/** ID_AA64PFR0_EL1.GIC (bits 27:24) = 1: GICv3 CPU interface system registers implemented. */
const PFR0_GIC_SYSREGS: u64 = 1 << 24;

// SCTLR_EL1 fields (D13.2.113)
export const SCTLR_M: u64 = 1 << 0;
export const SCTLR_SA: u64 = 1 << 3;
export const SCTLR_SA0: u64 = 1 << 4;
export const SCTLR_UMA: u64 = 1 << 9;
export const SCTLR_DZE: u64 = 1 << 14;
export const SCTLR_UCT: u64 = 1 << 15;
export const SCTLR_nTWI: u64 = 1 << 16;
export const SCTLR_nTWE: u64 = 1 << 18;
export const SCTLR_UCI: u64 = 1 << 26;
/** ITFSB, TCF0, TCF, ATA0, ATA (FEAT_MTE, bits 43:37): not implemented, dropped on write as QEMU does. */
const SCTLR_MTE_BITS: u64 = 0x7f << 37;

/** FPCR bits QEMU keeps without FEAT_FP16 and FP exception trapping: AHP DN FZ RMode Stride Len. */
const FPCR_MASK: u32 = 0x07f70000;
/** FPSR: N Z C V QC, IDC and the cumulative exception flags. */
const FPSR_MASK: u32 = 0xf800009f;

/** ESR ISS of an FP/AdvSIMD access trap: CV=1, COND=0b1110, as QEMU reports it (D17.2.37). */
const FP_TRAP_ISS: u32 = 0x1e00000;

// Result of an access check.
const ACCESS_OK: u32 = 0;
const ACCESS_UNDEFINED: u32 = 1;
/** Trapped to EL1 as EC 0x18 (MSR, MRS or System instruction). */
const ACCESS_TRAP: u32 = 2;
/** Trapped to EL1 as EC 0x07 (CPACR_EL1.FPEN). */
const ACCESS_FP_TRAP: u32 = 3;

/** The 16-bit key op0:op1:CRn:CRm:op2 used by sysreg-table.ts. */
@inline function sysregKey(op0: u32, op1: u32, crn: u32, crm: u32, op2: u32): u32 {
  return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

/** Take the EC 0x18 trap for an MSR/MRS (op0 2, 3) or SYS (op0 1) instruction; the ISS
 *  holds the encoding, Rt and the direction (1 = read), D17.2.37. */
export function trapSystemAccess(op0: u32, op1: u32, crn: u32, crm: u32, op2: u32, rt: u32, isRead: bool): void {
  const iss = (op0 << 20) | (op2 << 17) | (op1 << 14) | (crn << 10) | (rt << 5) | (crm << 1) | (isRead ? 1 : 0);
  takeSyncException(EC_SYSREG, iss);
}

// ---- FP/AdvSIMD access control (CPACR_EL1.FPEN, D13.2.30) ----------------------------------

/** Whether CPACR_EL1.FPEN traps FP/AdvSIMD at the current EL: 0b00/0b10 trap EL0 and EL1,
 *  0b01 traps EL0 only, 0b11 traps nothing. */
export function fpAccessTrapped(): bool {
  const fpen = <u32>(sysreg(SR_CPACR_EL1) >> 20) & 3;
  if (fpen == 3) return false;
  if (fpen == 1) return getEL() == 0;
  return true;
}

/** For FP/AdvSIMD instructions, after decode: true if they may execute; otherwise the
 *  EC 0x07 trap has been taken (the caller returns at once). Inlined into every FP/AdvSIMD
 *  semantic function: FPEN = 0b11 (nothing trapped, what kernels set) is one load and compare. */
@inline export function checkFpAccess(): bool {
  if ((<u32>(sysreg(SR_CPACR_EL1) >> 20) & 3) == 3) return true;
  return checkFpAccessByEL();
}

/** checkFpAccess() when FPEN is not 0b11: the trap depends on the EL. */
function checkFpAccessByEL(): bool {
  if (!fpAccessTrapped()) return true;
  takeSyncException(EC_FP_ACCESS, FP_TRAP_ISS);
  return false;
}

// ---- MRS / MSR (register) ---------------------------------------------------------------------

/** The reserved ID register space op0=3, op1=0, CRn=0, CRm=1..7 reads as zero from EL1
 *  (this covers the AArch32 ID registers, AArch32 not being implemented). */
@inline function isReservedIdSpace(op0: u32, op1: u32, crn: u32, crm: u32): bool {
  return op0 == 3 && op1 == 0 && crn == 0 && crm >= 1 && crm <= 7;
}

/** MRS Xt, <reg>: false if UNDEFINED. */
export function moveFromSysreg(op0: u32, op1: u32, crn: u32, crm: u32, op2: u32, rt: u32): bool {
  const id = sysregIdForKey(sysregKey(op0, op1, crn, crm, op2));
  if (id == 0) {
    if (!isReservedIdSpace(op0, op1, crn, crm) || getEL() == 0) return false;
    writeX(rt, 0);
    return true;
  }
  const access = checkAccess(id, true);
  if (access == ACCESS_UNDEFINED) return false;
  if (access != ACCESS_OK) {
    raiseAccessTrap(access, op0, op1, crn, crm, op2, rt, true);
    return true;
  }
  // QEMU implements MDCCINT_EL1 as a no-op: writes are ignored and reads leave Xt unchanged.
  if (id == SR_MDCCINT_EL1) return true;
  writeX(rt, readSysreg(id));
  return true;
}

/** MSR <reg>, Xt: false if UNDEFINED. */
export function moveToSysreg(op0: u32, op1: u32, crn: u32, crm: u32, op2: u32, rt: u32): bool {
  const id = sysregIdForKey(sysregKey(op0, op1, crn, crm, op2));
  if (id == 0) return false;
  const access = checkAccess(id, false);
  if (access == ACCESS_UNDEFINED) return false;
  if (access != ACCESS_OK) {
    raiseAccessTrap(access, op0, op1, crn, crm, op2, rt, false);
    return true;
  }
  writeSysreg(id, readX(rt));
  return true;
}

function raiseAccessTrap(access: u32, op0: u32, op1: u32, crn: u32, crm: u32, op2: u32, rt: u32, isRead: bool): void {
  if (access == ACCESS_FP_TRAP) takeSyncException(EC_FP_ACCESS, FP_TRAP_ISS);
  else trapSystemAccess(op0, op1, crn, crm, op2, rt, isRead);
}

/** Access check for register `id` at the current EL: the table's minimum EL and direction,
 *  then the per-register controls (D1.13.2 "Configurable instruction enables and traps"). */
function checkAccess(id: u32, isRead: bool): u32 {
  const el = getEL();
  if (el < sysregMinEL(id)) return ACCESS_UNDEFINED;
  if ((sysregAccess(id) & (isRead ? 1 : 2)) == 0) return ACCESS_UNDEFINED;
  // The ICC_* registers exist only with a GICv3 (no EL2/EL3 controls can trap them).
  if (isGicCpuifRegister(id)) return gicSystemRegistersEnabled() ? ACCESS_OK : ACCESS_UNDEFINED;
  switch (id) {
    // SP_EL0 is accessible by name only while SP_ELx is selected (C5.2.16).
    case SR_SP_EL0: return getSPSel() ? ACCESS_OK : ACCESS_UNDEFINED;
    case SR_FPCR:
    case SR_FPSR: return fpAccessTrapped() ? ACCESS_FP_TRAP : ACCESS_OK;
  }
  if (el != 0) return ACCESS_OK;
  const sctlr = sysreg(SR_SCTLR_EL1);
  switch (id) {
    case SR_TPIDRRO_EL0: return isRead ? ACCESS_OK : ACCESS_UNDEFINED;
    case SR_CTR_EL0: return (sctlr & SCTLR_UCT) ? ACCESS_OK : ACCESS_TRAP;
    case SR_DAIF: return (sctlr & SCTLR_UMA) ? ACCESS_OK : ACCESS_TRAP;
    case SR_CNTFRQ_EL0:
    case SR_CNTPCT_EL0:
    case SR_CNTVCT_EL0:
    case SR_CNTP_TVAL_EL0:
    case SR_CNTP_CTL_EL0:
    case SR_CNTP_CVAL_EL0:
    case SR_CNTV_TVAL_EL0:
    case SR_CNTV_CTL_EL0:
    case SR_CNTV_CVAL_EL0: return timerAccessFromEL0(id, isRead);
  }
  return ACCESS_OK;
}

/** EL0 access to the generic timer registers, controlled by CNTKCTL_EL1 (D11.8):
 *  EL0PCTEN (bit 0) / EL0VCTEN (bit 1) for the counters and CNTFRQ_EL0, EL0VTEN (bit 8)
 *  for CNTV_*, EL0PTEN (bit 9) for CNTP_*. CNTFRQ_EL0 is read-only at EL0. */
function timerAccessFromEL0(id: u32, isRead: bool): u32 {
  const kctl = sysreg(SR_CNTKCTL_EL1);
  switch (id) {
    case SR_CNTFRQ_EL0:
      if (!isRead) return ACCESS_UNDEFINED;
      return (kctl & 3) ? ACCESS_OK : ACCESS_TRAP;
    case SR_CNTPCT_EL0: return (kctl & 1) ? ACCESS_OK : ACCESS_TRAP;
    case SR_CNTVCT_EL0: return (kctl & 2) ? ACCESS_OK : ACCESS_TRAP;
    case SR_CNTV_TVAL_EL0:
    case SR_CNTV_CTL_EL0:
    case SR_CNTV_CVAL_EL0: return (kctl & (1 << 8)) ? ACCESS_OK : ACCESS_TRAP;
    default: return (kctl & (1 << 9)) ? ACCESS_OK : ACCESS_TRAP;
  }
}

/** Value of register `id` as MRS returns it. */
export function readSysreg(id: u32): u64 {
  if (isTimerRegister(id)) return timerRead(id);
  if (isGicCpuifRegister(id)) return gicCpuifRead(id);
  switch (id) {
    case SR_NZCV: return <u64>getNZCV();
    case SR_DAIF: return <u64>getDAIF();
    case SR_SPSel: return <u64>getSPSel();
    case SR_CurrentEL: return <u64>(getEL() << 2);
    case SR_SP_EL0: return readBankedSP(0);
    case SR_SP_EL1: return readBankedSP(1);
    case SR_FPCR: return <u64>load<u32>(cpu + OFF_FPCR);
    case SR_FPSR: return <u64>load<u32>(cpu + OFF_FPSR);
    case SR_CCSIDR_EL1: return cacheSizeId();
    case SR_DCZID_EL0: return zeroBlockId();
    case SR_ISR_EL1: return interruptStatus();
    // QEMU reports the GIC system registers when the CPU is connected to a GICv3.
    case SR_ID_AA64PFR0_EL1: return gicSystemRegistersEnabled() ? sysreg(id) | PFR0_GIC_SYSREGS : sysreg(id);
    // L2CTLR_EL1.NumCores (bits 25:24) = cores - 1, as QEMU computes it.
    case SR_L2CTLR_EL1: return <u64>(psciCpuCount - 1) << 24;
  }
  return sysreg(id);
}

/** CCSIDR_EL1 of the cache CSSELR_EL1 selects: the model's values for selectors 0..2
 *  (L1 data, L1 instruction, L2), zero for caches that do not exist. */
function cacheSizeId(): u64 {
  switch (<u32>sysreg(SR_CSSELR_EL1)) {
    case 0: return sysreg(SR_CCSIDR_SEL0);
    case 1: return sysreg(SR_CCSIDR_SEL1);
    case 2: return sysreg(SR_CCSIDR_SEL2);
    default: return 0;
  }
}

/** DCZID_EL0 with DZP (bit 4) set when DC ZVA is prohibited: at EL0 with SCTLR_EL1.DZE clear. */
function zeroBlockId(): u64 {
  const value = sysreg(SR_DCZID_EL0);
  if (getEL() == 0 && (sysreg(SR_SCTLR_EL1) & SCTLR_DZE) == 0) return value | (1 << 4);
  return value;
}

/** ISR_EL1: I (bit 7) and F (bit 6) follow the interrupt lines, whatever PSTATE masks. */
function interruptStatus(): u64 {
  const lines = load<u32>(cpu + OFF_IRQ_LINES);
  return <u64>(((lines & 1) << 7) | ((lines & 2) << 5));
}

/** MSR: store `value` into register `id` with its write mask and side effects. */
export function writeSysreg(id: u32, value: u64): void {
  if (isTimerRegister(id)) {
    timerWrite(id, value);
    return;
  }
  if (isGicCpuifRegister(id)) {
    gicCpuifWrite(id, value);
    return;
  }
  switch (id) {
    case SR_NZCV: setNZCV(<u32>value & 0xf0000000); return;
    case SR_DAIF:
      store<u32>(cpu + OFF_DAIF, <u32>value & 0x3c0);
      requestEventCheck();
      return;
    case SR_SPSel: setELAndSPSel(getEL(), <u32>value & 1); return;
    case SR_SP_EL0: writeBankedSP(0, value); return;
    case SR_SP_EL1: writeBankedSP(1, value); return;
    case SR_FPCR: store<u32>(cpu + OFF_FPCR, <u32>value & FPCR_MASK); return;
    case SR_FPSR: store<u32>(cpu + OFF_FPSR, <u32>value & FPSR_MASK); return;
    case SR_SCTLR_EL1:
      value &= ~SCTLR_MTE_BITS;
      if (value == sysreg(id)) return;
      setSysreg(id, value);
      tlbFlushAll();
      return;
    // Translation controls: cached translations may no longer be valid (TCR_EL1), or
    // the ASID in use may have changed (TTBRs).
    case SR_TCR_EL1:
      setSysreg(id, value);
      tcrWritten();
      return;
    case SR_TTBR0_EL1:
    case SR_TTBR1_EL1:
      setSysreg(id, value);
      ttbrWritten();
      return;
    // VBAR_EL1: QEMU keeps bits [63:5] (the Arm ARM makes [10:0] RES0).
    case SR_VBAR_EL1: value &= ~(<u64>0x1f); break;
    case SR_CSSELR_EL1: value &= 0xf; break;
    // OSLAR_EL1.OSLK (bit 0) sets or clears the OS lock, seen in OSLSR_EL1.OSLK (bit 1).
    case SR_OSLAR_EL1:
      setSysreg(SR_OSLSR_EL1, (sysreg(SR_OSLSR_EL1) & ~(<u64>2)) | ((value & 1) << 1));
      return;
    case SR_OSDLR_EL1: value &= 1; break;
    // DBGBCR<n>_EL1: BAS[3] reads as BAS[2] and BAS[1] as BAS[0] for A64 breakpoints.
    case SR_DBGBCR0_EL1:
    case SR_DBGBCR1_EL1:
    case SR_DBGBCR2_EL1:
    case SR_DBGBCR3_EL1:
    case SR_DBGBCR4_EL1:
    case SR_DBGBCR5_EL1:
      value = (value & ~(<u64>0x140)) | ((value & 0x20) << 1) | ((value & 0x80) << 1);
      break;
    // DBGWVR<n>_EL1: bits [1:0] are RES0.
    case SR_DBGWVR0_EL1:
    case SR_DBGWVR1_EL1:
    case SR_DBGWVR2_EL1:
    case SR_DBGWVR3_EL1: value &= ~(<u64>3); break;
    // RAZ/WI on QEMU's cortex-a57.
    case SR_ACTLR_EL1:
    case SR_AMAIR_EL1:
    case SR_AFSR0_EL1:
    case SR_AFSR1_EL1:
    case SR_MDCCINT_EL1:
    case SR_L2CTLR_EL1:
    case SR_L2ECTLR_EL1:
    case SR_L2ACTLR_EL1:
    case SR_CPUACTLR_EL1:
    case SR_CPUECTLR_EL1:
    case SR_CPUMERRSR_EL1:
    case SR_L2MERRSR_EL1: return;
  }
  setSysreg(id, value);
}

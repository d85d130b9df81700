// Exception entry and return for AArch64 (D1.10, D1.11).
import { cpu, OFF_NZCV, OFF_DAIF, OFF_EL, OFF_SPSEL, OFF_PSTATE_MISC, OFF_EXCL_VALID, OFF_EVENT_REGISTER,
  getEL, getSPSel, setELAndSPSel, sysreg, setSysreg } from "./state";
import { SR_ELR_EL1, SR_SPSR_EL1, SR_ESR_EL1, SR_FAR_EL1, SR_VBAR_EL1, SR_MDSCR_EL1, SR_OSLSR_EL1,
  SR_OSDLR_EL1 } from "./generated/sysregs";
import { pc, faulted, setNextPc, markFaulted, requestEventCheck } from "./exec";
import { refreshTranslationRegime, fetchInstruction } from "./memory";
import { branchAddress } from "./isa/branches";

// Exception classes (ESR_ELx.EC, D17.2.37)
export const EC_UNKNOWN: u32 = 0x00;
export const EC_WFX: u32 = 0x01;
export const EC_FP_ACCESS: u32 = 0x07;
export const EC_ILLEGAL_STATE: u32 = 0x0e;
export const EC_SVC64: u32 = 0x15;
export const EC_HVC64: u32 = 0x16;
export const EC_SMC64: u32 = 0x17;
export const EC_SYSREG: u32 = 0x18;
export const EC_INSN_ABORT_LOWER: u32 = 0x20;
export const EC_INSN_ABORT_SAME: u32 = 0x21;
export const EC_PC_ALIGN: u32 = 0x22;
export const EC_DATA_ABORT_LOWER: u32 = 0x24;
export const EC_DATA_ABORT_SAME: u32 = 0x25;
export const EC_SP_ALIGN: u32 = 0x26;
export const EC_SERROR: u32 = 0x2f;
export const EC_BRK64: u32 = 0x3c;

// Vector offsets from VBAR_ELx (D1.10.2)
export const VECTOR_SYNC: u32 = 0x000;
export const VECTOR_IRQ: u32 = 0x080;
export const VECTOR_FIQ: u32 = 0x100;
export const VECTOR_SERROR: u32 = 0x180;

/** PSTATE in SPSR_ELx layout (C5.2.18): NZCV, SS, IL, DAIF, M[4:0] for AArch64. */
export function packPSTATE(): u64 {
  const nzcv = load<u32>(cpu + OFF_NZCV);
  const daif = load<u32>(cpu + OFF_DAIF);
  const misc = load<u32>(cpu + OFF_PSTATE_MISC);
  const mode = (getEL() << 2) | getSPSel();
  return <u64>(nzcv | misc | daif | mode);
}

/** Take an exception of `vectorOffset` kind to EL1 (the only target until EL2 exists),
 *  with ESR = ec:il:iss, preferred return address `returnAddress`. FAR is written only
 *  when `setFar` (aborts, PC/watchpoint faults); elsewhere it keeps its value (UNKNOWN). */
export function takeException(vectorOffset: u32, ec: u32, iss: u32, il: u32, returnAddress: u64, setFar: bool, far: u64): void {
  const fromEL = getEL();
  const targetEL: u32 = 1;
  setSysreg(SR_SPSR_EL1, packPSTATE());
  setSysreg(SR_ELR_EL1, returnAddress);
  if (vectorOffset == VECTOR_SYNC || vectorOffset == VECTOR_SERROR) {
    setSysreg(SR_ESR_EL1, (<u64>ec << 26) | (<u64>(il & 1) << 25) | <u64>(iss & 0x1ffffff));
  }
  if (setFar) setSysreg(SR_FAR_EL1, far);
  let base: u64 = sysreg(SR_VBAR_EL1);
  if (fromEL < targetEL) base += 0x400;
  else if (getSPSel()) base += 0x200;
  // Entry masks all of DAIF, selects SP_ELx and clears SS and IL (D1.10.3).
  store<u32>(cpu + OFF_DAIF, 0xf << 6);
  store<u32>(cpu + OFF_PSTATE_MISC, 0);
  setELAndSPSel(targetEL, 1);
  refreshTranslationRegime();
  setNextPc(base + vectorOffset);
  markFaulted();
  requestEventCheck();
}

/** Synchronous exception with the current instruction's address as the return address. */
export function takeSyncException(ec: u32, iss: u32): void {
  takeException(VECTOR_SYNC, ec, iss, 1, pc, false, 0);
}

/** Data Abort on `va` raised by the current instruction (FAR = va); `iss` holds DFSC, WnR, CM. */
export function takeDataAbort(va: u64, iss: u32): void {
  const ec = getEL() == 0 ? EC_DATA_ABORT_LOWER : EC_DATA_ABORT_SAME;
  takeException(VECTOR_SYNC, ec, iss, 1, pc, true, va);
}

/** Undefined Instruction (EC 0): unallocated encodings and disabled features. */
export function undefinedInstruction(): void {
  takeException(VECTOR_SYNC, EC_UNKNOWN, 0, 1, pc, false, 0);
}

/** PSTATE.SS and PSTATE.IL in SPSR layout (C5.2.18). */
const PSTATE_SS: u32 = 1 << 21;
const PSTATE_IL: u32 = 1 << 20;

/** ERET (D1.11): restore PSTATE from SPSR_EL1 and branch to ELR_EL1. */
export function exceptionReturn(): void {
  const spsr = sysreg(SR_SPSR_EL1);
  const target: u64 = sysreg(SR_ELR_EL1);
  const m = <u32>(spsr & 0x1f);
  const curEL = getEL();
  let newEL = (m >> 2) & 3;
  let newSPSel = m & 1;
  // Illegal exception return (D1.11.2): AArch32 (not implemented at any EL), a reserved M
  // encoding (M[1] set), a higher EL, an unimplemented EL, or EL0 with SP_ELx.
  const illegal = (m & 0x10) != 0 || (m & 2) != 0 || newEL > curEL || newEL > 1 || (newEL == 0 && newSPSel != 0);
  // PSTATE.IL comes from SPSR.IL, and is set by an illegal return, which keeps EL and SP.
  let misc = <u32>spsr & PSTATE_IL;
  if (illegal) {
    newEL = curEL;
    newSPSel = getSPSel();
    misc = PSTATE_IL;
  }
  // PSTATE.SS is restored only when software step is active at the target (D2.12.3);
  // otherwise it is cleared. The Software Step exception itself is not implemented.
  if (softwareStepEnabled(newEL, <u32>spsr)) misc |= <u32>spsr & PSTATE_SS;
  store<u32>(cpu + OFF_NZCV, <u32>(spsr & 0xf0000000));
  store<u32>(cpu + OFF_DAIF, <u32>(spsr & 0x3c0));
  store<u32>(cpu + OFF_PSTATE_MISC, misc);
  setELAndSPSel(newEL, newSPSel);
  refreshTranslationRegime();
  // ERET clears the local exclusive monitor and sets the event register (as QEMU does).
  store<u32>(cpu + OFF_EXCL_VALID, 0);
  store<u32>(cpu + OFF_EVENT_REGISTER, 1);
  // The return address is a branch target: its tag is dropped when TBI applies (as QEMU does).
  setNextPc(branchAddress(target));
  // serviceEvents() runs before the next instruction: interrupts the new DAIF unmasks, and
  // the Illegal Execution state exception when PSTATE.IL is set.
  requestEventCheck();
}

/** Whether software step is enabled after a return to `el` with `spsr` (D2.12.3):
 *  MDSCR_EL1.SS, the OS locks clear, and debug exceptions enabled at the target. */
function softwareStepEnabled(el: u32, spsr: u32): bool {
  const mdscr = sysreg(SR_MDSCR_EL1);
  if ((mdscr & 1) == 0) return false;
  if ((sysreg(SR_OSLSR_EL1) & 2) != 0 || (sysreg(SR_OSDLR_EL1) & 1) != 0) return false;
  if (el == 0) return true;
  // Debug exceptions at the debug target EL itself need MDSCR_EL1.KDE and PSTATE.D clear.
  return (mdscr & (1 << 13)) != 0 && (spsr & (1 << 9)) == 0;
}

/** Between instructions: if PSTATE.IL is set, the next instruction is fetched (a fetch fault
 *  takes priority) and then raises the Illegal Execution state exception, EC 0x0e (D1.11.2).
 *  Returns true if an exception was taken. */
export function takeIllegalStateException(): bool {
  if ((load<u32>(cpu + OFF_PSTATE_MISC) & PSTATE_IL) == 0) return false;
  fetchInstruction(pc);
  if (!faulted) takeSyncException(EC_ILLEGAL_STATE, 0);
  return true;
}

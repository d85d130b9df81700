// Semantics of the exception-generating instructions (C4.1.87.2, C6.2) and ERET.
import { takeException, takeSyncException, exceptionReturn, VECTOR_SYNC, EC_SVC64, EC_BRK64 } from "../exceptions";
import { getEL } from "../state";
import { pc } from "../exec";
import { psciCall } from "../psci";

/** SVC: Supervisor Call to EL1, preferred return = next instruction, ISS = imm16. */
export function SVC(imm16: u32): bool {
  takeException(VECTOR_SYNC, EC_SVC64, imm16, 1, pc + 4, false, 0);
  return true;
}

/** HVC: UNDEFINED at EL0. EL2 is not implemented; the board's PSCI firmware answers every
 *  HVC from EL1, whatever the immediate, as on QEMU's virt (see psci.ts). */
export function HVC(imm16: u32): bool {
  if (getEL() == 0) return false;
  psciCall();
  return true;
}

/** SMC: EL3 is not implemented, so SMC is UNDEFINED (D1.13.1). */
export function SMC(imm16: u32): bool {
  return false;
}

/** BRK: Breakpoint Instruction exception, EC 0x3c, ISS = imm16, return to the BRK itself. */
export function BRK(imm16: u32): bool {
  takeSyncException(EC_BRK64, imm16);
  return true;
}

/** HLT: UNDEFINED unless halting debug is enabled, which no external debugger can do here. */
export function HLT(imm16: u32): bool {
  return false;
}

/** DCPS1/2/3: UNDEFINED outside Debug state, which is never entered. */
export function DCPS1(imm16: u32): bool {
  return false;
}
export function DCPS2(imm16: u32): bool {
  return false;
}
export function DCPS3(imm16: u32): bool {
  return false;
}

/** UDF: permanently UNDEFINED. */
export function UDF(imm16: u32): bool {
  return false;
}

/** ERET: UNDEFINED at EL0; otherwise the exception return (D1.11). */
export function ERET(): bool {
  if (getEL() == 0) return false;
  exceptionReturn();
  return true;
}

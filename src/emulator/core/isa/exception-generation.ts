// Semantics of the exception-generating instructions (C4.1.87.2).
import { takeException, VECTOR_SYNC, EC_SVC64, undefinedInstruction } from "../exceptions";
import { readX, getEL } from "../state";
import { pc } from "../exec";
import { isPsciFunction, psciCall } from "../psci";

/** SVC: Supervisor Call to EL1, preferred return = next instruction, ISS = imm16. */
export function SVC(imm16: u32): bool {
  takeException(VECTOR_SYNC, EC_SVC64, imm16, 1, pc + 4, false, 0);
  return true;
}

/** HVC: EL2 is not implemented, so HVC is UNDEFINED (D1.13.1) except that the board's PSCI
 *  firmware answers HVC #0 with a PSCI function id from EL1, as on QEMU's virt. */
export function HVC(imm16: u32): bool {
  if (getEL() == 0) return false;
  if (imm16 == 0 && isPsciFunction(readX(0))) {
    psciCall();
    return true;
  }
  return false;
}

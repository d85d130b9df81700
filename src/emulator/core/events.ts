// Work done between instructions when the run loop leaves its fast path: budget end,
// exit requests, timer deadlines and interrupt delivery (D1.13).
import { cpu, OFF_IRQ_LINES, getDAIF } from "./state";
import { icount, budgetEndIcount, exitRequested, resetEventSchedule, nextPc, pc } from "./exec";
import { takeException, takeIllegalStateException, VECTOR_IRQ, VECTOR_FIQ } from "./exceptions";

/** Returns true when run() must return to the host. */
export function serviceEvents(): bool {
  if (exitRequested) return true;
  if (icount >= budgetEndIcount) return true;
  resetEventSchedule();
  const lines = load<u32>(cpu + OFF_IRQ_LINES);
  const daif = getDAIF();
  // FIQ has priority over IRQ; both are masked at EL1 by PSTATE.F / PSTATE.I.
  if ((lines & 2) && !(daif & (1 << 6))) {
    takeException(VECTOR_FIQ, 0, 0, 0, pc, false, 0);
  } else if ((lines & 1) && !(daif & (1 << 7))) {
    takeException(VECTOR_IRQ, 0, 0, 0, pc, false, 0);
  } else {
    takeIllegalStateException();
  }
  return false;
}

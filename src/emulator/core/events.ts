// Work done between instructions when the run loop leaves its fast path: budget end, exit
// requests, timer deadlines, waiting in WFI and interrupt delivery (D1.13).
import { cpu, OFF_IRQ_LINES, getDAIF } from "./state";
import { icount, budgetEndIcount, exitRequested, resetEventSchedule, requestExit, pc, EXIT_IDLE } from "./exec";
import { takeException, takeIllegalStateException, VECTOR_IRQ, VECTOR_FIQ } from "./exceptions";
import { timerUpdateOutputs, timerScheduleEvent } from "./timer";
import { cpuWaiting, waitForWakeUp } from "./idle";

/** Returns true when run() must return to the host. */
export function serviceEvents(): bool {
  if (exitRequested) return true;
  if (icount >= budgetEndIcount) return true;
  // Timer conditions -> PPI levels -> GIC -> this CPU's IRQ/FIQ lines.
  let deadline = timerUpdateOutputs();
  if (cpuWaiting()) {
    deadline = waitForWakeUp(deadline);
    if (cpuWaiting()) {
      requestExit(EXIT_IDLE);
      return true;
    }
  }
  resetEventSchedule();
  timerScheduleEvent(deadline);
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

// Waiting for interrupts (WFI, WFE; D1.16.2): the core leaves the run loop with EXIT_IDLE
// so that the host can sleep; how idle time advances is the host's and timer's business.
import { cpu, OFF_IRQ_LINES } from "./state";
import { requestExit, EXIT_IDLE } from "./exec";

/** An IRQ or FIQ is pending at the interrupt lines. Masking by PSTATE.{I,F} does not
 *  matter: a masked pending interrupt still ends a WFI or WFE (D1.16.2). */
export function interruptPending(): bool {
  return (load<u32>(cpu + OFF_IRQ_LINES) & 3) != 0;
}

/** Complete a WFI/WFE: continue at once if an interrupt is pending, otherwise ask the host
 *  to idle this CPU until something happens. Execution resumes after the instruction. */
export function waitForInterrupt(): void {
  if (!interruptPending()) requestExit(EXIT_IDLE);
}

// Wait For Interrupt (D1.16.2 "Wait for Interrupt"): a CPU executing WFI with no interrupt
// pending stops until one is. Instruction-counted time skips straight to the next timer
// deadline; in real time (or when nothing but the host can wake the CPU) run() returns
// EXIT_IDLE and the host sleeps until MAILBOX_IDLE_DEADLINE_NS or until input arrives.
import { TIME_STATE_BASE, MAILBOX_IDLE_DEADLINE_NS, CPU_STATE_BASE, CPU_STATE_STRIDE } from "./layout";
import { cpu, OFF_IRQ_LINES } from "./state";
import { requestEventCheck } from "./exec";
import { NO_DEADLINE, instructionCounted, skipIdleTimeTo, countToHostNs, timerUpdateOutputs } from "./timer";

/** Per-CPU u32: non-zero while the CPU waits in WFI (after the time state in timer.ts). */
const WAITING_BASE: usize = <usize>TIME_STATE_BASE + 0x100;

@inline function waitingAddress(): usize {
  return WAITING_BASE + (((cpu - <usize>CPU_STATE_BASE) / <usize>CPU_STATE_STRIDE) << 2);
}

/** An IRQ or FIQ is pending at the interrupt lines. Masking by PSTATE.{I,F} does not
 *  matter: a masked pending interrupt still ends a WFI (D1.16.2). */
export function interruptPending(): bool {
  return (load<u32>(cpu + OFF_IRQ_LINES) & 3) != 0;
}

/** WFI (and WFE with no event): called after the instruction completed (nextPc is the
 *  following instruction); the CPU waits until an interrupt is pending. */
export function waitForInterrupt(): void {
  if (interruptPending()) return;
  store<u32>(waitingAddress(), 1);
  requestEventCheck();
}

export function cpuWaiting(): bool {
  return load<u32>(waitingAddress()) != 0;
}

/** Architectural reset of the running CPU: it is not waiting. */
export function resetIdleState(): void {
  store<u32>(waitingAddress(), 0);
}

/** The CPU waits: wake it if an interrupt is pending, letting instruction-counted time run to
 *  the timer deadlines (`deadline` from timerUpdateOutputs) until one wakes it. If it still
 *  waits, publish when the next timer fires for the host. Returns the current deadline. */
export function waitForWakeUp(deadline: u64): u64 {
  while (!interruptPending()) {
    if (deadline == NO_DEADLINE || !instructionCounted()) {
      store<f64>(MAILBOX_IDLE_DEADLINE_NS, deadline == NO_DEADLINE ? Infinity : countToHostNs(deadline));
      return deadline;
    }
    skipIdleTimeTo(deadline);
    deadline = timerUpdateOutputs();
  }
  store<u32>(waitingAddress(), 0);
  return deadline;
}

// Generic Timer (Arm ARM D11): the system counter at 62.5 MHz (QEMU's frequency), and each
// CPU's EL1 physical and virtual timers, whose outputs drive PPI 30 and PPI 27 of the GIC.
//
// Time comes from one of two clocks, chosen by the host (configureClock):
//  - real time: the counter is the host's monotonic clock (host.ts hostNowNs) scaled to
//    62.5 MHz; it is read only by counter/timer register accesses and between instructions;
//  - instruction-counted (QEMU's -icount shift=N): each instruction takes 2^N ns, plus the
//    time skipped while the CPU idles, so runs are reproducible.
//
// Timer state lives in the CPU's system registers: CNTx_CTL keeps ENABLE and IMASK (ISTATUS is
// computed when read), CNTx_CVAL the compare value; TVAL is a view of CVAL (D11.2.4).
// No event stream: CNTKCTL_EL1.EVNTEN/EVNTI are stored but generate no events.
//
// Hooks for MRS/MSR (sysregs.ts, which also applies the CNTKCTL_EL1 EL0 access controls):
// registers with isTimerRegister(id) are read and written through timerRead/timerWrite
// instead of plain storage.
import { TIME_STATE_BASE, CPU_STATE_BASE, CPU_STATE_STRIDE } from "./layout";
import { cpu, sysreg, setSysreg } from "./state";
import {
  SR_CNTPCT_EL0, SR_CNTVCT_EL0, SR_CNTVOFF_EL2,
  SR_CNTP_TVAL_EL0, SR_CNTP_CTL_EL0, SR_CNTP_CVAL_EL0,
  SR_CNTV_TVAL_EL0, SR_CNTV_CTL_EL0, SR_CNTV_CVAL_EL0,
} from "./generated/sysregs";
import { icount, requestEventCheck, scheduleEventAt } from "./exec";
import { hostNowNs } from "./host";
import { gicSetPpiLevel } from "./gic";

/** 62.5 MHz: one counter tick every 16 ns. */
const NS_PER_TICK_SHIFT: u64 = 4;
/** Counts from 2^59 on are never reached (more than a thousand years). */
const COUNT_NEVER: u64 = <u64>1 << 59;
/** "No deadline" for timerUpdateOutputs() and friends. */
export const NO_DEADLINE: u64 = 0xffffffffffffffff;
/** Real-time mode re-reads the clock at least this often while a timer is armed. */
const REAL_TIME_POLL_INSTRUCTIONS: u64 = 0x10000;

// Time state block (TIME_STATE_BASE + 0x000..0x0ff; idle.ts uses 0x100 onwards).
const T_INSTRUCTION_COUNTED: usize = 0x00; // u32 bool
const T_SHIFT: usize = 0x04; // u32: ns per instruction = 2^shift
const T_IDLE_NS: usize = 0x08; // u64: time skipped while idle (instruction-counted mode)

const TIMER_PHYS: u32 = 0;
const TIMER_VIRT: u32 = 1;
/** Interrupt IDs of the EL1 physical (non-secure) and virtual timers on QEMU virt. */
const PPI_PHYS_TIMER: u32 = 30;
const PPI_VIRT_TIMER: u32 = 27;

const CTL_ENABLE: u64 = 1;
const CTL_IMASK: u64 = 2;
const CTL_ISTATUS: u64 = 4;

// ---- Clock -------------------------------------------------------------------------------------

/** icountShift < 0: real time; otherwise each instruction takes 2^icountShift ns. */
export function configureClock(icountShift: i32): void {
  store<u32>(<usize>TIME_STATE_BASE + T_INSTRUCTION_COUNTED, icountShift >= 0 ? 1 : 0);
  store<u32>(<usize>TIME_STATE_BASE + T_SHIFT, icountShift >= 0 ? <u32>icountShift : 0);
  store<u64>(<usize>TIME_STATE_BASE + T_IDLE_NS, 0);
}

export function instructionCounted(): bool {
  return load<u32>(<usize>TIME_STATE_BASE + T_INSTRUCTION_COUNTED) != 0;
}
@inline function shift(): u64 { return <u64>load<u32>(<usize>TIME_STATE_BASE + T_SHIFT); }
@inline function idleNs(): u64 { return load<u64>(<usize>TIME_STATE_BASE + T_IDLE_NS); }

/** Instruction-counted time now: instructions retired so far, plus skipped idle time. */
function countedNs(): u64 {
  return (icount << shift()) + idleNs();
}

/** The system counter (physical count, D11.1.2). */
export function counterValue(): u64 {
  if (instructionCounted()) return countedNs() >> NS_PER_TICK_SHIFT;
  return <u64>(hostNowNs() / <f64>(1 << NS_PER_TICK_SHIFT));
}

/** Instruction-counted mode, CPU idle: advance time so that the counter reads `count`. */
export function skipIdleTimeTo(count: u64): void {
  const target = count << NS_PER_TICK_SHIFT;
  const now = countedNs();
  if (target > now) store<u64>(<usize>TIME_STATE_BASE + T_IDLE_NS, idleNs() + (target - now));
}

/** Real-time mode: the host clock time (ns) at which the counter reaches `count`. */
export function countToHostNs(count: u64): f64 {
  return <f64>count * <f64>(1 << NS_PER_TICK_SHIFT);
}

/** Instruction-counted mode: the first instruction count at which the counter reads `count`. */
function icountAtCount(count: u64): u64 {
  const target = count << NS_PER_TICK_SHIFT;
  const idle = idleNs();
  if (target <= idle) return 0;
  const s = shift();
  return (target - idle + ((<u64>1 << s) - 1)) >> s;
}

// ---- Timers ------------------------------------------------------------------------------------

@inline function ctlId(t: u32): u32 { return t == TIMER_PHYS ? SR_CNTP_CTL_EL0 : SR_CNTV_CTL_EL0; }
@inline function cvalId(t: u32): u32 { return t == TIMER_PHYS ? SR_CNTP_CVAL_EL0 : SR_CNTV_CVAL_EL0; }
/** Offset between the physical count and the timer's count: CNTVOFF_EL2 for the virtual timer
 *  (0 while EL2 is not implemented), none for the physical one. */
@inline function timerOffset(t: u32): u64 { return t == TIMER_VIRT ? sysreg(SR_CNTVOFF_EL2) : 0; }

/** TimerConditionMet (D11.2.4): (count - offset) >= CVAL, unsigned. */
function conditionMet(t: u32, count: u64): bool {
  return count - timerOffset(t) >= sysreg(cvalId(t));
}

function readCtl(t: u32): u64 {
  const ctl = sysreg(ctlId(t));
  return (ctl & CTL_ENABLE) && conditionMet(t, counterValue()) ? ctl | CTL_ISTATUS : ctl;
}

@inline function currentCpuIndex(): u32 {
  return <u32>((cpu - <usize>CPU_STATE_BASE) / <usize>CPU_STATE_STRIDE);
}

/** Drive the running CPU's timer outputs (ENABLE && !IMASK && ISTATUS) into the GIC. Returns
 *  the physical count at which an output next rises (an enabled, unmasked timer whose
 *  condition is not met yet), or NO_DEADLINE. Reads the clock only if a timer is enabled. */
export function timerUpdateOutputs(): u64 {
  const c = currentCpuIndex();
  const pctl = sysreg(SR_CNTP_CTL_EL0) & 3;
  const vctl = sysreg(SR_CNTV_CTL_EL0) & 3;
  if (pctl != CTL_ENABLE && vctl != CTL_ENABLE) {
    gicSetPpiLevel(c, PPI_PHYS_TIMER, false);
    gicSetPpiLevel(c, PPI_VIRT_TIMER, false);
    return NO_DEADLINE;
  }
  const count = counterValue();
  let deadline = NO_DEADLINE;
  for (let t: u32 = 0; t < 2; t++) {
    const armed = (t == TIMER_PHYS ? pctl : vctl) == CTL_ENABLE;
    const met = armed && conditionMet(t, count);
    gicSetPpiLevel(c, t == TIMER_PHYS ? PPI_PHYS_TIMER : PPI_VIRT_TIMER, met);
    if (!armed || met) continue;
    const at = sysreg(cvalId(t)) + timerOffset(t);
    if (at >= sysreg(cvalId(t)) && at < COUNT_NEVER && at < deadline) deadline = at;
  }
  return deadline;
}

/** Make the run loop come back between instructions when the output next rises: exactly at
 *  the deadline in instruction-counted mode, by polling the clock in real-time mode. */
export function timerScheduleEvent(deadline: u64): void {
  if (deadline == NO_DEADLINE) return;
  if (instructionCounted()) scheduleEventAt(icountAtCount(deadline));
  else scheduleEventAt(icount + REAL_TIME_POLL_INSTRUCTIONS);
}

// ---- MRS/MSR hooks -----------------------------------------------------------------------------

/** Registers whose value timerRead/timerWrite compute (the others are plain storage). */
export function isTimerRegister(id: u32): bool {
  return id == SR_CNTPCT_EL0 || id == SR_CNTVCT_EL0 ||
    id == SR_CNTP_TVAL_EL0 || id == SR_CNTP_CTL_EL0 || id == SR_CNTP_CVAL_EL0 ||
    id == SR_CNTV_TVAL_EL0 || id == SR_CNTV_CTL_EL0 || id == SR_CNTV_CVAL_EL0;
}

/** MRS of a register with isTimerRegister(id). */
export function timerRead(id: u32): u64 {
  if (id == SR_CNTPCT_EL0) return counterValue();
  if (id == SR_CNTVCT_EL0) return counterValue() - timerOffset(TIMER_VIRT);
  const t = id == SR_CNTP_TVAL_EL0 || id == SR_CNTP_CTL_EL0 || id == SR_CNTP_CVAL_EL0 ? TIMER_PHYS : TIMER_VIRT;
  if (id == ctlId(t)) return readCtl(t);
  // TVAL: the low 32 bits of CVAL - (count - offset), zero-extended.
  if (id == SR_CNTP_TVAL_EL0 || id == SR_CNTV_TVAL_EL0) {
    return <u64><u32>(sysreg(cvalId(t)) - (counterValue() - timerOffset(t)));
  }
  return sysreg(id);
}

/** MSR of a register with isTimerRegister(id) (the counters are read-only, never written here). */
export function timerWrite(id: u32, value: u64): void {
  const t = id == SR_CNTP_TVAL_EL0 || id == SR_CNTP_CTL_EL0 || id == SR_CNTP_CVAL_EL0 ? TIMER_PHYS : TIMER_VIRT;
  if (id == ctlId(t)) {
    setSysreg(id, value & (CTL_ENABLE | CTL_IMASK));
  } else if (id == cvalId(t)) {
    setSysreg(id, value);
  } else {
    // TVAL: CVAL = (count - offset) + SignExtend(value<31:0>).
    setSysreg(cvalId(t), counterValue() - timerOffset(t) + <u64><i64><i32>value);
  }
  requestEventCheck();
}


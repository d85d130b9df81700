// FPCR controls and FPSR cumulative exception bits as the floating-point library uses them
// (C5.2.8 FPCR, C5.2.10 FPSR), and the exception accumulator that FPProcessException
// (shared/functions/float) writes to. The library never touches CPU state: instructions
// pass FPCR in and merge the accumulated flags into FPSR afterwards.

/** FPCR.AHP: alternative half-precision format for conversions to and from half. */
export const FPCR_AHP: u32 = 1 << 26;
/** FPCR.DN: NaN results are the default NaN. */
export const FPCR_DN: u32 = 1 << 25;
/** FPCR.FZ: single and double denormal inputs and tiny results are flushed to zero. */
export const FPCR_FZ: u32 = 1 << 24;
/** FPCR.RMode, bits 23:22. */
export const FPCR_RMODE_SHIFT: u32 = 22;

// FPSR cumulative exception bits
export const FPSR_IOC: u32 = 1 << 0;
export const FPSR_DZC: u32 = 1 << 1;
export const FPSR_OFC: u32 = 1 << 2;
export const FPSR_UFC: u32 = 1 << 3;
export const FPSR_IXC: u32 = 1 << 4;
export const FPSR_IDC: u32 = 1 << 7;

// FPRounding: the first four are the FPCR.RMode encodings.
export const ROUND_TIEEVEN: u32 = 0;
export const ROUND_POSINF: u32 = 1;
export const ROUND_NEGINF: u32 = 2;
export const ROUND_ZERO: u32 = 3;
export const ROUND_TIEAWAY: u32 = 4;
/** Round to odd (von Neumann rounding), used only by FCVTXN. */
export const ROUND_ODD: u32 = 5;

/** FPRoundingMode(fpcr). */
@inline export function fpcrRounding(fpcr: u32): u32 {
  return (fpcr >>> FPCR_RMODE_SHIFT) & 3;
}

let exceptions: u32 = 0;

/** FPProcessException with every trap disabled: set the cumulative bit. */
@inline export function raiseFp(flags: u32): void {
  exceptions |= flags;
}

/** The exception bits raised since the last call, and clear them. */
@inline export function takeFpExceptions(): u32 {
  const e = exceptions;
  exceptions = 0;
  return e;
}

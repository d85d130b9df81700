// System registers reachable with MRS/MSR (C5.3), declared once. scripts/gen-sysregs.ts
// turns this into src/emulator/core/generated/sysregs.ts: an id per register (its storage
// slot in the per-CPU state), SR_<NAME> constants and the encoding -> id lookup.
// Behaviour beyond plain storage (side effects, traps, computed values) lives in
// src/emulator/core/sysregs.ts, keyed by the same ids.
//
// The set is what QEMU's cortex-a57 (virt, no EL2/EL3) implements for EL0/EL1, except the
// PMU registers: ID_AA64DFR0_EL1.PMUVer says no PMU, so they are UNDEFINED here. Encodings
// not listed are UNDEFINED, apart from the reserved ID register space (op0=3, op1=0, CRn=0,
// CRm=1..7), which reads as zero (D19.1 "Reserved encodings in the ID register space").

export interface SysregDef {
  name: string;
  /** op0, op1, CRn, CRm, op2 as in the MRS/MSR encoding; absent for backing storage that
   *  only the host and sysregs.ts see (values behind a computed register). */
  enc?: [number, number, number, number, number];
  /** Lowest exception level that may access it without a trap (before per-register controls). */
  minEL: 0 | 1 | 2 | 3;
  access: "rw" | "ro" | "wo";
  /** Value at reset (a hex string for 64-bit precision); default 0. */
  reset?: string;
}

const r = (
  name: string,
  op0: number, op1: number, crn: number, crm: number, op2: number,
  minEL: 0 | 1 | 2 | 3, access: SysregDef["access"] = "rw", reset?: string,
): SysregDef => ({ name, enc: [op0, op1, crn, crm, op2], minEL, access, reset });

/** Storage written by the host at reset and read by sysregs.ts; not a register of its own. */
const backing = (name: string): SysregDef => ({ name, minEL: 1, access: "ro" });

/** DBGBVR<n>_EL1, DBGBCR<n>_EL1 (breakpoints) and DBGWVR<n>_EL1, DBGWCR<n>_EL1 (watchpoints),
 *  as many as ID_AA64DFR0_EL1.BRPs/WRPs advertise (6 and 4, like QEMU's cortex-a57). */
const debugPairs = (): SysregDef[] => {
  const regs: SysregDef[] = [];
  for (let n = 0; n < 6; n++) {
    regs.push(r(`DBGBVR${n}_EL1`, 2, 0, 0, n, 4, 1), r(`DBGBCR${n}_EL1`, 2, 0, 0, n, 5, 1));
  }
  for (let n = 0; n < 4; n++) {
    regs.push(r(`DBGWVR${n}_EL1`, 2, 0, 0, n, 6, 1), r(`DBGWCR${n}_EL1`, 2, 0, 0, n, 7, 1));
  }
  return regs;
};

export const SYSREGS: SysregDef[] = [
  // Identification (values are set per CPU model by the host at reset; see cpu-models.ts)
  r("MIDR_EL1", 3, 0, 0, 0, 0, 1, "ro"),
  r("MPIDR_EL1", 3, 0, 0, 0, 5, 1, "ro"),
  r("REVIDR_EL1", 3, 0, 0, 0, 6, 1, "ro"),
  r("ID_AA64PFR0_EL1", 3, 0, 0, 4, 0, 1, "ro"),
  r("ID_AA64PFR1_EL1", 3, 0, 0, 4, 1, 1, "ro"),
  r("ID_AA64DFR0_EL1", 3, 0, 0, 5, 0, 1, "ro"),
  r("ID_AA64DFR1_EL1", 3, 0, 0, 5, 1, 1, "ro"),
  r("ID_AA64AFR0_EL1", 3, 0, 0, 5, 4, 1, "ro"),
  r("ID_AA64AFR1_EL1", 3, 0, 0, 5, 5, 1, "ro"),
  r("ID_AA64ISAR0_EL1", 3, 0, 0, 6, 0, 1, "ro"),
  r("ID_AA64ISAR1_EL1", 3, 0, 0, 6, 1, 1, "ro"),
  r("ID_AA64MMFR0_EL1", 3, 0, 0, 7, 0, 1, "ro"),
  r("ID_AA64MMFR1_EL1", 3, 0, 0, 7, 1, 1, "ro"),
  r("ID_AA64MMFR2_EL1", 3, 0, 0, 7, 2, 1, "ro"),
  r("CTR_EL0", 3, 3, 0, 0, 1, 0, "ro"),
  r("DCZID_EL0", 3, 3, 0, 0, 7, 0, "ro"),
  r("CLIDR_EL1", 3, 1, 0, 0, 1, 1, "ro"),
  r("CCSIDR_EL1", 3, 1, 0, 0, 0, 1, "ro"),
  backing("CCSIDR_SEL0"),
  backing("CCSIDR_SEL1"),
  backing("CCSIDR_SEL2"),
  r("CSSELR_EL1", 3, 2, 0, 0, 0, 1),
  r("AIDR_EL1", 3, 1, 0, 0, 7, 1, "ro"),
  // Memory system control (D8)
  r("SCTLR_EL1", 3, 0, 1, 0, 0, 1, "rw", "0xc50838"),
  r("ACTLR_EL1", 3, 0, 1, 0, 1, 1),
  r("CPACR_EL1", 3, 0, 1, 0, 2, 1),
  r("TTBR0_EL1", 3, 0, 2, 0, 0, 1),
  r("TTBR1_EL1", 3, 0, 2, 0, 1, 1),
  r("TCR_EL1", 3, 0, 2, 0, 2, 1),
  r("MAIR_EL1", 3, 0, 10, 2, 0, 1),
  r("AMAIR_EL1", 3, 0, 10, 3, 0, 1),
  r("CONTEXTIDR_EL1", 3, 0, 13, 0, 1, 1),
  r("PAR_EL1", 3, 0, 7, 4, 0, 1),
  // Exception handling (D1.10)
  r("VBAR_EL1", 3, 0, 12, 0, 0, 1),
  r("RVBAR_EL1", 3, 0, 12, 0, 1, 1, "ro"),
  r("ESR_EL1", 3, 0, 5, 2, 0, 1),
  r("FAR_EL1", 3, 0, 6, 0, 0, 1),
  r("AFSR0_EL1", 3, 0, 5, 1, 0, 1),
  r("AFSR1_EL1", 3, 0, 5, 1, 1, 1),
  r("ELR_EL1", 3, 0, 4, 0, 1, 1),
  r("SPSR_EL1", 3, 0, 4, 0, 0, 1),
  r("ISR_EL1", 3, 0, 12, 1, 0, 1, "ro"),
  // Special-purpose registers (C5.2): PSTATE fields, banked stack pointers, FP control.
  // Their values live outside this storage; sysregs.ts reads and writes them.
  r("NZCV", 3, 3, 4, 2, 0, 0),
  r("DAIF", 3, 3, 4, 2, 1, 0),
  r("SPSel", 3, 0, 4, 2, 0, 1),
  r("CurrentEL", 3, 0, 4, 2, 2, 1, "ro"),
  r("SP_EL0", 3, 0, 4, 1, 0, 1),
  r("SP_EL1", 3, 4, 4, 1, 0, 2),
  r("FPCR", 3, 3, 4, 4, 0, 0),
  r("FPSR", 3, 3, 4, 4, 1, 0),
  // Thread ID
  r("TPIDR_EL0", 3, 3, 13, 0, 2, 0),
  r("TPIDRRO_EL0", 3, 3, 13, 0, 3, 0),
  r("TPIDR_EL1", 3, 0, 13, 0, 4, 1),
  // Generic timer (D11)
  // (CNTPCT/CNTVCT, the TVALs and the CTLs' ISTATUS are computed by timer.ts; EL0 access is
  // further controlled by CNTKCTL_EL1 in sysregs.ts.)
  r("CNTFRQ_EL0", 3, 3, 14, 0, 0, 0, "rw", "0x3b9aca0"),
  r("CNTPCT_EL0", 3, 3, 14, 0, 1, 0, "ro"),
  r("CNTVCT_EL0", 3, 3, 14, 0, 2, 0, "ro"),
  r("CNTKCTL_EL1", 3, 0, 14, 1, 0, 1),
  r("CNTP_TVAL_EL0", 3, 3, 14, 2, 0, 0),
  r("CNTP_CTL_EL0", 3, 3, 14, 2, 1, 0),
  r("CNTP_CVAL_EL0", 3, 3, 14, 2, 2, 0),
  r("CNTV_TVAL_EL0", 3, 3, 14, 3, 0, 0),
  r("CNTV_CTL_EL0", 3, 3, 14, 3, 1, 0),
  r("CNTV_CVAL_EL0", 3, 3, 14, 3, 2, 0),
  r("CNTVOFF_EL2", 3, 4, 14, 0, 3, 2),
  // GICv3 CPU interface (Arm IHI 0069 12.2): UNDEFINED unless the board has a GICv3; values
  // are computed by gic-v3-cpuif.ts. Five priority bits (as QEMU's Cortex-A CPU interfaces)
  // leave only ICC_AP0R0_EL1/ICC_AP1R0_EL1 of the active priority registers. Keep the block
  // contiguous from ICC_PMR_EL1 to ICC_IGRPEN1_EL1 (gic-v3-cpuif.ts tests the id range).
  r("ICC_PMR_EL1", 3, 0, 4, 6, 0, 1),
  r("ICC_IAR0_EL1", 3, 0, 12, 8, 0, 1, "ro"),
  r("ICC_EOIR0_EL1", 3, 0, 12, 8, 1, 1, "wo"),
  r("ICC_HPPIR0_EL1", 3, 0, 12, 8, 2, 1, "ro"),
  r("ICC_BPR0_EL1", 3, 0, 12, 8, 3, 1),
  r("ICC_AP0R0_EL1", 3, 0, 12, 8, 4, 1),
  r("ICC_AP1R0_EL1", 3, 0, 12, 9, 0, 1),
  r("ICC_DIR_EL1", 3, 0, 12, 11, 1, 1, "wo"),
  r("ICC_RPR_EL1", 3, 0, 12, 11, 3, 1, "ro"),
  r("ICC_SGI1R_EL1", 3, 0, 12, 11, 5, 1, "wo"),
  r("ICC_ASGI1R_EL1", 3, 0, 12, 11, 6, 1, "wo"),
  r("ICC_SGI0R_EL1", 3, 0, 12, 11, 7, 1, "wo"),
  r("ICC_IAR1_EL1", 3, 0, 12, 12, 0, 1, "ro"),
  r("ICC_EOIR1_EL1", 3, 0, 12, 12, 1, 1, "wo"),
  r("ICC_HPPIR1_EL1", 3, 0, 12, 12, 2, 1, "ro"),
  r("ICC_BPR1_EL1", 3, 0, 12, 12, 3, 1),
  r("ICC_CTLR_EL1", 3, 0, 12, 12, 4, 1),
  r("ICC_SRE_EL1", 3, 0, 12, 12, 5, 1),
  r("ICC_IGRPEN0_EL1", 3, 0, 12, 12, 6, 1),
  r("ICC_IGRPEN1_EL1", 3, 0, 12, 12, 7, 1),
  // Debug (D2, D13.3): the registers of the ARMv8.0 debug architecture that ID_AA64DFR0_EL1
  // advertises. They hold their values; no debug event is generated from them.
  r("MDSCR_EL1", 2, 0, 0, 2, 2, 1),
  r("MDCCINT_EL1", 2, 0, 0, 2, 0, 1),
  r("MDCCSR_EL0", 2, 3, 0, 1, 0, 0, "ro"),
  r("MDRAR_EL1", 2, 0, 1, 0, 0, 1, "ro"),
  r("OSLAR_EL1", 2, 0, 1, 0, 4, 1, "wo"),
  r("OSLSR_EL1", 2, 0, 1, 1, 4, 1, "ro", "0xa"),
  r("OSDLR_EL1", 2, 0, 1, 3, 4, 1),
  ...debugPairs(),
  // Cortex-A57 IMPLEMENTATION DEFINED registers that QEMU provides (RAZ/WI unless noted)
  r("L2CTLR_EL1", 3, 1, 11, 0, 2, 1),
  r("L2ECTLR_EL1", 3, 1, 11, 0, 3, 1),
  r("L2ACTLR_EL1", 3, 1, 15, 0, 0, 1),
  r("CPUACTLR_EL1", 3, 1, 15, 2, 0, 1),
  r("CPUECTLR_EL1", 3, 1, 15, 2, 1, 1),
  r("CPUMERRSR_EL1", 3, 1, 15, 2, 2, 1),
  r("L2MERRSR_EL1", 3, 1, 15, 2, 3, 1),
  r("CBAR_EL1", 3, 1, 15, 3, 0, 1, "ro"),
];

// sysregs_impdef: how QEMU's cortex-a57 treats RES0/RES1 bits and
// IMPLEMENTATION DEFINED registers on MSR/MRS.
// NOTE: unlike every other program here, these values are NOT fixed by the
// architecture: after writing a RES0 bit as 1 (or a RES1 bit as 0) the read
// value may legally be either, and AMAIR_EL1/AFSRn_EL1 contents are
// IMPLEMENTATION DEFINED.  The transcript records QEMU 7.2's choices, which
// the emulator wants to reproduce; keep this program separate from the
// architectural tests.
// Each register gets all-ones, a mixed pattern and zero written; the
// read-back is printed.  Registers whose all-ones value would change the
// execution environment (SCTLR_EL1, MDSCR_EL1, DAIF, ...) are not written
// with all-ones.
        .include "common.inc"

        .macro  rt reg, val
        ldr     x1, =\val
        msr     \reg, x1
        isb
        mrs     x2, \reg
        check   "\reg <- \val", x2
        .endm
        .macro  rt3 reg
        rt      \reg, 0xffffffffffffffff
        rt      \reg, 0x5a5a5a5aa5a5a5a5
        rt      \reg, 0
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        mrs     x19, vbar_el1
        rt3     vbar_el1
        msr     vbar_el1, x19
        isb
        rt3     esr_el1
        rt3     spsr_el1
        rt3     elr_el1
        rt3     far_el1
        rt3     par_el1
        rt3     contextidr_el1
        rt3     ttbr0_el1
        rt3     ttbr1_el1
        rt3     tcr_el1
        rt3     mair_el1
        rt3     amair_el1
        rt3     afsr0_el1
        rt3     afsr1_el1
        rt3     tpidr_el1
        rt3     tpidr_el0
        rt3     tpidrro_el0
        rt3     cntkctl_el1
        rt3     cntv_cval_el0
        rt3     cntp_cval_el0
        rt      cntv_ctl_el0, 0xfffffffffffffffa    // ENABLE clear
        rt      cntv_ctl_el0, 0
        rt      cntp_ctl_el0, 0xfffffffffffffffa
        rt      cntp_ctl_el0, 0
        rt3     csselr_el1
        msr     csselr_el1, xzr
        rt3     cpacr_el1
        mov     x0, #(3 << 20)
        msr     cpacr_el1, x0
        isb
        rt3     fpcr
        rt3     fpsr
        msr     cpacr_el1, xzr
        isb
        // PSTATE views: RES0 bits
        rt      nzcv, 0xffffffffffffffff
        rt      nzcv, 0
        rt      daif, 0xfffffffffffffc3f
        rt      daif, 0x3c0
        // SCTLR_EL1: reset value with all RES1 bits cleared, then restored
        mrs     x19, sctlr_el1
        check   "sctlr_el1 reset", x19
        ldr     x1, =0x30d00800         // v8.0 RES1 bits 29 28 23 22 20 11
        bic     x1, x19, x1
        msr     sctlr_el1, x1
        isb
        mrs     x2, sctlr_el1
        msr     sctlr_el1, x19
        isb
        check   "sctlr_el1 <- reset & ~RES1", x2
        ldr     x1, =0xffffffff00000000
        orr     x1, x19, x1
        msr     sctlr_el1, x1
        isb
        mrs     x2, sctlr_el1
        msr     sctlr_el1, x19
        isb
        check   "sctlr_el1 <- reset | 0xffffffff00000000", x2
        // MDSCR_EL1: RES0 bits only (no debug enables)
        ldr     x1, =0xffffffff00000000
        msr     mdscr_el1, x1
        isb
        mrs     x2, mdscr_el1
        msr     mdscr_el1, xzr
        check   "mdscr_el1 <- 0xffffffff00000000", x2
        ldp     x29, x30, [sp], #16
        ret

// sysregs: System register moves (MRS/MSR), cache/TLB/barrier/hint
// instructions - Arm ARM C5 (system instructions) / D13 (AArch64 registers).
//  * identification registers: MIDR_EL1, MPIDR_EL1, REVIDR_EL1, CTR_EL0,
//    DCZID_EL0, CLIDR_EL1, CCSIDR_EL1 (via CSSELR_EL1); the ID_AA64*
//    feature registers are deliberately NOT printed;
//  * round trips of writable EL1/EL0 registers, writing only defined fields
//    with valid values (bits that are RES0/RES1 are never written with the
//    "wrong" value, so the read-back is architecturally determined);
//  * DC ZVA (MMU on: it needs Normal memory), clean / clean+invalidate
//    cache maintenance and TLBI executing without visible effect (invalidate-
//    only operations are avoided: they may discard data), barriers, hints (SEVL; WFE returns at once;
//    unallocated/unimplemented hints are NOPs).
        .include "common.inc"

        .macro  rt reg, val
        ldr     x1, =\val
        msr     \reg, x1
        isb
        mrs     x2, \reg
        check   "\reg <- \val", x2
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!

        println "== identification"
        mrs     x0, midr_el1
        check   "MIDR_EL1", x0
        mrs     x0, mpidr_el1
        check   "MPIDR_EL1", x0
        mrs     x0, revidr_el1
        check   "REVIDR_EL1", x0
        mrs     x0, ctr_el0
        check   "CTR_EL0", x0
        mrs     x0, dczid_el0
        check   "DCZID_EL0", x0
        mrs     x0, clidr_el1
        check   "CLIDR_EL1", x0
        .irp    sel, 0, 1, 2
        mov     x1, #\sel
        msr     csselr_el1, x1
        isb
        mrs     x0, csselr_el1
        check   "CSSELR_EL1 <- \sel", x0
        mrs     x0, ccsidr_el1
        check   "CCSIDR_EL1 (CSSELR=\sel)", x0
        .endr
        msr     csselr_el1, xzr

        println "== round trips"
        .irp    v, 0, 0xffffffffffffffff, 0x0123456789abcdef, 0x8000000000000001
        rt      tpidr_el0, \v
        rt      tpidr_el1, \v
        rt      tpidrro_el0, \v
        rt      elr_el1, \v
        rt      far_el1, \v
        rt      mair_el1, \v
        .endr
        mrs     x19, sp_el0
        .irp    v, 0, 0xffffffffffffffff, 0x0123456789abcdef
        rt      sp_el0, \v
        .endr
        msr     sp_el0, x19
        .irp    v, 0, 0xffffffff, 0x5600abcd, 0x96000021
        rt      esr_el1, \v
        .endr
        .irp    v, 0, 0xffffffff, 0xdeadbeef
        rt      contextidr_el1, \v
        .endr
        // SPSR_EL1: N Z C V, SS, IL, D A I F, M[4:0]
        .irp    v, 0, 0xf03003c5, 0x90000004, 0x60000340, 0x0000001f, 0x00000010, 0x300001c9
        rt      spsr_el1, \v
        .endr
        // VBAR_EL1 with bits [10:0] zero
        mrs     x19, vbar_el1
        .irp    v, 0, 0x40000800, 0xfffffffffffff800, 0x0123456789abc000
        rt      vbar_el1, \v
        .endr
        msr     vbar_el1, x19
        isb
        // TTBR0/1_EL1: ASID[63:48] + BADDR (MMU is off: no effect)
        .irp    v, 0, 0xffff0000fffff000, 0x1234000040080000, 0x00010000000ff000
        rt      ttbr0_el1, \v
        rt      ttbr1_el1, \v
        .endr
        // TCR_EL1: v8.0 fields (T0SZ EPD0 IRGN0 ORGN0 SH0 TG0 T1SZ A1 EPD1
        // IRGN1 ORGN1 SH1 TG1 IPS AS TBI0 TBI1) with valid encodings
        .irp    v, 0x0000000000000000, 0x00000074b5193519, 0x0000001580a08010, 0x0000006285bfb7a7, 0x0000000400802020
        rt      tcr_el1, \v
        .endr
        // CPACR_EL1: TTA[28], FPEN[21:20]
        .irp    v, 0x00100000, 0x00300000, 0x10000000, 0x10200000, 0
        rt      cpacr_el1, \v
        .endr
        // CNTKCTL_EL1: EL0PTEN EL0VTEN EVNTI EVNTDIR EVNTEN EL0VCTEN EL0PCTEN
        .irp    v, 0x3ff, 0x2a5, 0x15a, 0
        rt      cntkctl_el1, \v
        .endr
        // CSSELR_EL1
        .irp    v, 1, 2, 0
        rt      csselr_el1, \v
        .endr
        // MDSCR_EL1: TDCC[12], MDE[15] (no breakpoints/watchpoints enabled)
        .irp    v, 0x1000, 0x8000, 0x9000, 0
        rt      mdscr_el1, \v
        .endr
        // FPCR/FPSR with FP enabled: AHP DN FZ RMode; NZCV QC IDC IXC..IOC
        mov     x0, #(3 << 20)
        msr     cpacr_el1, x0
        isb
        .irp    v, 0x07c00000, 0x00400000, 0x00800000, 0x02000000, 0
        rt      fpcr, \v
        .endr
        .irp    v, 0xf800009f, 0x08000000, 0x00000001, 0
        rt      fpsr, \v
        .endr
        msr     cpacr_el1, xzr
        isb
        // SCTLR_EL1: flip defined, harmless bits on top of the reset value
        mrs     x19, sctlr_el1
        check   "SCTLR_EL1 reset value", x19
        .irp    bits, 1 << 26, 1 << 24, 1 << 19, 1 << 18, 1 << 16, 1 << 15, 1 << 14, 1 << 12, 1 << 9, 1 << 8, 1 << 7, 1 << 5, 1 << 4, 1 << 2
        eor     x1, x19, #(\bits)
        msr     sctlr_el1, x1
        isb
        mrs     x2, sctlr_el1
        msr     sctlr_el1, x19
        isb
        check   "SCTLR_EL1 ^ (\bits)", x2
        .endr

        println "== DC ZVA (MMU on)"
        mmu_identity_on
        mrs     x0, dczid_el0
        and     x0, x0, #0xf
        mov     x1, #4
        lsl     x0, x1, x0
        check   "DC ZVA block size (bytes)", x0
        .irp    off, 0, 64 + 1, 128 + 63, 8
        adrl    x1, zbuf
        ldr     x2, =0xcdcdcdcdcdcdcdcd
        mov     x3, #0
1:      str     x2, [x1, x3]
        add     x3, x3, #8
        cmp     x3, #256
        b.lo    1b
        add     x5, x1, #\off
        dc      zva, x5
        check   "  DC ZVA address unchanged", x5
        mov     x3, #0
        mov     x4, #0
1:      ldr     x2, [x1, x3, lsl #3]
        cbnz    x2, 2f
        mov     x6, #1
        lsl     x6, x6, x3
        orr     x4, x4, x6
2:      add     x3, x3, #1
        cmp     x3, #32
        b.lo    1b
        check   "DC ZVA zbuf+\off: zeroed doublewords (bit i = zbuf[8*i])", x4
        .endr
        mmu_off

        println "== cache maintenance / TLBI / AT (no visible effect)"
        adrl    x1, zbuf
        dc      civac, x1
        dc      cvac, x1
        dc      cvau, x1
        dc      csw, xzr
        dc      cisw, xzr
        ic      iallu
        ic      ialluis
        ic      ivau, x1
        tlbi    vmalle1
        tlbi    vmalle1is
        lsr     x2, x1, #12
        tlbi    vae1, x2
        tlbi    vaae1is, x2
        tlbi    aside1, xzr
        tlbi    vale1, x2
        dsb     sy
        isb
        ldr     x2, [x1, #8]
        check   "zbuf[8] after clean/invalidate ops", x2
        println "cache/tlb ops done"

        println "== barriers and hints"
        dmb     sy
        dmb     ish
        dmb     ishld
        dmb     ishst
        dmb     nsh
        dmb     osh
        dmb     ld
        dmb     st
        dsb     sy
        dsb     ish
        dsb     nshst
        dsb     oshld
        dsb     ld
        isb
        isb     sy
        nop
        yield
        sevl
        wfe                     // event register set by SEVL: returns at once
        sevl
        wfe
        // hints that are unallocated or belong to features cortex-a57 does
        // not have execute as NOP
        ldr     x30, =0x4000000000001234
        mov     x17, #0x5555
        mov     x16, #0x6666
        hint    #6
        hint    #7              // XPACLRI
        hint    #8              // PACIA1716
        hint    #12             // AUTIA1716
        hint    #16             // ESB
        hint    #17             // PSB CSYNC
        hint    #20             // CSDB
        hint    #25             // PACIASP
        hint    #29             // AUTIASP
        hint    #32             // BTI
        hint    #0x7f
        mov     x0, x30
        adrl    x30, 1f
1:      check   "x30 after PAC/BTI hints", x0
        check   "x17 after PAC hints", x17
        check   "x16 after PAC hints", x16
        clrex
        println "barriers and hints done"

        ldp     x29, x30, [sp], #16
        ret

        .bss
        .balign 256
zbuf:   .skip   256

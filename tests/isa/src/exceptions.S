// exceptions: synchronous exceptions, exception levels and PSTATE -
// Arm ARM D1 (The AArch64 exception model) and the "Exception generation",
// "System register move"/"PSTATE" encodings.
// Each case prints "el1: <insn> -> " or "el0: <insn> -> " followed by the
// "exc vec=... esr=... elr=... spsr=... [far=...]" line of the handler, or
// "no exception".  EL0 code is entered with ERET (SPSR = EL0t, DAIF masked)
// and returns with svc #0xffff (see common.inc).
// Covered: SVC/BRK/HLT/UDF/unallocated encodings, HVC (QEMU's built-in PSCI
// firmware answers every HVC at EL1; at EL0 HVC is UNDEFINED), SMC
// (UNDEFINED: no EL3), data/instruction aborts on unassigned physical
// addresses and beyond the PA size, PC and SP alignment faults, illegal
// exception returns, FP/SIMD traps (CPACR_EL1.FPEN), EL0 traps controlled by
// SCTLR_EL1 (UCT, DZE, UCI, UMA, nTWI), UNDEFINED system register
// accesses from EL0, current-EL SP0 vs SPx vectors, DAIF, NZCV, CurrentEL,
// SPSel.
// Not covered: SP alignment faults (SCTLR_EL1.SA/SA0) - QEMU 7.2 does not
// implement the SP alignment check, so no golden output can be recorded.
        .include "common.inc"

        .set    SCTLR_SA,   1 << 3
        .set    SCTLR_SA0,  1 << 4
        .set    SCTLR_UMA,  1 << 9
        .set    SCTLR_DZE,  1 << 14
        .set    SCTLR_UCT,  1 << 15
        .set    SCTLR_nTWI, 1 << 16
        .set    SCTLR_UCI,  1 << 26

        .macro  el1_case handler, insn:vararg
        set_handler 0x200, \handler
        set_handler 0x000, \handler
        print   "el1: \insn -> "
        \insn
        bl      end_case
        .endm

        .macro  el0_case handler, insn:vararg
        set_handler 0x400, \handler
        print   "el0: \insn -> "
        run_el0 .Lel0_\@
        bl      end_case
        .pushsection .el0.text, "ax"
.Lel0_\@:
        \insn
        el0_return
        .popsection
        .endm

        .macro  sctlr_set bits
        mrs     x9, sctlr_el1
        ldr     x10, =\bits
        orr     x9, x9, x10
        msr     sctlr_el1, x9
        isb
        .endm
        .macro  sctlr_clr bits
        mrs     x9, sctlr_el1
        ldr     x10, =\bits
        bic     x9, x9, x10
        msr     sctlr_el1, x9
        isb
        .endm

        // branch to x1 with x30 = the next instruction (so that
        // _h_report_lr resumes there after a PC alignment fault)
        .macro  br_via_x1
        adr     x30, .Lbr\@
        br      x1
.Lbr\@:
        .endm
        .macro  ret_via_x1
        adr     x30, .Lret\@
        ret     x1
.Lret\@:
        .endm

        .macro  nzcv_rw
        msr     nzcv, x9
        mrs     x2, nzcv
        .endm
        .macro  daif_rw
        msr     daifset, #3
        mrs     x2, DAIF
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!

        println "== PSTATE access at EL1"
        mrs     x0, CurrentEL
        check   "CurrentEL", x0
        mrs     x0, SPSel
        check   "SPSel", x0
        mrs     x0, DAIF
        check   "DAIF at entry", x0
        msr     daifclr, #0xf
        mrs     x0, DAIF
        check   "daifclr #15", x0
        msr     daifset, #1
        mrs     x0, DAIF
        check   "daifset #1 (F)", x0
        msr     daifset, #2
        mrs     x0, DAIF
        check   "daifset #2 (I)", x0
        msr     daifset, #4
        mrs     x0, DAIF
        check   "daifset #4 (A)", x0
        msr     daifset, #8
        mrs     x0, DAIF
        check   "daifset #8 (D)", x0
        msr     daifclr, #5
        mrs     x0, DAIF
        check   "daifclr #5 (A F)", x0
        mov     x1, #0x240
        msr     DAIF, x1
        mrs     x0, DAIF
        check   "msr daif 0x240", x0
        mov     x1, #0x140
        msr     DAIF, x1
        mrs     x0, DAIF
        check   "msr daif 0x140", x0
        msr     daifset, #0xf
        mrs     x0, DAIF
        check   "daifset #15", x0
        .irp    v, 0x00000000, 0xf0000000, 0x80000000, 0x40000000, 0x20000000, 0x10000000
        ldr     x1, =\v
        msr     NZCV, x1
        mrs     x0, NZCV
        check   "msr/mrs nzcv \v", x0
        .endr
        mrs     x2, sp_el0
        msr     SPSel, #0
        mrs     x0, SPSel
        check   "msr spsel #0 -> SPSel", x0
        mov     x1, sp
        sub     x0, x1, x2
        check   "sp == sp_el0 while SPSel=0 (difference)", x0
        el1_case _h_report_skip, mrs x2, sp_el0         // UNDEFINED while SPSel=0
        el1_case _h_report_skip, msr sp_el0, x2         // UNDEFINED while SPSel=0
        msr     SPSel, #1
        mrs     x0, SPSel
        check   "msr spsel #1 -> SPSel", x0
        mov     x1, #0
        msr     SPSel, x1
        mrs     x0, SPSel
        check   "msr spsel x1=0 -> SPSel", x0
        mov     x1, #1
        msr     SPSel, x1
        mrs     x0, SPSel
        check   "msr spsel x1=1 -> SPSel", x0

        println "== exception generating instructions at EL1"
        el1_case _h_report, svc #0
        el1_case _h_report, svc #1
        el1_case _h_report, svc #0x1234
        el1_case _h_report, svc #0xffff
        el1_case _h_report_skip, brk #0
        el1_case _h_report_skip, brk #0x3e8
        el1_case _h_report_skip, brk #0xffff
        el1_case _h_report_skip, hlt #0
        el1_case _h_report_skip, hlt #0xf000
        el1_case _h_report_skip, udf #0
        el1_case _h_report_skip, udf #0xbeef
        el1_case _h_report_skip, .inst 0xd4000000       // exc. generation, LL=00: unallocated
        el1_case _h_report_skip, .inst 0xd4a00001       // DCPS1 outside Debug state: UNDEFINED
        el1_case _h_report_skip, .inst 0xd6bf03e0       // DRPS outside Debug state: UNDEFINED
        el1_case _h_report_skip, smc #0
        el1_case _h_report_skip, smc #0x42
        el1_case _h_report_skip, .inst 0xd5180000       // msr midr_el1 x0 (read-only): UNDEFINED
        el1_case _h_report_skip, mrs x0, s3_4_c1_c0_0   // SCTLR_EL2 without EL2: UNDEFINED
        el1_case _h_report_skip, mrs x0, s3_6_c1_c0_0   // SCTLR_EL3 without EL3: UNDEFINED
        el1_case _h_report_skip, msr s3_4_c12_c0_0, x0  // VBAR_EL2 without EL2: UNDEFINED
        // syndrome registers keep their values while no exception is taken
        el1_case _h_report_skip, nop
        // registers are preserved across SVC (the handler restores them)
        ldr     x1, =0x1111111111111111
        ldr     x2, =0x2222222222222222
        ldr     x28, =0x2828282828282828
        set_handler 0x200, _h_report
        svc     #7
        check   "x1 after svc", x1
        check   "x2 after svc", x2
        check   "x28 after svc", x28
        check_exc "exceptions"
        mov     x9, #0x90000000
        msr     nzcv, x9
        svc     #8
        flags   "flags after svc (restored from SPSR)"
        check_exc "exceptions"

        println "== HVC (QEMU PSCI firmware, HVC conduit)"
        ldr     x0, =0x84000000
        ldr     x1, =0x1111111111111111
        ldr     x2, =0x2222222222222222
        ldr     x3, =0x3333333333333333
        hvc     #0
        check   "PSCI_VERSION", x0
        check   "  x1 preserved", x1
        check   "  x2 preserved", x2
        check   "  x3 preserved", x3
        ldr     x0, =0x8400000a
        ldr     x1, =0x84000008
        hvc     #0
        check   "PSCI_FEATURES(SYSTEM_OFF)", x0
        ldr     x0, =0x8400000a
        ldr     x1, =0x84000000
        hvc     #0
        check   "PSCI_FEATURES(PSCI_VERSION)", x0
        ldr     x0, =0x8400000a
        ldr     x1, =0x8400001f
        hvc     #0
        check   "PSCI_FEATURES(0x8400001f)", x0
        mov     x0, #0
        hvc     #0
        check   "hvc #0 x0=0", x0
        ldr     x0, =0x12345678
        hvc     #0
        check   "hvc #0 x0=0x12345678", x0
        ldr     x0, =0x84000000
        hvc     #1
        check   "hvc #1 x0=PSCI_VERSION", x0
        check_exc "exceptions taken by HVC"

        println "== data and instruction aborts (MMU off)"
        ldr     x1, =0x50000000         // beyond 256 MiB of RAM: unassigned
        el1_case _h_report_skip, ldr x2, [x1]
        el1_case _h_report_skip, str x2, [x1, #8]
        el1_case _h_report_skip, ldrb w2, [x1, #3]
        el1_case _h_report_skip, ldp x2, x3, [x1, #16]
        ldr     x1, =0x0000100000000000 // bit 44: beyond the 44-bit PA size
        el1_case _h_report_skip, ldr x2, [x1]
        el1_case _h_report_skip, str w2, [x1, #4]
        ldr     x1, =0xffff000000000000
        el1_case _h_report_skip, ldr x2, [x1]
        ldr     x1, =0x50000000
        el1_case _h_report_lr, blr x1
        ldr     x1, =0x0000100000000000
        el1_case _h_report_lr, blr x1

        println "== PC alignment"
        adrl    x1, pc_target
        add     x1, x1, #2
        el1_case _h_report_lr, blr x1
        add     x1, x1, #-1
        el1_case _h_report_lr, blr x1
        adrl    x1, pc_target
        add     x1, x1, #3
        el1_case _h_report_lr, ret_via_x1
        adrl    x1, pc_target
        add     x1, x1, #1
        el1_case _h_report_lr, br_via_x1

        println "== exceptions taken while on SP_EL0 (vector 0x000)"
        // SVC while on SP_EL0 -> current EL with SP0 vector (0x000)
        msr     SPSel, #0
        set_handler 0x000, _h_report
        svc     #0x5
        msr     SPSel, #1
        clear_handler 0x000
        check_exc "svc on SP_EL0"

        println "== DAIF / SPSel on exception entry"
        msr     daifclr, #0xf
        mov     x9, #0xa0000000
        msr     nzcv, x9
        set_handler 0x200, h_pstate
        svc     #0x77
        mrs     x0, DAIF
        check   "DAIF after return (restored from SPSR)", x0
        msr     daifset, #0xf

        println "== illegal exception return"
        check_exc "exceptions before"
        set_handler 0x200, h_clear_il
        adrl    x1, ill_target1
        msr     elr_el1, x1
        mov     x1, #0x3c9              // EL2h: not implemented -> illegal
        msr     spsr_el1, x1
        eret
ill_target1:
        mrs     x0, CurrentEL
        check   "after illegal return to EL2h: CurrentEL", x0
        adrl    x1, ill_target2
        msr     elr_el1, x1
        mov     x1, #0x3c1              // M = 0b0001 (EL0 with SP_EL1): illegal
        msr     spsr_el1, x1
        eret
ill_target2:
        mrs     x0, CurrentEL
        check   "after illegal return to M=0b0001: CurrentEL", x0
        adrl    x1, ill_target3
        msr     elr_el1, x1
        mov     x1, #0x3cd              // EL3h: not implemented -> illegal
        msr     spsr_el1, x1
        eret
ill_target3:
        mrs     x0, CurrentEL
        check   "after illegal return to EL3h: CurrentEL", x0
        // legal: ERET to EL1t
        adrl    x1, el1t_target
        msr     elr_el1, x1
        mov     x1, #0x3c4
        msr     spsr_el1, x1
        eret
el1t_target:
        mrs     x0, SPSel
        msr     SPSel, #1
        check   "after eret to EL1t: SPSel", x0
        check_exc "illegal state exceptions"

        println "== FP/SIMD traps (CPACR_EL1.FPEN)"
        mrs     x0, cpacr_el1
        check   "cpacr_el1 at reset", x0
        ldr     x1, =0x0123456789abcdef
        el1_case _h_report_skip, fmov d0, x1
        el1_case _h_report_skip, mrs x0, fpcr
        el1_case _h_report_skip, msr fpsr, x0
        el1_case _h_report_skip, add v0.4s, v1.4s, v2.4s
        el1_case _h_report_skip, ldr q0, [sp]
        el1_case _h_report_skip, fadd s0, s1, s2
        mov     x0, #(1 << 20)          // FPEN = 01: EL1 allowed, EL0 trapped
        msr     cpacr_el1, x0
        isb
        el1_case _h_report_skip, fmov d0, x1
        fmov    x2, d0
        check   "fmov x2 d0 (FPEN=01)", x2
        el0_case _h_report_skip, fmov d1, x1
        el0_case _h_report_skip, mrs x3, fpsr
        mov     x0, #(3 << 20)          // FPEN = 11: nothing trapped
        msr     cpacr_el1, x0
        isb
        mov     x1, #0x77
        el0_case _h_report_skip, fmov d1, x1
        fmov    x2, d1
        check   "fmov x2 d1 (set at EL0)", x2
        msr     cpacr_el1, xzr
        isb

        println "== exceptions from EL0"
        el0_case _h_report, svc #0
        el0_case _h_report, svc #0x42
        el0_case _h_report_skip, brk #0x10
        el0_case _h_report_skip, udf #1
        el0_case _h_report_skip, hlt #0
        el0_case _h_report_skip, hvc #0
        el0_case _h_report_skip, smc #0
        el0_case _h_report_skip, eret
        el0_case _h_report_skip, .inst 0xd4000000
        el0_case _h_report_skip, mrs x0, sctlr_el1
        el0_case _h_report_skip, msr sctlr_el1, x0
        el0_case _h_report_skip, mrs x0, CurrentEL
        el0_case _h_report_skip, mrs x0, SPSel
        el0_case _h_report_skip, msr SPSel, #0
        el0_case _h_report_skip, mrs x0, elr_el1
        el0_case _h_report_skip, mrs x0, vbar_el1
        el0_case _h_report_skip, mrs x0, midr_el1
        el0_case _h_report_skip, msr tpidrro_el0, x0
        el0_case _h_report_skip, tlbi vmalle1
        el0_case _h_report_skip, at s1e0r, x0
        el0_case _h_report_skip, dc ivac, x0
        el0_case _h_report_skip, dc cisw, x0
        el0_case _h_report_skip, ic iallu
        el0_case _h_report_skip, ic ialluis
        // EL0 registers
        ldr     x1, =0x5a5a5a5a5a5a5a5a
        msr     tpidrro_el0, x1
        el0_case _h_report_skip, mrs x2, tpidrro_el0
        check   "  tpidrro_el0 read at el0", x2
        ldr     x1, =0x1234
        el0_case _h_report_skip, msr tpidr_el0, x1
        mrs     x2, tpidr_el0
        check   "  tpidr_el0 written at el0", x2
        mov     x9, #0x60000000
        el0_case _h_report_skip, nzcv_rw
        check   "  nzcv written then read at el0", x2
        // aborts at EL0
        ldr     x1, =0x50000000
        el0_case _h_report_skip, ldr x2, [x1]
        el0_case _h_report_skip, str x2, [x1]
        el0_case _h_report_lr, blr x1
        adrl    x1, el0_pc_target
        add     x1, x1, #2
        el0_case _h_report_lr, blr x1
        el0_case _h_report_lr, br_via_x1
        el0_case _h_report_lr, ret_via_x1

        println "== SCTLR_EL1 EL0 trap controls"
        mrs     x0, sctlr_el1
        check   "sctlr_el1 at reset", x0
        // UMA: DAIF access from EL0
        // (MSR DAIFSet/DAIFClr at EL0 with UMA=0 is not printed: QEMU 7.2
        // swaps Op1/Op2 in the ISS of that trap)
        el0_case _h_report_skip, mrs x2, DAIF
        el0_case _h_report_skip, msr DAIF, x0
        sctlr_set SCTLR_UMA
        el0_case _h_report_skip, mrs x2, DAIF
        check   "  DAIF read at el0 (UMA=1)", x2
        set_el0_spsr 0x000
        el0_case _h_report_skip, daif_rw
        check   "  DAIF at el0 after daifset #3", x2
        set_el0_spsr 0x3c0
        sctlr_clr SCTLR_UMA
        // UCT: CTR_EL0
        el0_case _h_report_skip, mrs x2, ctr_el0
        sctlr_set SCTLR_UCT
        mov     x2, #0
        el0_case _h_report_skip, mrs x2, ctr_el0
        check   "  ctr_el0 read at el0 (UCT=1)", x2
        sctlr_clr SCTLR_UCT
        // DZE: DC ZVA and DCZID_EL0.DZP
        el0_case _h_report_skip, mrs x2, dczid_el0
        check   "  dczid_el0 at el0 (DZE=0)", x2
        adrl    x1, el0_zbuf
        el0_case _h_report_skip, dc zva, x1
        sctlr_set SCTLR_DZE
        el0_case _h_report_skip, mrs x2, dczid_el0
        check   "  dczid_el0 at el0 (DZE=1)", x2
        mrs     x2, dczid_el0
        check   "  dczid_el0 at el1", x2
        // DC ZVA needs Normal memory: MMU on for this part
        mmu_identity_on
        adrl    x1, el0_zbuf
        ldr     x2, =0xabababababababab
        mov     x3, #0
1:      str     x2, [x1, x3]
        add     x3, x3, #8
        cmp     x3, #192
        b.lo    1b
        add     x1, x1, #64 + 5         // any address inside the block
        el0_case _h_report_skip, dc zva, x1
        adrl    x1, el0_zbuf
        mov     x3, #0
        mov     x4, #0                  // bitmask of zero doublewords
1:      ldr     x2, [x1, x3, lsl #3]
        cbnz    x2, 2f
        mov     x5, #1
        lsl     x5, x5, x3
        orr     x4, x4, x5
2:      add     x3, x3, #1
        cmp     x3, #24
        b.lo    1b
        check   "  zeroed doublewords of el0_zbuf (bit i = [8*i])", x4
        mmu_off
        sctlr_clr SCTLR_DZE
        // UCI: cache maintenance by VA from EL0
        adrl    x1, el0_zbuf
        el0_case _h_report_skip, dc cvau, x1
        el0_case _h_report_skip, dc cvac, x1
        el0_case _h_report_skip, dc civac, x1
        el0_case _h_report_skip, ic ivau, x1
        sctlr_set SCTLR_UCI
        el0_case _h_report_skip, dc cvau, x1
        el0_case _h_report_skip, dc cvac, x1
        el0_case _h_report_skip, dc civac, x1
        el0_case _h_report_skip, ic ivau, x1
        el0_case _h_report_skip, dc ivac, x1
        sctlr_clr SCTLR_UCI
        // nTWI: WFI at EL0 (no interrupt can be pending here)
        sctlr_clr SCTLR_nTWI
        el0_case _h_report_skip, wfi
        sctlr_set SCTLR_nTWI

        ldp     x29, x30, [sp], #16
        ret

// print "no exception" if none was taken since the last call; reset count
end_case:
        stp     x0, x30, [sp, #-16]!
        adrl    x0, _exc_count
        ldr     x0, [x0]
        cbnz    x0, 1f
        println "no exception"
1:      adrl    x0, _exc_count
        str     xzr, [x0]
        clear_handler 0x000
        clear_handler 0x200
        clear_handler 0x400
        ldp     x0, x30, [sp], #16
        ret

// SVC handler that reports PSTATE inside the handler
h_pstate:
        str     x30, [sp, #-16]!
        mov     x19, x1
        bl      _h_report
        mrs     x0, DAIF
        check   "  DAIF in handler", x0
        mrs     x0, SPSel
        check   "  SPSel in handler", x0
        mrs     x0, CurrentEL
        check   "  CurrentEL in handler", x0
        ldr     x30, [sp], #16
        ret

// illegal execution state handler: report, clear SPSR.IL, return to ELR
h_clear_il:
        str     x30, [sp, #-16]!
        mov     x19, x1
        bl      _h_report
        ldr     x0, [x19, #FRAME_SPSR]
        bic     x0, x0, #(1 << 20)
        str     x0, [x19, #FRAME_SPSR]
        ldr     x30, [sp], #16
        ret

        .balign 16
pc_target:
        nop
        nop
        ret

        el0_code
        .balign 16
el0_pc_target:
        nop
        nop
        ret
        el0_code_end

        .pushsection .el0.bss, "aw", %nobits
        .balign 256
el0_zbuf: .skip 256
        .popsection

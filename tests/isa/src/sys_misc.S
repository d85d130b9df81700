// sys_misc: exception return corner cases and the edges of the system
// instruction space (Arm ARM D1.11, C5.1, C6.2).
//  * ERET: reserved SPSR.M values (M[1] set) and AArch32 EL1 modes are
//    illegal returns (PSTATE.IL, EC 0x0E at the target, EL and SP kept,
//    NZCV/DAIF taken from SPSR); a legal return with SPSR.IL set also makes
//    the next instruction raise EC 0x0E; SPSR.SS is not restored while
//    software step is disabled (MDSCR_EL1.SS = 0);
//  * MSR SPSel, #imm uses CRm[0] only;
//  * UNDEFINED encodings in the hint/barrier/PSTATE/SYS space: hints with
//    op1 != 3 or Rt != 31, barriers with op2 = 0, 1, 3, 7 (SB is not in
//    ARMv8.0), PSTATE fields of later extensions (CFINV, XAFlag, AXFlag,
//    UAO, PAN, SSBS, DIT, TCO), op0 = 0 with L = 1, SYSL, SYS encodings with
//    no operation, EL2/EL3 TLBI and AT operations;
//  * DC ZVA faults (MMU on): translation faults at levels 1 and 2 report the
//    address given (not the block) with WnR = 1, and nothing is written.
        .include "common.inc"

        .macro  undef insn:vararg
        print   "\insn -> "
        \insn
        bl      end_case
        .endm

        // ERET to label 1f with SPSR = \spsr; the handler (h_clear_il) clears
        // SPSR.IL so that execution continues after 1f
        .macro  eret_case name, spsr
        print   "\name: "
        adrl    x1, 1f
        msr     elr_el1, x1
        ldr     x1, =\spsr
        msr     spsr_el1, x1
        eret
1:      nop
        mrs     x0, CurrentEL
        mrs     x1, SPSel
        orr     x0, x0, x1
        mrs     x1, nzcv
        orr     x0, x0, x1
        mrs     x1, DAIF
        orr     x0, x0, x1
        msr     SPSel, #1
        msr     daifset, #0xf
        msr     nzcv, xzr
        check   "   CurrentEL|SPSel|NZCV|DAIF after", x0
        bl      end_case
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        set_handler 0x200, h_clear_il
        set_handler 0x000, h_clear_il
        println "== ERET"
        eret_case "M=0b00010 (reserved)", 0x90000002
        eret_case "M=0b00110 (reserved)", 0x90000346
        eret_case "M=0b00111 (reserved)", 0x600003c7
        eret_case "M=0b10011 (AArch32 SVC)", 0x400003d3
        eret_case "M=0b11111 (AArch32 SYS)", 0x200003df
        eret_case "EL1h with SPSR.IL", 0x301003c5
        eret_case "EL1t with SPSR.IL", 0x80100384
        eret_case "EL1h with SPSR.SS", 0x402003c5
        eret_case "EL1t legal", 0xa0000344
        // SS bit on a legal return: the SPSR of the next exception shows it clear
        set_handler 0x200, _h_report
        adrl    x1, 2f
        msr     elr_el1, x1
        ldr     x1, =0x002003c5
        msr     spsr_el1, x1
        eret
2:      svc     #1
        check_exc "exceptions"

        println "== ERET to a tagged address"
        set_handler 0x200, _h_report_lr
        mrs     x19, tcr_el1
        mov     x1, #(1 << 37)          // TBI0
        msr     tcr_el1, x1
        isb
        adrl    x1, 3f
        movk    x1, #0x5a00, lsl #48
        msr     elr_el1, x1
        ldr     x1, =0x000003c5
        msr     spsr_el1, x1
        adrl    x30, 4f
        eret
3:      svc     #2                      // ELR (PC + 4) shows the tag is gone
4:      msr     tcr_el1, x19            // TBI0 = 0: the tagged PC is fetched as is
        isb
        adrl    x1, 3f
        movk    x1, #0x5a00, lsl #48
        msr     elr_el1, x1
        adrl    x30, 4f
        eret
3:      nop
4:      check_exc "exceptions"

        println "== MSR SPSel, #imm"
        .irp    crm, 0, 1, 2, 3, 14, 15
        .inst   0xd50040bf | (\crm << 8)
        mrs     x0, SPSel
        msr     SPSel, #1
        check   "msr spsel, crm=\crm -> SPSel", x0
        .endr

        println "== UNDEFINED system encodings"
        set_handler 0x200, _h_report_skip
        undef   .inst 0xd500201f        // hint space, op1 = 0
        undef   .inst 0xd503201e        // NOP with Rt = 30
        undef   .inst 0xd503209e        // SEV with Rt = 30
        undef   .inst 0xd503301f        // barrier op2 = 0
        undef   .inst 0xd503303f        // barrier op2 = 1
        undef   .inst 0xd503307f        // barrier op2 = 3
        undef   .inst 0xd50330ff        // SB
        undef   .inst 0xd5033f9e        // DSB SY with Rt = 30
        undef   .inst 0xd500401f        // CFINV
        undef   .inst 0xd500403f        // XAFlag
        undef   .inst 0xd500405f        // AXFlag
        undef   .inst 0xd500407f        // MSR UAO, #0
        undef   .inst 0xd500409f        // MSR PAN, #0
        undef   .inst 0xd503403f        // MSR SSBS, #0
        undef   .inst 0xd503405f        // MSR DIT, #0
        undef   .inst 0xd503409f        // MSR TCO, #0
        undef   .inst 0xd500411f        // op1 = 0, op2 = 0, CRm = 1
        undef   .inst 0xd503449f        // op1 = 3, op2 = 4
        undef   .inst 0xd5233f9f        // op0 = 0 with L = 1
        undef   .inst 0xd5287600        // SYSL #0, C7, C6, #0, x0
        undef   .inst 0xd52b7420        // SYSL #3, C7, C4, #1, x0 (DC ZVA as SYSL)
        undef   sys #0, c7, c0, #0, x0
        undef   sys #3, c7, c6, #1, x0  // DC IVAC encoding with op1 = 3
        undef   sys #3, c7, c12, #1, x0 // DC CVAP (ARMv8.2)
        undef   sys #3, c7, c13, #1, x0 // DC CVADP (ARMv8.5)
        undef   sys #0, c8, c1, #0, x0  // TLBI VMALLE1OS (ARMv8.4)
        undef   sys #4, c8, c7, #0, x0  // TLBI ALLE2
        undef   sys #4, c8, c7, #4, x0  // TLBI ALLE1
        undef   sys #6, c8, c7, #0, x0  // TLBI ALLE3
        undef   sys #4, c7, c8, #0, x0  // AT S1E2R
        undef   sys #4, c7, c8, #4, x0  // AT S12E1R
        undef   sys #6, c7, c8, #0, x0  // AT S1E3R
        undef   sys #0, c7, c9, #0, x0  // AT S1E1RP (ARMv8.2)

        println "== DC ZVA faults (MMU on)"
        mmu_identity_on
        set_handler 0x200, _h_report_skip
        ldr     x1, =0x80000000 + 13    // L1 entry 2: invalid (level 1 fault)
        undef   dc zva, x1
        ldr     x1, =0x50000000 + 0x47  // L2 entry 128: invalid (level 2 fault)
        undef   dc zva, x1
        adrl    x1, zbuf
        ldr     x2, =0x5555555555555555
        str     x2, [x1]
        str     x2, [x1, #56]
        str     x2, [x1, #64]
        undef   dc zva, x1
        ldr     x2, [x1]
        check   "zbuf[0] after dc zva", x2
        ldr     x2, [x1, #56]
        check   "zbuf[56] after dc zva", x2
        ldr     x2, [x1, #64]
        check   "zbuf[64] after dc zva", x2
        mmu_off

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
        ldp     x0, x30, [sp], #16
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

        .bss
        .balign 256
zbuf:   .skip   256

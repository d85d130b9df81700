// sys_access: which system register and system instruction encodings exist,
// and how EL0 accesses to them are treated (Arm ARM C5.3, D13; QEMU 7.2
// cortex-a57 on virt, no EL2/EL3).
//  * MRS sweep at EL1 over op0 = 2, 3 and every op1/CRn/CRm/op2: the
//    encodings that do not take an exception are listed (key only, no value:
//    ID registers, counters and syndrome registers are not printed);
//  * SYS sweep at EL1 (op0 = 1): DC, IC, AT and TLBI operations that exist;
//  * MRS sweeps at EL0 over op1 = 0 and 3 with the SCTLR_EL1 EL0 controls
//    (UCT, UMA, DZE, UCI) clear and set, MDSCR_EL1.TDCC set, CNTKCTL_EL1
//    both ways, CPACR_EL1.FPEN both ways: the key and ESR of every access
//    that is not UNDEFINED (EC 0) are listed, or the key and "ok";
//  * SYS sweeps at EL0 with the controls clear and set.
// Left out: the PMU registers (op0=3, op1=3, CRn=9, CRm=12..14 and CRn=14,
// CRm=8..15; op0=3, op1=0, CRn=9, CRm=14), which QEMU's cortex-a57 has and
// this emulator does not advertise (ID_AA64DFR0_EL1.PMUVer = 0).
// The printed key is op0:op1:CRn:CRm:op2 = (op0<<14)|(op1<<11)|(CRn<<7)|(CRm<<3)|op2.
        .include "common.inc"

        .set    SCTLR_UMA,  1 << 9
        .set    SCTLR_DZE,  1 << 14
        .set    SCTLR_UCT,  1 << 15
        .set    SCTLR_UCI,  1 << 26

        // assemble-time filter: 1 for the PMU encodings left out
        .macro  is_pmu op0, op1, crn, crm
        .set    .Lpmu, 0
        .if (\op0 == 3) && (\op1 == 3) && (\crn == 9) && (\crm >= 12)
        .set    .Lpmu, 1
        .endif
        .if (\op0 == 3) && (\op1 == 3) && (\crn == 14) && (\crm >= 8)
        .set    .Lpmu, 1
        .endif
        .if (\op0 == 3) && (\op1 == 0) && (\crn == 9) && (\crm == 14)
        .set    .Lpmu, 1
        .endif
        .endm

        // one MRS (op0 2/3) or SYS (op0 1) probe; x20 = ESR if an exception
        // was taken (handler h_flag), else -1; report prints the line
        .macro  probe op0, op1, crn, crm, op2
        is_pmu  \op0, \op1, \crn, \crm
        .if .Lpmu == 0
        mov     x20, #-1
        .if \op0 == 1
        mov     x0, x19
        sys     #\op1, c\crn, c\crm, #\op2, x0
        .else
        mrs     x0, s\op0\()_\op1\()_c\crn\()_c\crm\()_\op2
        .endif
        mov     x21, #((\op0 << 14) | (\op1 << 11) | (\crn << 7) | (\crm << 3) | \op2)
        bl      report
        .endif
        .endm

        .macro  sweep_op2 op0, op1, crn, crm
        .irp    op2, 0, 1, 2, 3, 4, 5, 6, 7
        probe   \op0, \op1, \crn, \crm, \op2
        .endr
        .endm
        .macro  sweep_crm op0, op1, crn
        .irp    crm, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
        sweep_op2 \op0, \op1, \crn, \crm
        .endr
        .endm
        .macro  sweep op0, op1
        .irp    crn, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
        sweep_crm \op0, \op1, \crn
        .endr
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

test_main:
        stp     x29, x30, [sp, #-16]!
        set_handler 0x200, h_flag
        set_handler 0x400, h_flag
        adrl    x19, scratch

        println "== MRS at EL1, op0=2"
        mov     x23, #0                 // report mode: existing encodings
        bl      el1_mrs2
        println "== MRS at EL1, op0=3"
        bl      el1_mrs3
        println "== SYS at EL1"
        bl      el1_sys

        mov     x23, #1                 // report mode: everything but UNDEFINED
        println "== MRS at EL0, controls clear"
        sctlr_clr SCTLR_UMA | SCTLR_DZE | SCTLR_UCT | SCTLR_UCI
        msr     cntkctl_el1, xzr
        msr     cpacr_el1, xzr
        isb
        run_el0 el0_mrs
        println "== MRS at EL0, controls set (UMA DZE UCT UCI, CNTKCTL 0x303, FPEN 11, TDCC)"
        sctlr_set SCTLR_UMA | SCTLR_DZE | SCTLR_UCT | SCTLR_UCI
        mov     x0, #0x303
        msr     cntkctl_el1, x0
        mov     x0, #(3 << 20)
        msr     cpacr_el1, x0
        mov     x0, #(1 << 12)
        msr     mdscr_el1, x0
        isb
        run_el0 el0_mrs
        msr     mdscr_el1, xzr
        println "== SYS at EL0, controls set"
        run_el0 el0_sys
        println "== SYS at EL0, controls clear"
        sctlr_clr SCTLR_UMA | SCTLR_DZE | SCTLR_UCT | SCTLR_UCI
        msr     cntkctl_el1, xzr
        msr     cpacr_el1, xzr
        isb
        run_el0 el0_sys
        ldp     x29, x30, [sp], #16
        ret

// x20 = -1 (no exception) or ESR; x21 = key; x23 = mode.
// mode 0: print the key of encodings without exception.
// mode 1: print key and ESR for exceptions other than EC 0, key and "ok" otherwise.
report:
        cmn     x20, #1
        b.eq    2f
        cbz     x23, 9f
        lsr     x24, x20, #26
        cbz     x24, 9f
        stp     x0, x30, [sp, #-16]!
        mov     x0, x21
        mov     x1, #4
        bl      _puthex
        mov     w0, #' '
        bl      _putc
        mov     x0, x20
        mov     x1, #8
        bl      _puthex
        bl      _newline
        ldp     x0, x30, [sp], #16
        ret
2:      stp     x0, x30, [sp, #-16]!
        mov     x0, x21
        mov     x1, #4
        bl      _puthex
        cbz     x23, 3f
        adrl    x0, ok_str
        bl      _puts
3:      bl      _newline
        ldp     x0, x30, [sp], #16
9:      ret

// exception handler: record ESR in the frame's x20, skip the instruction
h_flag:
        ldr     x0, [x1, #FRAME_ESR]
        str     x0, [x1, #20 * 8]
        ldr     x0, [x1, #FRAME_ELR]
        add     x0, x0, #4
        str     x0, [x1, #FRAME_ELR]
        ret

el1_mrs2:
        str     x30, [sp, #-16]!
        .irp    op1, 0, 1, 2, 3, 4, 5, 6, 7
        sweep   2, \op1
        .endr
        ldr     x30, [sp], #16
        ret
el1_mrs3:
        str     x30, [sp, #-16]!
        .irp    op1, 0, 1, 2, 3, 4, 5, 6, 7
        sweep   3, \op1
        .endr
        ldr     x30, [sp], #16
        ret
el1_sys:
        str     x30, [sp, #-16]!
        .irp    op1, 0, 1, 2, 3, 4, 5, 6, 7
        sweep   1, \op1
        .endr
        ldr     x30, [sp], #16
        ret

        el0_code
el0_mrs:
        adrl    x19, el0_scratch
        mov     x23, #1
        .irp    op0, 2, 3
        .irp    op1, 0, 3
        sweep   \op0, \op1
        .endr
        .endr
        el0_return
el0_sys:
        adrl    x19, el0_scratch
        mov     x23, #1
        .irp    op1, 0, 3
        sweep   1, \op1
        .endr
        el0_return
        .ltorg
        el0_code_end

        .pushsection .rodata.str, "a"
ok_str: .asciz  " ok"
        .popsection

        .bss
        .balign 4096
scratch: .skip  4096
        .pushsection .el0.bss, "aw", %nobits
        .balign 4096
el0_scratch: .skip 4096
        .popsection

// timer: Generic Timer (Arm ARM D11) + GICv2 interrupt delivery on QEMU virt.
//  * CNTFRQ_EL0; CNTVCT/CNTPCT advance (only booleans are printed, never
//    raw counter values);
//  * CNTV/CNTP CTL/CVAL/TVAL semantics: ISTATUS with ENABLE=1 (CVAL in the
//    past / far future), TVAL writes set CVAL = count + SignExtend(TVAL),
//    TVAL reads = low 32 bits of (CVAL - count), ISTATUS is read-only;
//  * GICv2 (distributor 0x08000000, CPU interface 0x08010000): the virtual
//    timer (PPI 27) and the physical timer (PPI 30) fire, the core wakes
//    from WFI (IRQ masked, so the wake-up cannot race with the handler),
//    the IRQ is taken at VBAR_EL1 + 0x280, GICC_IAR gives the INTID, EOI;
//  * CNTKCTL_EL1 controls of EL0 access (traps are EC 0x18).
        .include "common.inc"

        .set    GICD, 0x08000000
        .set    GICC, 0x08010000

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

        // print a boolean
        .macro  bool name, cond
        cset    x0, \cond
        check   "\name", x0
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!

        println "== counters"
        mrs     x0, cntfrq_el0
        check   "CNTFRQ_EL0", x0
        isb
        mrs     x1, cntvct_el0
        isb
        mrs     x2, cntvct_el0
        cmp     x2, x1
        bool    "cntvct non-decreasing", hs
        mov     x3, #0
1:      isb
        mrs     x2, cntvct_el0
        cmp     x2, x1
        b.ne    2f
        add     x3, x3, #1
        ldr     x4, =10000000
        cmp     x3, x4
        b.lo    1b
2:      cmp     x2, x1
        bool    "cntvct advances", hi
        isb
        mrs     x1, cntpct_el0
        isb
        mrs     x5, cntvct_el0
        isb
        mrs     x2, cntpct_el0
        cmp     x5, x1
        ccmp    x2, x5, #0, hs
        bool    "cntpct <= cntvct <= cntpct (CNTVOFF = 0)", hs
        // make sure count >= 0x80000 so that "count - 0x40000" below cannot
        // wrap (the counter value itself is never printed)
1:      isb
        mrs     x0, cntvct_el0
        lsr     x0, x0, #19
        cbz     x0, 1b

        println "== virtual timer registers"
        msr     cntv_ctl_el0, xzr
        isb
        mrs     x0, cntv_ctl_el0
        and     x0, x0, #3              // ISTATUS is UNKNOWN when disabled
        check   "cntv_ctl (disabled) & 3", x0
        mov     x0, #3                  // ENABLE | IMASK
        msr     cntv_ctl_el0, x0
        msr     cntv_cval_el0, xzr
        isb
        mrs     x0, cntv_ctl_el0
        check   "cntv_ctl enable+imask cval=0 (ISTATUS=1)", x0
        ldr     x1, =0xffffffffffffffff
        msr     cntv_cval_el0, x1
        isb
        mrs     x0, cntv_ctl_el0
        check   "cntv_ctl enable+imask cval=max (ISTATUS=0)", x0
        mrs     x0, cntv_cval_el0
        check   "cntv_cval read back", x0
        mov     x1, #7                  // ISTATUS is read-only
        msr     cntv_ctl_el0, x1
        isb
        mrs     x0, cntv_ctl_el0
        check   "cntv_ctl after writing 7 (cval=max)", x0
        // TVAL write: CVAL = CNTVCT + SignExtend(TVAL)
        ldr     x6, =1000000
        isb
        mrs     x1, cntvct_el0
        msr     cntv_tval_el0, x6
        isb
        mrs     x2, cntvct_el0
        mrs     x3, cntv_cval_el0
        sub     x4, x3, x1              // cval - before
        sub     x5, x2, x1              // after - before
        cmp     x4, x6
        add     x5, x5, x6
        ccmp    x4, x5, #2, hs
        bool    "tval=1000000: cnt_before+1e6 <= cval <= cnt_after+1e6", ls
        mrs     x0, cntv_ctl_el0
        check   "  cntv_ctl (not yet expired)", x0
        mrs     x0, cntv_tval_el0
        lsr     x7, x0, #32
        check   "  tval[63:32]", x7
        cmp     x0, x6
        ccmp    x0, #0, #0, ls
        bool    "  0 < tval <= 1000000", hi
        ldr     x6, =0xfffffffffffc0000 // TVAL = -0x40000 (low 32 bits used)
        isb
        mrs     x1, cntvct_el0
        msr     cntv_tval_el0, x6
        isb
        mrs     x2, cntvct_el0
        mrs     x3, cntv_cval_el0
        sub     x4, x1, x3              // before - cval
        sub     x5, x2, x3              // after - cval
        mov     x7, #0x40000
        cmp     x4, x7
        ccmp    x5, x7, #0, ls
        bool    "tval=-0x40000: cval = count - 0x40000", hs
        mrs     x0, cntv_ctl_el0
        check   "  cntv_ctl (expired)", x0
        mrs     x0, cntv_tval_el0
        lsr     x7, x0, #31
        check   "  tval bit31..63 (negative 32-bit value, zero-extended)", x7
        msr     cntv_ctl_el0, xzr

        println "== physical timer registers"
        mov     x0, #3
        msr     cntp_ctl_el0, x0
        msr     cntp_cval_el0, xzr
        isb
        mrs     x0, cntp_ctl_el0
        check   "cntp_ctl enable+imask cval=0", x0
        ldr     x1, =0x7fffffffffffffff
        msr     cntp_cval_el0, x1
        isb
        mrs     x0, cntp_ctl_el0
        check   "cntp_ctl enable+imask cval=2^63-1", x0
        mrs     x0, cntp_cval_el0
        check   "cntp_cval read back", x0
        ldr     x6, =0x7fffffff
        isb
        mrs     x1, cntpct_el0
        msr     cntp_tval_el0, x6
        isb
        mrs     x2, cntpct_el0
        mrs     x3, cntp_cval_el0
        sub     x4, x3, x1
        sub     x5, x2, x1
        cmp     x4, x6
        add     x5, x5, x6
        ccmp    x4, x5, #2, hs
        bool    "tval=0x7fffffff: cval - count in range", ls
        ldr     x6, =0x80000000         // most negative 32-bit TVAL
        isb
        mrs     x1, cntpct_el0
        msr     cntp_tval_el0, x6
        isb
        mrs     x2, cntpct_el0
        mrs     x3, cntp_cval_el0
        sub     x4, x1, x3
        sub     x5, x2, x3
        cmp     x4, x6
        ccmp    x5, x6, #0, ls
        bool    "tval=0x80000000: cval = count - 2^31 (mod 2^64)", hs
        ldr     x6, =0xfffffff0         // TVAL = -16
        msr     cntp_tval_el0, x6
        isb
        mrs     x0, cntp_ctl_el0
        check   "  cntp_ctl after tval=-16 (expired)", x0
        msr     cntp_ctl_el0, xzr

        println "== GICv2"
        ldr     x20, =GICD
        ldr     x21, =GICC
        ldr     w0, [x20, #0x004]
        check   "GICD_TYPER", x0
        ldr     w0, [x20, #0x008]
        check   "GICD_IIDR", x0
        ldr     w0, [x21, #0x0fc]
        check   "GICC_IIDR", x0
        ldr     w0, [x20, #0x100]
        check   "GICD_ISENABLER0 at reset", x0
        // PPIs 27 (virtual timer) and 30 (physical timer): priority 0x80
        mov     w0, #0x80
        strb    w0, [x20, #0x400 + 27]
        strb    w0, [x20, #0x400 + 30]
        ldr     w0, [x20, #0x418]
        check   "GICD_IPRIORITYR6 (INTID 24..27)", x0
        ldr     w0, [x20, #0x41c]
        check   "GICD_IPRIORITYR7 (INTID 28..31)", x0
        mov     w0, #(1 << 27) | (1 << 30)
        str     w0, [x20, #0x100]
        ldr     w0, [x20, #0x100]
        mov     w1, #(1 << 27) | (1 << 30)
        and     w0, w0, w1
        check   "GICD_ISENABLER0 & PPI27|PPI30", x0
        mov     w0, #1
        str     w0, [x20, #0x000]       // GICD_CTLR: enable
        mov     w0, #0xff
        str     w0, [x21, #0x004]       // GICC_PMR
        ldr     w0, [x21, #0x004]
        check   "GICC_PMR after writing 0xff", x0
        str     wzr, [x21, #0x008]      // GICC_BPR
        mov     w0, #1
        str     w0, [x21, #0x000]       // GICC_CTLR: enable
        ldr     w0, [x21, #0x00c]
        check   "GICC_IAR with nothing pending", x0

        set_handler 0x280, irq_handler
        println "-- virtual timer (PPI 27)"
        msr     daifset, #2
        ldr     x1, =2000               // 32 us
        msr     cntv_tval_el0, x1
        mov     x0, #1                  // ENABLE, not masked
        msr     cntv_ctl_el0, x0
        isb
        bl      wait_irq_pending
        ldr     w0, [x20, #0x200]       // GICD_ISPENDR0
        ubfx    w0, w0, #27, #1
        check   "GICD_ISPENDR0 bit 27 while masked", x0
        mrs     x0, cntv_ctl_el0
        check   "cntv_ctl when pending", x0
        msr     daifclr, #2
        isb
        msr     daifset, #2
        check_exc "irqs taken"
        mrs     x0, isr_el1
        check   "ISR_EL1 after handler", x0
        ldr     w0, [x21, #0x00c]
        check   "GICC_IAR after EOI (spurious)", x0
        mrs     x0, cntv_ctl_el0
        check   "cntv_ctl after handler (masked)", x0

        println "-- physical timer (PPI 30)"
        ldr     x1, =1000
        msr     cntp_tval_el0, x1
        mov     x0, #1
        msr     cntp_ctl_el0, x0
        isb
        bl      wait_irq_pending
        ldr     w0, [x20, #0x200]
        ubfx    w0, w0, #30, #1
        check   "GICD_ISPENDR0 bit 30 while masked", x0
        msr     daifclr, #2
        isb
        msr     daifset, #2
        check_exc "irqs taken"
        mrs     x0, isr_el1
        check   "ISR_EL1 after handler", x0
        mrs     x0, cntp_ctl_el0
        check   "cntp_ctl after handler (masked)", x0

        println "-- timer condition met but IMASK=1: no interrupt"
        mov     x0, #3
        msr     cntv_ctl_el0, x0
        msr     cntv_cval_el0, xzr
        isb
        mrs     x0, isr_el1
        check   "ISR_EL1 (IMASK=1)", x0
        ldr     w0, [x20, #0x200]
        ubfx    w0, w0, #27, #1
        check   "GICD_ISPENDR0 bit 27 (IMASK=1)", x0
        msr     cntv_ctl_el0, xzr
        msr     cntp_ctl_el0, xzr
        // disabled at the distributor: pending but not signalled
        mov     w0, #(1 << 27)
        str     w0, [x20, #0x180]       // GICD_ICENABLER0
        mov     x0, #1
        msr     cntv_ctl_el0, x0
        msr     cntv_cval_el0, xzr
        isb
        ldr     w0, [x20, #0x200]
        ubfx    w0, w0, #27, #1
        check   "GICD_ISPENDR0 bit 27 (disabled at GICD)", x0
        mrs     x0, isr_el1
        check   "ISR_EL1 (disabled at GICD)", x0
        msr     cntv_ctl_el0, xzr
        isb
        str     wzr, [x21, #0x000]
        str     wzr, [x20, #0x000]
        clear_handler 0x280

        println "== EL0 access (CNTKCTL_EL1)"
        msr     cntkctl_el1, xzr
        isb
        bl      el0_timer_cases
        .irp    bits, 0x1, 0x2, 0x100, 0x200
        mov     x0, #\bits
        msr     cntkctl_el1, x0
        isb
        println "-- CNTKCTL_EL1 = \bits"
        bl      el0_timer_cases
        .endr
        msr     cntkctl_el1, xzr
        msr     cntv_ctl_el0, xzr
        msr     cntp_ctl_el0, xzr

        ldp     x29, x30, [sp], #16
        ret

el0_timer_cases:
        stp     x29, x30, [sp, #-16]!
        el0_case _h_report_skip, mrs x2, cntfrq_el0
        el0_case _h_report_skip, mrs x2, cntvct_el0
        el0_case _h_report_skip, mrs x2, cntpct_el0
        el0_case _h_report_skip, mrs x2, cntv_ctl_el0
        el0_case _h_report_skip, msr cntv_cval_el0, xzr
        el0_case _h_report_skip, mrs x2, cntv_tval_el0
        el0_case _h_report_skip, mrs x2, cntp_ctl_el0
        el0_case _h_report_skip, msr cntp_ctl_el0, xzr
        el0_case _h_report_skip, mrs x2, cntp_cval_el0
        el0_case _h_report_skip, mrs x2, cntkctl_el1
        ldp     x29, x30, [sp], #16
        ret

// wait (IRQs masked) until an IRQ is pending: WFI wakes up on a pending IRQ
// even while PSTATE.I is set; spurious wake-ups just loop
wait_irq_pending:
        mov     x9, #0
1:      wfi
        mrs     x0, isr_el1
        tbnz    x0, #7, 2f
        add     x9, x9, #1
        b       1b
2:      ret

// IRQ handler (vector 0x280): acknowledge, report, mask the timer, EOI
irq_handler:
        str     x30, [sp, #-16]!
        ldr     x20, =GICD
        ldr     x21, =GICC
        mov     x0, x0
        lsl     x0, x0, #7
        check   "  irq: vector offset", x0
        mrs     x0, isr_el1
        check   "  irq: ISR_EL1", x0
        ldr     w22, [x21, #0x00c]      // GICC_IAR
        and     x0, x22, #0x3ff
        check   "  irq: GICC_IAR intid", x0
        ldr     w0, [x21, #0x014]       // GICC_RPR
        check   "  irq: GICC_RPR", x0
        ldr     w0, [x20, #0x300]       // GICD_ISACTIVER0
        mov     w2, #(1 << 27) | (1 << 30)
        and     w0, w0, w2
        check   "  irq: GICD_ISACTIVER0 & PPI27|PPI30", x0
        mrs     x0, daif
        check   "  irq: DAIF in handler", x0
        ldr     x0, [x1, #FRAME_SPSR]
        and     x0, x0, #0x3c0
        check   "  irq: SPSR.DAIF (I was clear)", x0
        // silence the source (level-triggered PPI) before EOI
        cmp     x22, #27
        b.ne    1f
        mrs     x0, cntv_ctl_el0
        check   "  irq: cntv_ctl", x0
        mov     x0, #3
        msr     cntv_ctl_el0, x0
        b       2f
1:      mrs     x0, cntp_ctl_el0
        check   "  irq: cntp_ctl", x0
        mov     x0, #3
        msr     cntp_ctl_el0, x0
2:      isb
        str     w22, [x21, #0x010]      // GICC_EOIR
        println "  timer irq ok"
        ldr     x30, [sp], #16
        ret

end_case:
        stp     x0, x30, [sp, #-16]!
        adrl    x0, _exc_count
        ldr     x0, [x0]
        cbnz    x0, 1f
        println "no exception"
1:      adrl    x0, _exc_count
        str     xzr, [x0]
        clear_handler 0x400
        ldp     x0, x30, [sp], #16
        ret

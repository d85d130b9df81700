// qemu-machine: virt,gic-version=3
// gicv3_timer: generic timer interrupts through a GICv3 redistributor (QEMU
// virt, gic-version=3): the virtual timer (PPI 27) wakes WFI and is taken at
// VBAR_EL1 + 0x280, acknowledged with ICC_IAR1_EL1 and ended with
// ICC_EOIR1_EL1; ICC_PMR_EL1 masks it (pending in GICR_ISPENDR0 and
// ICC_HPPIR1_EL1, not signalled); it preempts the handler of a lower priority
// SPI and waits for the end of a higher priority one; the physical timer
// (PPI 30) configured level-sensitive and edge-triggered (GICR_ICFGR1).
        .include "common.inc"

        .set    GICD, 0x08000000
        .set    GICR, 0x080a0000
        .set    GICR_SGI, 0x080b0000

        .macro  rd name, base, off
        ldr     w0, [\base, #\off]
        check   "\name", x0
        .endm
        .macro  rs name, reg
        mrs     x0, \reg
        check   "\name", x0
        .endm
        .macro  isr name
        mrs     x0, isr_el1
        check   "\name", x0
        .endm
        .macro  pending_ppi name, bit
        ldr     x9, =GICR_SGI
        ldr     w0, [x9, #0x200]
        ubfx    w0, w0, #\bit, #1
        check   "\name", x0
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        ldr     x20, =GICD
        ldr     x21, =GICR
        ldr     x22, =GICR_SGI
        msr     daifset, #3
        str     wzr, [x21, #0x014]      // GICR_WAKER: wake up
1:      ldr     w0, [x21, #0x014]
        tbnz    w0, #2, 1b
        mov     w0, #-1
        str     w0, [x22, #0x080]       // GICR_IGROUPR0: Group 1
        mov     w0, #0x80
        strb    w0, [x22, #0x400 + 27]
        strb    w0, [x22, #0x400 + 30]
        mov     w0, #(1 << 27) | (1 << 30)
        str     w0, [x22, #0x100]       // GICR_ISENABLER0
        // SPI 50: priority 0xa0, SPI 51: priority 0x60, Group 1
        mov     w0, #(3 << 18)
        str     w0, [x20, #0x084]
        str     w0, [x20, #0x104]
        mov     w0, #0xa0
        strb    w0, [x20, #0x400 + 50]
        mov     w0, #0x60
        strb    w0, [x20, #0x400 + 51]
        mov     w0, #2
        str     w0, [x20]               // GICD_CTLR.EnableGrp1
        mov     x0, #1
        msr     s3_0_c12_c12_7, x0      // ICC_IGRPEN1_EL1
        mov     x0, #0xf0
        msr     s3_0_c4_c6_0, x0        // ICC_PMR_EL1
        set_handler 0x280, irq_handler
        // make sure count >= 2^20 so that the timer values below are in the past
1:      isb
        mrs     x0, cntvct_el0
        lsr     x0, x0, #20
        cbz     x0, 1b

        println "== virtual timer, WFI"
        ldr     x1, =2000               // 32 us
        msr     cntv_tval_el0, x1
        mov     x0, #1                  // ENABLE, not masked
        msr     cntv_ctl_el0, x0
        isb
        bl      wait_irq_pending
        pending_ppi "GICR_ISPENDR0 bit 27", 27
        rs      "ICC_HPPIR1_EL1", s3_0_c12_c12_2
        msr     daifclr, #2
        isb
        msr     daifset, #2
        check_exc "irqs taken"
        isr     "ISR_EL1 after handler"
        rs      "ICC_IAR1_EL1 after handler", s3_0_c12_c12_0
        rs      "cntv_ctl after handler", cntv_ctl_el0

        println "== priority mask"
        mov     x0, #0x80
        msr     s3_0_c4_c6_0, x0
        mov     x0, #1
        msr     cntv_ctl_el0, x0
        msr     cntv_cval_el0, xzr      // condition met now
        isb
        bl      wait_ppi27_pending
        isr     "ISR_EL1 (PMR 0x80)"
        rs      "ICC_HPPIR1_EL1 (PMR 0x80)", s3_0_c12_c12_2
        rs      "ICC_IAR1_EL1 (PMR 0x80)", s3_0_c12_c12_0
        msr     daifclr, #2
        isb
        msr     daifset, #2
        check_exc "irqs taken (PMR 0x80)"
        mov     x0, #0x88
        msr     s3_0_c4_c6_0, x0
        isr     "ISR_EL1 (PMR 0x88)"
        msr     daifclr, #2
        isb
        msr     daifset, #2
        check_exc "irqs taken (PMR 0x88)"
        mov     x0, #0xf0
        msr     s3_0_c4_c6_0, x0

        println "== the timer preempts a lower priority handler"
        mov     w0, #(1 << 18)
        str     w0, [x20, #0x204]       // SPI 50 pending
        msr     daifclr, #2
        isb
        msr     daifset, #2
        check_exc "irqs taken"

        println "== the timer waits for a higher priority handler"
        mov     w0, #(1 << 19)
        str     w0, [x20, #0x204]       // SPI 51 pending
        msr     daifclr, #2
        isb
        msr     daifset, #2
        check_exc "irqs taken"

        println "== physical timer, level-sensitive"
        mov     x0, #1
        msr     cntp_ctl_el0, x0
        msr     cntp_cval_el0, xzr
        isb
        bl      wait_irq_pending
        pending_ppi "GICR_ISPENDR0 bit 30", 30
        mov     x0, #3                  // IMASK: the output falls
        msr     cntp_ctl_el0, x0
        isb
        pending_ppi "GICR_ISPENDR0 bit 30 (IMASK)", 30
        isr     "ISR_EL1 (IMASK)"
        rd      "GICR_ICFGR1", x22, 0xc04

        println "== physical timer, edge-triggered"
        mov     w0, #(2 << 28)          // GICR_ICFGR1: INTID 30 edge
        str     w0, [x22, #0xc04]
        rd      "GICR_ICFGR1", x22, 0xc04
        mov     x0, #1
        msr     cntp_ctl_el0, x0
        isb
        bl      wait_irq_pending
        mov     x0, #3
        msr     cntp_ctl_el0, x0
        isb
        pending_ppi "GICR_ISPENDR0 bit 30 (IMASK, latched)", 30
        isr     "ISR_EL1 (IMASK, latched)"
        msr     daifclr, #2
        isb
        msr     daifset, #2
        check_exc "irqs taken"
        pending_ppi "GICR_ISPENDR0 bit 30 after handler", 30
        msr     cntp_ctl_el0, xzr
        msr     cntv_ctl_el0, xzr
        str     wzr, [x22, #0xc04]

        clear_handler 0x280
        msr     s3_0_c12_c12_7, xzr
        str     wzr, [x20]
        ldp     x29, x30, [sp], #16
        ret

// wait (IRQs masked) until an IRQ is pending: WFI wakes up on a pending IRQ
// even while PSTATE.I is set; spurious wake-ups just loop
wait_irq_pending:
1:      wfi
        mrs     x0, isr_el1
        tbz     x0, #7, 1b
        ret

// wait until PPI 27 is pending at the redistributor (not signalled: no WFI)
wait_ppi27_pending:
        ldr     x9, =GICR_SGI
1:      ldr     w0, [x9, #0x200]
        tbz     w0, #27, 1b
        ret

// IRQ handler (vector 0x280): ICC_IAR1_EL1, then by INTID:
//   27: mask the virtual timer;  30: mask the physical timer;
//   50: arm the virtual timer and let it preempt;
//   51: arm the virtual timer, which cannot preempt;
// then ICC_EOIR1_EL1.
irq_handler:
        stp     x29, x30, [sp, #-16]!
        ldr     x20, =GICD
        ldr     x22, =GICR_SGI
        mrs     x23, s3_0_c12_c12_0     // ICC_IAR1_EL1
        check   "  irq: ICC_IAR1_EL1", x23
        rs      "  irq: ICC_RPR_EL1", s3_0_c12_c11_3
        ldr     w0, [x22, #0x300]
        check   "  irq: GICR_ISACTIVER0", x0
        cmp     x23, #27
        b.ne    1f
        mov     x0, #3
        msr     cntv_ctl_el0, x0
        b       9f
1:      cmp     x23, #30
        b.ne    2f
        mov     x0, #3
        msr     cntp_ctl_el0, x0
        b       9f
2:      cmp     x23, #50
        b.ne    3f
        mov     x0, #1
        msr     cntv_ctl_el0, x0
        msr     cntv_cval_el0, xzr
        isb
        bl      wait_irq_pending
        rs      "  irq: ICC_HPPIR1_EL1", s3_0_c12_c12_2
        msr     daifclr, #2
        isb
        msr     daifset, #2
        println "  irq: back in 50"
        rs      "  irq: ICC_RPR_EL1", s3_0_c12_c11_3
        b       9f
3:      cmp     x23, #51
        b.ne    9f
        mov     x0, #1
        msr     cntv_ctl_el0, x0
        msr     cntv_cval_el0, xzr
        isb
        bl      wait_ppi27_pending
        isr     "  irq: ISR_EL1 (timer pending)"
        rs      "  irq: ICC_HPPIR1_EL1", s3_0_c12_c12_2
        rs      "  irq: ICC_IAR1_EL1", s3_0_c12_c12_0
        msr     daifclr, #2
        isb
        msr     daifset, #2
        println "  irq: 51 done"
9:      isb
        msr     s3_0_c12_c12_1, x23     // ICC_EOIR1_EL1
        rs      "  irq: ICC_RPR_EL1 after EOI", s3_0_c12_c11_3
        ldp     x29, x30, [sp], #16
        ret

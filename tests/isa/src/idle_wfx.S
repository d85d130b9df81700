// idle_wfx: WFI and WFE completion (D1.16.2) as QEMU 7.2 behaves on virt:
//  * WFE completes at once whether or not the event register is set (QEMU treats WFE
//    as a yield; SEVL/ERET set the event register, WFE clears it);
//  * WFI completes at once while an interrupt is pending at the CPU, even masked by
//    PSTATE.I (an SPI made pending through the GICv2, IRQ and FIQ forms);
//  * WFI wakes for the virtual timer with PSTATE.I set, and the interrupt is then
//    still pending (GICC_HPPIR, ISR_EL1).
        .include "common.inc"

        .set    GICD, 0x08000000
        .set    GICC, 0x08010000

test_main:
        stp     x29, x30, [sp, #-16]!
        ldr     x20, =GICD
        ldr     x21, =GICC
        msr     daifset, #3

        println "== WFE"
        wfe
        println "wfe without event returned"
        sevl
        wfe
        wfe
        println "sevl; wfe; wfe returned"

        println "== WFI with a pending masked interrupt"
        mov     w9, #1
        str     w9, [x20]
        str     w9, [x21]
        mov     w9, #0xff
        str     w9, [x21, #0x04]
        mov     w9, #(1 << 8)
        str     w9, [x20, #0x104]       // enable SPI 40
        str     w9, [x20, #0x204]       // pending
        mrs     x0, isr_el1
        check   "ISR_EL1", x0
        wfi
        println "wfi returned (IRQ pending, PSTATE.I set)"
        mov     w9, #9                  // EnableGrp0 | FIQEn
        str     w9, [x21]
        mrs     x0, isr_el1
        check   "ISR_EL1", x0
        wfi
        println "wfi returned (FIQ pending, PSTATE.F set)"
        ldr     w0, [x21, #0x0c]
        check   "GICC_IAR", x0
        str     w0, [x21, #0x10]
        mov     w9, #1
        str     w9, [x21]

        println "== WFI until the virtual timer fires (PSTATE.I set)"
        mov     w9, #(1 << 27)
        str     w9, [x20, #0x100]
        ldr     x1, =62500              // 1 ms
        msr     cntv_tval_el0, x1
        mov     x0, #1
        msr     cntv_ctl_el0, x0
        isb
1:      wfi
        mrs     x0, isr_el1
        tbz     x0, #7, 1b
        check   "ISR_EL1", x0
        mrs     x0, cntv_ctl_el0
        check   "CNTV_CTL_EL0", x0
        ldr     w0, [x21, #0x18]
        check   "GICC_HPPIR", x0
        ldr     w0, [x21, #0x0c]
        check   "GICC_IAR", x0
        mov     x1, #3
        msr     cntv_ctl_el0, x1
        str     w0, [x21, #0x10]
        mrs     x0, isr_el1
        check   "ISR_EL1 after EOI", x0
        msr     cntv_ctl_el0, xzr
        str     wzr, [x21]
        str     wzr, [x20]

        ldp     x29, x30, [sp], #16
        ret

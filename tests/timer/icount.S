// icount: instruction-counted time (the machine's icountShift, QEMU's -icount shift=N).
// Not a QEMU transcript: it prints raw counter values, which depend on the exact number of
// instructions executed, so tests/timer/icount.test.ts runs it with shift 4 (one counter
// tick per instruction) and checks the values and that two runs print the same.
//   * CNTVCT advances by exactly one tick per instruction;
//   * WFI with the virtual timer 1 s ahead returns at once in host time, with the interrupt
//     taken when the count reaches CVAL (the handler's first read is CVAL plus the
//     instructions of the vector code before it);
//   * WFI with no timer armed and nothing pending ends the run (the host sees it idle).
// Build: aarch64-linux-gnu-as -march=armv8-a -I tests/isa/src -o /tmp/icount.o tests/timer/icount.S &&
//   aarch64-linux-gnu-ld -nostdlib -static --build-id=none --no-warn-rwx-segments -n \
//     -T tests/isa/link.ld -o tests/timer/icount.elf /tmp/icount.o
        .include "common.inc"

        .set    GICD, 0x08000000
        .set    GICC, 0x08010000

test_main:
        stp     x29, x30, [sp, #-16]!
        ldr     x20, =GICD
        ldr     x21, =GICC

        println "== one tick per instruction"
        mrs     x1, cntvct_el0
        nop
        nop
        nop
        nop
        nop
        mrs     x2, cntvct_el0
        sub     x0, x2, x1
        check   "cntvct delta over 5 nops", x0
        mrs     x1, cntpct_el0
        mrs     x2, cntvct_el0
        sub     x0, x2, x1
        check   "cntvct - cntpct (next instruction)", x0

        println "== WFI skips to the timer deadline"
        mov     w0, #1
        str     w0, [x20, #0x000]
        str     w0, [x21, #0x000]
        mov     w0, #0xff
        str     w0, [x21, #0x004]
        mov     w0, #(1 << 27)
        str     w0, [x20, #0x100]
        set_handler 0x280, irq_handler
        mrs     x1, cntvct_el0
        ldr     x2, =62500000           // 1 s
        add     x19, x1, x2
        msr     cntv_cval_el0, x19
        mov     x0, #1
        msr     cntv_ctl_el0, x0
        msr     daifclr, #2
1:      wfi
        adrl    x0, _irq_count
        ldr     x0, [x0]
        cbz     x0, 1b
        msr     daifset, #2
        adrl    x0, _irq_count_at
        ldr     x0, [x0]
        sub     x0, x0, x19
        check   "count in handler - cval", x0
        check_exc "irqs"
        clear_handler 0x280

        println "== WFI with nothing armed"
        msr     cntv_ctl_el0, xzr
        wfi
        println "woken"
        ldp     x29, x30, [sp], #16
        ret

irq_handler:
        mrs     x2, cntvct_el0
        adrl    x3, _irq_count_at
        str     x2, [x3]
        adrl    x3, _irq_count
        mov     x4, #1
        str     x4, [x3]
        ldr     x21, =GICC
        ldr     w22, [x21, #0x0c]
        mov     x0, #3
        msr     cntv_ctl_el0, x0
        str     w22, [x21, #0x10]
        ret

        .data
_irq_count:     .quad 0
_irq_count_at:  .quad 0

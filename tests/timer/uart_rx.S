// uart_rx: an interrupt-driven console. The PL011 receive interrupt (SPI 1 = INTID 33)
// goes through the GICv2 while the CPU sleeps in WFI with nothing else armed; every received
// byte is echoed as "rx XX"; 'q' ends the program. tests/timer/idle.test.ts feeds the input
// and checks that the host does not burn CPU time while the guest waits.
// Build: aarch64-linux-gnu-as -march=armv8-a -I tests/isa/src -o /tmp/uart_rx.o tests/timer/uart_rx.S &&
//   aarch64-linux-gnu-ld -nostdlib -static --build-id=none --no-warn-rwx-segments -n \
//     -T tests/isa/link.ld -o tests/timer/uart_rx.elf /tmp/uart_rx.o
        .include "common.inc"

        .set    GICD, 0x08000000
        .set    GICC, 0x08010000
        .set    UART, 0x09000000

test_main:
        stp     x29, x30, [sp, #-16]!
        ldr     x20, =GICD
        ldr     x21, =GICC
        ldr     x23, =UART
        mov     w0, #(1 << 1)
        str     w0, [x20, #0x104]       // enable INTID 33
        mov     w0, #1
        str     w0, [x20, #0x000]
        str     w0, [x21, #0x000]
        mov     w0, #0xff
        str     w0, [x21, #0x004]
        mov     w0, #(1 << 4) | (1 << 6)
        str     w0, [x23, #0x38]        // UARTIMSC: RXIM | RTIM
        set_handler 0x280, irq_handler
        println "ready"
        msr     daifclr, #2
1:      wfi
        adrl    x0, _done
        ldr     x0, [x0]
        cbz     x0, 1b
        msr     daifset, #2
        println "bye"
        ldp     x29, x30, [sp], #16
        ret

irq_handler:
        str     x30, [sp, #-16]!
        ldr     x21, =GICC
        ldr     x23, =UART
        ldr     w22, [x21, #0x0c]
2:      ldr     w0, [x23, #0x18]        // UARTFR
        tbnz    w0, #4, 3f              // RXFE
        ldr     w24, [x23, #0x00]
        and     x24, x24, #0xff
        print   "rx "
        mov     x0, x24
        mov     x1, #2
        bl      _puthex
        newline
        cmp     x24, #'q'
        b.ne    2b
        adrl    x0, _done
        mov     x1, #1
        str     x1, [x0]
        b       2b
3:      str     w22, [x21, #0x10]
        ldr     x30, [sp], #16
        ret

        .data
_done:  .quad 0

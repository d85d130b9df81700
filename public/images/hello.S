// hello: the playground's bare-metal demo for QEMU virt (GICv2) and arm64-playground.
// Prints a banner on the PL011 UART, then sleeps in WFI; each received byte raises the UART's
// receive interrupt (SPI 1 = INTID 33) through the GICv2 and the handler echoes it back
// (Return as CR LF, Backspace/Delete as erase).
// Build (from the repository root):
//   aarch64-linux-gnu-as -march=armv8-a -o /tmp/hello.o public/images/hello.S &&
//   aarch64-linux-gnu-ld -nostdlib -static --build-id=none --no-warn-rwx-segments -n \
//     -Ttext=0x40080000 -e _start -o public/images/hello.elf /tmp/hello.o
// Try it on QEMU: qemu-system-aarch64 -M virt -cpu cortex-a57 -nographic -kernel public/images/hello.elf

        .set    GICD, 0x08000000
        .set    GICC, 0x08010000
        .set    UART, 0x09000000

        .set    GICD_CTLR, 0x000
        .set    GICD_ISENABLER1, 0x104
        .set    GICC_CTLR, 0x000
        .set    GICC_PMR, 0x004
        .set    GICC_IAR, 0x00c
        .set    GICC_EOIR, 0x010

        .set    UART_DR, 0x00
        .set    UART_FR, 0x18
        .set    UART_LCR_H, 0x2c
        .set    UART_CR, 0x30
        .set    UART_IMSC, 0x38
        .set    FR_RXFE, 4
        .set    FR_TXFF, 5

        .text
        .global _start
_start:
        ldr     x0, =stack_top
        mov     sp, x0
        adr     x0, vectors
        msr     vbar_el1, x0
        isb

        ldr     x20, =GICD
        ldr     x21, =GICC
        ldr     x23, =UART
        mov     w0, #(1 << 1)
        str     w0, [x20, #GICD_ISENABLER1]     // INTID 33: the PL011
        mov     w0, #1
        str     w0, [x20, #GICD_CTLR]
        str     w0, [x21, #GICC_CTLR]
        mov     w0, #0xff
        str     w0, [x21, #GICC_PMR]
        mov     w0, #0x70                       // 8 bits, FIFOs on
        str     w0, [x23, #UART_LCR_H]
        mov     w0, #0x301                      // UARTEN | TXE | RXE
        str     w0, [x23, #UART_CR]
        mov     w0, #(1 << 4) | (1 << 6)        // RXIM | RTIM
        str     w0, [x23, #UART_IMSC]

        adr     x0, banner
        bl      puts
        msr     daifclr, #2
1:      wfi
        b       1b

// x0: NUL-terminated string. Clobbers x0-x2.
puts:
        ldr     x2, =UART
1:      ldrb    w1, [x0], #1
        cbz     w1, 2f
3:      ldr     w3, [x2, #UART_FR]
        tbnz    w3, #FR_TXFF, 3b
        str     w1, [x2, #UART_DR]
        b       1b
2:      ret

// w0: byte. Clobbers x2, x3.
putc:
        ldr     x2, =UART
1:      ldr     w3, [x2, #UART_FR]
        tbnz    w3, #FR_TXFF, 1b
        str     w0, [x2, #UART_DR]
        ret

// IRQ from the current EL with SP_ELx: acknowledge, echo every received byte, end the interrupt.
irq:
        stp     x0, x1, [sp, #-64]!
        stp     x2, x3, [sp, #16]
        stp     x21, x22, [sp, #32]
        stp     x23, x30, [sp, #48]
        ldr     x21, =GICC
        ldr     x23, =UART
        ldr     w22, [x21, #GICC_IAR]
1:      ldr     w0, [x23, #UART_FR]
        tbnz    w0, #FR_RXFE, 4f
        ldr     w0, [x23, #UART_DR]
        and     w0, w0, #0xff
        cmp     w0, #13                         // Return
        b.ne    2f
        adr     x0, newline
        bl      puts
        b       1b
2:      cmp     w0, #0x7f
        ccmp    w0, #0x08, #4, ne               // Delete or Backspace
        b.ne    3f
        adr     x0, erase
        bl      puts
        b       1b
3:      bl      putc
        b       1b
4:      str     w22, [x21, #GICC_EOIR]
        ldp     x23, x30, [sp, #48]
        ldp     x21, x22, [sp, #32]
        ldp     x2, x3, [sp, #16]
        ldp     x0, x1, [sp], #64
        eret

// Any other exception: report it and stop.
unexpected:
        adr     x0, unexpected_msg
        bl      puts
1:      wfi
        b       1b

        .balign 2048
vectors:
        .irp    offset, 0x000, 0x080, 0x100, 0x180, 0x200
        .balign 0x80
        b       unexpected
        .endr
        .balign 0x80
        b       irq                             // 0x280: IRQ, current EL, SP_ELx
        .irp    offset, 0x300, 0x380, 0x400, 0x480, 0x500, 0x580, 0x600, 0x680, 0x700, 0x780
        .balign 0x80
        b       unexpected
        .endr

        .section .rodata
banner:
        .ascii  "\r\n"
        .ascii  "Hello from arm64-playground!\r\n"
        .ascii  "This is hello.elf, a bare-metal AArch64 program, running on the emulator in your browser.\r\n"
        .ascii  "Type something: each key goes to the PL011 UART, interrupts the CPU through the GIC,\r\n"
        .ascii  "and the interrupt handler echoes it back.\r\n\r\n"
        .asciz  "> "
newline:
        .asciz  "\r\n> "
erase:
        .asciz  "\b \b"
unexpected_msg:
        .asciz  "\r\nhello.elf: unexpected exception, stopped.\r\n"

        .bss
        .balign 16
        .space  0x4000
stack_top:

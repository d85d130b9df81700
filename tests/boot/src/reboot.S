// reboot - counts boots in a RAM word that a system reset leaves alone (QEMU re-copies only
// the boot images), prints "boot N", and asks for PSCI SYSTEM_RESET until the third boot,
// then prints END and powers off. With -no-reboot the run ends at the first reset.
        .set    UART, 0x09000000
        .set    COUNTER, 0x44000000
        .global _start
_start:
        mov     x1, #COUNTER
        ldr     w2, [x1]
        add     w2, w2, #1
        str     w2, [x1]
        mov     x3, #UART
        adr     x4, msg
1:      ldrb    w5, [x4], #1
        cbz     w5, 2f
        strb    w5, [x3]
        b       1b
2:      add     w5, w2, #'0'
        strb    w5, [x3]
        mov     w5, #'\n'
        strb    w5, [x3]
        cmp     w2, #3
        b.hs    3f
        movz    x0, #0x8400, lsl #16
        add     x0, x0, #9              // PSCI SYSTEM_RESET
        hvc     #0
3:      adr     x4, end
4:      ldrb    w5, [x4], #1
        cbz     w5, 5f
        strb    w5, [x3]
        b       4b
5:      movz    x0, #0x8400, lsl #16
        add     x0, x0, #8              // PSCI SYSTEM_OFF
        hvc     #0
        b       .
msg:    .asciz  "boot "
end:    .asciz  "END\n"

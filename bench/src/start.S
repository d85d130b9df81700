// Bench start-up: identity-map RAM (normal write-back) and the UART page (device) with
// 4 KiB-granule tables using 1 GiB/2 MiB blocks, enable the MMU and caches, run main(),
// then PSCI SYSTEM_OFF.
    .section .text.start, "ax"
    .global _start
_start:
    ldr     x0, =__stack_top
    mov     sp, x0
    // CPACR_EL1.FPEN = 11: FP/AdvSIMD instructions do not trap (the fp_/simd_ programs use them)
    mov     x0, #(3 << 20)
    msr     cpacr_el1, x0
    isb
    // MAIR: attr0 = Device-nGnRnE, attr1 = Normal write-back
    ldr     x0, =0xff00
    msr     mair_el1, x0
    // TCR: T0SZ=25 (39-bit VA), 4K granule, IRGN/ORGN WB, inner shareable, IPS=40 bits, EPD1
    ldr     x0, =(25 | (1 << 8) | (1 << 10) | (3 << 12) | (1 << 23) | (2 << 32))
    msr     tcr_el1, x0
    adrp    x1, l1_table
    // L1[0]: 0x00000000-0x3fffffff -> L2 table (device page for the UART's 2 MiB block)
    adrp    x2, l2_table
    orr     x3, x2, #3
    str     x3, [x1]
    // L1[1]: 0x40000000-0x7fffffff normal memory block, AF, inner shareable
    ldr     x3, =(0x40000000 | (1 << 10) | (3 << 8) | (1 << 2) | 1)
    str     x3, [x1, #8]
    // L2[0x48]: 0x09000000 2 MiB device block
    ldr     x3, =(0x09000000 | (1 << 10) | 1)
    str     x3, [x2, #(0x48 * 8)]
    msr     ttbr0_el1, x1
    isb
    mrs     x0, sctlr_el1
    ldr     x1, =((1 << 0) | (1 << 2) | (1 << 12))
    orr     x0, x0, x1
    msr     sctlr_el1, x0
    isb
    bl      main
    ldr     x0, =0x84000008
    hvc     #0
1:  b       1b

    .section .bss.tables, "aw", %nobits
    .balign 4096
l1_table: .skip 4096
l2_table: .skip 4096

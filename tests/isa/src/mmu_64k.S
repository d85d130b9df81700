// mmu_64k: stage 1 translation with the 64 KiB granule (TG0 = 0b01,
// TG1 = 0b11).  Tables are 64 KiB (8192 entries); level 3 maps 64 KiB
// pages, level 2 maps 512 MiB blocks, level 1 (48-bit VA) has 64 entries and
// no block descriptors.
//   config A: T0SZ = 22 (42-bit VA, walk starts at level 2)
//   config B: T0SZ = 16 (48-bit VA, walk starts at level 1)
//   config C: T0SZ = 25 (39-bit VA, level 2 with 1024 entries)
//   TTBR1:    T1SZ = 22
// TTBR0 map (identity unless noted):
//   L2[0]  0x00000000 -> L3: 0x09000000 UART (Device page)
//   L2[2]  0x40000000 -> L3: image 0x40000000..0x401fffff EL1 RWX,
//                      0x40200000..0x403fffff EL0+EL1 RW (EL0 code),
//                      rest of the 256 MiB RAM EL1 RW XN
//   L2[3]  0x60000000 -> L3 "test": 0 A RW, 1 B EL1 RO, 2 C RO,
//                      3 D EL0+EL1 RW, 4 E AF=0, 5 invalid,
//                      6 reserved descriptor, 7 UART alias (Device)
//   L2[4]  0x80000000 invalid
//   L2[5]  0xa0000000 512 MiB block with AF = 0
//   L2[6]  0xc0000000 512 MiB block -> PA 0x40000000, EL1 RO
//   config B only: L1[2] (VA 0x80000000000) invalid.
// Not tested: a level 1 block descriptor with 64 KiB pages (reserved without
// FEAT_LPA, so it must give a translation fault; QEMU 7.2 maps a 4 TiB block).
// TTBR1: 0xfffffc0000000000 -> page G (RW), +0x10000 -> page A.
// PAR_EL1 printing as in mmu_4k (bits 9/10 cleared; faults: bits [11:0]).
// tmem page n (64 KiB), doubleword k = 0xa5a5 << 48 | n << 32 | 8 * k.
        .include "common.inc"

        .set    G64,        0x10000
        .set    TCR_BASE,   (1 << 8) | (1 << 10) | (3 << 12) | (1 << 14) | (22 << 16) | (1 << 24) | (1 << 26) | (3 << 28) | (3 << 30) | (1 << 32)
        .set    TCR_A,      TCR_BASE | 22
        .set    TCR_B,      TCR_BASE | 16
        .set    TCR_C,      TCR_BASE | 25

        .set    VA_TEST,    0x60000000
        .set    VA_A,       VA_TEST + 0 * G64
        .set    VA_B,       VA_TEST + 1 * G64
        .set    VA_C,       VA_TEST + 2 * G64
        .set    VA_D,       VA_TEST + 3 * G64
        .set    VA_E,       VA_TEST + 4 * G64
        .set    VA_INV3,    VA_TEST + 5 * G64
        .set    VA_RESV,    VA_TEST + 6 * G64
        .set    VA_DEVA,    VA_TEST + 7 * G64
        .set    VA_INV2,    0x80000000
        .set    VA_AFBLK,   0xa0000000
        .set    VA_ROBLK,   0xc0000000
        .set    VA_OOR42,   0x0000040000000000
        .set    VA_L1INV,   0x0000080000000000
        .set    VA_OOR39,   0x0000008000000000
        .set    VA_H,       0xfffffc0000000000

        .set    P_RW,       PTE_MEM | PTE_PAGE | PTE_UXN | PTE_PXN

        .macro  at4 va
        ldr     x1, =\va
        at      s1e1r, x1
        isb
        mrs     x0, par_el1
        bl      par_mask
        check   "AT S1E1R \va par", x0
        at      s1e1w, x1
        isb
        mrs     x0, par_el1
        bl      par_mask
        check   "AT S1E1W \va par", x0
        at      s1e0r, x1
        isb
        mrs     x0, par_el1
        bl      par_mask
        check   "AT S1E0R \va par", x0
        at      s1e0w, x1
        isb
        mrs     x0, par_el1
        bl      par_mask
        check   "AT S1E0W \va par", x0
        .endm
        .macro  rd name, va
        ldr     x1, =\va
        ldr     x2, =0x5555555555555555
        print   "\name: "
        ldr     x2, [x1]
        check   "ldr [\va]", x2
        .endm
        .macro  wr name, va, val
        ldr     x1, =\va
        ldr     x2, =\val
        print   "\name: "
        str     x2, [x1]
        println "str done"
        .endm
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
        .macro  set_tcr val
        ldr     x0, =\val
        msr     tcr_el1, x0
        isb
        tlb_flush
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        adrl    x0, tmem
        mov     x1, #0
        ldr     x3, =0xa5a5000000000000
1:      lsr     x2, x1, #16
        orr     x4, x3, x2, lsl #32
        and     x5, x1, #0xffff
        orr     x4, x4, x5
        str     x4, [x0, x1]
        add     x1, x1, #8
        cmp     x1, #(TMEM_PAGES * G64)
        b.lo    1b
        bl      build_tables
        ldr     x0, =MAIR_STD
        msr     mair_el1, x0
        ldr     x0, =TCR_A
        msr     tcr_el1, x0
        adrl    x0, t0_l2
        msr     ttbr0_el1, x0
        adrl    x0, t1_l2
        msr     ttbr1_el1, x0
        isb
        tlb_flush
        mrs     x0, sctlr_el1
        orr     x0, x0, #(1 << 0)
        orr     x0, x0, #(1 << 2)
        orr     x0, x0, #(1 << 12)
        msr     sctlr_el1, x0
        isb
        println "== MMU on (64K granule, T0SZ=22, T1SZ=22)"
        mrs     x0, tcr_el1
        check   "TCR_EL1", x0

        println "== accesses"
        ldr     x1, =VA_A
        ldr     x2, [x1]
        check   "page A [0]", x2
        ldr     x2, [x1, #0x1008]
        check   "page A [0x1008] (same 64K page)", x2
        add     x4, x1, #0xf000
        ldr     x2, [x4, #0xff8]
        check   "page A [0xfff8]", x2
        add     x4, x1, #G64
        ldr     x2, [x4]
        check   "VA_A + 64K = page B [0]", x2
        ldr     x3, =0x1234567887654321
        str     x3, [x1, #0x2340]
        adrl    x4, tmem + 0 * G64
        add     x4, x4, #0x2000
        ldr     x2, [x4, #0x340]
        check   "write via VA, read via PA", x2
        ldr     x1, =VA_C
        ldr     x2, [x1, #0x100]
        check   "page C (RO) read", x2
        ldr     x1, =VA_D
        str     x3, [x1, #0x80]
        ldr     x2, [x1, #0x80]
        check   "page D write/read", x2
        adrl    x4, magic
        ldr     x5, =0x40000000
        sub     x4, x4, x5
        ldr     x1, =VA_ROBLK
        ldr     x2, [x1, x4]
        check   "magic via 512M RO block alias", x2
        ldr     x1, =VA_H
        str     x3, [x1, #0x18]
        ldr     x2, [x1, #0x18]
        check   "TTBR1 page G write/read", x2
        add     x4, x1, #G64
        ldr     x2, [x4]
        check   "TTBR1 alias of page A [0]", x2
        ldr     x1, =VA_DEVA
        print   "UART through alias VA: "
        mov     w0, #'U'
        strb    w0, [x1]
        mov     w0, #'\n'
        strb    w0, [x1]

        println "== AT"
        at4     VA_A
        at4     VA_A + 0xfedc
        at4     VA_B
        at4     VA_C
        at4     VA_D
        at4     VA_E
        at4     VA_INV3
        at4     VA_RESV
        at4     VA_DEVA
        at4     VA_INV2
        at4     VA_AFBLK
        at4     VA_ROBLK + 0x1234568
        at4     VA_OOR42
        at4     0x09000000
        at4     0x40210000
        at4     VA_H
        at4     VA_H + G64 + 8
        at4     VA_H + 2 * G64

        println "== data aborts at EL1"
        set_handler 0x200, _h_report_skip
        wr      "write page B (EL1 RO)", VA_B, 1
        wr      "write page C (RO)", VA_C + 0x808, 1
        rd      "read page E (AF=0)", VA_E + 0x10
        rd      "read invalid L3 entry", VA_INV3
        rd      "read reserved L3 descriptor", VA_RESV
        rd      "read invalid L2 entry", VA_INV2
        rd      "read 512M block with AF=0", VA_AFBLK
        wr      "write 512M RO block", VA_ROBLK, 1
        rd      "read VA beyond T0SZ=22 range", VA_OOR42
        rd      "read invalid TTBR1 L3 entry", VA_H + 2 * G64
        rd      "read VA below the T1SZ=22 range", 0xfffff80000000000
        check_exc "data aborts"
        clear_handler 0x200

        println "== EL0"
        ldr     x1, =VA_A
        el0_case _h_report_skip, ldr x2, [x1]
        ldr     x1, =VA_C
        el0_case _h_report_skip, ldr x2, [x1, #0x10]
        check   "  value", x2
        el0_case _h_report_skip, str x2, [x1]
        ldr     x1, =VA_D
        el0_case _h_report_skip, ldr x2, [x1, #0x80]
        check   "  value", x2
        el0_case _h_report_skip, stp x1, x1, [x1, #0x90]
        ldr     x1, =VA_H
        el0_case _h_report_skip, ldr x2, [x1]
        ldr     x1, =0x40080000
        el0_case _h_report_lr, blr x1

        println "== T0SZ = 16 (48-bit VA, walk starts at level 1)"
        adrl    x0, t0_l1
        msr     ttbr0_el1, x0
        set_tcr TCR_B
        ldr     x1, =VA_A
        ldr     x2, [x1, #8]
        check   "page A [8] via L1[0]", x2
        set_handler 0x200, _h_report_skip
        rd      "read invalid L1 entry", VA_L1INV
        at4     VA_L1INV
        at4     VA_B
        clear_handler 0x200

        println "== T0SZ = 25 (39-bit VA, level 2 with 1024 entries)"
        adrl    x0, t0_l2
        msr     ttbr0_el1, x0
        set_tcr TCR_C
        ldr     x1, =VA_A
        ldr     x2, [x1, #16]
        check   "page A [16]", x2
        set_handler 0x200, _h_report_skip
        rd      "read VA beyond T0SZ=25 range", VA_OOR39
        at4     VA_OOR39
        at4     VA_D
        clear_handler 0x200
        set_tcr TCR_A

        mmu_off
        println "MMU off"
        ldp     x29, x30, [sp], #16
        ret

par_mask:
        tbnz    x0, #0, 1f
        bic     x0, x0, #0x600
        ret
1:      and     x0, x0, #0xfff
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

build_tables:
        str     x30, [sp, #-16]!
        pte     t0_l1, 0, t0_l2, PTE_TABLE
        pte     t0_l2, 0, t0_l3lo, PTE_TABLE
        pte_pa  t0_l3lo, 0x900, 0x09000000, PTE_DEV | PTE_PAGE
        pte     t0_l2, 2, t0_l3img, PTE_TABLE
        pte     t0_l2, 3, t0_l3test, PTE_TABLE
        pte_pa  t0_l2, 5, 0x40000000, (PTE_MEM & ~PTE_AF) | PTE_BLOCK | PTE_UXN | PTE_PXN
        pte_pa  t0_l2, 6, 0x40000000, PTE_MEM | PTE_BLOCK | PTE_AP_EL1RO | PTE_UXN | PTE_PXN
        // image / EL0 region / RAM as 64K pages
        adrl    x0, t0_l3img
        ldr     x1, =0x40000000
        ldr     x3, =PTE_MEM | PTE_PAGE | PTE_UXN
        ldr     x4, =PTE_MEM | PTE_PAGE | PTE_AP_RW | PTE_PXN
        ldr     x6, =PTE_MEM | PTE_PAGE | PTE_UXN | PTE_PXN
        ldr     x2, =0x40200000
        ldr     x7, =0x40400000
        ldr     x8, =0x50000000
1:      mov     x5, x3
        cmp     x1, x2
        b.lo    2f
        mov     x5, x4
        cmp     x1, x7
        b.lo    2f
        mov     x5, x6
2:      orr     x5, x5, x1
        str     x5, [x0], #8
        add     x1, x1, #G64
        cmp     x1, x8
        b.lo    1b
        pte     t0_l3test, 0, tmem + 0 * G64, P_RW
        pte     t0_l3test, 1, tmem + 1 * G64, P_RW | PTE_AP_EL1RO
        pte     t0_l3test, 2, tmem + 2 * G64, P_RW | PTE_AP_RO
        pte     t0_l3test, 3, tmem + 3 * G64, P_RW | PTE_AP_RW
        pte     t0_l3test, 4, tmem + 4 * G64, P_RW & ~PTE_AF
        pte     t0_l3test, 6, tmem + 0 * G64, (P_RW & ~3) | 1
        pte_pa  t0_l3test, 7, 0x09000000, PTE_DEV | PTE_PAGE
        pte     t1_l2, 0, t1_l3, PTE_TABLE
        pte     t1_l3, 0, tmem + 5 * G64, P_RW
        pte     t1_l3, 1, tmem + 0 * G64, P_RW
        dsb     sy
        ldr     x30, [sp], #16
        ret

        .data
        .balign 8
magic:  .quad   0x6d616769632d3634

        .set    TMEM_PAGES, 6
        .bss
        .balign 65536
t0_l1:      .skip 65536
t0_l2:      .skip 65536
t0_l3lo:    .skip 65536
t0_l3img:   .skip 65536
t0_l3test:  .skip 65536
t1_l2:      .skip 65536
t1_l3:      .skip 65536
tmem:       .skip TMEM_PAGES * 65536

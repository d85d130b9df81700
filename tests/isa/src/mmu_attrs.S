// mmu_attrs: stage 1 details not covered by mmu_4k/16k/64k (4 KiB granule):
// hierarchical table attributes (APTable, UXNTable, PXNTable at levels 1
// and 2), EL0 execute-only pages, SCTLR.WXN with EL0-writable pages, ignored
// bits of table descriptors, access flag fault on a level 1 block, output
// address size faults on table descriptors and TTBR1 bases, IPS larger than
// PARange (44 bits), TxSZ outside 16..39 and reserved TG1/TG0 encodings
// (QEMU's choices: level 0 translation fault / 4 KiB granule), a table walk
// that reads an unassigned physical address (external abort on the walk),
// TBI1 on TTBR1 addresses and the FAR of faults on tagged addresses, and TBI
// with the MMU off.
// TTBR0 (T0SZ 25): identity map of the image (EL1 RWX), the EL0 region and
// the UART.  TTBR1 (T1SZ 25) holds the test mappings at H = 0xffffff8000000000:
//   H + n GiB (n = L1 index), L2 tables with the table attributes under test,
//   each L2[0] -> L3 page 0 = the code page F ("mov x0, #0x5e; ret"),
//   page 1 = data page D (doubleword 0 = 0xd0d0d0d0d0d0d0d0).
// PAR_EL1 printing as in mmu_4k (bits 9/10 cleared; faults: bits [11:0]).
        .include "common.inc"

        .set    H,          0xffffff8000000000
        .set    GB,         0x40000000
        .set    TCR_T0,     25 | (1 << 8) | (1 << 10) | (3 << 12) | (0 << 14)
        .set    TCR_T1,     (25 << 16) | (1 << 24) | (1 << 26) | (3 << 28) | (2 << 30)
        .set    TCR_A,      TCR_T0 | TCR_T1 | (2 << 32)
        .set    TCR_TBI0,   1 << 37
        .set    TCR_TBI1,   1 << 38
        .set    TCR_EPD1,   1 << 23
        .set    TCR_T1SZ_MASK, 63 << 16
        .set    TCR_TG1_MASK, 3 << 30
        .set    TCR_IPS_MASK, 7 << 32

        .set    T_TBL,      PTE_TABLE
        .set    APT_NOEL0,  1 << 61
        .set    APT_RO,     1 << 62
        .set    UXNT,       1 << 60
        .set    PXNT,       1 << 59
        .set    PG,         PTE_MEM | PTE_PAGE

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
        .macro  at1 va
        ldr     x1, =\va
        at      s1e1r, x1
        isb
        mrs     x0, par_el1
        bl      par_mask
        check   "AT S1E1R \va par", x0
        .endm
        .macro  set_tcr val
        ldr     x0, =\val
        msr     tcr_el1, x0
        isb
        tlb_flush
        .endm
        .macro  set_ttbr1 tbl, off=0
        adrl    x0, \tbl
        .if \off
        ldr     x1, =\off
        orr     x0, x0, x1
        .endif
        msr     ttbr1_el1, x0
        isb
        tlb_flush
        .endm
        // EL1: execute, read and write at VA (the page must hold F or D)
        .macro  ex1 name, va
        set_handler 0x200, _h_report_lr
        ldr     x1, =\va
        mov     x0, #0
        print   "\name exec: "
        blr     x1
        check   "x0", x0
        .endm
        .macro  rd1 name, va
        set_handler 0x200, _h_report_skip
        ldr     x1, =\va
        ldr     x2, =0x5555555555555555
        print   "\name read: "
        ldr     x2, [x1]
        check   "value", x2
        .endm
        .macro  wr1 name, va
        set_handler 0x200, _h_report_skip
        ldr     x1, =\va
        print   "\name write: "
        str     xzr, [x1, #8]
        println "done"
        .endm
        .macro  el0_case name, handler, insn:vararg
        adrl    x16, _exc_count
        str     xzr, [x16]
        set_handler 0x400, \handler
        print   "el0 \name -> "
        run_el0 .Lel0_\@
        bl      end_case
        .pushsection .el0.text, "ax"
.Lel0_\@:
        \insn
        el0_return
        .popsection
        .endm
        .macro  ex0 name, va
        ldr     x1, =\va
        mov     x0, #0
        el0_case "\name exec", _h_report_lr, blr x1
        check   "  x0", x0
        .endm
        .macro  rd0 name, va
        ldr     x1, =\va
        ldr     x2, =0x5555555555555555
        el0_case "\name read", _h_report_skip, ldr x2, [x1]
        check   "  value", x2
        .endm
        .macro  wr0 name, va
        ldr     x1, =\va
        el0_case "\name write", _h_report_skip, str xzr, [x1, #8]
        .endm
        // everything for one TTBR1 GiB slot n: page F at +0, page D at +0x1000
        .macro  slot name, n
        println "-- \name"
        at4     H + \n * GB
        at4     H + \n * GB + 0x1000
        ex1     "\name F", H + \n * GB
        rd1     "\name D", H + \n * GB + 0x1000
        wr1     "\name D", H + \n * GB + 0x1000
        ex0     "\name F", H + \n * GB
        rd0     "\name D", H + \n * GB + 0x1000
        wr0     "\name D", H + \n * GB + 0x1000
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        // code page F and data page D
        adrl    x0, pgf
        ldr     w1, =0xd2800bc0         // mov x0, #0x5e
        str     w1, [x0]
        ldr     w1, =0xd65f03c0         // ret
        str     w1, [x0, #4]
        adrl    x0, pgd
        ldr     x1, =0xd0d0d0d0d0d0d0d0
        str     x1, [x0]
        bl      build_tables
        dc      civac, x0
        dsb     sy
        ic      iallu
        dsb     sy
        isb

        ldr     x0, =MAIR_STD
        msr     mair_el1, x0
        adrl    x0, t0_l1
        msr     ttbr0_el1, x0
        set_ttbr1 h_l1
        set_tcr TCR_A
        mrs     x0, sctlr_el1
        orr     x0, x0, #(1 << 0)
        orr     x0, x0, #(1 << 2)
        orr     x0, x0, #(1 << 12)
        msr     sctlr_el1, x0
        isb
        println "== MMU on"

        slot    "no table attributes, leaf RW", 0
        slot    "L1 APTable=01 (no EL0), leaf RW", 1
        slot    "L1 APTable=10 (read-only), leaf RW", 2
        slot    "L1 APTable=11, leaf RW", 3
        slot    "L1 UXNTable, leaf RO", 4
        slot    "L1 PXNTable, leaf RO", 5
        slot    "L2 APTable=10 + UXNTable, leaf RW", 6
        slot    "L2 PXNTable, L1 APTable=01, leaf EL1 RW", 7
        slot    "EL0 execute-only page (AP=00, UXN=0)", 8
        slot    "table descriptors with ignored bits set", 9

        println "-- SCTLR_EL1.WXN = 1"
        mrs     x0, sctlr_el1
        orr     x0, x0, #(1 << 19)
        msr     sctlr_el1, x0
        isb
        tlb_flush
        slot    "WXN: no table attributes, leaf RW", 0
        slot    "WXN: L1 APTable=10, leaf RW", 2
        slot    "WXN: EL0 execute-only page", 8
        mrs     x0, sctlr_el1
        bic     x0, x0, #(1 << 19)
        msr     sctlr_el1, x0
        isb
        tlb_flush

        println "== faults"
        set_handler 0x200, _h_report_skip
        at4     H + 10 * GB
        rd1     "L1 block with AF=0", H + 10 * GB + 0x123458
        at1     H + 11 * GB
        rd1     "L2 table at unassigned PA 0x50000000", H + 11 * GB + 0x10
        at1     H + 12 * GB + 0x200000
        rd1     "L3 table at unassigned PA 0x50001000", H + 12 * GB + 0x200008
        println "-- IPS = 36 bits"
        set_tcr (TCR_A & ~TCR_IPS_MASK) | (1 << 32)
        at1     H + 13 * GB
        rd1     "L2 table at PA 0x1000000000", H + 13 * GB
        at1     H + 14 * GB
        rd1     "1 GiB block at PA 0x1000000000", H + 14 * GB
        at1     H + 15 * GB
        println "-- IPS = 48 bits (above PARange: 44 bits)"
        set_tcr (TCR_A & ~TCR_IPS_MASK) | (5 << 32)
        at1     H + 13 * GB
        at1     H + 14 * GB
        at1     H + 15 * GB
        rd1     "1 GiB block at PA 0x100000000000", H + 15 * GB + 0x40
        set_ttbr1 h_l1, 0x1000000000
        at1     H
        rd1     "TTBR1 base at PA 0x1000000000 (+0x40000000...)", H + 0x1000
        println "-- IPS = 32 bits, TTBR1 base above 4 GiB"
        set_tcr (TCR_A & ~TCR_IPS_MASK)
        set_ttbr1 h_l1, 0x100000000
        at1     H
        rd1     "TTBR1 base at 4 GiB + table", H + 0x1000
        set_ttbr1 h_l1
        set_tcr TCR_A

        println "== T1SZ outside 16..39"
        .irp    sz, 12, 15, 16, 39, 40, 48, 63
        set_tcr (TCR_A & ~TCR_T1SZ_MASK) | (\sz << 16)
        at1     H + 0x1000
        at1     0xffff000000001000
        at1     0xfffffffffe001000
        .endr
        set_tcr (TCR_A & ~TCR_T1SZ_MASK) | (12 << 16)
        rd1     "T1SZ=12", H + 0x1000
        set_tcr (TCR_A & ~TCR_T1SZ_MASK) | (40 << 16)
        rd1     "T1SZ=40", 0xffffffffff801000

        println "== reserved TG encodings (treated as 4 KiB)"
        set_tcr (TCR_A & ~TCR_TG1_MASK)
        at1     H + 0x1000
        rd1     "TG1=0", H + 0x1000
        set_tcr TCR_A | (3 << 14)
        rd1     "TG0=3: image still mapped", magic
        set_tcr TCR_A

        println "== TBI"
        set_tcr TCR_A | TCR_TBI1
        rd1     "TBI1=1 tagged TTBR1 VA", 0x5affff8000001000
        rd1     "TBI1=1 tag 0x00", 0x00ffff8000001000
        rd1     "TBI1=1 bit 55 clear", 0x5a7fff8000001000
        rd1     "TBI1=1 invalid L3 entry", 0x5affff8000003000
        at1     0x5affff8000001000
        rd1     "TBI1=1 TTBR0 VA with tag", 0x5a00000040080000
        set_tcr TCR_A | TCR_TBI0
        rd1     "TBI0=1 invalid L1 entry via tagged VA", 0x3400000080000010
        set_handler 0x200, _h_report_skip
        mrs     x0, sctlr_el1
        orr     x0, x0, #2
        msr     sctlr_el1, x0
        isb
        ldr     x1, =0x3400000040080001
        print   "TBI0=1 misaligned tagged VA with SCTLR.A=1: "
        ldr     x2, [x1]
        println "done"
        mrs     x0, sctlr_el1
        bic     x0, x0, #2
        msr     sctlr_el1, x0
        isb
        set_tcr TCR_A

        mmu_off
        println "== MMU off"
        set_tcr TCR_A | TCR_TBI0
        at1     0x5a00000040080000
        rd1     "TBI0=1 tagged PA", 0x5a00000000000000 + magic
        at1     0x0000100000000000
        at1     0x5a000fff00000000
        rd1     "TBI0=1 beyond 44 bits", 0x5a00100000000000
        rd1     "TBI0=1 bit 55 set", 0x5a80000040080000
        set_tcr TCR_A | TCR_TBI1
        rd1     "TBI1=1 bit 55 set", 0xff80000040080000
        set_tcr TCR_A
        rd1     "TBI off tagged", 0x5a00000040080000
        ldp     x29, x30, [sp], #16
        ret

// x0 = PAR_EL1 -> masked value
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

        // leaf pages of slot n: l3[0] = F, l3[1] = D with `attrs`
// x0 = L3 table, x1 = PA of its first page, x2 = boundary: pages below it get
// attributes x3, the others x4
fill_l3:
1:      cmp     x1, x2
        csel    x5, x3, x4, lo
        orr     x5, x5, x1
        str     x5, [x0], #8
        add     x1, x1, #4096
        tst     x1, #0x1fffff
        b.ne    1b
        ret

        .macro  leaves l3, attrs
        pte     \l3, 0, pgf, \attrs
        pte     \l3, 1, pgd, \attrs
        .endm
build_tables:
        str     x30, [sp, #-16]!
        // ---- TTBR0: identity ----
        pte_pa  t0_l1, 0, 0x00000000, PTE_DEV | PTE_BLOCK
        pte     t0_l1, 1, t0_l2, PTE_TABLE
        // image: text/rodata EL1 RO + EL1-executable, the rest EL1 RW + XN
        // (so that SCTLR.WXN leaves the code executable)
        pte     t0_l2, 0, t0_l3img, PTE_TABLE
        adrl    x0, t0_l3img
        ldr     x1, =0x40000000
        ldr     x2, =__data_start
        ldr     x3, =PTE_MEM | PTE_PAGE | PTE_AP_EL1RO | PTE_UXN
        ldr     x4, =PTE_MEM | PTE_PAGE | PTE_UXN | PTE_PXN
        bl      fill_l3
        // EL0 region: code EL0+EL1 RO + EL0-executable, bss/stack RW + XN
        pte     t0_l2, 1, t0_l3el0, PTE_TABLE
        adrl    x0, t0_l3el0
        ldr     x1, =0x40200000
        ldr     x2, =__el0_bss_start
        ldr     x3, =PTE_MEM | PTE_PAGE | PTE_AP_RO | PTE_PXN
        ldr     x4, =PTE_MEM | PTE_PAGE | PTE_AP_RW | PTE_UXN | PTE_PXN
        bl      fill_l3
        pte_pa  t0_l2, 2, 0x40400000, PTE_MEM | PTE_BLOCK | PTE_UXN | PTE_PXN
        // ---- TTBR1 slots ----
        .irp    n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9
        pte     h_l2_\n, 0, h_l3_\n, PTE_TABLE
        .endr
        pte     h_l1, 0, h_l2_0, T_TBL
        leaves  h_l3_0, PG | PTE_AP_RW
        pte     h_l1, 1, h_l2_1, T_TBL | APT_NOEL0
        leaves  h_l3_1, PG | PTE_AP_RW
        pte     h_l1, 2, h_l2_2, T_TBL | APT_RO
        leaves  h_l3_2, PG | PTE_AP_RW
        pte     h_l1, 3, h_l2_3, T_TBL | APT_RO | APT_NOEL0
        leaves  h_l3_3, PG | PTE_AP_RW
        pte     h_l1, 4, h_l2_4, T_TBL | UXNT
        leaves  h_l3_4, PG | PTE_AP_RO
        pte     h_l1, 5, h_l2_5, T_TBL | PXNT
        leaves  h_l3_5, PG | PTE_AP_RO
        pte     h_l1, 6, h_l2_6, T_TBL
        pte     h_l2_6, 0, h_l3_6, PTE_TABLE | APT_RO | UXNT
        leaves  h_l3_6, PG | PTE_AP_RW
        pte     h_l1, 7, h_l2_7, T_TBL | APT_NOEL0
        pte     h_l2_7, 0, h_l3_7, PTE_TABLE | PXNT
        leaves  h_l3_7, PG | PTE_AP_EL1RW
        pte     h_l1, 8, h_l2_8, T_TBL
        leaves  h_l3_8, PG | PTE_AP_EL1RW
        // ignored bits of table descriptors: [11:2] and [58:52]
        pte     h_l1, 9, h_l2_9, T_TBL | 0x07f0000000000ffc
        pte     h_l2_9, 0, h_l3_9, PTE_TABLE | 0x07f0000000000ffc
        leaves  h_l3_9, PG | PTE_AP_RW
        // faults
        pte_pa  h_l1, 10, 0x40000000, (PTE_MEM & ~PTE_AF) | PTE_BLOCK
        pte_pa  h_l1, 11, 0x50000000, PTE_TABLE
        pte     h_l1, 12, h_l2_12, T_TBL
        pte_pa  h_l2_12, 1, 0x50001000, PTE_TABLE
        pte_pa  h_l1, 13, 0x1000000000, PTE_TABLE
        pte_pa  h_l1, 14, 0x1000000000, PTE_MEM | PTE_BLOCK
        pte_pa  h_l1, 15, 0x100000000000, PTE_MEM | PTE_BLOCK
        dsb     sy
        ldr     x30, [sp], #16
        ret

        .data
        .balign 8
magic:  .quad   0x6d616769632d3432

        .bss
        .balign 4096
pgf:    .skip 4096
pgd:    .skip 4096
t0_l1:  .skip 4096
t0_l2:  .skip 4096
t0_l3img: .skip 4096
t0_l3el0: .skip 4096
h_l1:   .skip 4096
        .irp    n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12
h_l2_\n: .skip 4096
        .endr
        .irp    n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9
h_l3_\n: .skip 4096
        .endr

// mmu_4k: stage 1 translation, EL1&0 regime, 4 KiB granule (Arm ARM D5).
// Page tables are built at run time.  TTBR0: T0SZ = 25 (39-bit VA, walk
// starts at level 1) and later T0SZ = 16 (48-bit, level 0); TTBR1: T1SZ =
// 16 (level 0), IPS = 36 bits.  MAIR: attr0 Device-nGnRnE, attr1 Normal WB,
// attr2 Normal NC, attr3 Device-nGnRE.
//
// TTBR0 map (identity unless noted)
//   0x09000000            UART page (Device, L1 -> L2 -> L3 page)
//   0x40000000 +2M        L3 pages: text/rodata EL1 RO+X, rest EL1 RW+XN
//   0x40200000 +2M        L2 block, EL0+EL1 RW   (EL0 code/data)
//   0x40400000 +2M        L3 table "test" (pages below)
//   0x40600000 +2M        L2 block alias of PA 0x40000000, EL1 read-only
//   0x40800000 +2M        L2 block with AF = 0
//   0x40a00000            L2 invalid entry
//   0x40c00000            L2 -> L3 table with no valid entries
//   0x40e00000            L2 block -> PA 0x1_0000_0000 (address size test)
//   0x80000000            L1 invalid entry
//   0xc0000000 +1G        L1 block -> PA 0x40000000
//   test pages (VA 0x40400000 + n * 0x1000):
//     0 A EL1 RW   1 B EL1 RO   2 C EL0+EL1 RO   3 D EL0+EL1 RW
//     4 E AF=0     5 invalid    6 F EL1 RW exec  7 F EL0 RW (EL0 exec)
//     8 F EL1 RO PXN            9 F RO, EL1 exec, UXN
//     10 reserved descriptor (level 3, bits[1:0] = 01)
//     16..31  16 pages with the contiguous bit -> tmem pages 0..15
//     32 UART (Device) alias    33 page A Normal Non-cacheable (AT only)
//   (Device and Non-cacheable entries use SH = Outer Shareable, which is
//   what PAR_EL1.SH reports for such memory whatever the descriptor says)
// TTBR1 map: 0xffff000000000000 -> page G (RW), +0x1000 -> page A,
//   +0x2000 -> page B (EL1 RO); 0xffff000009000000 UART;
//   0xffff000040000000 +1G -> PA 0x40000000 (high alias of the whole image,
//   used to run with TCR.EPD0 = 1); 0xffff800000000000 L0 invalid.
// Faults are reported by the "exc" lines (ESR DFSC/IFSC give type and level,
// FAR the VA).  AT results print PAR_EL1 with bit 9 (NS, UNKNOWN for
// Non-secure translations) and bit 10 (IMPLEMENTATION DEFINED) cleared, and
// for faults only bits [11:0].
// Not tested: a block descriptor at level 0 (reserved with 4 KiB pages
// unless FEAT_LPA2 / TCR.DS = 1, so it must give a level 0 translation fault;
// QEMU 7.2 maps a 512 GiB block).
// Test memory: tmem page n, doubleword k = 0xa5a5 << 48 | n << 32 | 8 * k.
        .include "common.inc"

        .set    HIGH,       0xffff000000000000
        .set    TCR_BASE,   (1 << 8) | (1 << 10) | (3 << 12) | (0 << 14) | (16 << 16) | (1 << 24) | (1 << 26) | (3 << 28) | (2 << 30) | (1 << 32)
        .set    TCR_A,      TCR_BASE | 25
        .set    TCR_B,      TCR_BASE | 16
        .set    TCR_EPD0,   1 << 7
        .set    TCR_EPD1,   1 << 23
        .set    TCR_TBI0,   1 << 37
        .set    TCR_IPS_MASK, 7 << 32

        .set    VA_TEST,    0x40400000
        .set    VA_A,       VA_TEST + 0x0000
        .set    VA_B,       VA_TEST + 0x1000
        .set    VA_C,       VA_TEST + 0x2000
        .set    VA_D,       VA_TEST + 0x3000
        .set    VA_E,       VA_TEST + 0x4000
        .set    VA_INV3,    VA_TEST + 0x5000
        .set    VA_FX,      VA_TEST + 0x6000
        .set    VA_F0,      VA_TEST + 0x7000
        .set    VA_FPXN,    VA_TEST + 0x8000
        .set    VA_FRO,     VA_TEST + 0x9000
        .set    VA_RESV,    VA_TEST + 0xa000
        .set    VA_CONT,    VA_TEST + 0x10000
        .set    VA_DEVA,    VA_TEST + 0x20000
        .set    VA_NCA,     VA_TEST + 0x21000
        .set    VA_ROBLK,   0x40600000
        .set    VA_AFBLK,   0x40800000
        .set    VA_INV2,    0x40a00000
        .set    VA_EMPTY3,  0x40c00000
        .set    VA_BIGPA,   0x40e00000
        .set    VA_INV1,    0x80000000
        .set    VA_1G,      0xc0000000
        .set    VA_OOR,     0x0000008000000000
        .set    VA_L0ALIAS, 0x00007f8000000000
        .set    VA_H,       0xffff000000000000
        .set    VA_HINV,    0xffff800000000000

        .set    P_RW,       PTE_MEM | PTE_PAGE | PTE_UXN | PTE_PXN

        // AT S1E1R/S1E1W/S1E0R/S1E0W of VA, PAR printed (masked)
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
        .macro  ex name, va
        ldr     x1, =\va
        print   "\name: "
        blr     x1
        println "returned"
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
        // fill test memory
        adrl    x0, tmem
        mov     x1, #0
        ldr     x3, =0xa5a5000000000000
1:      lsr     x2, x1, #12
        orr     x4, x3, x2, lsl #32
        and     x5, x1, #0xfff
        orr     x4, x4, x5
        str     x4, [x0, x1]
        add     x1, x1, #8
        cmp     x1, #(TMEM_PAGES * 4096)
        b.lo    1b
        // code for the execute tests: "mov x0, #0x5e; ret" in page F
        adrl    x0, tmem + 21 * 4096
        ldr     w1, =0xd2800bc0         // mov x0, #0x5e
        str     w1, [x0]
        ldr     w1, =0xd65f03c0         // ret
        str     w1, [x0, #4]
        bl      build_tables

        ldr     x0, =MAIR_STD
        msr     mair_el1, x0
        ldr     x0, =TCR_A
        msr     tcr_el1, x0
        adrl    x0, t0_l1
        msr     ttbr0_el1, x0
        adrl    x0, t1_l0
        msr     ttbr1_el1, x0
        isb
        tlb_flush
        mrs     x0, sctlr_el1
        orr     x0, x0, #(1 << 0)
        orr     x0, x0, #(1 << 2)
        orr     x0, x0, #(1 << 12)
        msr     sctlr_el1, x0
        isb
        println "== MMU on (4K granule, T0SZ=25, T1SZ=16)"
        mrs     x0, sctlr_el1
        check   "SCTLR_EL1", x0
        mrs     x0, tcr_el1
        check   "TCR_EL1", x0

        println "== accesses through valid mappings"
        ldr     x1, =VA_A
        ldr     x2, [x1]
        check   "page A [0]", x2
        ldr     x2, [x1, #0xff8]
        check   "page A [0xff8]", x2
        ldr     x3, =0x1234567887654321
        str     x3, [x1, #8]
        adrl    x4, tmem + 16 * 4096
        ldr     x2, [x4, #8]
        check   "write via VA_A, read via PA", x2
        ldr     x1, =VA_B
        ldr     x2, [x1, #16]
        check   "page B (EL1 RO) read", x2
        ldr     x1, =VA_C
        ldr     x2, [x1, #24]
        check   "page C (RO) read", x2
        ldr     x1, =VA_D
        ldr     x2, [x1, #32]
        check   "page D (EL0 RW) read", x2
        str     x3, [x1, #32]
        ldr     x2, [x1, #32]
        check   "page D write/read", x2
        .irp    n, 0, 1, 7, 8, 15
        ldr     x1, =VA_CONT + \n * 4096 + 0x40
        ldr     x2, [x1]
        check   "contiguous page \n [0x40]", x2
        .endr
        // block aliases of PA 0x40000000
        adrl    x4, magic
        ldr     x5, =0x40000000
        sub     x4, x4, x5
        ldr     x1, =VA_ROBLK
        ldr     x2, [x1, x4]
        check   "magic via 2M RO block alias", x2
        ldr     x1, =VA_1G
        ldr     x2, [x1, x4]
        check   "magic via 1G block alias", x2
        // TTBR1
        ldr     x1, =VA_H
        ldr     x3, =0xfedcba9801234567
        str     x3, [x1, #0x10]
        adrl    x4, tmem + 22 * 4096
        ldr     x2, [x4, #0x10]
        check   "write via TTBR1 VA, read via PA", x2
        ldr     x2, [x1, #0x1000]
        check   "TTBR1 alias of page A [0]", x2
        ldr     x2, [x1, #0x2008]
        check   "TTBR1 page B [8]", x2
        // device alias of the UART
        ldr     x1, =VA_DEVA
        print   "UART through alias VA: "
        mov     w0, #'U'
        strb    w0, [x1]
        mov     w0, #'\n'
        strb    w0, [x1]
        // execute from an EL1-executable page
        ex      "exec page F (EL1 RW, PXN=0)", VA_FX
        check   "  x0 from page F code", x0
        ex      "exec page F (RO, PXN=0)", VA_FRO
        check   "  x0 from page F code", x0

        println "== AT"
        at4     VA_A
        at4     VA_A + 0x123
        at4     VA_B
        at4     VA_C
        at4     VA_D
        at4     VA_E
        at4     VA_INV3
        at4     VA_FX
        at4     VA_RESV
        at4     VA_CONT + 0x5008
        at4     VA_DEVA
        at4     VA_NCA
        at4     VA_ROBLK + 0x80010
        at4     VA_AFBLK
        at4     VA_INV2
        at4     VA_EMPTY3
        at4     VA_INV1
        at4     VA_1G + 0x123456
        at4     VA_OOR
        at4     0x09000000
        at4     0x40200000
        at4     VA_H
        at4     VA_H + 0x2000
        at4     VA_HINV
        at4     0xfff0000000000000

        println "== data aborts at EL1"
        set_handler 0x200, _h_report_skip
        wr      "write page B (EL1 RO)", VA_B, 1
        wr      "write page C (RO)", VA_C, 1
        rd      "read page E (AF=0)", VA_E
        wr      "write page E (AF=0)", VA_E, 1
        rd      "read invalid L3 entry", VA_INV3
        rd      "read reserved L3 descriptor", VA_RESV
        wr      "write 2M RO block", VA_ROBLK + 8, 1
        rd      "read 2M block with AF=0", VA_AFBLK + 0x10
        rd      "read invalid L2 entry", VA_INV2 + 0x18
        rd      "read L3 table without valid entries", VA_EMPTY3
        rd      "read invalid L1 entry", VA_INV1
        rd      "read VA beyond T0SZ range", VA_OOR
        rd      "read invalid TTBR1 L0 entry", VA_HINV
        rd      "read VA in neither range", 0xfff0000000000000
        wr      "write TTBR1 page B (EL1 RO)", VA_H + 0x2000, 1
        ldr     x1, =VA_A
        print   "ldtr page A (EL1 only): "
        ldtr    x2, [x1]
        println "done"
        ldr     x1, =VA_D
        print   "ldtr page D (EL0 RW): "
        ldtr    x2, [x1, #32]
        check   "value", x2
        ldr     x1, =VA_C
        print   "sttr page C (RO): "
        sttr    x2, [x1]
        println "done"
        print   "ldtr page C (RO): "
        ldtr    x2, [x1, #8]
        check   "value", x2
        ldr     x1, =VA_B
        print   "ldtr page B (EL1 RO): "
        ldtrb   w2, [x1]
        println "done"
        check_exc "data aborts taken"

        println "== instruction aborts at EL1"
        set_handler 0x200, _h_report_lr
        ex      "exec page F alias EL0 RW (implicit PXN)", VA_F0
        ex      "exec page F alias PXN", VA_FPXN
        ex      "exec page E (AF=0)", VA_E
        ex      "exec invalid L3", VA_INV3
        ex      "exec invalid L1", VA_INV1
        ex      "exec beyond T0SZ", VA_OOR
        // SCTLR_EL1.WXN: writable pages are never executable
        mrs     x0, sctlr_el1
        orr     x0, x0, #(1 << 19)
        msr     sctlr_el1, x0
        isb
        tlb_flush
        ex      "WXN=1: exec page F (EL1 RW)", VA_FX
        ex      "WXN=1: exec page F (RO)", VA_FRO
        check   "  x0 from page F code", x0
        mrs     x0, sctlr_el1
        bic     x0, x0, #(1 << 19)
        msr     sctlr_el1, x0
        isb
        tlb_flush
        check_exc "instruction aborts taken"
        clear_handler 0x200

        println "== EL0"
        ldr     x1, =VA_A
        el0_case _h_report_skip, ldr x2, [x1]
        ldr     x1, =VA_B
        el0_case _h_report_skip, ldr x2, [x1]
        ldr     x1, =VA_C
        el0_case _h_report_skip, ldr x2, [x1, #8]
        check   "  value", x2
        el0_case _h_report_skip, str x2, [x1, #8]
        ldr     x1, =VA_D
        el0_case _h_report_skip, ldr x2, [x1, #40]
        check   "  value", x2
        el0_case _h_report_skip, str x1, [x1, #40]
        ldr     x2, [x1, #40]
        check   "  page D [40] after EL0 store", x2
        ldr     x1, =VA_E
        el0_case _h_report_skip, ldr x2, [x1]
        ldr     x1, =VA_H
        el0_case _h_report_skip, ldr x2, [x1]
        ldr     x1, =VA_INV1
        el0_case _h_report_skip, ldr x2, [x1]
        ldr     x1, =VA_F0
        mov     x0, #0
        el0_case _h_report_lr, blr x1
        check   "  x0 from page F code at EL0", x0
        ldr     x1, =VA_FRO
        el0_case _h_report_lr, blr x1
        ldr     x1, =VA_FX
        el0_case _h_report_lr, blr x1
        ldr     x1, =0x40080000
        el0_case _h_report_lr, blr x1

        println "== TCR.IPS = 32 bits: output address size fault"
        mrs     x19, tcr_el1
        bic     x0, x19, #TCR_IPS_MASK
        msr     tcr_el1, x0
        isb
        tlb_flush
        set_handler 0x200, _h_report_skip
        rd      "read block -> PA 0x100000000", VA_BIGPA
        at4     VA_BIGPA
        ldr     x1, =VA_A
        ldr     x2, [x1]
        check   "page A still readable", x2
        msr     tcr_el1, x19
        isb
        tlb_flush

        println "== TCR.TBI0"
        ldr     x0, =TCR_A | TCR_TBI0
        msr     tcr_el1, x0
        isb
        tlb_flush
        ldr     x1, =0x5a00000000000000 | VA_A
        ldr     x2, [x1]
        check   "TBI0=1: ldr via tagged VA", x2
        ldr     x3, =0x0f0f0f0f0f0f0f0f
        str     x3, [x1, #0x18]
        ldr     x1, =VA_A
        ldr     x2, [x1, #0x18]
        check   "TBI0=1: str via tagged VA, read untagged", x2
        ldr     x1, =0xff00000000000000 | VA_A
        ldr     x2, [x1, #0x18]
        check   "TBI0=1: tag 0xff", x2
        ldr     x1, =0x5a00000000000000 | VA_A
        at      s1e1r, x1
        isb
        mrs     x0, par_el1
        bl      par_mask
        check   "TBI0=1: AT S1E1R tagged VA par", x0
        set_tcr TCR_A
        rd      "TBI0=0: read via tagged VA", 0x5a00000000000000 | VA_A

        println "== T0SZ = 16 (48-bit VA, walk starts at level 0)"
        adrl    x0, t0_l0
        msr     ttbr0_el1, x0
        set_tcr TCR_B
        ldr     x1, =VA_A
        ldr     x2, [x1]
        check   "page A via L0[0]", x2
        ldr     x1, =VA_L0ALIAS | VA_A
        ldr     x2, [x1]
        check   "page A via L0[255] alias", x2
        at4     VA_L0ALIAS | VA_A
        rd      "read L0[1] (invalid)", VA_OOR
        at4     VA_OOR
        rd      "read L0[128] (invalid)", 0x0000400000000000
        adrl    x0, t0_l1
        msr     ttbr0_el1, x0
        set_tcr TCR_A

        println "== TCR.EPD1 = 1"
        set_tcr TCR_A | TCR_EPD1
        rd      "read TTBR1 VA", VA_H
        at4     VA_H
        set_tcr TCR_A
        ldr     x1, =VA_H
        ldr     x2, [x1, #0x10]
        check   "EPD1=0 again: TTBR1 VA readable", x2

        println "== TCR.EPD0 = 1 (running from the TTBR1 alias)"
        bl      go_high
        adr     x0, .
        lsr     x0, x0, #48
        check   "PC[63:48] now", x0
        set_handler 0x200, _h_report_skip
        set_tcr TCR_A | TCR_EPD0
        rd      "read TTBR0 VA", VA_A
        at4     VA_A
        set_tcr TCR_A
        ldr     x1, =VA_A
        ldr     x2, [x1]
        check   "EPD0=0 again: TTBR0 VA readable", x2
        bl      go_low
        adr     x0, .
        lsr     x0, x0, #48
        check   "PC[63:48] back", x0
        check_exc "faults"
        clear_handler 0x200

        mmu_off
        println "MMU off"
        ldp     x29, x30, [sp], #16
        ret

// switch execution, sp, VBAR and the UART pointer to the TTBR1 alias
go_high:
        ldr     x0, =HIGH
        add     x30, x30, x0
        add     sp, sp, x0
        mrs     x1, vbar_el1
        add     x1, x1, x0
        msr     vbar_el1, x1
        adr     x1, 1f
        add     x1, x1, x0
        br      x1
1:      adrl    x1, _uart_base
        ldr     x2, [x1]
        add     x2, x2, x0
        str     x2, [x1]
        isb
        ret
go_low:
        ldr     x0, =HIGH
        sub     x30, x30, x0
        adrl    x1, _uart_base
        ldr     x2, [x1]
        sub     x2, x2, x0
        str     x2, [x1]
        sub     sp, sp, x0
        mrs     x1, vbar_el1
        sub     x1, x1, x0
        msr     vbar_el1, x1
        adr     x1, 1f
        sub     x1, x1, x0
        br      x1
1:      isb
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

build_tables:
        str     x30, [sp, #-16]!
        // ---- TTBR0 ----
        pte     t0_l0, 0, t0_l1, PTE_TABLE
        pte     t0_l0, 255, t0_l1, PTE_TABLE
        pte     t0_l1, 0, t0_l2lo, PTE_TABLE
        pte     t0_l1, 1, t0_l2ram, PTE_TABLE
        pte_pa  t0_l1, 3, 0x40000000, PTE_MEM | PTE_BLOCK | PTE_UXN
        pte     t0_l2lo, 72, t0_l3uart, PTE_TABLE
        pte_pa  t0_l3uart, 0, 0x09000000, PTE_DEV | PTE_PAGE
        // image block as 4K pages: text/rodata EL1 read-only + executable,
        // everything from __data_start on EL1 RW + execute-never
        pte     t0_l2ram, 0, t0_l3img, PTE_TABLE
        adrl    x0, t0_l3img
        ldr     x1, =0x40000000
        ldr     x2, =__data_start
        ldr     x3, =PTE_MEM | PTE_PAGE | PTE_AP_EL1RO | PTE_UXN
        ldr     x4, =PTE_MEM | PTE_PAGE | PTE_UXN | PTE_PXN
1:      cmp     x1, x2
        csel    x5, x3, x4, lo
        orr     x5, x5, x1
        str     x5, [x0], #8
        add     x1, x1, #4096
        tst     x1, #0x1fffff
        b.ne    1b
        pte_pa  t0_l2ram, 1, 0x40200000, PTE_MEM | PTE_BLOCK | PTE_AP_RW | PTE_PXN
        pte     t0_l2ram, 2, t0_l3test, PTE_TABLE
        pte_pa  t0_l2ram, 3, 0x40000000, PTE_MEM | PTE_BLOCK | PTE_AP_EL1RO | PTE_UXN | PTE_PXN
        pte_pa  t0_l2ram, 4, 0x40000000, (PTE_MEM & ~PTE_AF) | PTE_BLOCK | PTE_UXN | PTE_PXN
        pte     t0_l2ram, 6, t0_l3empty, PTE_TABLE
        pte_pa  t0_l2ram, 7, 0x100000000, PTE_MEM | PTE_BLOCK | PTE_UXN | PTE_PXN
        pte     t0_l3test, 0, tmem + 16 * 4096, P_RW
        pte     t0_l3test, 1, tmem + 17 * 4096, P_RW | PTE_AP_EL1RO
        pte     t0_l3test, 2, tmem + 18 * 4096, P_RW | PTE_AP_RO
        pte     t0_l3test, 3, tmem + 19 * 4096, P_RW | PTE_AP_RW
        pte     t0_l3test, 4, tmem + 20 * 4096, P_RW & ~PTE_AF
        pte     t0_l3test, 6, tmem + 21 * 4096, PTE_MEM | PTE_PAGE | PTE_UXN
        pte     t0_l3test, 7, tmem + 21 * 4096, PTE_MEM | PTE_PAGE | PTE_AP_RW
        pte     t0_l3test, 8, tmem + 21 * 4096, PTE_MEM | PTE_PAGE | PTE_AP_EL1RO | PTE_PXN
        pte     t0_l3test, 9, tmem + 21 * 4096, PTE_MEM | PTE_PAGE | PTE_AP_RO | PTE_UXN
        pte     t0_l3test, 10, tmem + 16 * 4096, (P_RW & ~3) | 1
        .irp    n, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
        pte     t0_l3test, 16 + \n, tmem + \n * 4096, P_RW | PTE_CONT
        .endr
        pte_pa  t0_l3test, 32, 0x09000000, PTE_DEV | PTE_PAGE
        pte     t0_l3test, 33, tmem + 16 * 4096, (P_RW & ~(PTE_ATTR3 | PTE_SH_IS)) | PTE_ATTR2 | PTE_SH_OS
        // ---- TTBR1 ----
        pte     t1_l0, 0, t1_l1, PTE_TABLE
        pte     t1_l1, 0, t1_l2, PTE_TABLE
        pte_pa  t1_l1, 1, 0x40000000, PTE_MEM | PTE_BLOCK | PTE_UXN
        pte     t1_l2, 0, t1_l3, PTE_TABLE
        pte     t1_l2, 72, t1_l3uart, PTE_TABLE
        pte_pa  t1_l3uart, 0, 0x09000000, PTE_DEV | PTE_PAGE
        pte     t1_l3, 0, tmem + 22 * 4096, P_RW
        pte     t1_l3, 1, tmem + 16 * 4096, P_RW
        pte     t1_l3, 2, tmem + 17 * 4096, P_RW | PTE_AP_EL1RO
        dsb     sy
        ldr     x30, [sp], #16
        ret

        .data
        .balign 8
magic:  .quad   0x6d616769632d3432

        .set    TMEM_PAGES, 24
        .bss
        .balign 4096
t0_l0:      .skip 4096
t0_l3img:   .skip 4096
t0_l1:      .skip 4096
t0_l2lo:    .skip 4096
t0_l3uart:  .skip 4096
t0_l2ram:   .skip 4096
t0_l3test:  .skip 4096
t0_l3empty: .skip 4096
t1_l0:      .skip 4096
t1_l1:      .skip 4096
t1_l2:      .skip 4096
t1_l3:      .skip 4096
t1_l3uart:  .skip 4096
        .balign 65536
tmem:       .skip TMEM_PAGES * 4096

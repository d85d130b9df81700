// mmu_asid: ASIDs and TLB maintenance (4 KiB granule, T0SZ = 25).
// Two TTBR0 tables A and B share the global identity map (code, data, UART)
// and map the test VA X = 0x80000000 with non-global (nG) pages to different
// physical pages; Y = X + 0x1000 is a global mapping.  Pages: P1, P2, P3,
// R1, R2; each read prints the page's first doubleword (0x1111..., 0x2222...,
// 0x3333..., 0x5151..., 0x5252...).
// Only outcomes the architecture guarantees are printed:
//   * after switching TTBR0 to another ASID, that ASID's own mapping is seen
//     (the TLB never holds stale entries for it: each test starts from a
//     full TLBI VMALLE1);
//   * entries are replaced with break-before-make: invalidate the entry,
//     DSB, the TLBI under test, DSB, write the new entry - so the new mapping
//     is seen only if the TLBI really removed the old one.
// Never printed: what is seen when a TLBI is omitted or targets another
// ASID/VA (the TLB may or may not hold the old entry).
// Also: TCR_EL1.A1 (ASID taken from TTBR1_EL1), TCR_EL1.AS (8-bit ASIDs:
// TTBR ASID[15:8] ignored except for read-back), 16-bit ASIDs 0x0001 and
// 0x0101 being different.
        .include "common.inc"

        .set    VA_X,       0x80000000
        .set    VA_Y,       0x80001000
        .set    TCR_BASE,   25 | (1 << 8) | (1 << 10) | (3 << 12) | (0 << 14) | (25 << 16) | (1 << 23) | (1 << 24) | (1 << 26) | (3 << 28) | (2 << 30) | (1 << 32)
        .set    TCR_AS16,   TCR_BASE | (1 << 36)
        .set    TCR_AS8,    TCR_BASE
        .set    TCR_A1,     TCR_AS16 | (1 << 22)
        .set    P_NG,       PTE_MEM | PTE_PAGE | PTE_UXN | PTE_PXN | PTE_NG
        .set    P_G,        PTE_MEM | PTE_PAGE | PTE_UXN | PTE_PXN

        // TTBR0 = table | asid << 48
        .macro  ttbr0 tbl, asid
        adrl    x0, \tbl
        ldr     x1, =(\asid) << 48
        orr     x0, x0, x1
        msr     ttbr0_el1, x0
        isb
        .endm
        .macro  readx name, va=VA_X
        ldr     x1, =\va
        ldr     x2, [x1]
        check   "\name", x2
        .endm
        // break-before-make replacement of tbl[idx] with page `page`, using
        // the TLBI instruction(s) given as the remaining arguments
        .macro  bbm tbl, idx, page, attrs, tlbi:vararg
        adrl    x3, \tbl
        str     xzr, [x3, #(\idx) * 8]
        dsb     ishst
        \tlbi
        dsb     ish
        adrl    x4, \page
        ldr     x5, =\attrs
        orr     x4, x4, x5
        str     x4, [x3, #(\idx) * 8]
        dsb     ishst
        isb
        .endm
        .macro  set_tcr val
        ldr     x0, =\val
        msr     tcr_el1, x0
        isb
        tlb_flush
        .endm

        .macro  fillpage pg, val
        adrl    x0, \pg
        ldr     x1, =\val
        mov     x2, #0
1:      str     x1, [x0, x2]
        add     x2, x2, #8
        cmp     x2, #4096
        b.lo    1b
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        // page contents
        .irp    pv, "p1,0x1111111111111111", "p2,0x2222222222222222", "p3,0x3333333333333333", "r1,0x5151515151515151", "r2,0x5252525252525252"
        fillpage \pv
        .endr
        bl      build_tables
        ldr     x0, =MAIR_STD
        msr     mair_el1, x0
        ldr     x0, =TCR_AS16
        msr     tcr_el1, x0
        ttbr0   ta_l1, 1
        tlb_flush
        mrs     x0, sctlr_el1
        orr     x0, x0, #(1 << 0)
        orr     x0, x0, #(1 << 2)
        orr     x0, x0, #(1 << 12)
        msr     sctlr_el1, x0
        isb
        println "== MMU on, 16-bit ASIDs, TTBR0 = A / ASID 1"
        // VA operands for TLBI
        ldr     x20, =(VA_X >> 12)
        ldr     x21, =(VA_Y >> 12)
        mov     x22, #(1 << 48)         // ASID 1
        mov     x23, #(2 << 48)         // ASID 2
        orr     x24, x20, x22           // VA X, ASID 1
        orr     x25, x20, x23           // VA X, ASID 2

        readx   "A/1: X"
        readx   "A/1: Y (global)", VA_Y
        ttbr0   tb_l1, 2
        readx   "B/2: X"
        readx   "B/2: Y (global)", VA_Y
        ttbr0   ta_l1, 1
        readx   "A/1 again: X"
        ttbr0   ta_l1, 3
        readx   "A/3 (same table, new ASID): X"
        ttbr0   ta_l1, 1

        println "== TLB maintenance (break-before-make on A[X])"
        bbm     ta_l3, 0, p3, P_NG, tlbi vae1, x24
        readx   "TLBI VAE1 (X, ASID 1) -> P3"
        bbm     ta_l3, 0, p1, P_NG, tlbi vale1, x24
        readx   "TLBI VALE1 (X, ASID 1) -> P1"
        bbm     ta_l3, 0, p3, P_NG, tlbi aside1, x22
        readx   "TLBI ASIDE1 (ASID 1) -> P3"
        bbm     ta_l3, 0, p1, P_NG, tlbi vaae1, x20
        readx   "TLBI VAAE1 (X) -> P1"
        bbm     ta_l3, 0, p3, P_NG, tlbi vaale1, x20
        readx   "TLBI VAALE1 (X) -> P3"
        bbm     ta_l3, 0, p1, P_NG, tlbi vmalle1
        readx   "TLBI VMALLE1 -> P1"
        bbm     ta_l3, 0, p3, P_NG, tlbi vae1is, x24
        readx   "TLBI VAE1IS (X, ASID 1) -> P3"
        bbm     ta_l3, 0, p1, P_NG, tlbi vale1is, x24
        readx   "TLBI VALE1IS (X, ASID 1) -> P1"
        bbm     ta_l3, 0, p3, P_NG, tlbi aside1is, x22
        readx   "TLBI ASIDE1IS (ASID 1) -> P3"
        bbm     ta_l3, 0, p1, P_NG, tlbi vaae1is, x20
        readx   "TLBI VAAE1IS (X) -> P1"
        bbm     ta_l3, 0, p3, P_NG, tlbi vaale1is, x20
        readx   "TLBI VAALE1IS (X) -> P3"
        bbm     ta_l3, 0, p1, P_NG, tlbi vmalle1is
        readx   "TLBI VMALLE1IS -> P1"
        // change A while running with B, then come back
        ttbr0   tb_l1, 2
        readx   "B/2: X"
        bbm     ta_l3, 0, p3, P_NG, tlbi aside1, x22
        readx   "B/2 after changing A: X"
        ttbr0   ta_l1, 1
        readx   "A/1 after TLBI ASIDE1 (ASID 1) done under ASID 2 -> P3"
        ttbr0   tb_l1, 2
        bbm     ta_l3, 0, p1, P_NG, tlbi vae1, x24
        ttbr0   ta_l1, 1
        readx   "A/1 after TLBI VAE1 (X, ASID 1) done under ASID 2 -> P1"
        // change B (not current) with VA+ASID 2
        bbm     tb_l3, 0, p3, P_NG, tlbi vae1, x25
        ttbr0   tb_l1, 2
        readx   "B/2 after TLBI VAE1 (X, ASID 2) -> P3"
        bbm     tb_l3, 0, p2, P_NG, tlbi aside1, x23
        readx   "B/2 after TLBI ASIDE1 (ASID 2) -> P2"
        // the global mapping Y (same in A and B)
        adrl    x3, tb_l3
        str     xzr, [x3, #8]
        bbm     ta_l3, 1, r2, P_G, tlbi vaae1, x21
        adrl    x3, tb_l3
        str     x4, [x3, #8]
        dsb     ishst
        isb
        readx   "B/2: Y after TLBI VAAE1 (Y) -> R2", VA_Y
        ttbr0   ta_l1, 1
        readx   "A/1: Y -> R2", VA_Y
        adrl    x3, tb_l3
        str     xzr, [x3, #8]
        bbm     ta_l3, 1, r1, P_G, tlbi vmalle1
        adrl    x3, tb_l3
        str     x4, [x3, #8]
        dsb     ishst
        isb
        readx   "A/1: Y after TLBI VMALLE1 -> R1", VA_Y

        println "== TCR_EL1.A1 = 1 (ASID from TTBR1_EL1)"
        set_tcr TCR_A1
        ttbr0   ta_l1, 0x77
        ldr     x0, =(1 << 48)
        msr     ttbr1_el1, x0
        isb
        readx   "TTBR0=A/0x77 TTBR1.ASID=1: X"
        ttbr0   tb_l1, 0x77
        ldr     x0, =(2 << 48)
        msr     ttbr1_el1, x0
        isb
        readx   "TTBR0=B/0x77 TTBR1.ASID=2: X"
        bbm     tb_l3, 0, p3, P_NG, tlbi aside1, x23
        readx   "after TLBI ASIDE1 (ASID 2) -> P3"
        bbm     tb_l3, 0, p2, P_NG, tlbi vae1, x25
        readx   "after TLBI VAE1 (X, ASID 2) -> P2"
        msr     ttbr1_el1, xzr
        set_tcr TCR_AS16

        println "== TCR_EL1.AS = 0 (8-bit ASIDs)"
        set_tcr TCR_AS8
        ttbr0   ta_l1, 0x0101
        mrs     x0, ttbr0_el1
        lsr     x0, x0, #48
        check   "TTBR0_EL1.ASID read back (AS=0)", x0
        readx   "A/0x0101: X"
        bbm     ta_l3, 0, p3, P_NG, tlbi aside1, x22
        readx   "after TLBI ASIDE1 (ASID 0x0001) -> P3"
        orr     x6, x20, x22
        bbm     ta_l3, 0, p1, P_NG, tlbi vae1, x6
        readx   "after TLBI VAE1 (X, ASID 0x0001) -> P1"
        ttbr0   tb_l1, 0x0202
        readx   "B/0x0202: X"
        set_tcr TCR_AS16

        println "== TCR_EL1.AS = 1: ASIDs 0x0001 and 0x0101 are different"
        ttbr0   ta_l1, 0xffff
        mrs     x0, ttbr0_el1
        lsr     x0, x0, #48
        check   "TTBR0_EL1.ASID read back (AS=1)", x0
        tlb_flush
        ttbr0   ta_l1, 0x0001
        readx   "A/0x0001: X"
        ttbr0   tb_l1, 0x0101
        readx   "B/0x0101: X"
        ttbr0   ta_l1, 0x0001
        readx   "A/0x0001: X"
        ttbr0   tb_l1, 0x0101
        readx   "B/0x0101: X"
        ldr     x6, =(0x0101 << 48)
        bbm     tb_l3, 0, p3, P_NG, tlbi aside1, x6
        readx   "B/0x0101 after TLBI ASIDE1 (0x0101) -> P3"

        mmu_off
        println "MMU off"
        ldp     x29, x30, [sp], #16
        ret

build_tables:
        str     x30, [sp, #-16]!
        // shared global identity map
        pte     ta_l1, 0, t_l2lo, PTE_TABLE
        pte     ta_l1, 1, t_l2ram, PTE_TABLE
        pte     tb_l1, 0, t_l2lo, PTE_TABLE
        pte     tb_l1, 1, t_l2ram, PTE_TABLE
        pte     t_l2lo, 72, t_l3uart, PTE_TABLE
        pte_pa  t_l3uart, 0, 0x09000000, PTE_DEV | PTE_PAGE
        pte_pa  t_l2ram, 0, 0x40000000, PTE_MEM | PTE_BLOCK | PTE_UXN
        pte_pa  t_l2ram, 1, 0x40200000, PTE_MEM | PTE_BLOCK | PTE_AP_RW | PTE_PXN
        // per-table mappings of X (nG) and Y (global)
        pte     ta_l1, 2, ta_l2, PTE_TABLE
        pte     ta_l2, 0, ta_l3, PTE_TABLE
        pte     ta_l3, 0, p1, P_NG
        pte     ta_l3, 1, r1, P_G
        pte     tb_l1, 2, tb_l2, PTE_TABLE
        pte     tb_l2, 0, tb_l3, PTE_TABLE
        pte     tb_l3, 0, p2, P_NG
        pte     tb_l3, 1, r1, P_G
        dsb     sy
        ldr     x30, [sp], #16
        ret

        .bss
        .balign 4096
ta_l1:      .skip 4096
ta_l2:      .skip 4096
ta_l3:      .skip 4096
tb_l1:      .skip 4096
tb_l2:      .skip 4096
tb_l3:      .skip 4096
t_l2lo:     .skip 4096
t_l3uart:   .skip 4096
t_l2ram:    .skip 4096
p1:         .skip 4096
p2:         .skip 4096
p3:         .skip 4096
r1:         .skip 4096
r2:         .skip 4096

// qemu-cpu: max
// mmu_16k: stage 1 translation with the 16 KiB granule (TG0 = 0b10,
// TG1 = 0b01).  cortex-a57 does not implement 16 KiB pages
// (ID_AA64MMFR0_EL1.TGran16 = 0), so this program runs on QEMU "-cpu max"
// (record-golden.sh reads the first line).  Tables are 16 KiB (2048
// entries); level 3 maps 16 KiB pages, level 2 maps 32 MiB blocks.
//   config A: T0SZ = 28 (36-bit VA, walk starts at level 2, 2048 entries)
//   config B: T0SZ = 17 (47-bit VA, walk starts at level 1)
//   config C: T0SZ = 16 (48-bit VA, walk starts at level 0, 2 entries)
//   TTBR1:    T1SZ = 28
// TTBR0 map (identity unless noted):
//   L2[4]   0x08000000 -> L3: 0x09000000 UART (Device page, L3 index 1024)
//   L2[32]  0x40000000 -> L3: image 0x40000000..0x401fffff EL1 RWX,
//                       0x40200000..0x403fffff EL0+EL1 RW (EL0 code),
//                       rest EL1 RW XN
//   L2[33..39]          32 MiB blocks, EL1 RW XN (rest of RAM)
//   L2[40]  0x50000000 -> L3 "test": 0 A RW, 1 B EL1 RO, 2 C RO,
//                       3 D EL0+EL1 RW, 4 E AF=0, 5 invalid,
//                       6 reserved descriptor, 7 UART alias (Device)
//   L2[41]  0x52000000 invalid
//   L2[42]  0x54000000 32 MiB block with AF = 0 (-> PA 0x40000000)
//   L2[43]  0x56000000 32 MiB block -> PA 0x40000000, EL1 RO
// TTBR1: 0xfffffff000000000 -> page G (RW), +0x4000 -> page A.
// PSTATE.PAN is cleared first (-cpu max implements FEAT_PAN).  Only the
// EL1&0 stage 1 behaviour of the 16 KiB granule is printed; nothing that
// depends on the extra -cpu max features (e.g. no branches that fault, whose
// SPSR would carry FEAT_BTI's BTYPE).
// PAR_EL1 printing as in mmu_4k (bits 9/10 cleared; faults: bits [11:0]).
// tmem page n (16 KiB), doubleword k = 0xa5a5 << 48 | n << 32 | 8 * k.
        .include "common.inc"

        .set    G16,        0x4000
        .set    TCR_BASE,   (1 << 8) | (1 << 10) | (3 << 12) | (2 << 14) | (28 << 16) | (1 << 24) | (1 << 26) | (3 << 28) | (1 << 30) | (1 << 32)
        .set    TCR_A,      TCR_BASE | 28
        .set    TCR_B,      TCR_BASE | 17
        .set    TCR_C,      TCR_BASE | 16

        .set    VA_TEST,    0x50000000
        .set    VA_A,       VA_TEST + 0 * G16
        .set    VA_B,       VA_TEST + 1 * G16
        .set    VA_C,       VA_TEST + 2 * G16
        .set    VA_D,       VA_TEST + 3 * G16
        .set    VA_E,       VA_TEST + 4 * G16
        .set    VA_INV3,    VA_TEST + 5 * G16
        .set    VA_RESV,    VA_TEST + 6 * G16
        .set    VA_DEVA,    VA_TEST + 7 * G16
        .set    VA_INV2,    0x52000000
        .set    VA_AFBLK,   0x54000000
        .set    VA_ROBLK,   0x56000000
        .set    VA_OOR36,   0x0000001000000000
        .set    VA_L1INV,   0x0000001000000000
        .set    VA_OOR47,   0x0000800000000000
        .set    VA_L0INV,   0x0000800000000000
        .set    VA_H,       0xfffffff000000000

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
        nop                             // PSTATE.PAN is already 0 at reset on -cpu max (PAN is not implemented here)
        adrl    x0, tmem
        mov     x1, #0
        ldr     x3, =0xa5a5000000000000
1:      lsr     x2, x1, #14
        orr     x4, x3, x2, lsl #32
        and     x5, x1, #0x3fff
        orr     x4, x4, x5
        str     x4, [x0, x1]
        add     x1, x1, #8
        cmp     x1, #(TMEM_PAGES * G16)
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
        println "== MMU on (16K granule, T0SZ=28, T1SZ=28)"
        mrs     x0, tcr_el1
        check   "TCR_EL1", x0

        println "== accesses"
        ldr     x1, =VA_A
        ldr     x2, [x1]
        check   "page A [0]", x2
        ldr     x2, [x1, #0x1008]
        check   "page A [0x1008] (same 16K page)", x2
        ldr     x2, [x1, #0x3ff8]
        check   "page A [0x3ff8]", x2
        ldr     x2, [x1, #G16]
        check   "VA_A + 16K = page B [0]", x2
        ldr     x3, =0x1234567887654321
        str     x3, [x1, #0x2340]
        adrl    x4, tmem + 0 * G16
        ldr     x2, [x4, #0x2340]
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
        check   "magic via 32M RO block alias", x2
        ldr     x1, =0x4a000000          // RAM via a 32 MiB identity block
        ldr     x3, =0x0badcafe0badcafe
        str     x3, [x1]
        ldr     x2, [x1]
        check   "RAM via 32M identity block", x2
        ldr     x1, =VA_H
        str     x3, [x1, #0x18]
        ldr     x2, [x1, #0x18]
        check   "TTBR1 page G write/read", x2
        ldr     x2, [x1, #G16]
        check   "TTBR1 alias of page A [0]", x2
        ldr     x1, =VA_DEVA
        print   "UART through alias VA: "
        mov     w0, #'U'
        strb    w0, [x1]
        mov     w0, #'\n'
        strb    w0, [x1]

        println "== AT"
        at4     VA_A
        at4     VA_A + 0x3edc
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
        at4     0x4a000010
        at4     VA_OOR36
        at4     0x09000000
        at4     0x40204000
        at4     VA_H
        at4     VA_H + G16 + 8
        at4     VA_H + 2 * G16

        println "== data aborts at EL1"
        set_handler 0x200, _h_report_skip
        wr      "write page B (EL1 RO)", VA_B, 1
        wr      "write page C (RO)", VA_C + 0x808, 1
        rd      "read page E (AF=0)", VA_E + 0x10
        rd      "read invalid L3 entry", VA_INV3
        rd      "read reserved L3 descriptor", VA_RESV
        rd      "read invalid L2 entry", VA_INV2
        rd      "read 32M block with AF=0", VA_AFBLK
        wr      "write 32M RO block", VA_ROBLK, 1
        rd      "read VA beyond T0SZ=28 range", VA_OOR36
        rd      "read invalid TTBR1 L3 entry", VA_H + 2 * G16
        rd      "read VA below the T1SZ=28 range", 0xffffffe000000000
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
        ldr     x1, =VA_B
        el0_case _h_report_skip, ldr x2, [x1]

        println "== T0SZ = 17 (47-bit VA, walk starts at level 1)"
        adrl    x0, t0_l1
        msr     ttbr0_el1, x0
        set_tcr TCR_B
        ldr     x1, =VA_A
        ldr     x2, [x1, #8]
        check   "page A [8] via L1[0]", x2
        set_handler 0x200, _h_report_skip
        rd      "read invalid L1 entry", VA_L1INV
        rd      "read VA beyond T0SZ=17 range", VA_OOR47
        at4     VA_L1INV
        at4     VA_B
        clear_handler 0x200

        println "== T0SZ = 16 (48-bit VA, walk starts at level 0)"
        adrl    x0, t0_l0
        msr     ttbr0_el1, x0
        set_tcr TCR_C
        ldr     x1, =VA_A
        ldr     x2, [x1, #16]
        check   "page A [16] via L0[0]", x2
        set_handler 0x200, _h_report_skip
        rd      "read invalid L0 entry", VA_L0INV
        at4     VA_L0INV
        at4     VA_D
        clear_handler 0x200
        adrl    x0, t0_l2
        msr     ttbr0_el1, x0
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
        pte     t0_l0, 0, t0_l1, PTE_TABLE
        pte     t0_l1, 0, t0_l2, PTE_TABLE
        pte     t0_l2, 4, t0_l3uart, PTE_TABLE
        pte_pa  t0_l3uart, 1024, 0x09000000, PTE_DEV | PTE_PAGE
        pte     t0_l2, 32, t0_l3img, PTE_TABLE
        .irp    n, 33, 34, 35, 36, 37, 38, 39
        pte_pa  t0_l2, \n, \n * 0x2000000, PTE_MEM | PTE_BLOCK | PTE_UXN | PTE_PXN
        .endr
        pte     t0_l2, 40, t0_l3test, PTE_TABLE
        pte_pa  t0_l2, 42, 0x40000000, (PTE_MEM & ~PTE_AF) | PTE_BLOCK | PTE_UXN | PTE_PXN
        pte_pa  t0_l2, 43, 0x40000000, PTE_MEM | PTE_BLOCK | PTE_AP_EL1RO | PTE_UXN | PTE_PXN
        // 0x40000000..0x41ffffff as 16K pages
        adrl    x0, t0_l3img
        ldr     x1, =0x40000000
        ldr     x3, =PTE_MEM | PTE_PAGE | PTE_UXN
        ldr     x4, =PTE_MEM | PTE_PAGE | PTE_AP_RW | PTE_PXN
        ldr     x6, =PTE_MEM | PTE_PAGE | PTE_UXN | PTE_PXN
        ldr     x2, =0x40200000
        ldr     x7, =0x40400000
        ldr     x8, =0x42000000
1:      mov     x5, x3
        cmp     x1, x2
        b.lo    2f
        mov     x5, x4
        cmp     x1, x7
        b.lo    2f
        mov     x5, x6
2:      orr     x5, x5, x1
        str     x5, [x0], #8
        add     x1, x1, #G16
        cmp     x1, x8
        b.lo    1b
        pte     t0_l3test, 0, tmem + 0 * G16, P_RW
        pte     t0_l3test, 1, tmem + 1 * G16, P_RW | PTE_AP_EL1RO
        pte     t0_l3test, 2, tmem + 2 * G16, P_RW | PTE_AP_RO
        pte     t0_l3test, 3, tmem + 3 * G16, P_RW | PTE_AP_RW
        pte     t0_l3test, 4, tmem + 4 * G16, P_RW & ~PTE_AF
        pte     t0_l3test, 6, tmem + 0 * G16, (P_RW & ~3) | 1
        pte_pa  t0_l3test, 7, 0x09000000, PTE_DEV | PTE_PAGE
        pte     t1_l2, 0, t1_l3, PTE_TABLE
        pte     t1_l3, 0, tmem + 5 * G16, P_RW
        pte     t1_l3, 1, tmem + 0 * G16, P_RW
        dsb     sy
        ldr     x30, [sp], #16
        ret

        .data
        .balign 8
magic:  .quad   0x6d616769632d3136

        .set    TMEM_PAGES, 6
        .bss
        .balign 16384
t0_l0:      .skip 16384
t0_l1:      .skip 16384
t0_l2:      .skip 16384
t0_l3uart:  .skip 16384
t0_l3img:   .skip 16384
t0_l3test:  .skip 16384
t1_l2:      .skip 16384
t1_l3:      .skip 16384
tmem:       .skip TMEM_PAGES * 16384

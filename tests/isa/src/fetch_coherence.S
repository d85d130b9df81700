// fetch_coherence: instruction fetch sees changes of memory and of translation at once
// after the required maintenance (Arm ARM B2.4.4 self-modifying code, D8.14 TLB
// maintenance).  The emulator fetches from the current code page without a TLB
// lookup per instruction and caches decoded instructions by address, so these
// cases change what the next instruction in the same page is:
//  * self-modifying code: MOVZ X0 written over the next instruction (DC CVAU,
//    DSB, IC IVAU, DSB, ISB), MMU off and on;
//  * the executing page remapped (MMU on, 4 KiB pages, non-global entry, ASID 0)
//    by the code in that page, followed by TLBI VAE1, TLBI VMALLE1, TLBI ASIDE1
//    or a TTBR0_EL1 write switching to tables of ASID 1: the page's two
//    physical copies differ only in the MOVZ after the ISB, so X0 tells which
//    translation the fetch used.
        .include "common.inc"

        .set    RAM_BASE,   0x40000000
        .set    PTE_CODE,   PTE_MEM | PTE_PAGE | PTE_UXN       // EL1 RW, EL1-executable
        .set    MOVZ_X0,    0xd2800000

test_main:
        stp     x29, x30, [sp, #-16]!
        println "== self-modifying code, MMU off"
        bl      smc_cases
        mmu_identity_on
        println "== self-modifying code, MMU on"
        bl      smc_cases
        println "== the executing page remapped"
        bl      build_tables
        mov     x4, #0
        bl      remap_case
        mov     x4, #1
        bl      remap_case
        mov     x4, #2
        bl      remap_case
        mov     x4, #3
        bl      remap_case
        mmu_off
        ldp     x29, x30, [sp], #16
        ret

// Three times: write MOVZ X0, #(0x100 + n) over the instruction at 2f, make it visible to
// instruction fetch and execute it.
smc_cases:
        mov     x5, #0
1:      mov     x6, #0x100
        add     x6, x6, x5
        ldr     w7, =MOVZ_X0
        orr     w7, w7, w6, lsl #5
        adr     x2, 2f
        str     w7, [x2]
        dc      cvau, x2
        dsb     ish
        ic      ivau, x2
        dsb     ish
        isb
2:      movz    x0, #0
        check   "movz written in place", x0
        add     x5, x5, #1
        cmp     x5, #3
        b.lo    1b
        ret

// With the identity map on: L2[0] (0x40000000, 2 MiB) -> l3 (4 KiB pages, identity, EL1 RW and
// executable); the page of remap_a non-global.  For the TTBR0 case, a copy of the tables
// (l1b -> l2b -> l3b) in which the page of remap_a maps to remap_b.
build_tables:
        stp     x29, x30, [sp, #-16]!
        adrl    x0, l3
        ldr     x1, =RAM_BASE | PTE_CODE
        mov     x2, #0
1:      str     x1, [x0, x2, lsl #3]
        add     x1, x1, #0x1000
        add     x2, x2, #1
        cmp     x2, #512
        b.lo    1b
        bl      remap_entry
        ldr     x2, [x1]
        orr     x2, x2, #PTE_NG
        str     x2, [x1]
        adrl    x0, l3
        orr     x0, x0, #PTE_TABLE
        adrl    x1, _id_l2
        str     x0, [x1]
        // copies: l1b = _id_l1 with [1] -> l2b; l2b = _id_l2 with [0] -> l3b; l3b = l3
        adrl    x0, _id_l1
        adrl    x1, l1b
        bl      copy_table
        adrl    x0, _id_l2
        adrl    x1, l2b
        bl      copy_table
        adrl    x0, l3
        adrl    x1, l3b
        bl      copy_table
        adrl    x0, l2b
        orr     x0, x0, #PTE_TABLE
        adrl    x1, l1b
        str     x0, [x1, #8]
        adrl    x0, l3b
        orr     x0, x0, #PTE_TABLE
        adrl    x1, l2b
        str     x0, [x1]
        bl      remap_entry
        adrl    x0, l3
        sub     x1, x1, x0
        adrl    x0, l3b
        add     x1, x1, x0
        adrl    x2, remap_b
        ldr     x3, =PTE_CODE | PTE_NG
        orr     x2, x2, x3
        str     x2, [x1]
        tlb_flush
        ldp     x29, x30, [sp], #16
        ret

// x1 = address of the l3 entry of remap_a's page (clobbers x0)
remap_entry:
        adrl    x0, remap_a
        ldr     x1, =RAM_BASE
        sub     x0, x0, x1
        lsr     x0, x0, #12
        adrl    x1, l3
        add     x1, x1, x0, lsl #3
        ret

// copy the 4 KiB table at x0 to x1 (clobbers x2, x3)
copy_table:
        mov     x2, #0
1:      ldr     x3, [x0, x2]
        str     x3, [x1, x2]
        add     x2, x2, #8
        cmp     x2, #4096
        b.lo    1b
        ret

// Call remap_a with variant x4 (0 TLBI VAE1, 1 TLBI VMALLE1, 2 TLBI ASIDE1, 3 TTBR0 switch),
// print X0 (1: the old page, 2: the new one), then map remap_a's page back.
remap_case:
        stp     x29, x30, [sp, #-16]!
        bl      remap_entry
        adrl    x9, remap_a
        adrl    x2, remap_b
        ldr     x6, =PTE_CODE | PTE_NG
        orr     x2, x2, x6
        lsr     x3, x9, #12
        cmp     x4, #3
        b.ne    1f
        adrl    x2, l1b
        orr     x2, x2, #(1 << 48)
1:      mrs     x10, ttbr0_el1
        blr     x9
        check   "fetched after the change from copy", x0
        msr     ttbr0_el1, x10
        orr     x7, x9, x6
        str     x7, [x1]
        tlb_flush
        ldp     x29, x30, [sp], #16
        ret

        // The page of remap_a: x1 = its l3 entry, x2 = the new entry (or TTBR0 value for
        // variant 3), x3 = VA >> 12, x4 = variant.  remap_b is the same but for the MOVZ.
        .macro  remap_body value
        cmp     x4, #3
        b.eq    4f
        str     x2, [x1]
        dsb     ishst
        cbz     x4, 1f
        cmp     x4, #1
        b.eq    2f
        tlbi    aside1, xzr
        b       3f
1:      tlbi    vae1, x3
        b       3f
2:      tlbi    vmalle1
        b       3f
4:      msr     ttbr0_el1, x2
3:      dsb     ish
        isb
        movz    x0, #\value
        ret
        .endm

        .balign 4096
remap_a:
        remap_body 1
        .balign 4096
remap_b:
        remap_body 2
        .balign 4096

        .ltorg

        .bss
        .balign 4096
l3:     .skip   4096
l1b:    .skip   4096
l2b:    .skip   4096
l3b:    .skip   4096

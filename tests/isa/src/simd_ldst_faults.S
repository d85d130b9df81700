// simd_ldst_faults: **QEMU choices, not architecture** (like ldst_qemu_choices): AdvSIMD
// structure loads and stores that fault part-way leave their destination registers (and, for
// stores, the memory they would write) UNKNOWN; QEMU 7.2 performs the accesses one by one
// (LD1/ST1 of whole registers in 8-byte pieces, LDn/STn element by element, single
// structures register by register) and keeps what was done before the fault, so these
// transcripts show exactly which pieces that is.  External aborts at the end of RAM (MMU
// off) and translation faults of accesses crossing into an unmapped page (MMU on); the base
// register is never written back.
        .include "common.inc"
        .include "simd_lib.inc"

        // fill V[n] with a recognisable pattern (0xe0 + n in every byte)
        .macro  mark n
        movi    v\n\().16b, #(0xe0 + \n)
        .endm
        .macro  markall
        .irp    n, 0, 1, 2, 3, 4, 5, 6, 7, 28, 29, 30, 31
        mark    \n
        .endr
        .endm

test_main:
        simd_enable
        adrl    x1, src_buf
        adrl    x2, dst_buf
        mov     x12, #0

        println "== faults at the end of RAM (MMU off; QEMU keeps what was loaded)"
        set_handler 0x200, _h_report_skip
        adrl    x9, src_buf
        ldp     q16, q17, [x9, #64]
        ldr     x9, =0x4fffffe0
        stp     q16, q17, [x9]
        mov     x8, #8
        markall
        ldr     x7, =0x4fffffe0
        ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x7], #64
        check   "ld1 {v0.16b-v3.16b} @0x4fffffe0: x7", x7
        showq   "  v0", 0
        showq   "  v1", 1
        showq   "  v2", 2
        showq   "  v3", 3
        markall
        ldr     x7, =0x4ffffff8
        ld1 {v0.8b, v1.8b}, [x7], #16
        check   "ld1 {v0.8b-v1.8b} @0x4ffffff8: x7", x7
        showq   "  v0", 0
        showq   "  v1", 1
        markall
        ldr     x7, =0x4ffffff0
        ld4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x7]
        check   "ld4 {v0.4s-v3.4s} @0x4ffffff0: x7", x7
        showq   "  v0", 0
        showq   "  v1", 1
        showq   "  v2", 2
        showq   "  v3", 3
        markall
        ldr     x7, =0x4ffffffc
        ld2 {v0.4h, v1.4h}, [x7], x8
        check   "ld2 {v0.4h-v1.4h} @0x4ffffffc: x7", x7
        showq   "  v0", 0
        showq   "  v1", 1
        markall
        ldr     x7, =0x4ffffffc
        ld3 {v0.s, v1.s, v2.s}[1], [x7], #12
        check   "ld3 {v0.s-v2.s}[1] @0x4ffffffc: x7", x7
        showq   "  v0", 0
        showq   "  v1", 1
        showq   "  v2", 2
        markall
        ldr     x7, =0x4ffffffe
        ld2r {v0.8h, v1.8h}, [x7]
        check   "ld2r {v0.8h-v1.8h} @0x4ffffffe: x7", x7
        showq   "  v0", 0
        showq   "  v1", 1
        ldr     x9, =0x4fffffe0
        stp     xzr, xzr, [x9]
        stp     xzr, xzr, [x9, #16]
        adrl    x9, src_buf
        ldp     q0, q1, [x9]
        ldp     q2, q3, [x9, #32]
        ldr     x7, =0x4fffffe0
        st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x7], #64
        check   "st1 {v0.16b-v3.16b} @0x4fffffe0: x7", x7
        ldr     x9, =0x4fffffe0
        ldp     q16, q17, [x9]
        showq   "  [0x4fffffe0]", 16
        showq   "  [0x4ffffff0]", 17
        ldr     x9, =0x4fffffe0
        stp     xzr, xzr, [x9]
        stp     xzr, xzr, [x9, #16]
        adrl    x9, src_buf
        ldp     q0, q1, [x9]
        ldp     q2, q3, [x9, #32]
        ldr     x7, =0x4ffffff0
        st4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x7], #64
        check   "st4 {v0.4s-v3.4s} @0x4ffffff0: x7", x7
        ldr     x9, =0x4fffffe0
        ldp     q16, q17, [x9]
        showq   "  [0x4fffffe0]", 16
        showq   "  [0x4ffffff0]", 17
        ldr     x9, =0x4fffffe0
        stp     xzr, xzr, [x9]
        stp     xzr, xzr, [x9, #16]
        adrl    x9, src_buf
        ldp     q0, q1, [x9]
        ldp     q2, q3, [x9, #32]
        ldr     x7, =0x4fffffff
        st2 {v0.b, v1.b}[3], [x7]
        check   "st2 {v0.b-v1.b}[3] @0x4fffffff: x7", x7
        ldr     x9, =0x4fffffe0
        ldp     q16, q17, [x9]
        showq   "  [0x4fffffe0]", 16
        showq   "  [0x4ffffff0]", 17
        ldr     x9, =0x4fffffe0
        stp     xzr, xzr, [x9]
        stp     xzr, xzr, [x9, #16]
        adrl    x9, src_buf
        ldp     q0, q1, [x9]
        ldp     q2, q3, [x9, #32]
        ldr     x7, =0x4ffffff0
        st1 {v0.1d, v1.1d, v2.1d}, [x7], x8
        check   "st1 {v0.1d-v2.1d} @0x4ffffff0: x7", x7
        ldr     x9, =0x4fffffe0
        ldp     q16, q17, [x9]
        showq   "  [0x4fffffe0]", 16
        showq   "  [0x4ffffff0]", 17
        check_exc "external aborts"
        println "== MMU on: crossing into an unmapped page (translation fault)"
        mmu_identity_on
        adrl    x9, src_buf
        ldp     q16, q17, [x9, #64]
        ldr     x9, =0x4fffffe0
        stp     q16, q17, [x9]
        markall
        ldr     x7, =0x4ffffff4
        ld1 {v0.16b, v1.16b}, [x7], #32
        check   "ld1 {v0.16b-v1.16b} @0x4ffffff4: x7", x7
        showq   "  v0", 0
        showq   "  v1", 1
        markall
        ldr     x7, =0x4ffffff4
        ld1 {v0.2s, v1.2s, v2.2s}, [x7]
        check   "ld1 {v0.2s-v2.2s} @0x4ffffff4: x7", x7
        showq   "  v0", 0
        showq   "  v1", 1
        showq   "  v2", 2
        markall
        ldr     x7, =0x4ffffff7
        ld2 {v0.8h, v1.8h}, [x7]
        check   "ld2 {v0.8h-v1.8h} @0x4ffffff7: x7", x7
        showq   "  v0", 0
        showq   "  v1", 1
        markall
        ldr     x7, =0x4fffffec
        ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x7]
        check   "ld4 {v0.d-v3.d}[1] @0x4fffffec: x7", x7
        showq   "  v0", 0
        showq   "  v1", 1
        showq   "  v2", 2
        showq   "  v3", 3
        ldr     x9, =0x4fffffe0
        stp     xzr, xzr, [x9]
        stp     xzr, xzr, [x9, #16]
        adrl    x9, src_buf
        ldp     q0, q1, [x9]
        ldr     q2, [x9, #32]
        ldr     x7, =0x4ffffff4
        st1 {v0.2d, v1.2d}, [x7], #32
        check   "st1 {v0.2d-v1.2d} @0x4ffffff4: x7", x7
        ldr     x9, =0x4fffffe0
        ldp     q16, q17, [x9]
        showq   "  [0x4fffffe0]", 16
        showq   "  [0x4ffffff0]", 17
        ldr     x9, =0x4fffffe0
        stp     xzr, xzr, [x9]
        stp     xzr, xzr, [x9, #16]
        adrl    x9, src_buf
        ldp     q0, q1, [x9]
        ldr     q2, [x9, #32]
        ldr     x7, =0x4fffffec
        st3 {v0.8b, v1.8b, v2.8b}, [x7]
        check   "st3 {v0.8b-v2.8b} @0x4fffffec: x7", x7
        ldr     x9, =0x4fffffe0
        ldp     q16, q17, [x9]
        showq   "  [0x4fffffe0]", 16
        showq   "  [0x4ffffff0]", 17
        check_exc "translation faults"
        exit

        .data
        .balign 16
src_buf:
        .set    i, 0
        .rept   256
        .byte   (i * 7 + 0x35) & 0xff
        .set    i, i + 1
        .endr
        .balign 16
dst_buf:
        .skip   64

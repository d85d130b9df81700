// simd_ldst: AdvSIMD structure loads and stores.  MMU off: LD1/ST1 with one to four
// registers and LD2-LD4/ST2-ST4 in every arrangement, single-structure LD1-LD4/ST1-ST4 of
// every element size at several indices, LD1R-LD4R, post-index by immediate and by register,
// SP as the base, register lists wrapping past v31, the upper halves of 64-bit loads.
// MMU on, SCTLR_EL1.A = 0: unaligned structures; A = 1: element-size alignment (LD1 of
// bytes at any address, larger elements faulting when misaligned, base not written back).
// CPACR_EL1.FPEN = 00 traps before alignment and translation.  (Faults part-way through
// an access are in simd_ldst_faults.)
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
        // print the 64 bytes at dst_buf (4 lines) and clear them
        .macro  showbuf name
        adrl    x12, dst_buf
        ldr     q16, [x12]
        ldr     q17, [x12, #16]
        ldr     q18, [x12, #32]
        ldr     q19, [x12, #48]
        showq   "\name [0]", 16
        showq   "\name [16]", 17
        showq   "\name [32]", 18
        showq   "\name [48]", 19
        stp     xzr, xzr, [x12]
        stp     xzr, xzr, [x12, #16]
        stp     xzr, xzr, [x12, #32]
        stp     xzr, xzr, [x12, #48]
        .endm

test_main:
        simd_enable
        adrl    x1, src_buf
        adrl    x2, dst_buf
        mov     x12, #0

        println "== LD1/ST1 multiple, LD2-LD4/ST2-ST4"
        markall
        add     x3, x1, #1
        ld1 {v0.8b}, [x3]
        showq   "ld1 8b x1 v0", 0
        st1 {v0.8b}, [x2]
        showbuf "st1 8b x1"
        markall
        add     x3, x1, #9
        ld1 {v0.16b}, [x3]
        showq   "ld1 16b x1 v0", 0
        st1 {v0.16b}, [x2]
        showbuf "st1 16b x1"
        markall
        add     x3, x1, #17
        ld1 {v0.4h}, [x3]
        showq   "ld1 4h x1 v0", 0
        st1 {v0.4h}, [x2]
        showbuf "st1 4h x1"
        markall
        add     x3, x1, #25
        ld1 {v0.8h}, [x3]
        showq   "ld1 8h x1 v0", 0
        st1 {v0.8h}, [x2]
        showbuf "st1 8h x1"
        markall
        add     x3, x1, #33
        ld1 {v0.2s}, [x3]
        showq   "ld1 2s x1 v0", 0
        st1 {v0.2s}, [x2]
        showbuf "st1 2s x1"
        markall
        add     x3, x1, #41
        ld1 {v0.4s}, [x3]
        showq   "ld1 4s x1 v0", 0
        st1 {v0.4s}, [x2]
        showbuf "st1 4s x1"
        markall
        add     x3, x1, #49
        ld1 {v0.1d}, [x3]
        showq   "ld1 1d x1 v0", 0
        st1 {v0.1d}, [x2]
        showbuf "st1 1d x1"
        markall
        add     x3, x1, #57
        ld1 {v0.2d}, [x3]
        showq   "ld1 2d x1 v0", 0
        st1 {v0.2d}, [x2]
        showbuf "st1 2d x1"
        markall
        add     x3, x1, #2
        ld1 {v0.8b, v1.8b}, [x3]
        showq   "ld1 8b x2 v0", 0
        showq   "ld1 8b x2 v1", 1
        st1 {v0.8b, v1.8b}, [x2]
        showbuf "st1 8b x2"
        markall
        add     x3, x1, #10
        ld1 {v0.16b, v1.16b}, [x3]
        showq   "ld1 16b x2 v0", 0
        showq   "ld1 16b x2 v1", 1
        st1 {v0.16b, v1.16b}, [x2]
        showbuf "st1 16b x2"
        markall
        add     x3, x1, #18
        ld1 {v0.4h, v1.4h}, [x3]
        showq   "ld1 4h x2 v0", 0
        showq   "ld1 4h x2 v1", 1
        st1 {v0.4h, v1.4h}, [x2]
        showbuf "st1 4h x2"
        markall
        add     x3, x1, #26
        ld1 {v0.8h, v1.8h}, [x3]
        showq   "ld1 8h x2 v0", 0
        showq   "ld1 8h x2 v1", 1
        st1 {v0.8h, v1.8h}, [x2]
        showbuf "st1 8h x2"
        markall
        add     x3, x1, #34
        ld1 {v0.2s, v1.2s}, [x3]
        showq   "ld1 2s x2 v0", 0
        showq   "ld1 2s x2 v1", 1
        st1 {v0.2s, v1.2s}, [x2]
        showbuf "st1 2s x2"
        markall
        add     x3, x1, #42
        ld1 {v0.4s, v1.4s}, [x3]
        showq   "ld1 4s x2 v0", 0
        showq   "ld1 4s x2 v1", 1
        st1 {v0.4s, v1.4s}, [x2]
        showbuf "st1 4s x2"
        markall
        add     x3, x1, #50
        ld1 {v0.1d, v1.1d}, [x3]
        showq   "ld1 1d x2 v0", 0
        showq   "ld1 1d x2 v1", 1
        st1 {v0.1d, v1.1d}, [x2]
        showbuf "st1 1d x2"
        markall
        add     x3, x1, #58
        ld1 {v0.2d, v1.2d}, [x3]
        showq   "ld1 2d x2 v0", 0
        showq   "ld1 2d x2 v1", 1
        st1 {v0.2d, v1.2d}, [x2]
        showbuf "st1 2d x2"
        markall
        add     x3, x1, #3
        ld1 {v0.8b, v1.8b, v2.8b}, [x3]
        showq   "ld1 8b x3 v0", 0
        showq   "ld1 8b x3 v1", 1
        showq   "ld1 8b x3 v2", 2
        st1 {v0.8b, v1.8b, v2.8b}, [x2]
        showbuf "st1 8b x3"
        markall
        add     x3, x1, #11
        ld1 {v0.16b, v1.16b, v2.16b}, [x3]
        showq   "ld1 16b x3 v0", 0
        showq   "ld1 16b x3 v1", 1
        showq   "ld1 16b x3 v2", 2
        st1 {v0.16b, v1.16b, v2.16b}, [x2]
        showbuf "st1 16b x3"
        markall
        add     x3, x1, #19
        ld1 {v0.4h, v1.4h, v2.4h}, [x3]
        showq   "ld1 4h x3 v0", 0
        showq   "ld1 4h x3 v1", 1
        showq   "ld1 4h x3 v2", 2
        st1 {v0.4h, v1.4h, v2.4h}, [x2]
        showbuf "st1 4h x3"
        markall
        add     x3, x1, #27
        ld1 {v0.8h, v1.8h, v2.8h}, [x3]
        showq   "ld1 8h x3 v0", 0
        showq   "ld1 8h x3 v1", 1
        showq   "ld1 8h x3 v2", 2
        st1 {v0.8h, v1.8h, v2.8h}, [x2]
        showbuf "st1 8h x3"
        markall
        add     x3, x1, #35
        ld1 {v0.2s, v1.2s, v2.2s}, [x3]
        showq   "ld1 2s x3 v0", 0
        showq   "ld1 2s x3 v1", 1
        showq   "ld1 2s x3 v2", 2
        st1 {v0.2s, v1.2s, v2.2s}, [x2]
        showbuf "st1 2s x3"
        markall
        add     x3, x1, #43
        ld1 {v0.4s, v1.4s, v2.4s}, [x3]
        showq   "ld1 4s x3 v0", 0
        showq   "ld1 4s x3 v1", 1
        showq   "ld1 4s x3 v2", 2
        st1 {v0.4s, v1.4s, v2.4s}, [x2]
        showbuf "st1 4s x3"
        markall
        add     x3, x1, #51
        ld1 {v0.1d, v1.1d, v2.1d}, [x3]
        showq   "ld1 1d x3 v0", 0
        showq   "ld1 1d x3 v1", 1
        showq   "ld1 1d x3 v2", 2
        st1 {v0.1d, v1.1d, v2.1d}, [x2]
        showbuf "st1 1d x3"
        markall
        add     x3, x1, #59
        ld1 {v0.2d, v1.2d, v2.2d}, [x3]
        showq   "ld1 2d x3 v0", 0
        showq   "ld1 2d x3 v1", 1
        showq   "ld1 2d x3 v2", 2
        st1 {v0.2d, v1.2d, v2.2d}, [x2]
        showbuf "st1 2d x3"
        markall
        add     x3, x1, #4
        ld1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x3]
        showq   "ld1 8b x4 v0", 0
        showq   "ld1 8b x4 v1", 1
        showq   "ld1 8b x4 v2", 2
        showq   "ld1 8b x4 v3", 3
        st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x2]
        showbuf "st1 8b x4"
        markall
        add     x3, x1, #12
        ld1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x3]
        showq   "ld1 16b x4 v0", 0
        showq   "ld1 16b x4 v1", 1
        showq   "ld1 16b x4 v2", 2
        showq   "ld1 16b x4 v3", 3
        st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2]
        showbuf "st1 16b x4"
        markall
        add     x3, x1, #20
        ld1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x3]
        showq   "ld1 4h x4 v0", 0
        showq   "ld1 4h x4 v1", 1
        showq   "ld1 4h x4 v2", 2
        showq   "ld1 4h x4 v3", 3
        st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x2]
        showbuf "st1 4h x4"
        markall
        add     x3, x1, #28
        ld1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x3]
        showq   "ld1 8h x4 v0", 0
        showq   "ld1 8h x4 v1", 1
        showq   "ld1 8h x4 v2", 2
        showq   "ld1 8h x4 v3", 3
        st1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x2]
        showbuf "st1 8h x4"
        markall
        add     x3, x1, #36
        ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x3]
        showq   "ld1 2s x4 v0", 0
        showq   "ld1 2s x4 v1", 1
        showq   "ld1 2s x4 v2", 2
        showq   "ld1 2s x4 v3", 3
        st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x2]
        showbuf "st1 2s x4"
        markall
        add     x3, x1, #44
        ld1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x3]
        showq   "ld1 4s x4 v0", 0
        showq   "ld1 4s x4 v1", 1
        showq   "ld1 4s x4 v2", 2
        showq   "ld1 4s x4 v3", 3
        st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x2]
        showbuf "st1 4s x4"
        markall
        add     x3, x1, #52
        ld1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x3]
        showq   "ld1 1d x4 v0", 0
        showq   "ld1 1d x4 v1", 1
        showq   "ld1 1d x4 v2", 2
        showq   "ld1 1d x4 v3", 3
        st1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x2]
        showbuf "st1 1d x4"
        markall
        add     x3, x1, #60
        ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x3]
        showq   "ld1 2d x4 v0", 0
        showq   "ld1 2d x4 v1", 1
        showq   "ld1 2d x4 v2", 2
        showq   "ld1 2d x4 v3", 3
        st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x2]
        showbuf "st1 2d x4"
        markall
        add     x3, x1, #2
        ld2 {v0.8b, v1.8b}, [x3]
        showq   "ld2 8b x2 v0", 0
        showq   "ld2 8b x2 v1", 1
        st2 {v0.8b, v1.8b}, [x2]
        showbuf "st2 8b x2"
        markall
        add     x3, x1, #10
        ld2 {v0.16b, v1.16b}, [x3]
        showq   "ld2 16b x2 v0", 0
        showq   "ld2 16b x2 v1", 1
        st2 {v0.16b, v1.16b}, [x2]
        showbuf "st2 16b x2"
        markall
        add     x3, x1, #18
        ld2 {v0.4h, v1.4h}, [x3]
        showq   "ld2 4h x2 v0", 0
        showq   "ld2 4h x2 v1", 1
        st2 {v0.4h, v1.4h}, [x2]
        showbuf "st2 4h x2"
        markall
        add     x3, x1, #26
        ld2 {v0.8h, v1.8h}, [x3]
        showq   "ld2 8h x2 v0", 0
        showq   "ld2 8h x2 v1", 1
        st2 {v0.8h, v1.8h}, [x2]
        showbuf "st2 8h x2"
        markall
        add     x3, x1, #34
        ld2 {v0.2s, v1.2s}, [x3]
        showq   "ld2 2s x2 v0", 0
        showq   "ld2 2s x2 v1", 1
        st2 {v0.2s, v1.2s}, [x2]
        showbuf "st2 2s x2"
        markall
        add     x3, x1, #42
        ld2 {v0.4s, v1.4s}, [x3]
        showq   "ld2 4s x2 v0", 0
        showq   "ld2 4s x2 v1", 1
        st2 {v0.4s, v1.4s}, [x2]
        showbuf "st2 4s x2"
        markall
        add     x3, x1, #58
        ld2 {v0.2d, v1.2d}, [x3]
        showq   "ld2 2d x2 v0", 0
        showq   "ld2 2d x2 v1", 1
        st2 {v0.2d, v1.2d}, [x2]
        showbuf "st2 2d x2"
        markall
        add     x3, x1, #3
        ld3 {v0.8b, v1.8b, v2.8b}, [x3]
        showq   "ld3 8b x3 v0", 0
        showq   "ld3 8b x3 v1", 1
        showq   "ld3 8b x3 v2", 2
        st3 {v0.8b, v1.8b, v2.8b}, [x2]
        showbuf "st3 8b x3"
        markall
        add     x3, x1, #11
        ld3 {v0.16b, v1.16b, v2.16b}, [x3]
        showq   "ld3 16b x3 v0", 0
        showq   "ld3 16b x3 v1", 1
        showq   "ld3 16b x3 v2", 2
        st3 {v0.16b, v1.16b, v2.16b}, [x2]
        showbuf "st3 16b x3"
        markall
        add     x3, x1, #19
        ld3 {v0.4h, v1.4h, v2.4h}, [x3]
        showq   "ld3 4h x3 v0", 0
        showq   "ld3 4h x3 v1", 1
        showq   "ld3 4h x3 v2", 2
        st3 {v0.4h, v1.4h, v2.4h}, [x2]
        showbuf "st3 4h x3"
        markall
        add     x3, x1, #27
        ld3 {v0.8h, v1.8h, v2.8h}, [x3]
        showq   "ld3 8h x3 v0", 0
        showq   "ld3 8h x3 v1", 1
        showq   "ld3 8h x3 v2", 2
        st3 {v0.8h, v1.8h, v2.8h}, [x2]
        showbuf "st3 8h x3"
        markall
        add     x3, x1, #35
        ld3 {v0.2s, v1.2s, v2.2s}, [x3]
        showq   "ld3 2s x3 v0", 0
        showq   "ld3 2s x3 v1", 1
        showq   "ld3 2s x3 v2", 2
        st3 {v0.2s, v1.2s, v2.2s}, [x2]
        showbuf "st3 2s x3"
        markall
        add     x3, x1, #43
        ld3 {v0.4s, v1.4s, v2.4s}, [x3]
        showq   "ld3 4s x3 v0", 0
        showq   "ld3 4s x3 v1", 1
        showq   "ld3 4s x3 v2", 2
        st3 {v0.4s, v1.4s, v2.4s}, [x2]
        showbuf "st3 4s x3"
        markall
        add     x3, x1, #59
        ld3 {v0.2d, v1.2d, v2.2d}, [x3]
        showq   "ld3 2d x3 v0", 0
        showq   "ld3 2d x3 v1", 1
        showq   "ld3 2d x3 v2", 2
        st3 {v0.2d, v1.2d, v2.2d}, [x2]
        showbuf "st3 2d x3"
        markall
        add     x3, x1, #4
        ld4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x3]
        showq   "ld4 8b x4 v0", 0
        showq   "ld4 8b x4 v1", 1
        showq   "ld4 8b x4 v2", 2
        showq   "ld4 8b x4 v3", 3
        st4 {v0.8b, v1.8b, v2.8b, v3.8b}, [x2]
        showbuf "st4 8b x4"
        markall
        add     x3, x1, #12
        ld4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x3]
        showq   "ld4 16b x4 v0", 0
        showq   "ld4 16b x4 v1", 1
        showq   "ld4 16b x4 v2", 2
        showq   "ld4 16b x4 v3", 3
        st4 {v0.16b, v1.16b, v2.16b, v3.16b}, [x2]
        showbuf "st4 16b x4"
        markall
        add     x3, x1, #20
        ld4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x3]
        showq   "ld4 4h x4 v0", 0
        showq   "ld4 4h x4 v1", 1
        showq   "ld4 4h x4 v2", 2
        showq   "ld4 4h x4 v3", 3
        st4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x2]
        showbuf "st4 4h x4"
        markall
        add     x3, x1, #28
        ld4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x3]
        showq   "ld4 8h x4 v0", 0
        showq   "ld4 8h x4 v1", 1
        showq   "ld4 8h x4 v2", 2
        showq   "ld4 8h x4 v3", 3
        st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x2]
        showbuf "st4 8h x4"
        markall
        add     x3, x1, #36
        ld4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x3]
        showq   "ld4 2s x4 v0", 0
        showq   "ld4 2s x4 v1", 1
        showq   "ld4 2s x4 v2", 2
        showq   "ld4 2s x4 v3", 3
        st4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x2]
        showbuf "st4 2s x4"
        markall
        add     x3, x1, #44
        ld4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x3]
        showq   "ld4 4s x4 v0", 0
        showq   "ld4 4s x4 v1", 1
        showq   "ld4 4s x4 v2", 2
        showq   "ld4 4s x4 v3", 3
        st4 {v0.4s, v1.4s, v2.4s, v3.4s}, [x2]
        showbuf "st4 4s x4"
        markall
        add     x3, x1, #60
        ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x3]
        showq   "ld4 2d x4 v0", 0
        showq   "ld4 2d x4 v1", 1
        showq   "ld4 2d x4 v2", 2
        showq   "ld4 2d x4 v3", 3
        st4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x2]
        showbuf "st4 2d x4"
        println "== post-index, SP base, wrap"
        markall
        mov     x3, x1
        ld1     {v0.16b, v1.16b}, [x3], #32
        sub     x9, x3, x1
        check   "ld1 post #32 x3-x1", x9
        showq   "v0", 0
        showq   "v1", 1
        mov     x4, #-5
        ld4     {v4.8b, v5.8b, v6.8b, v7.8b}, [x3], x4
        sub     x9, x3, x1
        check   "ld4 post x4=-5 x3-x1", x9
        showq   "v4", 4
        showq   "v5", 5
        showq   "v6", 6
        showq   "v7", 7
        ld3     {v30.4s, v31.4s, v0.4s}, [x3]
        showq   "ld3 wrap v30", 30
        showq   "ld3 wrap v31", 31
        showq   "ld3 wrap v0", 0
        mov     x13, sp
        sub     sp, sp, #64
        st4     {v30.4s, v31.4s, v0.4s, v1.4s}, [sp]
        ld1     {v4.2d, v5.2d, v6.2d, v7.2d}, [sp], #64
        mov     x9, sp
        sub     x9, x13, x9
        check   "st4 [sp] / ld1 [sp],#64 sp delta", x9
        showq   "v4", 4
        showq   "v5", 5
        showq   "v6", 6
        showq   "v7", 7
        mov     sp, x13
        mov     x5, #48
        mov     x3, x2
        st1     {v4.16b, v5.16b, v6.16b}, [x3], x5
        sub     x9, x3, x2
        check   "st1 post x5=48 x3-x2", x9
        showbuf "st1 x3"
        mov     x3, x2
        st2     {v31.2d, v0.2d}, [x3], #32
        sub     x9, x3, x2
        check   "st2 wrap post #32 x3-x2", x9
        showbuf "st2 wrap"
        println "== single structure"
        markall
        add     x3, x1, #1
        ld1 {v1.b}[0], [x3]
        showq   "ld1 b[0] v1", 1
        st1 {v1.b}[1], [x2]
        showbuf "st1 b[1]"
        markall
        add     x3, x1, #26
        ld1 {v1.b}[5], [x3]
        showq   "ld1 b[5] v1", 1
        st1 {v1.b}[2], [x2]
        showbuf "st1 b[2]"
        markall
        add     x3, x1, #9
        ld1 {v1.b}[8], [x3]
        showq   "ld1 b[8] v1", 1
        st1 {v1.b}[1], [x2]
        showbuf "st1 b[1]"
        markall
        add     x3, x1, #12
        ld1 {v1.b}[15], [x3]
        showq   "ld1 b[15] v1", 1
        st1 {v1.b}[0], [x2]
        showbuf "st1 b[0]"
        markall
        add     x3, x1, #2
        ld2 {v1.b, v2.b}[0], [x3]
        showq   "ld2 b[0] v1", 1
        showq   "ld2 b[0] v2", 2
        st2 {v1.b, v2.b}[1], [x2]
        showbuf "st2 b[1]"
        markall
        add     x3, x1, #27
        ld2 {v1.b, v2.b}[5], [x3]
        showq   "ld2 b[5] v1", 1
        showq   "ld2 b[5] v2", 2
        st2 {v1.b, v2.b}[2], [x2]
        showbuf "st2 b[2]"
        markall
        add     x3, x1, #10
        ld2 {v1.b, v2.b}[8], [x3]
        showq   "ld2 b[8] v1", 1
        showq   "ld2 b[8] v2", 2
        st2 {v1.b, v2.b}[1], [x2]
        showbuf "st2 b[1]"
        markall
        add     x3, x1, #13
        ld2 {v1.b, v2.b}[15], [x3]
        showq   "ld2 b[15] v1", 1
        showq   "ld2 b[15] v2", 2
        st2 {v1.b, v2.b}[0], [x2]
        showbuf "st2 b[0]"
        markall
        add     x3, x1, #3
        ld3 {v1.b, v2.b, v3.b}[0], [x3]
        showq   "ld3 b[0] v1", 1
        showq   "ld3 b[0] v2", 2
        showq   "ld3 b[0] v3", 3
        st3 {v1.b, v2.b, v3.b}[1], [x2]
        showbuf "st3 b[1]"
        markall
        add     x3, x1, #28
        ld3 {v1.b, v2.b, v3.b}[5], [x3]
        showq   "ld3 b[5] v1", 1
        showq   "ld3 b[5] v2", 2
        showq   "ld3 b[5] v3", 3
        st3 {v1.b, v2.b, v3.b}[2], [x2]
        showbuf "st3 b[2]"
        markall
        add     x3, x1, #11
        ld3 {v1.b, v2.b, v3.b}[8], [x3]
        showq   "ld3 b[8] v1", 1
        showq   "ld3 b[8] v2", 2
        showq   "ld3 b[8] v3", 3
        st3 {v1.b, v2.b, v3.b}[1], [x2]
        showbuf "st3 b[1]"
        markall
        add     x3, x1, #14
        ld3 {v1.b, v2.b, v3.b}[15], [x3]
        showq   "ld3 b[15] v1", 1
        showq   "ld3 b[15] v2", 2
        showq   "ld3 b[15] v3", 3
        st3 {v1.b, v2.b, v3.b}[0], [x2]
        showbuf "st3 b[0]"
        markall
        add     x3, x1, #4
        ld4 {v1.b, v2.b, v3.b, v4.b}[0], [x3]
        showq   "ld4 b[0] v1", 1
        showq   "ld4 b[0] v2", 2
        showq   "ld4 b[0] v3", 3
        showq   "ld4 b[0] v4", 4
        st4 {v1.b, v2.b, v3.b, v4.b}[1], [x2]
        showbuf "st4 b[1]"
        markall
        add     x3, x1, #29
        ld4 {v1.b, v2.b, v3.b, v4.b}[5], [x3]
        showq   "ld4 b[5] v1", 1
        showq   "ld4 b[5] v2", 2
        showq   "ld4 b[5] v3", 3
        showq   "ld4 b[5] v4", 4
        st4 {v1.b, v2.b, v3.b, v4.b}[2], [x2]
        showbuf "st4 b[2]"
        markall
        add     x3, x1, #12
        ld4 {v1.b, v2.b, v3.b, v4.b}[8], [x3]
        showq   "ld4 b[8] v1", 1
        showq   "ld4 b[8] v2", 2
        showq   "ld4 b[8] v3", 3
        showq   "ld4 b[8] v4", 4
        st4 {v1.b, v2.b, v3.b, v4.b}[1], [x2]
        showbuf "st4 b[1]"
        markall
        add     x3, x1, #15
        ld4 {v1.b, v2.b, v3.b, v4.b}[15], [x3]
        showq   "ld4 b[15] v1", 1
        showq   "ld4 b[15] v2", 2
        showq   "ld4 b[15] v3", 3
        showq   "ld4 b[15] v4", 4
        st4 {v1.b, v2.b, v3.b, v4.b}[0], [x2]
        showbuf "st4 b[0]"
        markall
        add     x3, x1, #1
        ld1 {v1.h}[0], [x3]
        showq   "ld1 h[0] v1", 1
        st1 {v1.h}[1], [x2]
        showbuf "st1 h[1]"
        markall
        add     x3, x1, #16
        ld1 {v1.h}[3], [x3]
        showq   "ld1 h[3] v1", 1
        st1 {v1.h}[0], [x2]
        showbuf "st1 h[0]"
        markall
        add     x3, x1, #21
        ld1 {v1.h}[4], [x3]
        showq   "ld1 h[4] v1", 1
        st1 {v1.h}[1], [x2]
        showbuf "st1 h[1]"
        markall
        add     x3, x1, #4
        ld1 {v1.h}[7], [x3]
        showq   "ld1 h[7] v1", 1
        st1 {v1.h}[0], [x2]
        showbuf "st1 h[0]"
        markall
        add     x3, x1, #2
        ld2 {v1.h, v2.h}[0], [x3]
        showq   "ld2 h[0] v1", 1
        showq   "ld2 h[0] v2", 2
        st2 {v1.h, v2.h}[1], [x2]
        showbuf "st2 h[1]"
        markall
        add     x3, x1, #17
        ld2 {v1.h, v2.h}[3], [x3]
        showq   "ld2 h[3] v1", 1
        showq   "ld2 h[3] v2", 2
        st2 {v1.h, v2.h}[0], [x2]
        showbuf "st2 h[0]"
        markall
        add     x3, x1, #22
        ld2 {v1.h, v2.h}[4], [x3]
        showq   "ld2 h[4] v1", 1
        showq   "ld2 h[4] v2", 2
        st2 {v1.h, v2.h}[1], [x2]
        showbuf "st2 h[1]"
        markall
        add     x3, x1, #5
        ld2 {v1.h, v2.h}[7], [x3]
        showq   "ld2 h[7] v1", 1
        showq   "ld2 h[7] v2", 2
        st2 {v1.h, v2.h}[0], [x2]
        showbuf "st2 h[0]"
        markall
        add     x3, x1, #3
        ld3 {v1.h, v2.h, v3.h}[0], [x3]
        showq   "ld3 h[0] v1", 1
        showq   "ld3 h[0] v2", 2
        showq   "ld3 h[0] v3", 3
        st3 {v1.h, v2.h, v3.h}[1], [x2]
        showbuf "st3 h[1]"
        markall
        add     x3, x1, #18
        ld3 {v1.h, v2.h, v3.h}[3], [x3]
        showq   "ld3 h[3] v1", 1
        showq   "ld3 h[3] v2", 2
        showq   "ld3 h[3] v3", 3
        st3 {v1.h, v2.h, v3.h}[0], [x2]
        showbuf "st3 h[0]"
        markall
        add     x3, x1, #23
        ld3 {v1.h, v2.h, v3.h}[4], [x3]
        showq   "ld3 h[4] v1", 1
        showq   "ld3 h[4] v2", 2
        showq   "ld3 h[4] v3", 3
        st3 {v1.h, v2.h, v3.h}[1], [x2]
        showbuf "st3 h[1]"
        markall
        add     x3, x1, #6
        ld3 {v1.h, v2.h, v3.h}[7], [x3]
        showq   "ld3 h[7] v1", 1
        showq   "ld3 h[7] v2", 2
        showq   "ld3 h[7] v3", 3
        st3 {v1.h, v2.h, v3.h}[0], [x2]
        showbuf "st3 h[0]"
        markall
        add     x3, x1, #4
        ld4 {v1.h, v2.h, v3.h, v4.h}[0], [x3]
        showq   "ld4 h[0] v1", 1
        showq   "ld4 h[0] v2", 2
        showq   "ld4 h[0] v3", 3
        showq   "ld4 h[0] v4", 4
        st4 {v1.h, v2.h, v3.h, v4.h}[1], [x2]
        showbuf "st4 h[1]"
        markall
        add     x3, x1, #19
        ld4 {v1.h, v2.h, v3.h, v4.h}[3], [x3]
        showq   "ld4 h[3] v1", 1
        showq   "ld4 h[3] v2", 2
        showq   "ld4 h[3] v3", 3
        showq   "ld4 h[3] v4", 4
        st4 {v1.h, v2.h, v3.h, v4.h}[0], [x2]
        showbuf "st4 h[0]"
        markall
        add     x3, x1, #24
        ld4 {v1.h, v2.h, v3.h, v4.h}[4], [x3]
        showq   "ld4 h[4] v1", 1
        showq   "ld4 h[4] v2", 2
        showq   "ld4 h[4] v3", 3
        showq   "ld4 h[4] v4", 4
        st4 {v1.h, v2.h, v3.h, v4.h}[1], [x2]
        showbuf "st4 h[1]"
        markall
        add     x3, x1, #7
        ld4 {v1.h, v2.h, v3.h, v4.h}[7], [x3]
        showq   "ld4 h[7] v1", 1
        showq   "ld4 h[7] v2", 2
        showq   "ld4 h[7] v3", 3
        showq   "ld4 h[7] v4", 4
        st4 {v1.h, v2.h, v3.h, v4.h}[0], [x2]
        showbuf "st4 h[0]"
        markall
        add     x3, x1, #1
        ld1 {v1.s}[0], [x3]
        showq   "ld1 s[0] v1", 1
        st1 {v1.s}[1], [x2]
        showbuf "st1 s[1]"
        markall
        add     x3, x1, #6
        ld1 {v1.s}[1], [x3]
        showq   "ld1 s[1] v1", 1
        st1 {v1.s}[2], [x2]
        showbuf "st1 s[2]"
        markall
        add     x3, x1, #11
        ld1 {v1.s}[2], [x3]
        showq   "ld1 s[2] v1", 1
        st1 {v1.s}[3], [x2]
        showbuf "st1 s[3]"
        markall
        add     x3, x1, #16
        ld1 {v1.s}[3], [x3]
        showq   "ld1 s[3] v1", 1
        st1 {v1.s}[0], [x2]
        showbuf "st1 s[0]"
        markall
        add     x3, x1, #2
        ld2 {v1.s, v2.s}[0], [x3]
        showq   "ld2 s[0] v1", 1
        showq   "ld2 s[0] v2", 2
        st2 {v1.s, v2.s}[1], [x2]
        showbuf "st2 s[1]"
        markall
        add     x3, x1, #7
        ld2 {v1.s, v2.s}[1], [x3]
        showq   "ld2 s[1] v1", 1
        showq   "ld2 s[1] v2", 2
        st2 {v1.s, v2.s}[2], [x2]
        showbuf "st2 s[2]"
        markall
        add     x3, x1, #12
        ld2 {v1.s, v2.s}[2], [x3]
        showq   "ld2 s[2] v1", 1
        showq   "ld2 s[2] v2", 2
        st2 {v1.s, v2.s}[3], [x2]
        showbuf "st2 s[3]"
        markall
        add     x3, x1, #17
        ld2 {v1.s, v2.s}[3], [x3]
        showq   "ld2 s[3] v1", 1
        showq   "ld2 s[3] v2", 2
        st2 {v1.s, v2.s}[0], [x2]
        showbuf "st2 s[0]"
        markall
        add     x3, x1, #3
        ld3 {v1.s, v2.s, v3.s}[0], [x3]
        showq   "ld3 s[0] v1", 1
        showq   "ld3 s[0] v2", 2
        showq   "ld3 s[0] v3", 3
        st3 {v1.s, v2.s, v3.s}[1], [x2]
        showbuf "st3 s[1]"
        markall
        add     x3, x1, #8
        ld3 {v1.s, v2.s, v3.s}[1], [x3]
        showq   "ld3 s[1] v1", 1
        showq   "ld3 s[1] v2", 2
        showq   "ld3 s[1] v3", 3
        st3 {v1.s, v2.s, v3.s}[2], [x2]
        showbuf "st3 s[2]"
        markall
        add     x3, x1, #13
        ld3 {v1.s, v2.s, v3.s}[2], [x3]
        showq   "ld3 s[2] v1", 1
        showq   "ld3 s[2] v2", 2
        showq   "ld3 s[2] v3", 3
        st3 {v1.s, v2.s, v3.s}[3], [x2]
        showbuf "st3 s[3]"
        markall
        add     x3, x1, #18
        ld3 {v1.s, v2.s, v3.s}[3], [x3]
        showq   "ld3 s[3] v1", 1
        showq   "ld3 s[3] v2", 2
        showq   "ld3 s[3] v3", 3
        st3 {v1.s, v2.s, v3.s}[0], [x2]
        showbuf "st3 s[0]"
        markall
        add     x3, x1, #4
        ld4 {v1.s, v2.s, v3.s, v4.s}[0], [x3]
        showq   "ld4 s[0] v1", 1
        showq   "ld4 s[0] v2", 2
        showq   "ld4 s[0] v3", 3
        showq   "ld4 s[0] v4", 4
        st4 {v1.s, v2.s, v3.s, v4.s}[1], [x2]
        showbuf "st4 s[1]"
        markall
        add     x3, x1, #9
        ld4 {v1.s, v2.s, v3.s, v4.s}[1], [x3]
        showq   "ld4 s[1] v1", 1
        showq   "ld4 s[1] v2", 2
        showq   "ld4 s[1] v3", 3
        showq   "ld4 s[1] v4", 4
        st4 {v1.s, v2.s, v3.s, v4.s}[2], [x2]
        showbuf "st4 s[2]"
        markall
        add     x3, x1, #14
        ld4 {v1.s, v2.s, v3.s, v4.s}[2], [x3]
        showq   "ld4 s[2] v1", 1
        showq   "ld4 s[2] v2", 2
        showq   "ld4 s[2] v3", 3
        showq   "ld4 s[2] v4", 4
        st4 {v1.s, v2.s, v3.s, v4.s}[3], [x2]
        showbuf "st4 s[3]"
        markall
        add     x3, x1, #19
        ld4 {v1.s, v2.s, v3.s, v4.s}[3], [x3]
        showq   "ld4 s[3] v1", 1
        showq   "ld4 s[3] v2", 2
        showq   "ld4 s[3] v3", 3
        showq   "ld4 s[3] v4", 4
        st4 {v1.s, v2.s, v3.s, v4.s}[0], [x2]
        showbuf "st4 s[0]"
        markall
        add     x3, x1, #1
        ld1 {v1.d}[0], [x3]
        showq   "ld1 d[0] v1", 1
        st1 {v1.d}[1], [x2]
        showbuf "st1 d[1]"
        markall
        add     x3, x1, #6
        ld1 {v1.d}[1], [x3]
        showq   "ld1 d[1] v1", 1
        st1 {v1.d}[0], [x2]
        showbuf "st1 d[0]"
        markall
        add     x3, x1, #2
        ld2 {v1.d, v2.d}[0], [x3]
        showq   "ld2 d[0] v1", 1
        showq   "ld2 d[0] v2", 2
        st2 {v1.d, v2.d}[1], [x2]
        showbuf "st2 d[1]"
        markall
        add     x3, x1, #7
        ld2 {v1.d, v2.d}[1], [x3]
        showq   "ld2 d[1] v1", 1
        showq   "ld2 d[1] v2", 2
        st2 {v1.d, v2.d}[0], [x2]
        showbuf "st2 d[0]"
        markall
        add     x3, x1, #3
        ld3 {v1.d, v2.d, v3.d}[0], [x3]
        showq   "ld3 d[0] v1", 1
        showq   "ld3 d[0] v2", 2
        showq   "ld3 d[0] v3", 3
        st3 {v1.d, v2.d, v3.d}[1], [x2]
        showbuf "st3 d[1]"
        markall
        add     x3, x1, #8
        ld3 {v1.d, v2.d, v3.d}[1], [x3]
        showq   "ld3 d[1] v1", 1
        showq   "ld3 d[1] v2", 2
        showq   "ld3 d[1] v3", 3
        st3 {v1.d, v2.d, v3.d}[0], [x2]
        showbuf "st3 d[0]"
        markall
        add     x3, x1, #4
        ld4 {v1.d, v2.d, v3.d, v4.d}[0], [x3]
        showq   "ld4 d[0] v1", 1
        showq   "ld4 d[0] v2", 2
        showq   "ld4 d[0] v3", 3
        showq   "ld4 d[0] v4", 4
        st4 {v1.d, v2.d, v3.d, v4.d}[1], [x2]
        showbuf "st4 d[1]"
        markall
        add     x3, x1, #9
        ld4 {v1.d, v2.d, v3.d, v4.d}[1], [x3]
        showq   "ld4 d[1] v1", 1
        showq   "ld4 d[1] v2", 2
        showq   "ld4 d[1] v3", 3
        showq   "ld4 d[1] v4", 4
        st4 {v1.d, v2.d, v3.d, v4.d}[0], [x2]
        showbuf "st4 d[0]"
        mov     x3, x1
        ld4     {v30.h, v31.h, v0.h, v1.h}[6], [x3], #8
        sub     x9, x3, x1
        check   "ld4 h[6] post #8 x3-x1", x9
        showq   "v30", 30
        showq   "v31", 31
        showq   "v0", 0
        showq   "v1", 1
        mov     x4, #100
        ld2     {v2.d, v3.d}[1], [x3], x4
        sub     x9, x3, x1
        check   "ld2 d[1] post x4 x3-x1", x9
        showq   "v2", 2
        showq   "v3", 3
        mov     x3, x2
        st3     {v2.s, v3.s, v4.s}[3], [x3], #12
        sub     x9, x3, x2
        check   "st3 s[3] post #12 x3-x2", x9
        showbuf "st3 s[3]"
        println "== load and replicate"
        markall
        add     x3, x1, #1
        ld1r {v2.8b}, [x3]
        showq   "ld1r 8b v2", 2
        markall
        add     x3, x1, #2
        ld1r {v2.16b}, [x3]
        showq   "ld1r 16b v2", 2
        markall
        add     x3, x1, #4
        ld1r {v2.4h}, [x3]
        showq   "ld1r 4h v2", 2
        markall
        add     x3, x1, #5
        ld1r {v2.8h}, [x3]
        showq   "ld1r 8h v2", 2
        markall
        add     x3, x1, #7
        ld1r {v2.2s}, [x3]
        showq   "ld1r 2s v2", 2
        markall
        add     x3, x1, #8
        ld1r {v2.4s}, [x3]
        showq   "ld1r 4s v2", 2
        markall
        add     x3, x1, #10
        ld1r {v2.1d}, [x3]
        showq   "ld1r 1d v2", 2
        markall
        add     x3, x1, #11
        ld1r {v2.2d}, [x3]
        showq   "ld1r 2d v2", 2
        markall
        add     x3, x1, #2
        ld2r {v2.8b, v3.8b}, [x3]
        showq   "ld2r 8b v2", 2
        showq   "ld2r 8b v3", 3
        markall
        add     x3, x1, #3
        ld2r {v2.16b, v3.16b}, [x3]
        showq   "ld2r 16b v2", 2
        showq   "ld2r 16b v3", 3
        markall
        add     x3, x1, #5
        ld2r {v2.4h, v3.4h}, [x3]
        showq   "ld2r 4h v2", 2
        showq   "ld2r 4h v3", 3
        markall
        add     x3, x1, #6
        ld2r {v2.8h, v3.8h}, [x3]
        showq   "ld2r 8h v2", 2
        showq   "ld2r 8h v3", 3
        markall
        add     x3, x1, #8
        ld2r {v2.2s, v3.2s}, [x3]
        showq   "ld2r 2s v2", 2
        showq   "ld2r 2s v3", 3
        markall
        add     x3, x1, #9
        ld2r {v2.4s, v3.4s}, [x3]
        showq   "ld2r 4s v2", 2
        showq   "ld2r 4s v3", 3
        markall
        add     x3, x1, #11
        ld2r {v2.1d, v3.1d}, [x3]
        showq   "ld2r 1d v2", 2
        showq   "ld2r 1d v3", 3
        markall
        add     x3, x1, #12
        ld2r {v2.2d, v3.2d}, [x3]
        showq   "ld2r 2d v2", 2
        showq   "ld2r 2d v3", 3
        markall
        add     x3, x1, #3
        ld3r {v2.8b, v3.8b, v4.8b}, [x3]
        showq   "ld3r 8b v2", 2
        showq   "ld3r 8b v3", 3
        showq   "ld3r 8b v4", 4
        markall
        add     x3, x1, #4
        ld3r {v2.16b, v3.16b, v4.16b}, [x3]
        showq   "ld3r 16b v2", 2
        showq   "ld3r 16b v3", 3
        showq   "ld3r 16b v4", 4
        markall
        add     x3, x1, #6
        ld3r {v2.4h, v3.4h, v4.4h}, [x3]
        showq   "ld3r 4h v2", 2
        showq   "ld3r 4h v3", 3
        showq   "ld3r 4h v4", 4
        markall
        add     x3, x1, #7
        ld3r {v2.8h, v3.8h, v4.8h}, [x3]
        showq   "ld3r 8h v2", 2
        showq   "ld3r 8h v3", 3
        showq   "ld3r 8h v4", 4
        markall
        add     x3, x1, #9
        ld3r {v2.2s, v3.2s, v4.2s}, [x3]
        showq   "ld3r 2s v2", 2
        showq   "ld3r 2s v3", 3
        showq   "ld3r 2s v4", 4
        markall
        add     x3, x1, #10
        ld3r {v2.4s, v3.4s, v4.4s}, [x3]
        showq   "ld3r 4s v2", 2
        showq   "ld3r 4s v3", 3
        showq   "ld3r 4s v4", 4
        markall
        add     x3, x1, #12
        ld3r {v2.1d, v3.1d, v4.1d}, [x3]
        showq   "ld3r 1d v2", 2
        showq   "ld3r 1d v3", 3
        showq   "ld3r 1d v4", 4
        markall
        add     x3, x1, #13
        ld3r {v2.2d, v3.2d, v4.2d}, [x3]
        showq   "ld3r 2d v2", 2
        showq   "ld3r 2d v3", 3
        showq   "ld3r 2d v4", 4
        markall
        add     x3, x1, #4
        ld4r {v2.8b, v3.8b, v4.8b, v5.8b}, [x3]
        showq   "ld4r 8b v2", 2
        showq   "ld4r 8b v3", 3
        showq   "ld4r 8b v4", 4
        showq   "ld4r 8b v5", 5
        markall
        add     x3, x1, #5
        ld4r {v2.16b, v3.16b, v4.16b, v5.16b}, [x3]
        showq   "ld4r 16b v2", 2
        showq   "ld4r 16b v3", 3
        showq   "ld4r 16b v4", 4
        showq   "ld4r 16b v5", 5
        markall
        add     x3, x1, #7
        ld4r {v2.4h, v3.4h, v4.4h, v5.4h}, [x3]
        showq   "ld4r 4h v2", 2
        showq   "ld4r 4h v3", 3
        showq   "ld4r 4h v4", 4
        showq   "ld4r 4h v5", 5
        markall
        add     x3, x1, #8
        ld4r {v2.8h, v3.8h, v4.8h, v5.8h}, [x3]
        showq   "ld4r 8h v2", 2
        showq   "ld4r 8h v3", 3
        showq   "ld4r 8h v4", 4
        showq   "ld4r 8h v5", 5
        markall
        add     x3, x1, #10
        ld4r {v2.2s, v3.2s, v4.2s, v5.2s}, [x3]
        showq   "ld4r 2s v2", 2
        showq   "ld4r 2s v3", 3
        showq   "ld4r 2s v4", 4
        showq   "ld4r 2s v5", 5
        markall
        add     x3, x1, #11
        ld4r {v2.4s, v3.4s, v4.4s, v5.4s}, [x3]
        showq   "ld4r 4s v2", 2
        showq   "ld4r 4s v3", 3
        showq   "ld4r 4s v4", 4
        showq   "ld4r 4s v5", 5
        markall
        add     x3, x1, #13
        ld4r {v2.1d, v3.1d, v4.1d, v5.1d}, [x3]
        showq   "ld4r 1d v2", 2
        showq   "ld4r 1d v3", 3
        showq   "ld4r 1d v4", 4
        showq   "ld4r 1d v5", 5
        markall
        add     x3, x1, #14
        ld4r {v2.2d, v3.2d, v4.2d, v5.2d}, [x3]
        showq   "ld4r 2d v2", 2
        showq   "ld4r 2d v3", 3
        showq   "ld4r 2d v4", 4
        showq   "ld4r 2d v5", 5
        mov     x3, x1
        ld3r    {v31.4h, v0.4h, v1.4h}, [x3], #6
        sub     x9, x3, x1
        check   "ld3r post #6 x3-x1", x9
        showq   "v31", 31
        showq   "v0", 0
        showq   "v1", 1
        mov     x4, #-1
        ld1r    {v5.2d}, [x3], x4
        sub     x9, x3, x1
        check   "ld1r post x4=-1 x3-x1", x9
        showq   "v5", 5
        println "== MMU on: unaligned, SCTLR_EL1.A = 0 then 1"
        set_handler 0x200, _h_report_skip
        mmu_identity_on
        markall
        add     x3, x1, #1
        ld1 {v0.16b}, [x3]
        showq   "A=0 ld1 {v0.16b} +1 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #2
        ld1 {v0.4s, v1.4s}, [x3]
        showq   "A=0 ld1 {v0.4s-v1.4s} +2 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #2
        ld1 {v0.8h}, [x3]
        showq   "A=0 ld1 {v0.8h} +2 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #1
        ld1 {v0.8h}, [x3]
        showq   "A=0 ld1 {v0.8h} +1 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #4
        ld1 {v0.2d}, [x3]
        showq   "A=0 ld1 {v0.2d} +4 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #8
        ld1 {v0.1d}, [x3]
        showq   "A=0 ld1 {v0.1d} +8 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #3
        ld2 {v0.8b, v1.8b}, [x3]
        showq   "A=0 ld2 {v0.8b-v1.8b} +3 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #1
        ld2 {v0.4h, v1.4h}, [x3]
        showq   "A=0 ld2 {v0.4h-v1.4h} +1 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #4
        ld3 {v0.2s, v1.2s, v2.2s}, [x3]
        showq   "A=0 ld3 {v0.2s-v2.2s} +4 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #4
        ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x3]
        showq   "A=0 ld4 {v0.2d-v3.2d} +4 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #1
        ld1 {v0.h}[3], [x3]
        showq   "A=0 ld1 {v0.h}[3] +1 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #4
        ld2 {v0.s, v1.s}[1], [x3]
        showq   "A=0 ld2 {v0.s-v1.s}[1] +4 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #1
        ld1 {v0.b}[9], [x3]
        showq   "A=0 ld1 {v0.b}[9] +1 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #2
        ld1r {v0.4s}, [x3]
        showq   "A=0 ld1r {v0.4s} +2 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #3
        ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x3]
        showq   "A=0 ld4r {v0.8b-v3.8b} +3 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #4
        ld1r {v0.1d}, [x3]
        showq   "A=0 ld1r {v0.1d} +4 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x2, #4
        st1 {v0.2s}, [x3]
        showbuf "A=0 st1 {v0.2s} +4"
        markall
        add     x3, x2, #2
        st1 {v0.2s}, [x3]
        showbuf "A=0 st1 {v0.2s} +2"
        markall
        add     x3, x2, #5
        st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x3]
        showbuf "A=0 st1 {v0.16b-v3.16b} +5"
        markall
        add     x3, x2, #1
        st2 {v0.8h, v1.8h}, [x3]
        showbuf "A=0 st2 {v0.8h-v1.8h} +1"
        markall
        add     x3, x2, #2
        st1 {v0.s}[2], [x3]
        showbuf "A=0 st1 {v0.s}[2] +2"
        markall
        add     x3, x2, #1
        st4 {v0.b, v1.b, v2.b, v3.b}[7], [x3]
        showbuf "A=0 st4 {v0.b-v3.b}[7] +1"
        mrs     x9, sctlr_el1
        orr     x9, x9, #2
        msr     sctlr_el1, x9
        isb
        markall
        add     x3, x1, #1
        ld1 {v0.16b}, [x3]
        showq   "A=1 ld1 {v0.16b} +1 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #2
        ld1 {v0.4s, v1.4s}, [x3]
        println "A=1 ld1 {v0.4s-v1.4s} +2: alignment fault"
        markall
        add     x3, x1, #2
        ld1 {v0.8h}, [x3]
        showq   "A=1 ld1 {v0.8h} +2 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #1
        ld1 {v0.8h}, [x3]
        println "A=1 ld1 {v0.8h} +1: alignment fault"
        markall
        add     x3, x1, #4
        ld1 {v0.2d}, [x3]
        println "A=1 ld1 {v0.2d} +4: alignment fault"
        markall
        add     x3, x1, #8
        ld1 {v0.1d}, [x3]
        showq   "A=1 ld1 {v0.1d} +8 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #3
        ld2 {v0.8b, v1.8b}, [x3]
        showq   "A=1 ld2 {v0.8b-v1.8b} +3 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #1
        ld2 {v0.4h, v1.4h}, [x3]
        println "A=1 ld2 {v0.4h-v1.4h} +1: alignment fault"
        markall
        add     x3, x1, #4
        ld3 {v0.2s, v1.2s, v2.2s}, [x3]
        showq   "A=1 ld3 {v0.2s-v2.2s} +4 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #4
        ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [x3]
        println "A=1 ld4 {v0.2d-v3.2d} +4: alignment fault"
        markall
        add     x3, x1, #1
        ld1 {v0.h}[3], [x3]
        println "A=1 ld1 {v0.h}[3] +1: alignment fault"
        markall
        add     x3, x1, #4
        ld2 {v0.s, v1.s}[1], [x3]
        showq   "A=1 ld2 {v0.s-v1.s}[1] +4 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #1
        ld1 {v0.b}[9], [x3]
        showq   "A=1 ld1 {v0.b}[9] +1 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #2
        ld1r {v0.4s}, [x3]
        println "A=1 ld1r {v0.4s} +2: alignment fault"
        markall
        add     x3, x1, #3
        ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x3]
        showq   "A=1 ld4r {v0.8b-v3.8b} +3 v0", 0
        showq   "  v1", 1
        markall
        add     x3, x1, #4
        ld1r {v0.1d}, [x3]
        println "A=1 ld1r {v0.1d} +4: alignment fault"
        markall
        add     x3, x2, #4
        st1 {v0.2s}, [x3]
        showbuf "A=1 st1 {v0.2s} +4"
        markall
        add     x3, x2, #2
        st1 {v0.2s}, [x3]
        println "A=1 st1 {v0.2s} +2: alignment fault"
        markall
        add     x3, x2, #5
        st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x3]
        showbuf "A=1 st1 {v0.16b-v3.16b} +5"
        markall
        add     x3, x2, #1
        st2 {v0.8h, v1.8h}, [x3]
        println "A=1 st2 {v0.8h-v1.8h} +1: alignment fault"
        markall
        add     x3, x2, #2
        st1 {v0.s}[2], [x3]
        println "A=1 st1 {v0.s}[2] +2: alignment fault"
        markall
        add     x3, x2, #1
        st4 {v0.b, v1.b, v2.b, v3.b}[7], [x3]
        showbuf "A=1 st4 {v0.b-v3.b}[7] +1"
        add     x3, x1, #2
        ld1     {v0.4s}, [x3], #16
        sub     x9, x3, x1
        check   "A=1 ld1 {v0.4s} post #16 at +2: x3-x1", x9
        add     x3, x2, #4
        st2     {v0.d, v1.d}[1], [x3], x1
        sub     x9, x3, x2
        check   "A=1 st2 {v0.d-v1.d}[1] post at +4: x3-x2", x9
        mrs     x9, sctlr_el1
        bic     x9, x9, #2
        msr     sctlr_el1, x9
        isb
        mmu_off
        check_exc "alignment"
        println "== FPEN = 00: trap first"
        msr     cpacr_el1, xzr
        isb
        ldr     x7, =0x50000000
        ld1     {v0.16b}, [x7]
        st1     {v0.s}[1], [x7]
        ld1r    {v0.4s}, [x7], #4
        check   "ld1r post (not written back) x7", x7
        check_exc "traps"
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

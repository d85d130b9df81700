// simdfp_misc: Advanced SIMD two-register miscellaneous (FP) in every arrangement and the
// scalar forms: FABS/FNEG (NaNs keep their payload), FSQRT, FRINTN/M/P/Z/A/X/I on ties,
// near-integers, 2^23/2^52 and specials under every rounding mode and FZ+DN, FCMGT/GE/EQ/LE/
// LT with zero, FRECPE/FRSQRTE over every 8-bit table index (both exponent parities for
// FRSQRTE) and on the edges (denormal inputs of both scaling paths, the overflow threshold
// 2^-128 / 2^-1024 under every rounding mode, FZ flushing of huge inputs, zeros,
// infinities, negatives, NaNs), URECPE/URSQRTE over every index, FRECPX; pseudo-random
// sweeps (hashed) under every rounding mode, FZ and DN.
        .include "common.inc"
        .include "fp_lib.inc"
        .include "simdfp_lib.inc"
        .include "simdfp_tables.inc"

        fp_list modes_est
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000, 0x01000000, 0x02000000
        fp_list_end modes_est
        fp_list modes_rint
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000, 0x03000000
        fp_list_end modes_rint

        // values to round: 0.5, 1.5, 2.5, -0.5 / -1.5, -2.5, 2.5-ulp, 0.5+ulp / 2^23, 2^23-0.5,
        // 2^24-1, -(1-ulp/2) / denormal, 3.5, -3.5, largest normal / 1.25, -1.75, 7.5, 2^22+0.5
        vec_list rint_s
        vec4s   0x3f000000, 0x3fc00000, 0x40200000, 0xbf000000
        vec4s   0xbfc00000, 0xc0200000, 0x401fffff, 0x3f000001
        vec4s   0x4b000000, 0x4affffff, 0x4b7fffff, 0xbf7fffff
        vec4s   0x00400001, 0x40600000, 0xc0600000, 0x7f7fffff
        vec4s   0x3fa00000, 0xbfe00000, 0x40f00000, 0x4a800001
        vec_list_end rint_s
        vec_list rint_d
        vec     0x3fe0000000000000, 0x3ff8000000000000
        vec     0x4004000000000000, 0xbfe0000000000000
        vec     0xbff8000000000000, 0xc004000000000000
        vec     0x4003ffffffffffff, 0x3fe0000000000001
        vec     0x4330000000000000, 0x432fffffffffffff
        vec     0x433fffffffffffff, 0xbfefffffffffffff
        vec     0x0008000000000001, 0x400c000000000000
        vec     0xc00c000000000000, 0x7fefffffffffffff
        vec     0x3ff4000000000000, 0xbffc000000000000
        vec_list_end rint_d

        // every RecipEstimate index (fraction<22:15>), exponents 127/128/129 and negatives
        vec_list est_s
        .set    k, 0
        .rept   64
        vec4s   0x3f800000 | ((4 * k) << 15) | 0x1234, 0x40000000 | ((4 * k + 1) << 15) | 0x7fff, 0xc0800000 | ((4 * k + 2) << 15), 0x3f000000 | ((4 * k + 3) << 15) | 0x4000
        .set    k, k + 1
        .endr
        vec_list_end est_s
        // every RecipSqrtEstimate index: odd exponents (fraction<22:16>), even (fraction<22:15>)
        vec_list rsqrt_s
        .set    k, 0
        .rept   32
        vec4s   0x3f800000 | ((4 * k) << 16) | 0x8765, 0x3f800000 | ((4 * k + 1) << 16), 0x40800000 | ((4 * k + 2) << 16) | 0xffff, 0x7e800000 | ((4 * k + 3) << 16)
        .set    k, k + 1
        .endr
        .set    k, 0
        .rept   64
        vec4s   0x40000000 | ((4 * k) << 15) | 0x1234, 0x40000000 | ((4 * k + 1) << 15), 0x01000000 | ((4 * k + 2) << 15) | 0x7fff, 0x20000000 | ((4 * k + 3) << 15)
        .set    k, k + 1
        .endr
        vec_list_end rsqrt_s
        vec_list est_d
        .set    k, 0
        .rept   128
        vec     0x3ff0000000000000 | ((2 * k) << 44) | 0x123456789, 0xc000000000000000 | ((2 * k + 1) << 44) | 0xfffffffffff
        .set    k, k + 1
        .endr
        vec_list_end est_d
        vec_list rsqrt_d
        .set    k, 0
        .rept   64
        vec     0x3ff0000000000000 | ((2 * k) << 45) | 0x123456789, 0x7fd0000000000000 | ((2 * k + 1) << 45)
        .set    k, k + 1
        .endr
        .set    k, 0
        .rept   128
        vec     0x4000000000000000 | ((2 * k) << 44), 0x0020000000000000 | ((2 * k + 1) << 44) | 0xfffffffffff
        .set    k, k + 1
        .endr
        vec_list_end rsqrt_d

        // edges: 2^-128 and just below, negative; denormals with fraction<22> set / clear,
        // the smallest denormal; exponents 252..254 (FZ flushes 253 and up), largest normal;
        // negative largest denormal, -0, +inf, -inf; NaNs, 2^-127 + ulp, 2^-149 * 3
        vec_list est_edge_s
        vec4s   0x00200000, 0x001fffff, 0x80200000, 0x00400000
        vec4s   0x00300000, 0x00000001, 0x7e7fffff, 0x7e800000
        vec4s   0x7f000000, 0x7f7fffff, 0x807fffff, 0x80000000
        vec4s   0x7f800000, 0xff800000, 0x7fa00001, 0xffc00010
        vec4s   0x00400001, 0x00000003, 0x00100000, 0x80000001
        vec_list_end est_edge_s
        vec_list est_edge_d
        vec     0x0004000000000000, 0x0003ffffffffffff
        vec     0x8004000000000000, 0x0008000000000000
        vec     0x0006000000000000, 0x0000000000000001
        vec     0x7fcfffffffffffff, 0x7fd0000000000000
        vec     0x7fe0000000000000, 0x7fefffffffffffff
        vec     0x800fffffffffffff, 0x8000000000000000
        vec     0x7ff0000000000000, 0xfff0000000000000
        vec     0x7ff0000000000001, 0xfff8000000000010
        vec     0x0008000000000001, 0x0000000000000003
        vec_list_end est_edge_d

        // every 9-bit index of URECPE/URSQRTE (bits 31:23)
        vec_list est_u
        .set    k, 0
        .rept   128
        vec4s   ((4 * k) << 23) | 0x5a5a5, ((4 * k + 1) << 23), ((4 * k + 2) << 23) | 0x7fffff, ((4 * k + 3) << 23) | 1
        .set    k, k + 1
        .endr
        vec_list_end est_u

        // \zero: "#0.0" for the compares with zero
        .macro  vmisc op, seed, zero
        .ifb    \zero
        vtest   "\op\().4s", modes_basic, s_chunks, none, none, \op v0.4s, v1.4s
        vtest   "\op\().2s", mode_rn, s_chunks, none, none, \op v0.2s, v18.2s
        vtest   "\op\().2d", modes_basic, d_chunks, none, none, \op v0.2d, v1.2d
        vsweep  "\op\().4s", s, 256, \seed, modes_sweep, \op v0.4s, v1.4s
        vsweep  "\op\().2d", d, 256, \seed, modes_sweep, \op v0.2d, v1.2d
        .else
        vtest   "\op\().4s", modes_basic, s_chunks, none, none, \op v0.4s, v1.4s, \zero
        vtest   "\op\().2s", mode_rn, s_chunks, none, none, \op v0.2s, v18.2s, \zero
        vtest   "\op\().2d", modes_basic, d_chunks, none, none, \op v0.2d, v1.2d, \zero
        vsweep  "\op\().4s", s, 256, \seed, modes_sweep, \op v0.4s, v1.4s, \zero
        vsweep  "\op\().2d", d, 256, \seed, modes_sweep, \op v0.2d, v1.2d, \zero
        .endif
        .endm

        .macro  frint op, seed
        vmisc   \op, \seed
        vtest   "\op\().4s", modes_rint, rint_s, none, none, \op v0.4s, v1.4s
        vtest   "\op\().2d", modes_rint, rint_d, none, none, \op v0.2d, v1.2d
        .endm

        .macro  cmzero op, seed
        vmisc   \op, \seed, #0.0
        vtest   "\op\() s", modes_basic, s_chunks, none, none, \op s0, s1, #0.0
        vtest   "\op\() d", modes_basic, d_chunks, none, none, \op d0, d1, #0.0
        vsweep  "\op\() s", s, 128, \seed, modes_sweep, \op s0, s1, #0.0
        .endm

        .macro  estimate op, table_s, table_d, seed
        vtest   "\op\().4s", mode_rn, \table_s, none, none, \op v0.4s, v1.4s
        vtest   "\op\().2d", mode_rn, \table_d, none, none, \op v0.2d, v1.2d
        vtest   "\op\().4s", modes_est, est_edge_s, none, none, \op v0.4s, v1.4s
        vtest   "\op\().2d", modes_est, est_edge_d, none, none, \op v0.2d, v1.2d
        vtest   "\op\().4s", modes_basic, s_chunks, none, none, \op v0.4s, v1.4s
        vtest   "\op\().2s", mode_rn, s_chunks, none, none, \op v0.2s, v1.2s
        vtest   "\op\() s", modes_est, est_edge_s, none, none, \op s0, s1
        vtest   "\op\() d", modes_est, est_edge_d, none, none, \op d0, d17
        vsweep  "\op\().4s", s, 256, \seed, modes_sweep, \op v0.4s, v1.4s
        vsweep  "\op\().2d", d, 256, \seed, modes_sweep, \op v0.2d, v1.2d
        vsweep  "\op\() s", s, 128, \seed, modes_sweep, \op s0, s1
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        fp_enable

        vmisc   fabs, 0x0102030405060708
        vmisc   fneg, 0x1112131415161718
        vmisc   fsqrt, 0x2122232425262728
        frint   frintn, 0x3132333435363738
        frint   frintm, 0x4142434445464748
        frint   frintp, 0x5152535455565758
        frint   frintz, 0x6162636465666768
        frint   frinta, 0x7172737475767778
        frint   frintx, 0x8182838485868788
        frint   frinti, 0x9192939495969798
        cmzero  fcmgt, 0xa1a2a3a4a5a6a7a8
        cmzero  fcmge, 0xb1b2b3b4b5b6b7b8
        cmzero  fcmeq, 0xc1c2c3c4c5c6c7c8
        cmzero  fcmle, 0xd1d2d3d4d5d6d7d8
        cmzero  fcmlt, 0xe1e2e3e4e5e6e7e8

        estimate frecpe, est_s, est_d, 0xf1f2f3f4f5f6f7f8
        estimate frsqrte, rsqrt_s, rsqrt_d, 0x0a0b0c0d0e0f1011

        vtest   "urecpe.4s", mode_rn, est_u, none, none, urecpe v0.4s, v1.4s
        vtest   "urecpe.2s", mode_rn, s_chunks, none, none, urecpe v0.2s, v1.2s
        vtest   "ursqrte.4s", mode_rn, est_u, none, none, ursqrte v0.4s, v1.4s
        vtest   "ursqrte.2s", mode_rn, s_chunks, none, none, ursqrte v0.2s, v17.2s

        vtest   "frecpx s", modes_basic, s_chunks, none, none, frecpx s0, s1
        vtest   "frecpx s", mode_rn, est_edge_s, none, none, frecpx s0, s1
        vtest   "frecpx d", modes_basic, d_chunks, none, none, frecpx d0, d1
        vtest   "frecpx d", mode_rn, est_edge_d, none, none, frecpx d0, d1
        vsweep  "frecpx s", s, 256, 0x1a1b1c1d1e1f2021, modes_sweep, frecpx s0, s1
        vsweep  "frecpx d", d, 256, 0x2a2b2c2d2e2f3031, modes_sweep, frecpx d0, d1
        ldp     x29, x30, [sp], #16
        ret

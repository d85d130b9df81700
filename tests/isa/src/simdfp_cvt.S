// simdfp_cvt: Advanced SIMD floating-point conversions in every arrangement and scalar form:
// FCVTNS/NU/MS/MU/AS/AU/PS/PU/ZS/ZU (ties, saturation at the 32/64-bit signed and unsigned
// limits, NaNs, infinities, denormals), SCVTF/UCVTF from integers (rounding of wide
// integers under every rounding mode), the fixed-point FCVTZS/FCVTZU/SCVTF/UCVTF with
// 1..64 fraction bits, FCVTL/FCVTL2 (half and single sources, AHP, DN), FCVTN/FCVTN2 (to
// half and single under every rounding mode, AHP, FZ, DN; FCVTN2 keeps the low half),
// FCVTXN/FCVTXN2 and scalar FCVTXN (round to odd), and FMOV (vector, immediate) for every
// imm8; pseudo-random sweeps (hashed) under every rounding mode, FZ and DN.
        .include "common.inc"
        .include "fp_lib.inc"
        .include "simdfp_lib.inc"
        .include "simdfp_tables.inc"

        fp_list modes_all
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000, 0x01000000, 0x02000000
        fp_list_end modes_all
        fp_list modes_half
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000, 0x01000000, 0x02000000, 0x04000000, 0x04c00000
        fp_list_end modes_half

        // to integer: ties, 2^31 and 2^32 and their neighbours, -2^31 and below, small values
        vec_list int_s
        vec4s   0x3f000000, 0x3fc00000, 0x40200000, 0xbf000000
        vec4s   0xbfc00000, 0xc0200000, 0x3f7fffff, 0xbf7fffff
        vec4s   0x4f000000, 0x4effffff, 0xcf000000, 0xcf000001
        vec4s   0x4f800000, 0x4f7fffff, 0x40600000, 0xc0600000
        vec4s   0x7f800000, 0xff800000, 0x7fc00001, 0xff800001
        vec4s   0x00000001, 0x80000001, 0x80000000, 0x4e800001
        vec_list_end int_s
        vec_list int_d
        vec     0x3fe0000000000000, 0x3ff8000000000000
        vec     0x4004000000000000, 0xbfe0000000000000
        vec     0xbff8000000000000, 0xc004000000000000
        vec     0x43e0000000000000, 0x43dfffffffffffff
        vec     0xc3e0000000000000, 0xc3e0000000000001
        vec     0x43f0000000000000, 0x43efffffffffffff
        vec     0x41e0000000000000, 0x41dfffffffc00000
        vec     0x7ff0000000000000, 0xfff8000000000001
        vec     0x7ff0000000000001, 0x8000000000000001
        vec     0x3fefffffffffffff, 0xbfefffffffffffff
        vec_list_end int_d
        // from integer: small, extremes, values needing rounding (ties, above/below)
        vec_list ints_s
        vec4s   0x00000000, 0x00000001, 0xffffffff, 0x7fffffff
        vec4s   0x80000000, 0x80000001, 0xffffff01, 0x01000001
        vec4s   0x01000003, 0xfefffffd, 0x00ffffff, 0x7fffff80
        vec4s   0x7fffffc0, 0x7fffffbf, 0x12345678, 0x87654321
        vec_list_end ints_s
        vec_list ints_d
        vec     0x0000000000000000, 0x0000000000000001
        vec     0xffffffffffffffff, 0x7fffffffffffffff
        vec     0x8000000000000000, 0x8000000000000001
        vec     0x0020000000000001, 0x0020000000000003
        vec     0xffdffffffffffffd, 0x001fffffffffffff
        vec     0x7ffffffffffffe00, 0x7ffffffffffffdff
        vec     0x123456789abcdef0, 0xfedcba9876543210
        vec_list_end ints_d

        // half precision: +-0, denormals, smallest normal, 1, -2, largest, infinities,
        // NaNs (quiet, signalling, payloads), the alternative format's top exponent
        vec_list halves
        vec     0x0001800003ff0000, 0x7bffc0003c000400
        vec     0x7e017d017c00fc00, 0xfd55ffff7c018001
        vec     0x3555b55543ff5bff, 0x00ff000280ff2000
        vec_list_end halves
        // to half: ties, overflow of 65504 and 65520, alternative-format limit 131008,
        // half denormals and underflow, NaNs, infinities
        vec_list to_half
        vec4s   0x3f801000, 0x3f803000, 0x3f802001, 0x477fe000
        vec4s   0x477ff000, 0x477fefff, 0x47ffe000, 0x48000000
        vec4s   0x33800000, 0x33000000, 0x33000001, 0x38800000
        vec4s   0x387fc000, 0x7fc12345, 0xff812345, 0x7f800000
        vec4s   0xff800000, 0x80000000, 0x00000001, 0xb3000001
        vec_list_end to_half
        // to single with rounding to odd (and FCVTN): ties, sticky bits, overflow, denormal
        // and underflowing results, NaNs, the largest double
        vec_list to_single
        vec     0x3ff0000010000000, 0x3ff0000030000000
        vec     0x3ff0000010000001, 0xbff000000fffffff
        vec     0x47efffffe0000000, 0x47effffff0000000
        vec     0x47f0000000000000, 0x7fefffffffffffff
        vec     0x3800000000000000, 0x37f0000000000000
        vec     0x36a0000000000000, 0x36a0000000000001
        vec     0x3810000000000000, 0x380fffffffffffff
        vec     0x7ff4000000000001, 0xfff8123456789abc
        vec     0x7ff0000000000000, 0x0000000000000001
        vec_list_end to_single

        .macro  cvt_int op, seed
        vtest   "\op\().4s", modes_basic, int_s, none, none, \op v0.4s, v1.4s
        vtest   "\op\().2s", mode_rn, int_s, none, none, \op v0.2s, v1.2s
        vtest   "\op\().2d", modes_basic, int_d, none, none, \op v0.2d, v1.2d
        vtest   "\op\() s", mode_rn, int_s, none, none, \op s0, s1
        vtest   "\op\() d", mode_fzdn, int_d, none, none, \op d0, d17
        vsweep  "\op\().4s", s, 256, \seed, modes_sweep, \op v0.4s, v1.4s
        vsweep  "\op\().2d", d, 256, \seed, modes_sweep, \op v0.2d, v1.2d
        vsweep  "\op\() s", s, 128, \seed, modes_sweep, \op s0, s1
        .endm

        .macro  cvt_from op, seed
        vtest   "\op\().4s", modes_round, ints_s, none, none, \op v0.4s, v1.4s
        vtest   "\op\().2s", mode_rn, ints_s, none, none, \op v0.2s, v1.2s
        vtest   "\op\().2d", modes_round, ints_d, none, none, \op v0.2d, v1.2d
        vtest   "\op\() s", mode_rn, ints_s, none, none, \op s0, s1
        vtest   "\op\() d", mode_rn, ints_d, none, none, \op d0, d1
        vsweep  "\op\().4s", x, 256, \seed, modes_sweep, \op v0.4s, v1.4s
        vsweep  "\op\().2d", x, 256, \seed, modes_sweep, \op v0.2d, v1.2d
        vsweep  "\op\() d", x, 128, \seed, modes_sweep, \op d0, d1
        .endm

        .macro  to_fixed op, seed
        vtest   "\op\().4s #1", modes_basic, int_s, none, none, \op v0.4s, v1.4s, #1
        vtest   "\op\().4s #16", mode_rn, int_s, none, none, \op v0.4s, v1.4s, #16
        vtest   "\op\().4s #32", mode_rn, int_s, none, none, \op v0.4s, v1.4s, #32
        vtest   "\op\().2s #31", mode_rn, int_s, none, none, \op v0.2s, v1.2s, #31
        vtest   "\op\().2d #1", modes_basic, int_d, none, none, \op v0.2d, v1.2d, #1
        vtest   "\op\().2d #33", mode_rn, int_d, none, none, \op v0.2d, v1.2d, #33
        vtest   "\op\().2d #64", mode_rn, int_d, none, none, \op v0.2d, v1.2d, #64
        vtest   "\op\() s #8", mode_rn, int_s, none, none, \op s0, s1, #8
        vtest   "\op\() s #32", mode_rn, int_s, none, none, \op s0, s1, #32
        vtest   "\op\() d #3", mode_rn, int_d, none, none, \op d0, d1, #3
        vtest   "\op\() d #64", mode_fzdn, int_d, none, none, \op d0, d1, #64
        vsweep  "\op\().4s #5", s, 256, \seed, modes_sweep, \op v0.4s, v1.4s, #5
        vsweep  "\op\().2d #40", d, 256, \seed, modes_sweep, \op v0.2d, v1.2d, #40
        .endm

        .macro  from_fixed op, seed
        vtest   "\op\().4s #1", modes_round, ints_s, none, none, \op v0.4s, v1.4s, #1
        vtest   "\op\().4s #32", mode_rn, ints_s, none, none, \op v0.4s, v1.4s, #32
        vtest   "\op\().2s #7", mode_rn, ints_s, none, none, \op v0.2s, v1.2s, #7
        vtest   "\op\().2d #1", modes_round, ints_d, none, none, \op v0.2d, v1.2d, #1
        vtest   "\op\().2d #64", mode_rn, ints_d, none, none, \op v0.2d, v1.2d, #64
        vtest   "\op\() s #32", mode_rn, ints_s, none, none, \op s0, s1, #32
        vtest   "\op\() s #17", mode_rn, ints_s, none, none, \op s0, s1, #17
        vtest   "\op\() d #64", mode_rn, ints_d, none, none, \op d0, d1, #64
        vtest   "\op\() d #2", mode_rn, ints_d, none, none, \op d0, d1, #2
        vsweep  "\op\().4s #9", x, 256, \seed, modes_sweep, \op v0.4s, v1.4s, #9
        vsweep  "\op\().2d #50", x, 256, \seed, modes_sweep, \op v0.2d, v1.2d, #50
        .endm

        vec_list one
        vec     0x0123456789abcdef, 0xfedcba9876543210
        vec_list_end one

        // FMOV (vector, immediate) for imm8 = \i .. \i + 15 in form \form (0: 2S, 1: 4S, 2: 2D)
        .macro  fmov_imms form, i
        .rept   16
        .if     \form == 0
        vtest   "fmov.2s", mode_rn, one, none, none, .inst 0x0f00f400 | ((\i >> 5) << 16) | ((\i & 31) << 5)
        .endif
        .if     \form == 1
        vtest   "fmov.4s", mode_rn, one, none, none, .inst 0x4f00f400 | ((\i >> 5) << 16) | ((\i & 31) << 5)
        .endif
        .if     \form == 2
        vtest   "fmov.2d", mode_rn, one, none, none, .inst 0x6f00f400 | ((\i >> 5) << 16) | ((\i & 31) << 5)
        .endif
        .set    \i, \i + 1
        .endr
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        fp_enable

        cvt_int fcvtns, 0x0102030405060708
        cvt_int fcvtnu, 0x1112131415161718
        cvt_int fcvtms, 0x2122232425262728
        cvt_int fcvtmu, 0x3132333435363738
        cvt_int fcvtas, 0x4142434445464748
        cvt_int fcvtau, 0x5152535455565758
        cvt_int fcvtps, 0x6162636465666768
        cvt_int fcvtpu, 0x7172737475767778
        cvt_int fcvtzs, 0x8182838485868788
        cvt_int fcvtzu, 0x9192939495969798
        cvt_from scvtf, 0xa1a2a3a4a5a6a7a8
        cvt_from ucvtf, 0xb1b2b3b4b5b6b7b8
        to_fixed fcvtzs, 0xc1c2c3c4c5c6c7c8
        to_fixed fcvtzu, 0xd1d2d3d4d5d6d7d8
        from_fixed scvtf, 0xe1e2e3e4e5e6e7e8
        from_fixed ucvtf, 0xf1f2f3f4f5f6f7f8

        vtest   "fcvtl.4s", modes_half, halves, none, none, fcvtl v0.4s, v1.4h
        vtest   "fcvtl2.4s", modes_half, halves, none, none, fcvtl2 v0.4s, v1.8h
        vtest   "fcvtl.2d", modes_basic, s_chunks, none, none, fcvtl v0.2d, v1.2s
        vtest   "fcvtl2.2d", modes_basic, s_chunks, none, none, fcvtl2 v0.2d, v17.4s
        vtest   "fcvtn.4h", modes_half, to_half, none, none, fcvtn v0.4h, v1.4s
        vtest   "fcvtn2.8h", mode_rn, to_half, none, s_chunks, fcvtn2 v0.8h, v1.4s
        vtest   "fcvtn.2s", modes_all, to_single, none, none, fcvtn v0.2s, v1.2d
        vtest   "fcvtn.2s", modes_basic, d_chunks, none, none, fcvtn v0.2s, v1.2d
        vtest   "fcvtn2.4s", mode_rn, to_single, none, s_chunks, fcvtn2 v0.4s, v18.2d
        vtest   "fcvtxn.2s", modes_all, to_single, none, none, fcvtxn v0.2s, v1.2d
        vtest   "fcvtxn.2s", modes_basic, d_chunks, none, none, fcvtxn v0.2s, v1.2d
        vtest   "fcvtxn2.4s", mode_rn, to_single, none, s_chunks, fcvtxn2 v0.4s, v1.2d
        vtest   "fcvtxn s", modes_all, to_single, none, none, fcvtxn s0, d1
        vsweep  "fcvtl.2d", s, 256, 0x0badc0de0badc0de, modes_sweep, fcvtl2 v0.2d, v1.4s
        vsweep  "fcvtn.4s", d, 256, 0x1badc0de0badc0de, modes_sweep, fcvtn2 v0.4s, v1.2d
        vsweep  "fcvtn.4h", s, 256, 0x2badc0de0badc0de, modes_sweep, fcvtn v0.4h, v1.4s
        vsweep  "fcvtxn.4s", d, 256, 0x3badc0de0badc0de, modes_sweep, fcvtxn2 v0.4s, v1.2d

        .set    imm, 0
        .rept   16
        fmov_imms 1, imm
        .endr
        .set    imm, 0x70
        fmov_imms 0, imm
        .set    imm, 0x80
        fmov_imms 2, imm
        .set    imm, 0x10
        fmov_imms 2, imm
        ldp     x29, x30, [sp], #16
        ret

// simdfp_pairwise: Advanced SIMD floating-point pairwise (FADDP/FMAXP/FMINP/FMAXNMP/FMINNMP,
// vector .4s/.2s/.2d and scalar s/d from .2s/.2d), across lanes (FMAXV/FMINV/FMAXNMV/
// FMINNMV .4s, reduced as (e0 op e1) op (e2 op e3)) and (scalar) x indexed element
// (FMLA/FMLS/FMUL/FMULX by element, every index, Vm from both register banks) on the
// special values (NaN propagation order, signed zeros, flushing) under RN and FZ+DN, and
// pseudo-random sweeps under every rounding mode, FZ and DN.
        .include "common.inc"
        .include "fp_lib.inc"
        .include "simdfp_lib.inc"
        .include "simdfp_tables.inc"

        // accumulators: signed zeros, a quiet NaN, 1.0; -1.0 and a signalling NaN as doubles
        vec_list acc
        vec4s   0x00000000, 0x80000000, 0x7fc00000, 0x3f800000
        vec     0xbff0000000000000, 0x7ff4000000000000
        vec_list_end acc

        .macro  pairwise op
        vtest   "\op\().4s", modes_basic, s_chunks, s_chunks, none, \op v0.4s, v1.4s, v2.4s
        vtest   "\op\().2s", mode_rn, s_chunks, s_chunks, none, \op v0.2s, v1.2s, v2.2s
        vtest   "\op\().2d", mode_rn, d_chunks, d_chunks, none, \op v0.2d, v1.2d, v2.2d
        vtest   "\op\() s", modes_basic, s_chunks, none, none, \op s0, v1.2s
        vtest   "\op\() s hi", mode_rn, s_chunks, none, none, \op s0, v18.2s
        vtest   "\op\() d", modes_basic, d_cross, none, none, \op d0, v1.2d
        vsweep  "\op\().4s", s, 256, 0x0f1e2d3c4b5a6978, modes_sweep, \op v0.4s, v1.4s, v2.4s
        vsweep  "\op\().2d", d, 256, 0x1f2e3d4c5b6a7988, modes_sweep, \op v0.2d, v1.2d, v2.2d
        vsweep  "\op\() s", s, 128, 0x2f3e4d5c6b7a8998, modes_sweep, \op s0, v1.2s
        vsweep  "\op\() d", d, 128, 0x3f4e5d6c7b8a99a8, modes_sweep, \op d0, v1.2d
        .endm

        .macro  across op
        vtest   "\op\().4s", modes_basic, s_chunks, s_chunks, none, \op s0, v1.4s; \op s1, v2.4s; fmov w9, s1; fmov x10, d0; orr x10, x10, x9, lsl #32; fmov d0, x10
        vtest   "\op\().4s b", modes_basic, s_bcast, none, none, \op s0, v17.4s
        vsweep  "\op\().4s", s, 512, 0x4f5e6d7c8b9aa9b8, modes_sweep, \op s0, v1.4s
        .endm

        // every index of a vector x element form
        .macro  elem4s op
        vtest   "\op\().4s [0]", modes_basic, s_chunks, s_chunks, acc, \op v0.4s, v1.4s, v2.s[0]
        vtest   "\op\().4s [1]", mode_rn, s_chunks, s_chunks, none, \op v0.4s, v1.4s, v18.s[1]
        vtest   "\op\().4s [2]", mode_rn, s_chunks, s_chunks, none, \op v0.4s, v1.4s, v2.s[2]
        vtest   "\op\().4s [3]", mode_fzdn, s_chunks, s_chunks, none, \op v0.4s, v17.4s, v18.s[3]
        vtest   "\op\().2s [3]", mode_rn, s_chunks, s_chunks, none, \op v0.2s, v1.2s, v2.s[3]
        vtest   "\op\().2d [0]", modes_basic, d_chunks, d_chunks, none, \op v0.2d, v1.2d, v2.d[0]
        vtest   "\op\().2d [1]", mode_rn, d_chunks, d_chunks, none, \op v0.2d, v1.2d, v18.d[1]
        vtest   "\op\() s [1]", modes_basic, s_chunks, s_chunks, none, \op s0, s1, v2.s[1]
        vtest   "\op\() s [2]", mode_rn, s_chunks, s_chunks, none, \op s0, s17, v18.s[2]
        vtest   "\op\() d [1]", mode_rn, d_chunks, d_chunks, none, \op d0, d1, v2.d[1]
        vtest   "\op\() d [0]", mode_fzdn, d_chunks, d_chunks, none, \op d0, d1, v18.d[0]
        vsweep  "\op\().4s [1]", s, 256, 0x5f6e7d8c9baab9c8, modes_sweep, \op v0.4s, v1.4s, v2.s[1]
        vsweep  "\op\().2d [1]", d, 256, 0x6f7e8d9cabbac9d8, modes_sweep, \op v0.2d, v1.2d, v2.d[1]
        vsweep  "\op\() s [3]", s, 128, 0x7f8e9dacbbcad9e8, modes_sweep, \op s0, s1, v18.s[3]
        vsweep  "\op\() d [0]", d, 128, 0x8f9eadbccbdae9f8, modes_sweep, \op d0, d1, v2.d[0]
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        fp_enable
        pairwise faddp
        pairwise fmaxp
        pairwise fminp
        pairwise fmaxnmp
        pairwise fminnmp
        across  fmaxv
        across  fminv
        across  fmaxnmv
        across  fminnmv
        elem4s  fmla
        elem4s  fmls
        elem4s  fmul
        elem4s  fmulx
        ldp     x29, x30, [sp], #16
        ret

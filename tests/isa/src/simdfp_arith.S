// simdfp_arith: Advanced SIMD three same (FP) in every arrangement (.4s, .2s, .2d) and the
// scalar three same forms (s, d): every pair of special values (signed zeros, denormals,
// extreme normals, infinities, quiet/signalling NaNs with payloads) lane by lane for the
// operations new to the vector unit (FMULX, FRECPS, FRSQRTS, FABD, FCMEQ/GE/GT, FACGE/GT)
// under RN (and for .4s FZ+DN); a lane-routing check of the others (simdfp_arith_sweep has
// the pseudo-random sweeps). Destination upper halves are shown for the 64-bit and scalar
// forms (v0 starts as a marker).
        .include "common.inc"
        .include "fp_lib.inc"
        .include "simdfp_lib.inc"
        .include "simdfp_tables.inc"

        vec_list acc
        vec4s   0x00000000, 0x80000000, 0x7fc00000, 0x3f800000
        vec     0xbff0000000000000, 0x7ff4000000000000
        vec4s   0x00000001, 0xff800000, 0x40000000, 0x80800000
        vec_list_end acc

        // every pair of specials: 4S as T1 chunks x T2 broadcast, 2D as chunks x both ways
        .macro  new3 op
        vtest   "\op\().4s", modes_basic, s_chunks, s_bcast, none, \op v0.4s, v1.4s, v2.4s
        vtest   "\op\().2d", mode_rn, d_chunks, d_cross, none, \op v0.2d, v1.2d, v2.2d
        vtest   "\op\().2d", mode_fzdn, d_chunks, d_chunks, none, \op v0.2d, v1.2d, v2.2d
        vtest   "\op\().2s", mode_rn, s_chunks, s_chunks, none, \op v0.2s, v1.2s, v2.2s
        vtest   "\op\().s", mode_rn, s_chunks, s_chunks, none, \op s0, s1, s2
        vtest   "\op\().d", mode_rn, d_chunks, d_chunks, none, \op d0, d1, d2
        .endm

        .macro  old3 op
        vtest   "\op\().4s", modes_basic, s_chunks, s_chunks, none, \op v0.4s, v1.4s, v2.4s
        vtest   "\op\().2s", mode_rn, s_chunks, s_chunks, none, \op v0.2s, v17.2s, v18.2s
        vtest   "\op\().2d", mode_rn, d_chunks, d_chunks, none, \op v0.2d, v1.2d, v2.2d
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        fp_enable

        new3    fmulx
        new3    frecps
        new3    frsqrts
        new3    fabd
        new3    fcmeq
        new3    fcmge
        new3    fcmgt
        new3    facge
        new3    facgt

        old3    fadd
        old3    fsub
        old3    fmul
        old3    fdiv
        old3    fmax
        old3    fmin
        old3    fmaxnm
        old3    fminnm
        vtest   "fmla.4s", modes_basic, s_chunks, s_chunks, acc, fmla v0.4s, v1.4s, v2.4s
        vtest   "fmls.4s", modes_basic, s_chunks, s_chunks, acc, fmls v0.4s, v1.4s, v2.4s
        vtest   "fmla.2s", mode_rn, s_chunks, s_chunks, acc, fmla v0.2s, v1.2s, v2.2s
        vtest   "fmla.2d", mode_rn, d_chunks, d_chunks, acc, fmla v0.2d, v1.2d, v2.2d
        vtest   "fmls.2d", mode_fzdn, d_chunks, d_chunks, acc, fmls v0.2d, v1.2d, v2.2d
        // Rd aliasing a source
        vtest   "fadd.4s v1", mode_rn, s_chunks, s_chunks, none, fadd v1.4s, v1.4s, v2.4s; vcopy 0, 1
        vtest   "fmla.4s v2", mode_rn, s_chunks, s_chunks, none, fmla v2.4s, v1.4s, v2.4s; vcopy 0, 2

        ldp     x29, x30, [sp], #16
        ret

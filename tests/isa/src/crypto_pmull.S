// crypto_pmull: PMULL/PMULL2 with 64-bit polynomials (.1q = .1d x .1d, FEAT_PMULL): the
// carry-less products of the low (PMULL) or high (PMULL2) doublewords of assorted vectors
// (zero, all ones, single bits at both ends, the GHASH polynomial constant), with the
// destination also a source, and pseudo-random sweeps (hashed).
        .include "common.inc"
        .include "fp_lib.inc"
        .include "simdfp_lib.inc"
        .arch_extension crypto

        vec_list polys
        vec     0x0000000000000000, 0xffffffffffffffff
        vec     0xffffffffffffffff, 0x8000000000000000
        vec     0x8000000000000001, 0x0000000000000001
        vec     0xc200000000000000, 0x0000000000000087
        vec     0x0123456789abcdef, 0xfedcba9876543210
        vec     0x5555555555555555, 0xaaaaaaaaaaaaaaaa
        vec_list_end polys
        fp_list mode_rn
        .quad   0
        fp_list_end mode_rn

test_main:
        stp     x29, x30, [sp, #-16]!
        fp_enable
        vtest   "pmull", mode_rn, polys, polys, none, pmull v0.1q, v1.1d, v2.1d
        vtest   "pmull2", mode_rn, polys, polys, none, pmull2 v0.1q, v17.2d, v18.2d
        vtest   "pmull v1", mode_rn, polys, none, none, pmull v1.1q, v1.1d, v1.1d; vcopy 0, 1
        vtest   "pmull2 v2", mode_rn, polys, polys, none, pmull2 v2.1q, v1.2d, v2.2d; vcopy 0, 2
        vsweep  "pmull", x, 2048, 0x0123456789abcdef, mode_rn, pmull v0.1q, v1.1d, v2.1d
        vsweep  "pmull2", x, 2048, 0x123456789abcdef0, mode_rn, pmull2 v0.1q, v1.2d, v2.2d
        ldp     x29, x30, [sp], #16
        ret

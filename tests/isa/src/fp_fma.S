// fp_fma: FMADD, FMSUB, FNMADD, FNMSUB (single and double; printed operands are n, m, a of
// "fmadd d0, d1, d2, d3" = d3 + d1 * d2).  NaN propagation with the addend first
// (FPProcessNaNs3), 0 * infinity plus a quiet NaN (default NaN, Invalid), infinities of
// opposite sign, exact zero results and their sign per rounding mode, flipped NaN signs of
// the negated operands, DN and FZ; then values whose products cancel against the addend
// (exact tiny results, single rounding) under every rounding mode and FZ, and hashed
// pseudo-random sweeps of all four instructions under every rounding mode, FZ and DN,
// including FMADD with the negated rounded product as addend (the product's rounding error).
        .include "common.inc"
        .include "fp_lib.inc"

        fp_list d_special
        .quad   0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000, 0x800fffffffffffff
        .quad   0x7fefffffffffffff, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff923456789abcd
        .quad   0xfffc000000000001, 0x7ff0000000000001, 0xfff5555555555555
        fp_list_end d_special
        fp_list s_special
        .quad   0x00000000, 0x80000000, 0x3f800000, 0x807fffff
        .quad   0x7f7fffff, 0x7f800000, 0xff800000, 0x7fc12345
        .quad   0xffc00001, 0x7f800001, 0xffaaaaaa
        fp_list_end s_special
        fp_list d_small
        .quad   0x0000000000000000, 0x8000000000000000, 0x3ff0000000000000, 0x7ff0000000000000
        .quad   0x7ff923456789abcd, 0x7ff0000000000001, 0xfffc000000000001
        fp_list_end d_small
        fp_list s_small
        .quad   0x00000000, 0x80000000, 0x3f800000, 0x7f800000
        .quad   0x7fc12345, 0x7f800001, 0xffc00001
        fp_list_end s_small
        // 1+ulp, 1-ulp/2, -1, -(1+2ulp), 1/3, smallest normal, -smallest denormal, 2^-537
        fp_list d_round
        .quad   0x3ff0000000000001, 0x3fefffffffffffff, 0xbff0000000000000, 0xbff0000000000002
        .quad   0x3fd5555555555555, 0x0010000000000000, 0x8000000000000001, 0x1e60000000000000
        fp_list_end d_round
        // 1+ulp, 1-ulp/2, -1, -(1+2ulp), 1/3, smallest normal, -smallest denormal, 2^-75
        fp_list s_round
        .quad   0x3f800001, 0x3f7fffff, 0xbf800000, 0xbf800002
        .quad   0x3eaaaaab, 0x00800000, 0x80000001, 0x1a000000
        fp_list_end s_round

        fp_list rn
        .quad   0x00000000
        fp_list_end rn
        fp_list dn_fz
        .quad   0x03000000
        fp_list_end dn_fz
        fp_list round_modes
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000, 0x01000000
        fp_list_end round_modes
        fp_list sweep_modes
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000
        .quad   0x01000000, 0x01800000, 0x02000000
        fp_list_end sweep_modes

        // fmadd with the addend -round(n * m): the result is the rounding error of the
        // product (printed as "fmaddx"; the FPSR includes the FNMUL's exceptions)
        .macro  fmadd_cancel k
        fnmul   \k\()3, \k\()1, \k\()2
        fmadd   \k\()0, \k\()1, \k\()2, \k\()3
        .endm

test_main:
        fp_enable
        fp_test "fmadd.d", 3, d, d, d_special, rn, fmadd d0, d1, d2, d3
        fp_test "fmadd.d", 3, d, d, d_special, dn_fz, fmadd d0, d1, d2, d3
        fp_test "fmsub.d", 3, d, d, d_small, rn, fmsub d0, d1, d2, d3
        fp_test "fnmadd.d", 3, d, d, d_small, rn, fnmadd d0, d1, d2, d3
        fp_test "fnmsub.d", 3, d, d, d_small, rn, fnmsub d0, d1, d2, d3
        fp_test "fmadd.s", 3, s, s, s_special, rn, fmadd s0, s1, s2, s3
        fp_test "fmadd.s", 3, s, s, s_special, dn_fz, fmadd s0, s1, s2, s3
        fp_test "fmsub.s", 3, s, s, s_small, rn, fmsub s0, s1, s2, s3
        fp_test "fnmadd.s", 3, s, s, s_small, rn, fnmadd s0, s1, s2, s3
        fp_test "fnmsub.s", 3, s, s, s_small, rn, fnmsub s0, s1, s2, s3

        fp_test "fmadd.d", 3, d, d, d_round, round_modes, fmadd d0, d1, d2, d3
        fp_test "fmadd.s", 3, s, s, s_round, round_modes, fmadd s0, s1, s2, s3

        fp_sweep "fmadd.d", d, d, 4096, 0x0123456789abcdef, sweep_modes, fmadd d0, d1, d2, d3
        fp_sweep "fmsub.d", d, d, 1024, 0x1123456789abcdef, sweep_modes, fmsub d0, d1, d2, d3
        fp_sweep "fnmadd.d", d, d, 1024, 0x2123456789abcdef, sweep_modes, fnmadd d0, d1, d2, d3
        fp_sweep "fnmsub.d", d, d, 1024, 0x3123456789abcdef, sweep_modes, fnmsub d0, d1, d2, d3
        fp_sweep "fmadd.s", s, s, 4096, 0x4123456789abcdef, sweep_modes, fmadd s0, s1, s2, s3
        fp_sweep "fmsub.s", s, s, 1024, 0x5123456789abcdef, sweep_modes, fmsub s0, s1, s2, s3
        fp_sweep "fnmadd.s", s, s, 1024, 0x6123456789abcdef, sweep_modes, fnmadd s0, s1, s2, s3
        fp_sweep "fnmsub.s", s, s, 1024, 0x7123456789abcdef, sweep_modes, fnmsub s0, s1, s2, s3
        fp_sweep "fmaddx.d", d, d, 2048, 0x8123456789abcdef, sweep_modes, fmadd_cancel d
        fp_sweep "fmaddx.s", s, s, 2048, 0x9123456789abcdef, sweep_modes, fmadd_cancel s
        exit

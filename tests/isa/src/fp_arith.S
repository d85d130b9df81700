// fp_arith: FADD, FSUB, FMUL, FDIV, FNMUL (single and double) on signed zeros, denormals,
// the smallest/largest normals, infinities, quiet and signalling NaNs with payloads, under
// RN, RM, FZ and DN (NaN propagation order, default NaN, Invalid/DivideByZero, flushing of
// inputs (IDC) and of tiny results (UFC without IXC)); then values chosen for rounding
// (ties, overflow to infinity or the largest normal, results rounding to the smallest
// normal: tininess before rounding) under all four rounding modes (and FZ with RP);
// finally pseudo-random sweeps (hashed) under every rounding mode, FZ and DN.
        .include "common.inc"
        .include "fp_lib.inc"

        fp_list d_special
        .quad   0x0000000000000000, 0x8000000000000000, 0x0000000000000001, 0x800fffffffffffff
        .quad   0x0010000000000000, 0x3ff0000000000000, 0xbff8000000000000, 0x4008000000000000
        .quad   0x3ff0000000000001, 0x7fefffffffffffff, 0xffefffffffffffff, 0x7ff0000000000000
        .quad   0xfff0000000000000, 0x7ff923456789abcd, 0xfffc000000000001, 0x7ff0000000000001
        .quad   0xfff5555555555555
        fp_list_end d_special
        fp_list s_special
        .quad   0x00000000, 0x80000000, 0x00000001, 0x807fffff
        .quad   0x00800000, 0x3f800000, 0xbfc00000, 0x40400000
        .quad   0x3f800001, 0x7f7fffff, 0xff7fffff, 0x7f800000
        .quad   0xff800000, 0x7fc12345, 0xffc00001, 0x7f800001
        .quad   0xffaaaaaa
        fp_list_end s_special
        // rounding: 1, 1+ulp, 1+3ulp, -(1-ulp/2), 3, 0.1, -1.5*2^-1022, max denormal,
        // 2^1023*(1+ulp), -max, 2^-511*(1+ulp), 2^-537, 1.5*2^-511, 2^-1021*(1+2ulp)
        fp_list d_round
        .quad   0x3ff0000000000000, 0x3ff0000000000001, 0x3ff0000000000003, 0xbfefffffffffffff
        .quad   0x4008000000000000, 0x3fb999999999999a, 0x8018000000000000, 0x000fffffffffffff
        .quad   0x7fe0000000000001, 0xffefffffffffffff, 0x2000000000000001, 0x1e60000000000000
        .quad   0x2008000000000000, 0x0020000000000002
        fp_list_end d_round
        fp_list s_round
        .quad   0x3f800000, 0x3f800001, 0x3f800003, 0xbf7fffff
        .quad   0x40400000, 0x3dcccccd, 0x80c00000, 0x007fffff
        .quad   0x7f000001, 0xff7fffff, 0x20000001, 0x1a800000
        .quad   0x20400000, 0x01000002
        fp_list_end s_round

        fp_list special_modes
        .quad   0x00000000, 0x00800000, 0x01000000, 0x02000000
        fp_list_end special_modes
        fp_list round_modes
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000, 0x01400000
        fp_list_end round_modes
        fp_list sweep_modes
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000
        .quad   0x01000000, 0x01800000, 0x02000000
        fp_list_end sweep_modes
        fp_list nmul_modes
        .quad   0x00000000, 0x02000000
        fp_list_end nmul_modes

test_main:
        fp_enable
        fp_test "fadd.d", 2, d, d, d_special, special_modes, fadd d0, d1, d2
        fp_test "fsub.d", 2, d, d, d_special, special_modes, fsub d0, d1, d2
        fp_test "fmul.d", 2, d, d, d_special, special_modes, fmul d0, d1, d2
        fp_test "fdiv.d", 2, d, d, d_special, special_modes, fdiv d0, d1, d2
        fp_test "fnmul.d", 2, d, d, d_special, nmul_modes, fnmul d0, d1, d2
        fp_test "fadd.s", 2, s, s, s_special, special_modes, fadd s0, s1, s2
        fp_test "fsub.s", 2, s, s, s_special, special_modes, fsub s0, s1, s2
        fp_test "fmul.s", 2, s, s, s_special, special_modes, fmul s0, s1, s2
        fp_test "fdiv.s", 2, s, s, s_special, special_modes, fdiv s0, s1, s2
        fp_test "fnmul.s", 2, s, s, s_special, nmul_modes, fnmul s0, s1, s2

        fp_test "fadd.d", 2, d, d, d_round, round_modes, fadd d0, d1, d2
        fp_test "fsub.d", 2, d, d, d_round, round_modes, fsub d0, d1, d2
        fp_test "fmul.d", 2, d, d, d_round, round_modes, fmul d0, d1, d2
        fp_test "fdiv.d", 2, d, d, d_round, round_modes, fdiv d0, d1, d2
        fp_test "fadd.s", 2, s, s, s_round, round_modes, fadd s0, s1, s2
        fp_test "fsub.s", 2, s, s, s_round, round_modes, fsub s0, s1, s2
        fp_test "fmul.s", 2, s, s, s_round, round_modes, fmul s0, s1, s2
        fp_test "fdiv.s", 2, s, s, s_round, round_modes, fdiv s0, s1, s2

        fp_sweep "fadd.d", d, d, 2048, 0x1234567887654321, sweep_modes, fadd d0, d1, d2
        fp_sweep "fsub.d", d, d, 2048, 0x2345678998765432, sweep_modes, fsub d0, d1, d2
        fp_sweep "fmul.d", d, d, 2048, 0x3456789aa9876543, sweep_modes, fmul d0, d1, d2
        fp_sweep "fdiv.d", d, d, 2048, 0x456789abba987654, sweep_modes, fdiv d0, d1, d2
        fp_sweep "fadd.s", s, s, 2048, 0x56789abccba98765, sweep_modes, fadd s0, s1, s2
        fp_sweep "fsub.s", s, s, 2048, 0x6789abcddcba9876, sweep_modes, fsub s0, s1, s2
        fp_sweep "fmul.s", s, s, 2048, 0x789abcdeedcba987, sweep_modes, fmul s0, s1, s2
        fp_sweep "fdiv.s", s, s, 2048, 0x89abcdeffedcba98, sweep_modes, fdiv s0, s1, s2
        exit

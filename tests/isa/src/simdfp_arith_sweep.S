// simdfp_arith_sweep: pseudo-random sweeps (hashed, see simdfp_lib.inc) of every Advanced
// SIMD three same (FP) operation in every arrangement and the scalar three same forms,
// under every rounding mode, FZ and DN (operands biased towards denormals, extreme
// exponents, infinities and NaNs, with many exact results and ties).
        .include "common.inc"
        .include "fp_lib.inc"
        .include "simdfp_lib.inc"
        .include "simdfp_tables.inc"

        .macro  sweep3 op, seed
        vsweep  "\op\().4s", s, 256, \seed, modes_sweep, \op v0.4s, v1.4s, v2.4s
        vsweep  "\op\().2s", s, 128, \seed, modes_sweep, \op v0.2s, v1.2s, v2.2s
        vsweep  "\op\().2d", d, 256, \seed, modes_sweep, \op v0.2d, v1.2d, v2.2d
        .endm

        .macro  sweep3s op, seed
        vsweep  "\op\().s", s, 256, \seed, modes_sweep, \op s0, s1, s2
        vsweep  "\op\().d", d, 256, \seed, modes_sweep, \op d0, d1, d2
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        fp_enable

        sweep3  fadd, 0x1234567887654321
        sweep3  fsub, 0x2345678998765432
        sweep3  fmul, 0x3456789aa9876543
        sweep3  fdiv, 0x456789abba987654
        sweep3  fmax, 0x56789abccba98765
        sweep3  fmin, 0x6789abcddcba9876
        sweep3  fmaxnm, 0x789abcdeedcba987
        sweep3  fminnm, 0x89abcdeffedcba98
        sweep3  fmla, 0x9abcdef00fedcba9
        sweep3  fmls, 0xabcdef0110fedcba
        sweep3  fmulx, 0xbcdef01221fedcba
        sweep3  frecps, 0xcdef012332fedcba
        sweep3  frsqrts, 0xdef0123443fedcba
        sweep3  fabd, 0xef01234554fedcba
        sweep3  fcmeq, 0xf012345665fedcba
        sweep3  fcmge, 0x0123456776fedcba
        sweep3  fcmgt, 0x1122334455667788
        sweep3  facge, 0x2233445566778899
        sweep3  facgt, 0x33445566778899aa
        sweep3s fmulx, 0x445566778899aabb
        sweep3s frecps, 0x5566778899aabbcc
        sweep3s frsqrts, 0x66778899aabbccdd
        sweep3s fabd, 0x778899aabbccddee
        sweep3s fcmge, 0x8899aabbccddeeff
        sweep3s facgt, 0x99aabbccddeeff00
        ldp     x29, x30, [sp], #16
        ret

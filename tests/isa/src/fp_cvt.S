// fp_cvt: conversions.  FCVT between double, single and half in both directions (ties and
// overflow at each destination's limits, tininess and denormal results, NaN payload
// truncation/extension and quieting, DN, FZ (inputs and single/double results only; half is
// never flushed), the alternative half-precision format (AHP: exponent 31 is a number,
// infinities and NaNs convert to the largest magnitude or zero with Invalid));
// FCVTNS/NU/PS/PU/MS/MU/ZS/ZU/AS/AU to W and X (ties, saturation boundaries, negative values
// to unsigned, NaN -> 0, Invalid without Inexact on overflow); FCVTZS/ZU and SCVTF/UCVTF
// with fixed-point fraction bits; SCVTF/UCVTF from W and X under every rounding mode.
// Then hashed pseudo-random sweeps.
        .include "common.inc"
        .include "fp_lib.inc"

        fp_list cvt_d
        .quad   0x0000000000000000, 0x8000000000000000, 0x0000000000000001, 0x800fffffffffffff
        .quad   0x0010000000000000, 0x3ff0000000000000, 0xbff8000000000000, 0x3ff0000010000000
        .quad   0x3ff0000030000000, 0x3ff0000010000001, 0x47efffffe0000000, 0x47effffff0000000
        .quad   0x47efffffefffffff, 0x3810000000000000, 0x380ffffff0000000, 0x36a0000000000000
        .quad   0x3690000000000000, 0x3690000000000001, 0x35f0000000000000, 0x40effc0000000000
        .quad   0x40effe0000000000, 0x40fffc0000000000, 0x40fffe0000000000, 0x3e70000000000000
        .quad   0x3e60000000000000, 0x3f10000000000000, 0x7ff0000000000000, 0xfff0000000000000
        .quad   0x7ff923456789abcd, 0x7ff0000000000001, 0xfff5555555555555, 0x7ff0000020000000
        .quad   0x7e37e43c8800759c
        fp_list_end cvt_d
        fp_list cvt_s
        .quad   0x00000000, 0x80000000, 0x00000001, 0x807fffff
        .quad   0x00800000, 0x3f800000, 0xbfc00000, 0x3f801000
        .quad   0x3f803000, 0x3f801001, 0x477fe000, 0x477ff000
        .quad   0x47ffe000, 0x47fff000, 0x33800000, 0x33000000
        .quad   0x38800000, 0x387fc000, 0x7f800000, 0xff800000
        .quad   0x7fc12345, 0x7f800001, 0xffaaaaaa, 0x7f7fffff
        fp_list_end cvt_s
        fp_list cvt_h
        .quad   0x0000, 0x8000, 0x0001, 0x83ff, 0x0400, 0x3c00, 0xbe00, 0x7bff
        .quad   0xfbff, 0x7c00, 0xfc00, 0x7e01, 0x7c01, 0xfd55, 0x7fff, 0x3555
        fp_list_end cvt_h
        fp_list int_d
        .quad   0x0000000000000000, 0x8000000000000000, 0x3fe0000000000000, 0x3ff8000000000000
        .quad   0x4004000000000000, 0xbfe0000000000000, 0xbff8000000000000, 0xc004000000000000
        .quad   0x3fdfffffffffffff, 0x3fe6666666666666, 0xbfe6666666666666, 0x41dfffffffc00000
        .quad   0x41dfffffffe00000, 0x41e0000000000000, 0xc1e0000000000000, 0xc1e0000000100000
        .quad   0xc1e0000000200000, 0x41efffffffe00000, 0x41f0000000000000, 0x43dfffffffffffff
        .quad   0x43e0000000000000, 0xc3e0000000000000, 0xc3e0000000000001, 0x43f0000000000000
        .quad   0x43efffffffffffff, 0x7e37e43c8800759c, 0x0000000000000001, 0x8000000000000001
        .quad   0x7ff0000000000000, 0xfff0000000000000, 0x7ff923456789abcd, 0x7ff0000000000001
        fp_list_end int_d
        fp_list int_s
        .quad   0x00000000, 0x80000000, 0x3f000000, 0x3fc00000
        .quad   0x40200000, 0xbf000000, 0xbfc00000, 0xc0200000
        .quad   0x3effffff, 0x3f333333, 0xbf333333, 0x4effffff
        .quad   0x4f000000, 0xcf000000, 0xcf000001, 0x4f7fffff
        .quad   0x4f800000, 0x5effffff, 0x5f000000, 0xdf000000
        .quad   0xdf000001, 0x5f7fffff, 0x5f800000, 0x00000001
        .quad   0x80000001, 0x7f800000, 0xff800000, 0x7fc12345
        .quad   0x7f800001
        fp_list_end int_s
        fp_list ints
        .quad   0x0000000000000000, 0x0000000000000001, 0xffffffffffffffff, 0x000000007fffffff
        .quad   0x0000000080000000, 0x00000000ffffffff, 0x0000000001000001, 0x0000000001000003
        .quad   0x0000000000ffffff, 0x7fffffffffffffff, 0x8000000000000000, 0x0020000000000001
        .quad   0x0020000000000003, 0xfffffffffffffffe, 0x8000000000000001, 0x000000007fffffc0
        .quad   0x123456789abcdef0, 0xfedcba9876543210, 0x0000000100000001, 0x8000008000000000
        .quad   0x00000000fffffe80, 0xffffffff80000001
        fp_list_end ints

        fp_list cvt_modes
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000
        .quad   0x01000000, 0x02000000, 0x04000000, 0x07000000
        fp_list_end cvt_modes
        fp_list int_modes
        .quad   0x00000000, 0x01800000
        fp_list_end int_modes
        fp_list rn
        .quad   0x00000000
        fp_list_end rn
        fp_list round_modes
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000
        fp_list_end round_modes
        fp_list sweep_modes
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000
        .quad   0x01000000, 0x02000000, 0x04000000
        fp_list_end sweep_modes

        // the ten FP -> integer conversions of one source kind to one destination register
        .macro  to_int kind, dst, table, modes
        fp_test "fcvtns.\dst\kind", 1, \kind, \dst, \table, \modes, fcvtns \dst\()5, \kind\()1
        fp_test "fcvtnu.\dst\kind", 1, \kind, \dst, \table, \modes, fcvtnu \dst\()5, \kind\()1
        fp_test "fcvtps.\dst\kind", 1, \kind, \dst, \table, \modes, fcvtps \dst\()5, \kind\()1
        fp_test "fcvtpu.\dst\kind", 1, \kind, \dst, \table, \modes, fcvtpu \dst\()5, \kind\()1
        fp_test "fcvtms.\dst\kind", 1, \kind, \dst, \table, \modes, fcvtms \dst\()5, \kind\()1
        fp_test "fcvtmu.\dst\kind", 1, \kind, \dst, \table, \modes, fcvtmu \dst\()5, \kind\()1
        fp_test "fcvtzs.\dst\kind", 1, \kind, \dst, \table, \modes, fcvtzs \dst\()5, \kind\()1
        fp_test "fcvtzu.\dst\kind", 1, \kind, \dst, \table, \modes, fcvtzu \dst\()5, \kind\()1
        fp_test "fcvtas.\dst\kind", 1, \kind, \dst, \table, \modes, fcvtas \dst\()5, \kind\()1
        fp_test "fcvtau.\dst\kind", 1, \kind, \dst, \table, \modes, fcvtau \dst\()5, \kind\()1
        .endm

        .macro  to_fixed kind, dst, table, fbits
        fp_test "fcvtzs.\dst\kind\().\fbits", 1, \kind, \dst, \table, rn, fcvtzs \dst\()5, \kind\()1, #\fbits
        fp_test "fcvtzu.\dst\kind\().\fbits", 1, \kind, \dst, \table, rn, fcvtzu \dst\()5, \kind\()1, #\fbits
        .endm

        .macro  from_int kind, src
        fp_test "scvtf.\kind\src", 1, \src, \kind, ints, round_modes, scvtf \kind\()0, \src\()2
        fp_test "ucvtf.\kind\src", 1, \src, \kind, ints, round_modes, ucvtf \kind\()0, \src\()2
        .endm

        .macro  from_fixed kind, src, fbits
        fp_test "scvtf.\kind\src\().\fbits", 1, \src, \kind, ints, rn, scvtf \kind\()0, \src\()2, #\fbits
        fp_test "ucvtf.\kind\src\().\fbits", 1, \src, \kind, ints, rn, ucvtf \kind\()0, \src\()2, #\fbits
        .endm

test_main:
        fp_enable
        fp_test "fcvt.sd", 1, d, s, cvt_d, cvt_modes, fcvt s0, d1
        fp_test "fcvt.hd", 1, d, h, cvt_d, cvt_modes, fcvt h0, d1
        fp_test "fcvt.ds", 1, s, d, cvt_s, cvt_modes, fcvt d0, s1
        fp_test "fcvt.hs", 1, s, h, cvt_s, cvt_modes, fcvt h0, s1
        fp_test "fcvt.dh", 1, h, d, cvt_h, cvt_modes, fcvt d0, h1
        fp_test "fcvt.sh", 1, h, s, cvt_h, cvt_modes, fcvt s0, h1

        to_int  d, w, int_d, int_modes
        to_int  d, x, int_d, int_modes
        to_int  s, w, int_s, int_modes
        to_int  s, x, int_s, int_modes

        to_fixed d, w, int_d, 1
        to_fixed d, w, int_d, 16
        to_fixed d, w, int_d, 32
        to_fixed d, x, int_d, 1
        to_fixed d, x, int_d, 32
        to_fixed d, x, int_d, 64
        to_fixed s, w, int_s, 1
        to_fixed s, w, int_s, 32
        to_fixed s, x, int_s, 16
        to_fixed s, x, int_s, 64

        from_int d, x
        from_int d, w
        from_int s, x
        from_int s, w
        from_fixed d, x, 1
        from_fixed d, x, 64
        from_fixed d, w, 16
        from_fixed d, w, 32
        from_fixed s, x, 32
        from_fixed s, x, 64
        from_fixed s, w, 1
        from_fixed s, w, 32

        fp_sweep "fcvt.sd", d, s, 2048, 0x13579bdf2468ace0, sweep_modes, fcvt s0, d1
        fp_sweep "fcvt.hd", d, h, 2048, 0x23579bdf2468ace0, sweep_modes, fcvt h0, d1
        fp_sweep "fcvt.hs", s, h, 2048, 0x33579bdf2468ace0, sweep_modes, fcvt h0, s1
        fp_sweep "fcvt.ds", s, d, 1024, 0x43579bdf2468ace0, sweep_modes, fcvt d0, s1
        fp_sweep "fcvtzs.xd", d, x, 1024, 0x53579bdf2468ace0, sweep_modes, fcvtzs x5, d1
        fp_sweep "fcvtnu.wd", d, w, 1024, 0x63579bdf2468ace0, sweep_modes, fcvtnu w5, d1
        fp_sweep "fcvtas.ws", s, w, 1024, 0x73579bdf2468ace0, sweep_modes, fcvtas w5, s1
        fp_sweep "fcvtmu.xs", s, x, 1024, 0x83579bdf2468ace0, sweep_modes, fcvtmu x5, s1
        fp_sweep "fcvtzu.wd.20", d, w, 1024, 0x93579bdf2468ace0, sweep_modes, fcvtzu w5, d1, #20
        fp_sweep "scvtf.dx", x, d, 1024, 0xa3579bdf2468ace0, sweep_modes, scvtf d0, x2
        fp_sweep "ucvtf.sx", x, s, 1024, 0xb3579bdf2468ace0, sweep_modes, ucvtf s0, x2
        fp_sweep "scvtf.sw", w, s, 1024, 0xc3579bdf2468ace0, sweep_modes, scvtf s0, w2
        fp_sweep "ucvtf.dx.40", x, d, 1024, 0xd3579bdf2468ace0, sweep_modes, ucvtf d0, x2, #40
        exit

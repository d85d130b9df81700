// fp_misc: FSQRT, FMAX/FMIN/FMAXNM/FMINNM, FCMP/FCMPE (register and #0.0), FCCMP/FCCMPE,
// FCSEL, FABS/FNEG/FMOV (register, no exceptions even for signalling NaNs), FRINTN/P/M/Z/A/X/I
// (ties, values just below and above halves, the largest non-integers, signed zero
// results, Inexact only for FRINTX), FMOV (immediate) for all 256 encodings, FMOV
// (general) in every direction including V.D[1], the zeroing of the upper bits of the
// vector register by scalar writes, and FPSR accumulating flags.  Then hashed
// pseudo-random sweeps.
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
        // 2, 0.5, 2^-1022*1.5, 3, 2^-52*(1+ulp), max denormal, 4-ulp, 1-ulp/2, 2^1023*1.5
        fp_list d_sqrt
        .quad   0x4000000000000000, 0x3fe0000000000000, 0x0018000000000000, 0x4008000000000000
        .quad   0x3cb0000000000001, 0x000fffffffffffff, 0x400fffffffffffff, 0x3fefffffffffffff
        .quad   0x7fe8000000000000
        fp_list_end d_sqrt
        fp_list s_sqrt
        .quad   0x40000000, 0x3f000000, 0x00c00000, 0x40400000
        .quad   0x34000001, 0x007fffff, 0x407fffff, 0x3f7fffff
        .quad   0x7f400000
        fp_list_end s_sqrt
        // 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.5-ulp, 0.5+ulp, -0.3, 2^52-0.5, -(2^52-0.5),
        // 2^52, 2^53-1, 1e300, 0.7, -0.7, 3.5, denormal, -denormal, -0, inf, qNaN, sNaN
        fp_list d_frint
        .quad   0x3fe0000000000000, 0x3ff8000000000000, 0x4004000000000000, 0xbfe0000000000000
        .quad   0xbff8000000000000, 0xc004000000000000, 0x3fdfffffffffffff, 0x3fe0000000000001
        .quad   0xbfd3333333333333, 0x432fffffffffffff, 0xc32fffffffffffff, 0x4330000000000000
        .quad   0x433fffffffffffff, 0x7e37e43c8800759c, 0x3fe6666666666666, 0xbfe6666666666666
        .quad   0x400c000000000000, 0x0000000000000003, 0x8000000000000003, 0x8000000000000000
        .quad   0x7ff0000000000000, 0x7ff923456789abcd, 0xfff0000000000001
        fp_list_end d_frint
        fp_list s_frint
        .quad   0x3f000000, 0x3fc00000, 0x40200000, 0xbf000000
        .quad   0xbfc00000, 0xc0200000, 0x3effffff, 0x3f000001
        .quad   0xbe99999a, 0x4affffff, 0xcaffffff, 0x4b000000
        .quad   0x4b7fffff, 0x7e967699, 0x3f333333, 0xbf333333
        .quad   0x40600000, 0x00000003, 0x80000003, 0x80000000
        .quad   0x7f800000, 0x7fc12345, 0xff800001
        fp_list_end s_frint
        // NZCV values for FCCMP/FCSEL
        fp_list nzcv_values
        .quad   0x00000000, 0x40000000, 0x80000000, 0x10000000
        fp_list_end nzcv_values

        fp_list rn
        .quad   0x00000000
        fp_list_end rn
        fp_list rn_fz
        .quad   0x00000000, 0x01000000
        fp_list_end rn_fz
        fp_list rn_dnfz
        .quad   0x00000000, 0x03000000
        fp_list_end rn_dnfz
        fp_list all_modes
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000, 0x03000000
        fp_list_end all_modes
        fp_list sweep_modes
        .quad   0x00000000, 0x00400000, 0x00800000, 0x00c00000
        .quad   0x01000000, 0x02000000
        fp_list_end sweep_modes

        // print one FMOV (immediate) result: x2 = imm8, x5 = result
        .macro  fmov_imm_line name
        mov     x1, #0
        mov     x6, #0
        adrl    x0, .Lfmi\@
        .ifc    \name, fmovi.d
        mov     x7, #(2 | (16 << 5) | (1 << 10))
        .else
        mov     x7, #(2 | (8 << 5) | (1 << 10))
        .endif
        bl      _fp_line
        _strlit .Lfmi\@, "\name"
        .endm

        // run INSN with NZCV = x2
        .macro  with_nzcv insn:vararg
        msr     nzcv, x2
        \insn
        .endm

test_main:
        fp_enable
        fp_test "fsqrt.d", 1, d, d, d_special, rn_dnfz, fsqrt d0, d1
        fp_test "fsqrt.d", 1, d, d, d_sqrt, all_modes, fsqrt d0, d1
        fp_test "fsqrt.s", 1, s, s, s_special, rn_dnfz, fsqrt s0, s1
        fp_test "fsqrt.s", 1, s, s, s_sqrt, all_modes, fsqrt s0, s1

        fp_test "fmax.d", 2, d, d, d_special, rn_dnfz, fmax d0, d1, d2
        fp_test "fmin.d", 2, d, d, d_special, rn_dnfz, fmin d0, d1, d2
        fp_test "fmaxnm.d", 2, d, d, d_special, rn_dnfz, fmaxnm d0, d1, d2
        fp_test "fminnm.d", 2, d, d, d_special, rn_dnfz, fminnm d0, d1, d2
        fp_test "fmax.s", 2, s, s, s_special, rn_dnfz, fmax s0, s1, s2
        fp_test "fmin.s", 2, s, s, s_special, rn_dnfz, fmin s0, s1, s2
        fp_test "fmaxnm.s", 2, s, s, s_special, rn_dnfz, fmaxnm s0, s1, s2
        fp_test "fminnm.s", 2, s, s, s_special, rn_dnfz, fminnm s0, s1, s2

        fp_test "fcmp.d", 2, d, nzcv, d_special, rn_fz, fcmp d1, d2
        fp_test "fcmpe.d", 2, d, nzcv, d_special, rn, fcmpe d1, d2
        fp_test "fcmpz.d", 1, d, nzcv, d_special, rn_fz, fcmp d1, #0.0
        fp_test "fcmpez.d", 1, d, nzcv, d_special, rn, fcmpe d1, #0.0
        fp_test "fcmp.s", 2, s, nzcv, s_special, rn_fz, fcmp s1, s2
        fp_test "fcmpe.s", 2, s, nzcv, s_special, rn, fcmpe s1, s2
        fp_test "fcmpz.s", 1, s, nzcv, s_special, rn_fz, fcmp s1, #0.0
        fp_test "fcmpez.s", 1, s, nzcv, s_special, rn, fcmpe s1, #0.0

        // FCCMP/FCCMPE/FCSEL: operands come from d_special[3..] and s_special pairs, NZCV
        // from nzcv_values (x2 below is the NZCV, the compared values are fixed per block)
        ldr     x8, =0x3ff0000000000000
        ldr     x9, =0x7ff0000000000001
        fmov    d1, x8
        fmov    d2, x9
        fp_test "fccmp.eq.d.1.snan", 1, x, nzcv, nzcv_values, rn, with_nzcv fccmp d1, d2, #5, eq
        fp_test "fccmpe.ne.d.1.snan", 1, x, nzcv, nzcv_values, rn, with_nzcv fccmpe d1, d2, #5, ne
        ldr     x9, =0x7ff8000000000000
        fmov    d2, x9
        fp_test "fccmp.mi.d.1.qnan", 1, x, nzcv, nzcv_values, rn, with_nzcv fccmp d1, d2, #10, mi
        fp_test "fccmpe.pl.d.1.qnan", 1, x, nzcv, nzcv_values, rn, with_nzcv fccmpe d1, d2, #10, pl
        fp_test "fccmp.vs.d.qnan.1", 1, x, nzcv, nzcv_values, rn, with_nzcv fccmp d2, d1, #15, vs
        fp_test "fccmp.al.d.1.qnan", 1, x, nzcv, nzcv_values, rn, with_nzcv fccmp d1, d2, #0, al
        fp_test "fccmp.nv.d.1.1", 1, x, nzcv, nzcv_values, rn, with_nzcv fccmp d1, d1, #3, nv
        ldr     w8, =0x00000001
        ldr     w9, =0x80000000
        fmov    s1, w8
        fmov    s2, w9
        fp_test "fccmp.eq.s.denorm.m0", 1, x, nzcv, nzcv_values, rn_fz, with_nzcv fccmp s1, s2, #2, eq
        fp_test "fccmpe.ne.s.m0.denorm", 1, x, nzcv, nzcv_values, rn_fz, with_nzcv fccmpe s2, s1, #2, ne
        ldr     x8, =0x7ff0000000000001
        ldr     x9, =0xfff0000000000000
        fmov    d1, x8
        fmov    d2, x9
        fp_test "fcsel.eq.d", 1, x, d, nzcv_values, rn, with_nzcv fcsel d0, d1, d2, eq
        fp_test "fcsel.mi.d", 1, x, d, nzcv_values, rn, with_nzcv fcsel d0, d1, d2, mi
        fp_test "fcsel.vc.s", 1, x, s, nzcv_values, rn, with_nzcv fcsel s0, s1, s2, vc
        fp_test "fcsel.al.s", 1, x, s, nzcv_values, rn, with_nzcv fcsel s0, s1, s2, al
        fp_test "fcsel.nv.d", 1, x, d, nzcv_values, rn, with_nzcv fcsel d0, d1, d2, nv

        fp_test "fabs.d", 1, d, d, d_special, rn_fz, fabs d0, d1
        fp_test "fneg.d", 1, d, d, d_special, rn_fz, fneg d0, d1
        fp_test "fmov.d", 1, d, d, d_special, rn_fz, fmov d0, d1
        fp_test "fabs.s", 1, s, s, s_special, rn_fz, fabs s0, s1
        fp_test "fneg.s", 1, s, s, s_special, rn_fz, fneg s0, s1
        fp_test "fmov.s", 1, s, s, s_special, rn_fz, fmov s0, s1

        fp_test "frintn.d", 1, d, d, d_frint, all_modes, frintn d0, d1
        fp_test "frintp.d", 1, d, d, d_frint, all_modes, frintp d0, d1
        fp_test "frintm.d", 1, d, d, d_frint, all_modes, frintm d0, d1
        fp_test "frintz.d", 1, d, d, d_frint, all_modes, frintz d0, d1
        fp_test "frinta.d", 1, d, d, d_frint, all_modes, frinta d0, d1
        fp_test "frintx.d", 1, d, d, d_frint, all_modes, frintx d0, d1
        fp_test "frinti.d", 1, d, d, d_frint, all_modes, frinti d0, d1
        fp_test "frintn.s", 1, s, s, s_frint, all_modes, frintn s0, s1
        fp_test "frintp.s", 1, s, s, s_frint, all_modes, frintp s0, s1
        fp_test "frintm.s", 1, s, s, s_frint, all_modes, frintm s0, s1
        fp_test "frintz.s", 1, s, s, s_frint, all_modes, frintz s0, s1
        fp_test "frinta.s", 1, s, s, s_frint, all_modes, frinta s0, s1
        fp_test "frintx.s", 1, s, s, s_frint, all_modes, frintx s0, s1
        fp_test "frinti.s", 1, s, s, s_frint, all_modes, frinti s0, s1

        // FMOV (immediate): every imm8 (operand printed = imm8)
        .set    imm, 0
        .rept   256
        .inst   0x1e601000 | (imm << 13)        // fmov d0, #imm
        fmov    x5, d0
        mov     x2, #imm
        fmov_imm_line fmovi.d
        .inst   0x1e201000 | (imm << 13)        // fmov s0, #imm
        fmov    w5, s0
        fmov_imm_line fmovi.s
        .set    imm, imm + 1
        .endr

        // FMOV (general) and upper-bit zeroing
        ldr     x10, =0xfedcba9876543210
        ldr     x11, =0x0123456789abcdef
        fmov    d0, x10
        fmov    v0.d[1], x11
        fmov    x1, d0
        check   "fmov d0,x / v0.d[1],x: d0", x1
        fmov    x1, v0.d[1]
        check   "v0.d[1]", x1
        fmov    s0, w11
        fmov    x1, d0
        check   "fmov s0,w: d0", x1
        fmov    x1, v0.d[1]
        check   "fmov s0,w: v0.d[1]", x1
        fmov    w1, s0
        check   "fmov w1,s0", x1
        fmov    v0.d[1], x10
        fmov    v0.d[1], x11
        fmov    x1, d0
        check   "fmov v0.d[1],x keeps d0", x1
        mov     x12, #-1
        fmov    d1, x12
        fmov    v1.d[1], x12
        fmov    d0, x12
        fmov    v0.d[1], x12
        fadd    s0, s1, s1
        fmov    x1, d0
        check   "fadd s0 on all-ones v0: d0", x1
        fmov    x1, v0.d[1]
        check   "v0.d[1]", x1
        fmov    d0, x12
        fmov    v0.d[1], x12
        fmov    d0, d1
        fmov    x1, v0.d[1]
        check   "fmov d0,d1: v0.d[1]", x1
        fmov    v0.d[1], x12
        fmov    s0, #1.0
        fmov    x1, d0
        check   "fmov s0,#1.0: d0", x1
        fmov    x1, v0.d[1]
        check   "v0.d[1]", x1
        fmov    v0.d[1], x12
        fcsel   d0, d1, d1, eq
        fmov    x1, v0.d[1]
        check   "fcsel d0: v0.d[1]", x1
        fmov    v0.d[1], x12
        fabs    s0, s1
        fmov    x1, d0
        check   "fabs s0,s1 (s1=nan): d0", x1
        fmov    x1, v0.d[1]
        check   "v0.d[1]", x1
        fmov    v31.d[1], x12
        fmov    d31, xzr
        fmov    x1, v31.d[1]
        check   "fmov d31,xzr: v31.d[1]", x1
        fmov    x1, d31
        check   "d31", x1
        fmov    xzr, d1
        fmov    wzr, s1
        fmov    d0, x12
        fmov    v0.d[1], x12
        fcvt    h0, d1
        fmov    x1, d0
        check   "fcvt h0,d1: d0", x1
        fmov    x1, v0.d[1]
        check   "v0.d[1]", x1
        fmov    v0.d[1], x12
        mov     x1, #-7
        scvtf   d0, x1
        fmov    x1, v0.d[1]
        check   "scvtf d0,x1: v0.d[1]", x1
        fmov    d0, x12
        fmov    v0.d[1], x12
        fmov    s1, #1.5
        fmadd   s0, s1, s1, s1
        fmov    x1, d0
        check   "fmadd s0: d0", x1
        fmov    x1, v0.d[1]
        check   "v0.d[1]", x1
        fmov    v0.d[1], x12
        frintm  d0, d1
        fmov    x1, v0.d[1]
        check   "frintm d0: v0.d[1]", x1
        fmov    v0.d[1], x12
        fsqrt   s0, s1
        fmov    x1, d0
        check   "fsqrt s0: d0", x1

        // FPSR flags are cumulative: an operation only sets bits
        mov     x1, #0x10
        msr     fpsr, x1
        fmov    d2, xzr
        fdiv    s0, s1, s2
        mrs     x1, fpsr
        check   "fpsr IXC, then 1.5/0", x1
        ldr     x1, =0x08000080
        msr     fpsr, x1
        ldr     x9, =0x7ff0000000000001
        fmov    d2, x9
        fadd    d0, d2, d2
        mrs     x1, fpsr
        check   "fpsr QC|IDC, then sNaN+sNaN", x1
        msr     fpsr, xzr
        fmov    s2, wzr
        fadd    s0, s1, s2
        mrs     x1, fpsr
        check   "fpsr after an exact add", x1

        fp_sweep "fsqrt.d", d, d, 2048, 0x0fedcba987654321, sweep_modes, fsqrt d0, d1
        fp_sweep "fsqrt.s", s, s, 2048, 0x1fedcba987654321, sweep_modes, fsqrt s0, s1
        fp_sweep "fmaxnm.d", d, d, 1024, 0x2fedcba987654321, sweep_modes, fmaxnm d0, d1, d2
        fp_sweep "fminnm.s", s, s, 1024, 0x3fedcba987654321, sweep_modes, fminnm s0, s1, s2
        fp_sweep "fmax.s", s, s, 1024, 0x4fedcba987654321, sweep_modes, fmax s0, s1, s2
        fp_sweep "fmin.d", d, d, 1024, 0x5fedcba987654321, sweep_modes, fmin d0, d1, d2
        fp_sweep "fcmpe.d", d, nzcv, 1024, 0x6fedcba987654321, sweep_modes, fcmpe d1, d2
        fp_sweep "fcmp.s", s, nzcv, 1024, 0x7fedcba987654321, sweep_modes, fcmp s1, s2
        fp_sweep "frintx.d", d, d, 1024, 0x8fedcba987654321, sweep_modes, frintx d0, d1
        fp_sweep "frinta.s", s, s, 1024, 0x9fedcba987654321, sweep_modes, frinta s0, s1
        fp_sweep "frintn.d", d, d, 1024, 0xafedcba987654321, sweep_modes, frintn d0, d1
        fp_sweep "frinti.s", s, s, 1024, 0xbfedcba987654321, sweep_modes, frinti s0, s1
        exit

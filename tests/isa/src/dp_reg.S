// dp_reg: Data-processing (register) - Arm ARM groups:
//   Add/subtract (shifted register), Add/subtract (extended register),
//   Logical (shifted register), Add/subtract (with carry),
//   Conditional compare (register/immediate), Conditional select,
//   Data-processing (1 source), Data-processing (2 source),
//   Data-processing (3 source), CRC32.
// Runs at EL1, MMU off.  NZCV is preset to PRESET_NZCV before each
// instruction; flag-setting and non-flag-setting forms print NZCV.
// The "grid" lines run one instruction under all 16 NZCV inputs: digit i
// (from the left, i = 0..15) is the result for input NZCV = i (the result
// NZCV nibble for CCMP/CCMN, the low nibble of the result register for the
// conditional selects).
        .include "common.inc"

        .set    PRESET_NZCV, 0xb0000000

        .macro  preset
        mov     x9, #PRESET_NZCV
        msr     nzcv, x9
        .endm

// ---- add/sub shifted register ----------------------------------------------
        .macro  as_x op, a, b, sh, n
        ldr     x1, =\a
        ldr     x3, =\b
        preset
        \op     x2, x1, x3, \sh #\n
        checkf  "\op x \a \b \sh #\n", x2
        .endm
        .macro  as_w op, a, b, sh, n
        ldr     x1, =\a
        ldr     x3, =\b
        ldr     x2, =0x5555555555555555
        preset
        \op     w2, w1, w3, \sh #\n
        checkf  "\op w \a \b \sh #\n", x2
        .endm

// ---- add/sub extended register ---------------------------------------------
        .macro  ae_x op, a, b, ext, n
        ldr     x1, =\a
        ldr     x3, =\b
        preset
        .ifc    \ext, uxtx
        \op     x2, x1, x3, \ext #\n
        .else
        .ifc    \ext, sxtx
        \op     x2, x1, x3, \ext #\n
        .else
        \op     x2, x1, w3, \ext #\n
        .endif
        .endif
        checkf  "\op x \a \b \ext #\n", x2
        .endm
        .macro  ae_w op, a, b, ext, n
        ldr     x1, =\a
        ldr     x3, =\b
        ldr     x2, =0x5555555555555555
        preset
        \op     w2, w1, w3, \ext #\n
        checkf  "\op w \a \b \ext #\n", x2
        .endm

// ---- logical shifted register -------------------------------------------------
        .macro  ls_x op, a, b, sh, n
        ldr     x1, =\a
        ldr     x3, =\b
        preset
        \op     x2, x1, x3, \sh #\n
        checkf  "\op x \a \b \sh #\n", x2
        .endm
        .macro  ls_w op, a, b, sh, n
        ldr     x1, =\a
        ldr     x3, =\b
        ldr     x2, =0x5555555555555555
        preset
        \op     w2, w1, w3, \sh #\n
        checkf  "\op w \a \b \sh #\n", x2
        .endm

// ---- adc/sbc --------------------------------------------------------------------
        .macro  ac_x op, a, b, c
        ldr     x1, =\a
        ldr     x3, =\b
        mov     x9, #(PRESET_NZCV & ~0x20000000) | (\c << 29)
        msr     nzcv, x9
        \op     x2, x1, x3
        checkf  "\op x \a \b c=\c", x2
        .endm
        .macro  ac_w op, a, b, c
        ldr     x1, =\a
        ldr     x3, =\b
        ldr     x2, =0x5555555555555555
        mov     x9, #(PRESET_NZCV & ~0x20000000) | (\c << 29)
        msr     nzcv, x9
        \op     w2, w1, w3
        checkf  "\op w \a \b c=\c", x2
        .endm

// ---- 16x16 grids -----------------------------------------------------------------
// run INSN (which may use x1, x3, writes x2 and/or flags) for NZCV = 0..15;
// kind = f: collect result NZCV; kind = r: collect x2 & 0xf
        .macro  grid name, kind, insn:vararg
        mov     x20, #0
        mov     x22, #0
.Lg\@:  lsl     x9, x20, #28
        msr     nzcv, x9
        \insn
        .ifc    \kind, f
        mrs     x21, nzcv
        lsr     x21, x21, #28
        .else
        and     x21, x2, #0xf
        .endif
        orr     x22, x21, x22, lsl #4
        add     x20, x20, #1
        cmp     x20, #16
        b.lo    .Lg\@
        check   "\name", x22
        .endm

// ---- 1/2/3-source --------------------------------------------------------------
        .macro  d1_x op, v
        ldr     x1, =\v
        \op     x2, x1
        check   "\op x \v", x2
        .endm
        .macro  d1_w op, v
        ldr     x1, =\v
        ldr     x2, =0x5555555555555555
        \op     w2, w1
        check   "\op w \v", x2
        .endm
        .macro  d2_x op, a, b
        ldr     x1, =\a
        ldr     x3, =\b
        \op     x2, x1, x3
        check   "\op x \a \b", x2
        .endm
        .macro  d2_w op, a, b
        ldr     x1, =\a
        ldr     x3, =\b
        ldr     x2, =0x5555555555555555
        \op     w2, w1, w3
        check   "\op w \a \b", x2
        .endm
        .macro  d3_x op, a, b, c
        ldr     x1, =\a
        ldr     x3, =\b
        ldr     x4, =\c
        \op     x2, x1, x3, x4
        check   "\op x \a \b \c", x2
        .endm
        .macro  d3_w op, a, b, c
        ldr     x1, =\a
        ldr     x3, =\b
        ldr     x4, =\c
        ldr     x2, =0x5555555555555555
        \op     w2, w1, w3, w4
        check   "\op w \a \b \c", x2
        .endm
        .macro  d3_l op, a, b, c
        ldr     x1, =\a
        ldr     x3, =\b
        ldr     x4, =\c
        \op     x2, w1, w3, x4
        check   "\op l \a \b \c", x2
        .endm
        .macro  crc op, acc, data
        ldr     x1, =\acc
        ldr     x3, =\data
        ldr     x2, =0x5555555555555555
        .ifc    \op, crc32x
        \op     w2, w1, x3
        .else
        .ifc    \op, crc32cx
        \op     w2, w1, x3
        .else
        \op     w2, w1, w3
        .endif
        .endif
        check   "\op \acc \data", x2
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!

        println "== add/sub shifted register (64-bit)"
        .irp    ab, "0x123456789abcdef0,0xfedcba9876543210", "0x8000000000000000,0xffffffffffffffff", "0x7fffffffffffffff,0x1", "0x0,0x8000000000000000"
        .irp    sh, lsl, lsr, asr
        .irp    n, 0, 1, 31, 32, 63
        as_x    adds, \ab, \sh, \n
        as_x    subs, \ab, \sh, \n
        .endr
        .endr
        .endr
        .irp    sh, lsl, lsr, asr
        .irp    n, 0, 4, 63
        as_x    add, 0x123456789abcdef0, 0xfedcba9876543210, \sh, \n
        as_x    sub, 0x123456789abcdef0, 0xfedcba9876543210, \sh, \n
        .endr
        .endr
        println "== add/sub shifted register (32-bit)"
        .irp    ab, "0x12345678,0xfedcba98", "0x80000000,0xffffffff", "0x7fffffff,0x1", "0xffffffff00000000,0xffffffff80000000"
        .irp    sh, lsl, lsr, asr
        .irp    n, 0, 1, 15, 31
        as_w    adds, \ab, \sh, \n
        as_w    subs, \ab, \sh, \n
        .endr
        .endr
        .endr
        .irp    sh, lsl, lsr, asr
        as_w    add, 0x12345678, 0xfedcba98, \sh, 3
        as_w    sub, 0x12345678, 0xfedcba98, \sh, 3
        .endr
        // neg/negs/cmp/cmn aliases
        .irp    v, 0, 1, 0x8000000000000000, 0x7fffffffffffffff
        ldr     x3, =\v
        preset
        negs    x2, x3
        checkf  "negs x \v", x2
        preset
        neg     x2, x3, asr #1
        checkf  "neg x \v asr #1", x2
        preset
        negs    w2, w3
        checkf  "negs w \v", x2
        ldr     x1, =0x4000000000000000
        preset
        cmp     x1, x3, lsl #1
        flags   "cmp x 0x4000000000000000 \v lsl #1"
        preset
        cmn     x1, x3, lsr #1
        flags   "cmn x 0x4000000000000000 \v lsr #1"
        .endr

        println "== add/sub extended register (64-bit)"
        .irp    ext, uxtb, uxth, uxtw, uxtx, sxtb, sxth, sxtw, sxtx
        .irp    n, 0, 1, 2, 3, 4
        ae_x    adds, 0x0123456789abcdef, 0xfedcba9880818283, \ext, \n
        ae_x    subs, 0x0123456789abcdef, 0xfedcba9880818283, \ext, \n
        ae_x    adds, 0x0123456789abcdef, 0x123456787f7e7d7c, \ext, \n
        ae_x    subs, 0xffffffffffffffff, 0x123456787f7e7d7c, \ext, \n
        ae_x    add, 0x0123456789abcdef, 0x123456787f7e7d7c, \ext, \n
        ae_x    sub, 0x0123456789abcdef, 0xfedcba9880818283, \ext, \n
        .endr
        .endr
        println "== add/sub extended register (32-bit)"
        .irp    ext, uxtb, uxth, uxtw, sxtb, sxth, sxtw
        .irp    n, 0, 1, 2, 3, 4
        ae_w    adds, 0x89abcdef, 0xfedcba9880818283, \ext, \n
        ae_w    subs, 0x89abcdef, 0x123456787f7e7d7c, \ext, \n
        .endr
        .endr

        println "== add/sub extended register with SP"
        mov     x19, sp
        ldr     x1, =0x40001000
        mov     sp, x1
        ldr     x3, =0xfffffffffffffff0
        add     x2, sp, x3                      // uxtx / lsl #0
        check   "add x2 sp x3(-16)", x2
        add     x2, sp, x3, lsl #2
        check   "add x2 sp x3 lsl #2", x2
        add     x2, sp, w3, sxtw #1
        check   "add x2 sp w3 sxtw #1", x2
        add     x2, sp, w3, uxtw
        check   "add x2 sp w3 uxtw", x2
        add     x2, sp, w3, sxtb #4
        check   "add x2 sp w3 sxtb #4", x2
        sub     x2, sp, w3, uxth #3
        check   "sub x2 sp w3 uxth #3", x2
        preset
        adds    x2, sp, x3
        checkf  "adds x2 sp x3", x2
        preset
        subs    x2, sp, w3, sxtw #3
        checkf  "subs x2 sp w3 sxtw #3", x2
        preset
        cmp     sp, x3
        flags   "cmp sp x3"
        preset
        cmn     sp, w3, sxtw
        flags   "cmn sp w3 sxtw"
        mov     x4, #0x40
        add     sp, sp, x4, lsl #2
        mov     x2, sp
        check   "add sp sp x4(0x40) lsl #2", x2
        sub     sp, sp, w4, uxtb #0
        mov     x2, sp
        check   "sub sp sp w4 uxtb", x2
        ldr     x1, =0x40001000
        add     sp, x1, w4, uxtw #4
        mov     x2, sp
        check   "add sp x1 w4 uxtw #4", x2
        ldr     x1, =0xabcdef0040001000
        mov     sp, x1
        add     wsp, wsp, w4
        mov     x2, sp
        check   "add wsp wsp w4", x2
        add     w2, wsp, w3, sxth #1
        check   "add w2 wsp w3 sxth #1", x2
        mov     sp, x19

        println "== logical shifted register (64-bit)"
        .irp    op, and, orr, eor, ands, bic, orn, eon, bics
        .irp    sh, lsl, lsr, asr, ror
        .irp    n, 0, 1, 32, 63
        ls_x    \op, 0x123456789abcdef0, 0xf0f0f0f00ff00ff1, \sh, \n
        ls_x    \op, 0x8000000000000001, 0xc000000000000003, \sh, \n
        .endr
        .endr
        .endr
        println "== logical shifted register (32-bit)"
        .irp    op, and, orr, eor, ands, bic, orn, eon, bics
        .irp    sh, lsl, lsr, asr, ror
        .irp    n, 0, 1, 31
        ls_w    \op, 0x89abcdef, 0xf0f00ff1, \sh, \n
        .endr
        .endr
        .endr
        .irp    v, 0, 0xffffffffffffffff, 0x8000000000000000, 0x00000000ffffffff
        .irp    op, ands, bics
        ls_x    \op, \v, 0x8000000000000000, lsl, 0
        ls_x    \op, \v, 0xffffffffffffffff, lsl, 0
        ls_w    \op, \v, 0x80000000, lsl, 0
        .endr
        .endr
        ldr     x3, =0x0123456789abcdef
        mvn     x2, x3
        check   "mvn x 0x0123456789abcdef", x2
        mvn     x2, x3, ror #4
        check   "mvn x 0x0123456789abcdef ror #4", x2
        mvn     w2, w3, asr #31
        check   "mvn w 0x89abcdef asr #31", x2
        mov     x2, x3
        check   "mov x 0x0123456789abcdef", x2
        ldr     x2, =0x5555555555555555
        mov     w2, w3
        check   "mov w 0x89abcdef", x2
        preset
        tst     x3, x3, lsl #63
        flags   "tst x x3 x3 lsl #63"
        preset
        tst     w3, w3, ror #1
        flags   "tst w x3 x3 ror #1"

        println "== adc/adcs/sbc/sbcs"
        .irp    ab, "0,0", "0xffffffffffffffff,0", "0xffffffffffffffff,1", "0x7fffffffffffffff,0", "0x8000000000000000,0xffffffffffffffff", "0x123456789abcdef0,0xfedcba9876543210", "0,0xffffffffffffffff", "0x7fffffffffffffff,0x7fffffffffffffff", "0x8000000000000000,0x8000000000000000"
        .irp    c, 0, 1
        ac_x    adcs, \ab, \c
        ac_x    sbcs, \ab, \c
        ac_w    adcs, \ab, \c
        ac_w    sbcs, \ab, \c
        .endr
        .endr
        .irp    c, 0, 1
        ac_x    adc, 0xffffffffffffffff, 0xffffffffffffffff, \c
        ac_x    sbc, 0, 0, \c
        ac_w    adc, 0xffffffff, 0x7fffffff, \c
        ac_w    sbc, 0x80000000, 0, \c
        .irp    v, 0, 1, 0x8000000000000000
        ldr     x3, =\v
        mov     x9, #(\c << 29)
        msr     nzcv, x9
        ngcs    x2, x3
        checkf  "ngcs x \v c=\c", x2
        mov     x9, #(\c << 29)
        msr     nzcv, x9
        ngc     w2, w3
        checkf  "ngc w \v c=\c", x2
        .endr
        .endr

        println "== ccmp/ccmn grids (x1=1 x3=2)"
        mov     x1, #1
        mov     x3, #2
        .irp    c, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le, al, nv
        grid    "ccmp x reg #5 \c", f, ccmp x1, x3, #5, \c
        grid    "ccmp x imm #10 \c", f, ccmp x1, #2, #10, \c
        grid    "ccmn x reg #5 \c", f, ccmn x1, x3, #5, \c
        grid    "ccmn x imm #15 \c", f, ccmn x1, #31, #15, \c
        grid    "ccmp w reg #0 \c", f, ccmp w1, w1, #0, \c
        grid    "ccmn w imm #6 \c", f, ccmn w1, #0, #6, \c
        .endr
        println "== ccmp/ccmn values"
        .irp    a, 0, 1, 0x8000000000000000, 0x7fffffffffffffff, 0xffffffffffffffff, 0x80000000, 0xffffffff
        .irp    b, 0, 1, 0x7fffffffffffffff, 0xffffffffffffffff
        ldr     x1, =\a
        ldr     x3, =\b
        mov     x9, #0x40000000
        msr     nzcv, x9
        ccmp    x1, x3, #0xf, eq
        flags   "ccmp x \a \b (eq taken)"
        mov     x9, #0x40000000
        msr     nzcv, x9
        ccmn    x1, x3, #0xf, eq
        flags   "ccmn x \a \b (eq taken)"
        mov     x9, #0x40000000
        msr     nzcv, x9
        ccmp    w1, w3, #0xf, eq
        flags   "ccmp w \a \b (eq taken)"
        mov     x9, #0x40000000
        msr     nzcv, x9
        ccmn    w1, w3, #0xf, eq
        flags   "ccmn w \a \b (eq taken)"
        .endr
        .endr

        println "== csel/csinc/csinv/csneg grids (x1=1 x3=2)"
        mov     x1, #1
        mov     x3, #2
        .irp    c, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le, al, nv
        grid    "csel x \c", r, csel x2, x1, x3, \c
        grid    "csinc x \c", r, csinc x2, x1, x3, \c
        grid    "csinv x \c", r, csinv x2, x1, x3, \c
        grid    "csneg x \c", r, csneg x2, x1, x3, \c
        grid    "csneg w \c", r, csneg w2, w1, w3, \c
        .endr
        .irp    c, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le
        grid    "cset x \c", r, cset x2, \c
        grid    "csetm w \c", r, csetm w2, \c
        grid    "cinc x1 \c", r, cinc x2, x1, \c
        grid    "cinv x3 \c", r, cinv x2, x3, \c
        grid    "cneg x3 \c", r, cneg x2, x3, \c
        .endr
        println "== conditional select values"
        ldr     x1, =0x0123456789abcdef
        ldr     x3, =0x8000000000000000
        .irp    c, eq, ne
        mov     x9, #0x40000000
        msr     nzcv, x9
        csel    x2, x1, x3, \c
        checkf  "csel x Z=1 \c", x2
        csinc   x2, x1, x3, \c
        checkf  "csinc x Z=1 \c", x2
        csinv   x2, x1, x3, \c
        checkf  "csinv x Z=1 \c", x2
        csneg   x2, x1, x3, \c
        checkf  "csneg x Z=1 \c", x2
        ldr     x2, =0x5555555555555555
        csel    w2, w1, w3, \c
        checkf  "csel w Z=1 \c", x2
        csinc   w2, w1, w3, \c
        checkf  "csinc w Z=1 \c", x2
        csinv   w2, w1, w3, \c
        checkf  "csinv w Z=1 \c", x2
        csneg   w2, w1, w3, \c
        checkf  "csneg w Z=1 \c", x2
        csinc   x2, xzr, xzr, \c
        checkf  "csinc x xzr xzr Z=1 \c", x2
        csinv   w2, wzr, wzr, \c
        checkf  "csinv w wzr wzr Z=1 \c", x2
        ldr     x4, =0xffffffffffffffff
        csinc   x2, x4, x4, \c
        checkf  "csinc x -1 -1 Z=1 \c", x2
        ldr     x4, =0x7fffffff
        csinc   w2, w4, w4, \c
        checkf  "csinc w 0x7fffffff Z=1 \c", x2
        csneg   w2, w3, w3, \c
        checkf  "csneg w 0 0 Z=1 \c", x2
        csneg   x2, x3, x3, \c
        checkf  "csneg x INT64_MIN Z=1 \c", x2
        .endr

        println "== data-processing 1 source"
        .irp    v, 0, 1, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff, 0x0123456789abcdef, 0x00000000ffff0000, 0x0000000000000080, 0x00000000c0000000, 0xf0e1d2c3b4a59687, 0x0000000100000000
        d1_x    rbit, \v
        d1_x    rev16, \v
        d1_x    rev32, \v
        d1_x    rev, \v
        d1_x    clz, \v
        d1_x    cls, \v
        d1_w    rbit, \v
        d1_w    rev16, \v
        d1_w    rev, \v
        d1_w    clz, \v
        d1_w    cls, \v
        .endr

        println "== variable shifts"
        .irp    n, 0, 1, 4, 31, 32, 33, 63, 64, 65, 127, 0xffffffffffffffff, 0x8000000000000021, 0xffffffffffffffe0
        .irp    op, lslv, lsrv, asrv, rorv
        d2_x    \op, 0x8123456789abcdef, \n
        .endr
        d2_x    asrv, 0x7edcba9876543210, \n
        .endr
        .irp    n, 0, 1, 4, 15, 31, 32, 33, 63, 0xffffffff, 0x100000003
        .irp    op, lslv, lsrv, asrv, rorv
        d2_w    \op, 0x0000000089abcdef, \n
        .endr
        d2_w    asrv, 0xffffffff76543210, \n
        .endr

        println "== udiv/sdiv"
        .irp    ab, "0,0", "7,0", "0xffffffffffffffff,0", "0x8000000000000000,0xffffffffffffffff", "0x8000000000000000,1", "0xfffffffffffffff9,2", "7,0xfffffffffffffffe", "0xfffffffffffffff9,0xfffffffffffffffe", "100,7", "1,0xffffffffffffffff", "0xffffffffffffffff,2", "0x123456789abcdef0,0x12345", "5,10", "0x8000000000000000,0x8000000000000000", "0xffffffffffffffff,0xffffffffffffffff"
        d2_x    udiv, \ab
        d2_x    sdiv, \ab
        .endr
        .irp    ab, "0,0", "7,0", "0xffffffff,0", "0x80000000,0xffffffff", "0x80000000,1", "0xfffffff9,2", "7,0xfffffffe", "0xfffffff9,0xfffffffe", "100,7", "1,0xffffffff", "0xffffffff,2", "0x9abcdef0,0x12345", "0x1ffffffff,0x100000002"
        d2_w    udiv, \ab
        d2_w    sdiv, \ab
        .endr

        println "== multiply"
        .irp    abc, "0x123456789abcdef0,0xfedcba9876543210,0x1111111111111111", "0xffffffffffffffff,0xffffffffffffffff,0", "0x8000000000000000,2,1", "0x7fffffffffffffff,0x7fffffffffffffff,0x8000000000000000", "3,0xfffffffffffffffb,7", "0x00000000ffffffff,0x00000000ffffffff,0xffffffffffffffff", "0x80000000,0x80000000,0x8000000000000000", "0xffffffff7fffffff,0x12345678ffffffff,0x5"
        d3_x    madd, \abc
        d3_x    msub, \abc
        d3_w    madd, \abc
        d3_w    msub, \abc
        d3_l    smaddl, \abc
        d3_l    smsubl, \abc
        d3_l    umaddl, \abc
        d3_l    umsubl, \abc
        .endr
        .irp    ab, "0x123456789abcdef0,0xfedcba9876543210", "0xffffffffffffffff,0xffffffffffffffff", "0x8000000000000000,0x8000000000000000", "0x8000000000000000,0xffffffffffffffff", "0x7fffffffffffffff,0x7fffffffffffffff", "0xffffffffffffffff,1", "0x00000000ffffffff,0x00000000ffffffff", "0,0xffffffffffffffff", "0x8000000000000000,2"
        d2_x    smulh, \ab
        d2_x    umulh, \ab
        d2_x    mul, \ab
        d2_x    mneg, \ab
        d2_w    mul, \ab
        d2_w    mneg, \ab
        .endr
        .irp    a, 0x123456789abcdef0, 0xffffffff, 0x80000000, 0x7fffffff, 0xffffffff00000001
        .irp    b, 0xfedcba9876543210, 0x80000000, 0xffffffff
        .irp    op, smull, umull, smnegl, umnegl
        ldr     x1, =\a
        ldr     x3, =\b
        \op     x2, w1, w3
        check   "\op \a \b", x2
        .endr
        .endr
        .endr

        println "== crc32"
        .irp    ad, "0,0", "0xffffffff,0x123456789abcdef0", "0x12345678,0xffffffffffffffff", "0xdeadbeef,0x0123456789abcdef", "0xffffffff,0x31", "0x00000000ffffffff,0xffffffff00000080"
        .irp    op, crc32b, crc32h, crc32w, crc32x, crc32cb, crc32ch, crc32cw, crc32cx
        crc     \op, \ad
        .endr
        .endr
        // standard check values: CRC of "123456789"
        adrl    x5, crc_msg
        mov     w2, #-1
        mov     x6, #0
1:      ldrb    w3, [x5, x6]
        crc32b  w2, w2, w3
        add     x6, x6, #1
        cmp     x6, #9
        b.lo    1b
        mvn     w2, w2
        check   "crc32 check (123456789 bytes)", x2
        mov     w2, #-1
        mov     x6, #0
1:      ldrb    w3, [x5, x6]
        crc32cb w2, w2, w3
        add     x6, x6, #1
        cmp     x6, #9
        b.lo    1b
        mvn     w2, w2
        check   "crc32c check (123456789 bytes)", x2
        // mixed widths: "12345678" as one X, two W, four H
        ldr     x3, [x5]
        mov     w2, #-1
        crc32x  w2, w2, x3
        mvn     w2, w2
        check   "crc32x 12345678", x2
        ldp     w3, w4, [x5]
        mov     w2, #-1
        crc32cw w2, w2, w3
        crc32cw w2, w2, w4
        mvn     w2, w2
        check   "crc32cw x2 12345678", x2
        ldrh    w3, [x5]
        ldrh    w4, [x5, #2]
        mov     w2, #-1
        crc32h  w2, w2, w3
        crc32h  w2, w2, w4
        mvn     w2, w2
        check   "crc32h x2 1234", x2

        ldp     x29, x30, [sp], #16
        ret

        .data
        .balign 8
crc_msg: .ascii "123456789\0\0\0\0\0\0\0"

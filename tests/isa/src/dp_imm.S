// dp_imm: Data-processing (immediate) - Arm ARM C4.1.x / C6 groups:
//   Add/subtract (immediate), Move wide (immediate), PC-rel. addressing,
//   Logical (immediate), Bitfield, Extract.
// Runs at EL1 with the MMU off.  Every check prints the destination register
// (64 bits, so W results show the zeroed upper half); flag-setting and
// non-flag-setting instructions print NZCV too (flags are preset to
// PRESET_NZCV before each instruction, so non-flag-setting forms must show
// it unchanged).
        .include "common.inc"

        .set    PRESET_NZCV, 0xb0000000     // N C V set, Z clear

        .macro  preset
        mov     x9, #PRESET_NZCV
        msr     nzcv, x9
        .endm

// ---- add/sub immediate ------------------------------------------------
        .macro  ai_x op, v, imm, sh
        ldr     x1, =\v
        preset
        \op     x2, x1, #\imm, lsl #\sh
        checkf  "\op x \v #\imm<<\sh", x2
        .endm
        .macro  ai_w op, v, imm, sh
        ldr     w1, =\v
        ldr     x2, =0x5555555555555555
        preset
        \op     w2, w1, #\imm, lsl #\sh
        checkf  "\op w \v #\imm<<\sh", x2
        .endm
        .macro  ai_cmp op, v, imm, sh
        ldr     x1, =\v
        preset
        \op     x1, #\imm, lsl #\sh
        flags   "\op x \v #\imm<<\sh"
        ldr     w1, =(\v) & 0xffffffff
        preset
        \op     w1, #\imm, lsl #\sh
        flags   "\op w \v #\imm<<\sh"
        .endm

// ---- move wide ----------------------------------------------------------
        .macro  mw_x op, imm, hw, base=0x123456789abcdef0
        ldr     x2, =\base
        \op     x2, #\imm, lsl #\hw
        check   "\op x #\imm<<\hw (x=\base)", x2
        .endm
        .macro  mw_w op, imm, hw, base=0x123456789abcdef0
        ldr     x2, =\base
        \op     w2, #\imm, lsl #\hw
        check   "\op w #\imm<<\hw (x=\base)", x2
        .endm

// ---- logical immediate --------------------------------------------------
        .macro  li_x op, v, imm
        ldr     x1, =\v
        preset
        \op     x2, x1, #\imm
        checkf  "\op x \v #\imm", x2
        .endm
        .macro  li_w op, v, imm
        ldr     x1, =\v
        ldr     x2, =0x5555555555555555
        preset
        \op     w2, w1, #\imm
        checkf  "\op w \v #\imm", x2
        .endm

// ---- bitfield -----------------------------------------------------------
        .macro  bf_x op, v, r, s, d=0xa5a5a5a5a5a5a5a5
        ldr     x1, =\v
        ldr     x2, =\d
        \op     x2, x1, #\r, #\s
        check   "\op x \v #\r #\s", x2
        .endm
        .macro  bf_w op, v, r, s, d=0xa5a5a5a5a5a5a5a5
        ldr     x1, =\v
        ldr     x2, =\d
        \op     w2, w1, #\r, #\s
        check   "\op w \v #\r #\s", x2
        .endm
        .macro  sh_x op, v, n
        ldr     x1, =\v
        \op     x2, x1, #\n
        check   "\op x \v #\n", x2
        .endm
        .macro  sh_w op, v, n
        ldr     x1, =\v
        ldr     x2, =0x5555555555555555
        \op     w2, w1, #\n
        check   "\op w \v #\n", x2
        .endm
        .macro  ext_x op, v
        ldr     x1, =\v
        \op     x2, w1
        check   "\op x \v", x2
        .endm
        .macro  ext_w op, v
        ldr     x1, =\v
        ldr     x2, =0x5555555555555555
        \op     w2, w1
        check   "\op w \v", x2
        .endm
        .macro  bfx_x op, v, lsb, w, d=0xa5a5a5a5a5a5a5a5
        ldr     x1, =\v
        ldr     x2, =\d
        \op     x2, x1, #\lsb, #\w
        check   "\op x \v #\lsb #\w", x2
        .endm
        .macro  bfx_w op, v, lsb, w, d=0xa5a5a5a5a5a5a5a5
        ldr     x1, =\v
        ldr     x2, =\d
        \op     w2, w1, #\lsb, #\w
        check   "\op w \v #\lsb #\w", x2
        .endm

// ---- extract ------------------------------------------------------------
        .macro  extr_x a, b, lsb
        ldr     x1, =\a
        ldr     x3, =\b
        extr    x2, x1, x3, #\lsb
        check   "extr x \a \b #\lsb", x2
        .endm
        .macro  extr_w a, b, lsb
        ldr     x1, =\a
        ldr     x3, =\b
        ldr     x2, =0x5555555555555555
        extr    w2, w1, w3, #\lsb
        check   "extr w \a \b #\lsb", x2
        .endm

// raw ADR/ADRP encodings with arbitrary immediates (imm21)
        .macro  adr_raw rd, imm
        .inst   (0 << 31) | (((\imm) & 3) << 29) | (0x10 << 24) | ((((\imm) >> 2) & 0x7ffff) << 5) | \rd
        .endm
        .macro  adrp_raw rd, imm
        .inst   (1 << 31) | (((\imm) & 3) << 29) | (0x10 << 24) | ((((\imm) >> 2) & 0x7ffff) << 5) | \rd
        .endm

        .macro  t_adr imm
.Ladr\@:
        adr_raw 2, \imm
        ldr     x3, =.Ladr\@
        sub     x4, x2, x3
        check   "adr #\imm - pc", x4
        .endm
        .macro  t_adrp imm
.Ladrp\@:
        adrp_raw 2, \imm
        ldr     x3, =.Ladrp\@
        and     x3, x3, #~0xfff
        sub     x4, x2, x3
        check   "adrp #\imm - page(pc)", x4
        check   "adrp #\imm", x2
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!

        println "== add/sub immediate (64-bit)"
        .irp    op, adds, subs
        .irp    v, 0, 1, 0xffffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffff, 0x80000000, 0x7fffffff, 0xfff, 0x123456789abcdef0, 0xfffffffffffff000, 0x8000000000000fff, 0xffffffffff000000
        ai_x    \op, \v, 0, 0
        ai_x    \op, \v, 1, 0
        ai_x    \op, \v, 0xfff, 0
        ai_x    \op, \v, 1, 12
        ai_x    \op, \v, 0xfff, 12
        .endr
        .endr
        .irp    op, add, sub
        .irp    v, 0, 0xffffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000, 0xffffffff, 0x123456789abcdef0
        ai_x    \op, \v, 1, 0
        ai_x    \op, \v, 0xfff, 0
        ai_x    \op, \v, 0xabc, 12
        .endr
        .endr

        println "== add/sub immediate (32-bit)"
        .irp    op, adds, subs
        .irp    v, 0, 1, 0xffffffff, 0x7fffffff, 0x80000000, 0xfff, 0x12345678, 0xfffff000, 0x80000fff, 0xff000000
        ai_w    \op, \v, 0, 0
        ai_w    \op, \v, 1, 0
        ai_w    \op, \v, 0xfff, 0
        ai_w    \op, \v, 1, 12
        ai_w    \op, \v, 0xfff, 12
        .endr
        .endr
        .irp    op, add, sub
        .irp    v, 0, 0xffffffff, 0x7fffffff, 0x80000000, 0x12345678
        ai_w    \op, \v, 1, 0
        ai_w    \op, \v, 0xfff, 0
        ai_w    \op, \v, 0xabc, 12
        .endr
        .endr

        println "== cmp/cmn immediate"
        .irp    op, cmp, cmn
        .irp    v, 0, 1, 0xffffffffffffffff, 0x7fffffffffffffff, 0x8000000000000000, 0x80000000, 0xfff000
        ai_cmp  \op, \v, 0, 0
        ai_cmp  \op, \v, 1, 0
        ai_cmp  \op, \v, 0xfff, 12
        .endr
        .endr

        println "== add/sub immediate with SP"
        mov     x19, sp                 // keep the real sp
        ldr     x1, =0x40001230
        mov     sp, x1                  // add sp, x1, #0
        mov     x2, sp
        check   "mov sp x1 / mov x2 sp", x2
        add     sp, sp, #0x10
        mov     x2, sp
        check   "add sp sp #0x10", x2
        sub     sp, sp, #1, lsl #12
        mov     x2, sp
        check   "sub sp sp #1<<12", x2
        add     x2, sp, #0xfff
        check   "add x2 sp #0xfff", x2
        sub     x2, sp, #0xfff, lsl #12
        check   "sub x2 sp #0xfff<<12", x2
        preset
        adds    x2, sp, #0x10
        checkf  "adds x2 sp #0x10", x2
        preset
        subs    x2, sp, #0x230
        checkf  "subs x2 sp #0x230", x2
        preset
        cmp     sp, #0x230
        flags   "cmp sp #0x230"
        preset
        cmn     sp, #1
        flags   "cmn sp #1"
        ldr     x1, =0xffffffff40001010
        mov     sp, x1
        add     wsp, wsp, #0x20         // 32-bit: result zero-extended into SP
        mov     x2, sp
        check   "add wsp wsp #0x20", x2
        ldr     x1, =0x123456784000fff0
        add     wsp, w1, #0x20
        mov     x2, sp
        check   "add wsp w1 #0x20", x2
        ldr     x1, =0x40001230
        mov     sp, x1
        preset
        adds    w2, wsp, #0xdd0
        checkf  "adds w2 wsp #0xdd0", x2
        mov     w2, wsp
        check   "mov w2 wsp", x2
        sub     wsp, wsp, #0x30
        mov     x2, sp
        check   "sub wsp wsp #0x30", x2
        mov     sp, x19

        println "== movz/movn/movk (64-bit)"
        .irp    hw, 0, 16, 32, 48
        .irp    imm, 0, 1, 0xffff, 0x8000, 0x1234
        mw_x    movz, \imm, \hw
        mw_x    movn, \imm, \hw
        mw_x    movk, \imm, \hw
        mw_x    movk, \imm, \hw, 0
        .endr
        .endr
        println "== movz/movn/movk (32-bit)"
        .irp    hw, 0, 16
        .irp    imm, 0, 1, 0xffff, 0x8000, 0x1234
        mw_w    movz, \imm, \hw
        mw_w    movn, \imm, \hw
        mw_w    movk, \imm, \hw
        mw_w    movk, \imm, \hw, 0xffffffffffffffff
        .endr
        .endr
        // assembler "mov" aliases
        mov     x2, #-1
        check   "mov x -1", x2
        mov     w2, #-1
        check   "mov w -1", x2
        mov     x2, #0xffffffffffff1234
        check   "mov x 0xffffffffffff1234", x2
        mov     w2, #0xffff1234
        check   "mov w 0xffff1234", x2
        mov     x2, #0x12340000
        check   "mov x 0x12340000", x2

        println "== adr/adrp"
adr_base:
        adr     x2, adr_base
        ldr     x3, =adr_base
        sub     x4, x2, x3
        check   "adr label - label", x4
        check   "adr label", x2
        adr     x2, adr_fwd
        ldr     x3, =adr_fwd
        sub     x4, x2, x3
        check   "adr fwd - label", x4
        adrp    x2, adr_fwd
        ldr     x3, =adr_fwd
        and     x3, x3, #~0xfff
        sub     x4, x2, x3
        check   "adrp fwd - page(label)", x4
        check   "adrp fwd", x2
        // raw encodings: result depends only on the PC of the instruction
        .irp    imm, 0, 1, 2, 3, 4, -1, -2, -3, 0xfffff, -0x100000, 0x12345, -0x54321
        t_adr   \imm
        .endr
        .irp    imm, 0, 1, -1, 0xfffff, -0x100000, 0x3ffff, -0x40000, 0x7, -0x40
        t_adrp  \imm
        .endr
        adr_raw 31, 4                   // Rd = 31 is XZR: no effect on sp
        mov     x2, sp
        ldr     x3, =__stack_top
        sub     x2, x3, x2
        check   "adr Rd=31 writes xzr: __stack_top - sp (test_main frame = 0x10)", x2

        println "== logical immediate (64-bit)"
        .irp    imm, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa, 0x3333333333333333, 0x6666666666666666, 0x1111111111111111, 0x8888888888888888, 0x0f0f0f0f0f0f0f0f, 0x8181818181818181, 0x7f7f7f7f7f7f7f7f, 0x00ff00ff00ff00ff, 0x7ffe7ffe7ffe7ffe, 0x8000800080008000, 0x0000ffff0000ffff, 0x8000000180000001, 0xfffffffefffffffe, 0x00000000ffffffff, 0xfffffffffffffffe, 0x7fffffffffffffff, 0x8000000000000000, 0x1, 0xc000000000000003, 0x00000ffffffff000, 0xfffffffff0000001, 0x0ff00ff00ff00ff0, 0xe00000000000001f
        .irp    op, and, orr, eor, ands
        li_x    \op, 0x123456789abcdef0, \imm
        li_x    \op, 0xffffffff00000000, \imm
        .endr
        .endr
        .irp    imm, 0x8000000000000000, 0x1, 0xffffffff00000000, 0x7fffffffffffffff
        .irp    v, 0, 0xffffffffffffffff, 0x8000000000000000
        li_x    ands, \v, \imm
        .endr
        .endr
        .irp    imm, 0x8000000000000000, 0x5555555555555555, 0xffff
        ldr     x1, =0xf0f0f0f0f0f0f0f0
        preset
        tst     x1, #\imm
        flags   "tst x 0xf0f0f0f0f0f0f0f0 #\imm"
        .endr
        println "== logical immediate (32-bit)"
        .irp    imm, 0x55555555, 0xaaaaaaaa, 0x33333333, 0x0f0f0f0f, 0x00ff00ff, 0x0000ffff, 0x7fffffff, 0x80000000, 0x1, 0xfffffffe, 0x80000001, 0xff0000ff, 0x3c3c3c3c, 0xe0e0e0e0, 0x7c007c00, 0x00000ff0
        .irp    op, and, orr, eor, ands
        li_w    \op, 0x123456789abcdef0, \imm
        li_w    \op, 0x00000000ffff0000, \imm
        .endr
        .endr
        .irp    imm, 0x80000000, 0x1, 0x7fffffff
        .irp    v, 0, 0xffffffff, 0x80000000
        li_w    ands, \v, \imm
        .endr
        .endr
        // SP as destination of AND/ORR/EOR (immediate)
        mov     x19, sp
        ldr     x1, =0x400012ff
        and     sp, x1, #0xfffffffffffffff0
        mov     x2, sp
        check   "and sp x1 #~0xf", x2
        ldr     x1, =0x40001000
        orr     sp, x1, #0x300
        mov     x2, sp
        check   "orr sp x1 #0x300", x2
        ldr     x1, =0x400012ff
        eor     sp, x1, #0xff
        mov     x2, sp
        check   "eor sp x1 #0xff", x2
        ldr     x1, =0xffffffff400012ff
        and     wsp, w1, #0xfffffff0
        mov     x2, sp
        check   "and wsp w1 #0xfffffff0", x2
        mov     sp, x19
        mov     x2, #0x5555555555555555         // orr-immediate alias
        check   "mov x 0x5555555555555555", x2
        mov     w2, #0x0f0f0f0f
        check   "mov w 0x0f0f0f0f", x2

        println "== bitfield sbfm/ubfm/bfm (64-bit)"
        .irp    rs, "0,0", "0,63", "63,63", "1,0", "63,0", "32,31", "31,32", "4,7", "60,3", "12,15", "0,31", "32,63", "8,4", "56,7", "1,62", "62,1"
        .irp    op, sbfm, ubfm, bfm
        bf_x    \op, 0x8123456789abcdef, \rs
        bf_x    \op, 0x7edcba9876543210, \rs
        .endr
        .endr
        println "== bitfield sbfm/ubfm/bfm (32-bit)"
        .irp    rs, "0,0", "0,31", "31,31", "1,0", "31,0", "16,15", "15,16", "4,7", "28,3", "8,4", "1,30", "30,1"
        .irp    op, sbfm, ubfm, bfm
        bf_w    \op, 0xfedcba9889abcdef, \rs
        bf_w    \op, 0x0123456776543210, \rs
        .endr
        .endr
        println "== shift aliases (immediate)"
        .irp    n, 0, 1, 4, 31, 32, 33, 62, 63
        .irp    op, lsl, lsr, asr, ror
        sh_x    \op, 0x8123456789abcdef, \n
        .endr
        .endr
        .irp    n, 0, 1, 4, 15, 16, 30, 31
        .irp    op, lsl, lsr, asr, ror
        sh_w    \op, 0xfedcba9889abcdef, \n
        sh_w    \op, 0x0000000076543210, \n
        .endr
        .endr
        println "== extend aliases"
        .irp    v, 0x0, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff, 0x123456789abc8081, 0xfedcba9876547f7f
        ext_x   sxtb, \v
        ext_x   sxth, \v
        ext_x   sxtw, \v
        ext_w   sxtb, \v
        ext_w   sxth, \v
        ext_w   uxtb, \v
        ext_w   uxth, \v
        .endr
        println "== bfi/bfxil/ubfx/sbfx/ubfiz/sbfiz"
        .irp    lw, "0,1", "0,64", "1,63", "63,1", "8,8", "31,2", "32,32", "60,4", "4,60", "17,13"
        .irp    op, bfi, bfxil, ubfx, sbfx, ubfiz, sbfiz
        bfx_x   \op, 0x89abcdef01234567, \lw
        .endr
        .endr
        .irp    lw, "0,1", "0,32", "1,31", "31,1", "8,8", "15,2", "16,16", "28,4", "3,20"
        .irp    op, bfi, bfxil, ubfx, sbfx, ubfiz, sbfiz
        bfx_w   \op, 0xfedcba9889abcdef, \lw
        .endr
        .endr
        ldr     x2, =0xffffffffffffffff
        bfm     x2, xzr, #60, #7        // bfc x2, #4, #8
        check   "bfm x xzr #60 #7 (bfc #4 #8)", x2
        mov     w2, #-1
        bfm     w2, wzr, #16, #3
        check   "bfm w wzr #16 #3 (bfc #16 #4)", x2

        println "== extr/ror"
        .irp    lsb, 0, 1, 8, 31, 32, 33, 63
        extr_x  0x0123456789abcdef, 0xfedcba9876543210, \lsb
        extr_x  0x8000000000000000, 0x0000000000000001, \lsb
        .endr
        .irp    lsb, 0, 1, 8, 16, 31
        extr_w  0xffffffff01234567, 0xffffffff89abcdef, \lsb
        extr_w  0x0000000080000000, 0x0000000000000001, \lsb
        .endr
        ldr     x1, =0x0123456789abcdef
        extr    x2, x1, x1, #12
        check   "extr x same reg #12 (ror)", x2

adr_fwd:
        ldp     x29, x30, [sp], #16
        ret

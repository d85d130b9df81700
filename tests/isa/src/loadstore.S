// loadstore: Loads and stores - Arm ARM groups:
//   Load/store register (unsigned immediate, unscaled immediate,
//   immediate post-indexed, immediate pre-indexed, register offset,
//   unprivileged), Load/store register pair (offset, pre-, post-indexed,
//   no-allocate), Load register (literal), PRFM.
// Runs at EL1 with the MMU off, so every data access is Device-nGnRnE and
// must be aligned (unaligned accesses are tested in loadstore_align with the
// MMU on).  Loads read from `buf`, a 40 KiB area filled at start with
//     buf[i] = (i * 0x9d + (i >> 8) * 0x3b + 0x11) & 0xff
// Loads first set the destination(s) to 0x5555555555555555 so W/B/H loads
// show zero-extension.  Stores go to `scr` (32 bytes, re-filled with 0xaa
// before each store) and print the four doublewords of scr afterwards.
// "wb" lines print (base register after - base register before).
// Store lines are followed by "  scr=<scr[0..7]> <scr[8..15]> ..." (each
// doubleword printed as a little-endian 64-bit value); x1 = scr + 16,
// x2 = 0x0123456789abcdef, x3 = 0xfedcba9876543210 (or the index).
        .include "common.inc"

        .set    FILL, 0x5555555555555555

        .macro  LD base, insn:vararg
        adrl    x1, buf + \base
        ldr     x2, =FILL
        \insn
        check   "\insn", x2
        .endm
        .macro  LDWB base, insn:vararg
        adrl    x1, buf + \base
        ldr     x2, =FILL
        \insn
        check   "\insn", x2
        adrl    x4, buf + \base
        sub     x4, x1, x4
        check   "  wb", x4
        .endm
        .macro  LDR3 idx, insn:vararg
        adrl    x1, buf + 0x1000
        ldr     x3, =\idx
        ldr     x2, =FILL
        \insn
        check   "\insn x3=\idx", x2
        .endm
        .macro  LDP2 base, insn:vararg
        adrl    x1, buf + \base
        ldr     x2, =FILL
        ldr     x3, =FILL
        \insn
        check   "\insn", x2
        check   "  second", x3
        adrl    x4, buf + \base
        sub     x4, x1, x4
        check   "  wb", x4
        .endm
        .macro  ST insn:vararg
        bl      fill_scr
        adrl    x1, scr + 16
        ldr     x2, =0x0123456789abcdef
        ldr     x3, =0xfedcba9876543210
        \insn
        adrl    x4, scr + 16
        sub     x4, x1, x4
        check   "\insn wb", x4
        adrl    x0, scr
        bl      dump_scr
        .endm
        .macro  STR3 idx, insn:vararg
        bl      fill_scr
        adrl    x1, scr + 16
        ldr     x3, =\idx
        ldr     x2, =0x0123456789abcdef
        \insn
        println "\insn x3=\idx"
        adrl    x0, scr
        bl      dump_scr
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        // fill buf
        adrl    x0, buf
        mov     x1, #0
        mov     w6, #0x9d
        mov     w7, #0x3b
1:      lsr     w3, w1, #8
        mul     w3, w3, w7
        madd    w3, w1, w6, w3
        add     w3, w3, #0x11
        strb    w3, [x0, x1]
        add     x1, x1, #1
        cmp     x1, #(40 * 1024)
        b.lo    1b

        println "== load register (unsigned offset)"
        LD      0, ldrb w2, [x1]
        LD      0, ldrb w2, [x1, #1]
        LD      0, ldrb w2, [x1, #0x7f]
        LD      0, ldrb w2, [x1, #4095]
        LD      0, ldrh w2, [x1]
        LD      0, ldrh w2, [x1, #2]
        LD      0, ldrh w2, [x1, #0x3e]
        LD      0, ldrh w2, [x1, #8190]
        LD      0, ldr w2, [x1]
        LD      0, ldr w2, [x1, #4]
        LD      0, ldr w2, [x1, #0x7c]
        LD      0, ldr w2, [x1, #16380]
        LD      0, ldr x2, [x1]
        LD      0, ldr x2, [x1, #8]
        LD      0, ldr x2, [x1, #0x1f8]
        LD      0, ldr x2, [x1, #32760]
        .irp    off, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
        LD      0, ldrsb w2, [x1, #\off]
        LD      0, ldrsb x2, [x1, #\off]
        .endr
        .irp    off, 0, 2, 4, 6, 8, 10, 12, 14, 0x1000, 0x1ffe
        LD      0, ldrsh w2, [x1, #\off]
        LD      0, ldrsh x2, [x1, #\off]
        .endr
        .irp    off, 0, 4, 8, 12, 16, 20, 0x3ffc
        LD      0, ldrsw x2, [x1, #\off]
        .endr
        LD      0, ldr xzr, [x1, #8]
        LD      0, ldr wzr, [x1, #8]

        println "== load register (unscaled offset)"
        .irp    off, -256, -255, -129, -1, 0, 1, 127, 255
        LD      0x1000, ldurb w2, [x1, #\off]
        LD      0x1000, ldursb w2, [x1, #\off]
        LD      0x1000, ldursb x2, [x1, #\off]
        .endr
        .irp    off, -256, -2, 0, 2, 254
        LD      0x1000, ldurh w2, [x1, #\off]
        LD      0x1000, ldursh w2, [x1, #\off]
        LD      0x1000, ldursh x2, [x1, #\off]
        .endr
        .irp    off, -256, -4, 0, 4, 252
        LD      0x1000, ldur w2, [x1, #\off]
        LD      0x1000, ldursw x2, [x1, #\off]
        .endr
        .irp    off, -256, -8, 0, 8, 248
        LD      0x1000, ldur x2, [x1, #\off]
        .endr

        println "== load register (pre/post-index)"
        .irp    off, -256, -3, 0, 1, 255
        LDWB    0x1000, ldrb w2, [x1, #\off]!
        LDWB    0x1000, ldrb w2, [x1], #\off
        LDWB    0x1000, ldrsb x2, [x1, #\off]!
        LDWB    0x1000, ldrsb w2, [x1], #\off
        .endr
        .irp    off, -256, -2, 0, 2, 254
        LDWB    0x1000, ldrh w2, [x1, #\off]!
        LDWB    0x1000, ldrh w2, [x1], #\off
        LDWB    0x1000, ldrsh x2, [x1, #\off]!
        LDWB    0x1000, ldrsh w2, [x1], #\off
        .endr
        .irp    off, -256, -4, 0, 4, 252
        LDWB    0x1000, ldr w2, [x1, #\off]!
        LDWB    0x1000, ldr w2, [x1], #\off
        LDWB    0x1000, ldrsw x2, [x1, #\off]!
        LDWB    0x1000, ldrsw x2, [x1], #\off
        .endr
        .irp    off, -256, -8, 0, 8, 248
        LDWB    0x1000, ldr x2, [x1, #\off]!
        LDWB    0x1000, ldr x2, [x1], #\off
        .endr
        LDWB    0x1000, ldr xzr, [x1, #8]!
        LDWB    0x1000, ldr wzr, [x1], #-8

        println "== load register (register offset)"
        .irp    idx, 0, 1, 0x13, 0xffffffffffffffff, 0xfffffffffffffff0, 0xffffffff00000010, 0x00000000fffffff0
        LDR3    \idx, ldrb w2, [x1, w3, sxtw]
        LDR3    \idx, ldrsb x2, [x1, w3, sxtw #0]
        LDR3    \idx, ldrh w2, [x1, w3, sxtw #1]
        LDR3    \idx, ldrsh w2, [x1, w3, sxtw]
        LDR3    \idx, ldr w2, [x1, w3, sxtw #2]
        LDR3    \idx, ldrsw x2, [x1, w3, sxtw #2]
        LDR3    \idx, ldr x2, [x1, w3, sxtw #3]
        .endr
        .irp    idx, 0, 1, 0x13, 0xffffffffffffffff, 0xfffffffffffffff0, 0x80
        LDR3    \idx, ldrb w2, [x1, x3]
        LDR3    \idx, ldrb w2, [x1, x3, lsl #0]
        LDR3    \idx, ldrsb w2, [x1, x3, sxtx]
        LDR3    \idx, ldrh w2, [x1, x3, lsl #1]
        LDR3    \idx, ldrsh x2, [x1, x3, sxtx #1]
        LDR3    \idx, ldr w2, [x1, x3, lsl #2]
        LDR3    \idx, ldrsw x2, [x1, x3, sxtx #2]
        LDR3    \idx, ldr x2, [x1, x3, lsl #3]
        LDR3    \idx, ldr x2, [x1, x3, sxtx #3]
        .endr
        .irp    idx, 0, 1, 0x13, 0xffffffff00000010, 0x00000000000001f0
        LDR3    \idx, ldrb w2, [x1, w3, uxtw]
        LDR3    \idx, ldrh w2, [x1, w3, uxtw #1]
        LDR3    \idx, ldrsh x2, [x1, w3, uxtw #1]
        LDR3    \idx, ldr w2, [x1, w3, uxtw #2]
        LDR3    \idx, ldr x2, [x1, w3, uxtw #3]
        LDR3    \idx, ldrsw x2, [x1, w3, uxtw]
        .endr
        LDR3    0x20, ldr x2, [x1, xzr]
        LDR3    0x20, ldr x2, [x1, xzr, lsl #3]
        LDR3    0x20, ldrh w2, [x1, x3, lsl #0]

        println "== load pair"
        .irp    off, -512, -8, 0, 8, 504
        LDP2    0x1000, ldp x2, x3, [x1, #\off]
        LDP2    0x1000, ldp x2, x3, [x1, #\off]!
        LDP2    0x1000, ldp x2, x3, [x1], #\off
        LDP2    0x1000, ldnp x2, x3, [x1, #\off]
        .endr
        .irp    off, -256, -4, 0, 4, 252
        LDP2    0x1000, ldp w2, w3, [x1, #\off]
        LDP2    0x1000, ldp w2, w3, [x1, #\off]!
        LDP2    0x1000, ldp w2, w3, [x1], #\off
        LDP2    0x1000, ldnp w2, w3, [x1, #\off]
        LDP2    0x1000, ldpsw x2, x3, [x1, #\off]
        LDP2    0x1000, ldpsw x2, x3, [x1, #\off]!
        LDP2    0x1000, ldpsw x2, x3, [x1], #\off
        .endr
        LDP2    0x1000, ldp xzr, x3, [x1, #16]
        LDP2    0x1000, ldp w2, wzr, [x1, #16]

        println "== load literal"
        ldr     x2, lit_q1
        check   "ldr x literal fwd", x2
        ldr     x2, lit_q0
        check   "ldr x literal back", x2
        ldr     x2, =FILL
        ldr     w2, lit_w1
        check   "ldr w literal", x2
        ldrsw   x2, lit_w1
        check   "ldrsw literal (negative)", x2
        ldrsw   x2, lit_w2
        check   "ldrsw literal (positive)", x2
        ldr     x2, =FILL
        ldr     w2, lit_w2
        check   "ldr w literal 2", x2
        ldr     xzr, lit_q1
        prfm    pldl1keep, lit_q1
        println "prfm literal ok"

        println "== prfm (no effect, never faults)"
        adrl    x1, buf
        mov     x3, #64
        prfm    pldl1keep, [x1]
        prfm    pldl2strm, [x1, #64]
        prfm    pldl3keep, [x1, #32760]
        prfm    pstl1keep, [x1, x3]
        prfm    pstl2strm, [x1, x3, lsl #3]
        prfm    plil1keep, [x1, w3, uxtw]
        prfm    plil3strm, [x1, w3, sxtw #3]
        prfum   pldl1strm, [x1, #-1]
        prfum   pstl3keep, [x1, #255]
        ldr     x1, =0x50000000                 // unassigned
        prfm    pldl1keep, [x1]
        prfm    pstl1strm, [x1, #8]
        ldr     x1, =0x0000100000000000         // beyond the PA size
        prfm    pldl1keep, [x1]
        ldr     x1, =0xffff000000000000         // not translated at all
        prfm    pldl1keep, [x1]
        prfum   plil1keep, [x1, #3]
        check_exc "exceptions taken by prfm"

        println "== store register (unsigned offset / unscaled)"
        ST      strb w2, [x1]
        ST      strb w2, [x1, #1]
        ST      strb w2, [x1, #15]
        ST      strh w2, [x1]
        ST      strh w2, [x1, #6]
        ST      str w2, [x1]
        ST      str w2, [x1, #12]
        ST      str x2, [x1]
        ST      str x2, [x1, #8]
        ST      sturb w3, [x1, #-16]
        ST      sturb w3, [x1, #-1]
        ST      sturh w3, [x1, #-14]
        ST      sturh w3, [x1, #14]
        ST      stur w3, [x1, #-4]
        ST      stur w3, [x1, #4]
        ST      stur x3, [x1, #-16]
        ST      stur x3, [x1, #-8]
        ST      str xzr, [x1]
        ST      strh wzr, [x1, #-2]
        ST      strb wzr, [x1, #3]
        println "== store register (pre/post-index)"
        ST      strb w2, [x1, #-1]!
        ST      strb w2, [x1], #15
        ST      strh w2, [x1, #-16]!
        ST      strh w2, [x1], #-2
        ST      str w2, [x1, #4]!
        ST      str w2, [x1], #-256
        ST      str x2, [x1, #-8]!
        ST      str x2, [x1], #255
        ST      str xzr, [x1, #8]!
        ST      strb wzr, [x1], #1
        println "== store register (register offset)"
        .irp    idx, 0, 1, 0xffffffffffffffff, 0xfffffffffffffffe
        STR3    \idx, strb w2, [x1, x3]
        STR3    \idx, strh w2, [x1, x3, lsl #1]
        STR3    \idx, str w2, [x1, x3, lsl #2]
        STR3    \idx, str x2, [x1, x3, lsl #3]
        STR3    \idx, str x2, [x1, x3, sxtx #3]
        .endr
        .irp    idx, 0, 1, 0xffffffffffffffff, 0x00000000fffffffe, 0x1234567800000001
        STR3    \idx, strb w2, [x1, w3, sxtw]
        STR3    \idx, strh w2, [x1, w3, sxtw #1]
        STR3    \idx, str w2, [x1, w3, sxtw #2]
        STR3    \idx, str x2, [x1, w3, sxtw #3]
        .endr
        .irp    idx, 0, 1, 0xffffffff00000001
        STR3    \idx, strb w2, [x1, w3, uxtw]
        STR3    \idx, strh w2, [x1, w3, uxtw #1]
        STR3    \idx, str w2, [x1, w3, uxtw #2]
        STR3    \idx, str x2, [x1, w3, uxtw #3]
        .endr
        println "== store pair"
        ST      stp x2, x3, [x1]
        ST      stp x2, x3, [x1, #-16]
        ST      stp x2, x3, [x1, #-16]!
        ST      stp x2, x3, [x1], #-512
        ST      stp x2, x3, [x1, #-8]!
        ST      stp x2, x3, [x1], #504
        ST      stp w2, w3, [x1]
        ST      stp w2, w3, [x1, #-12]
        ST      stp w2, w3, [x1, #8]!
        ST      stp w2, w3, [x1], #-256
        ST      stp w2, w3, [x1, #-4]!
        ST      stp w2, w3, [x1], #252
        ST      stnp x2, x3, [x1, #-8]
        ST      stnp w2, w3, [x1, #4]
        ST      stp xzr, x3, [x1, #-16]
        ST      stp w2, wzr, [x1, #-8]

        println "== unprivileged forms at EL1 (MMU off: like normal accesses)"
        LD      0x1000, ldtrb w2, [x1, #-1]
        LD      0x1000, ldtrsb w2, [x1, #-1]
        LD      0x1000, ldtrsb x2, [x1, #255]
        LD      0x1000, ldtrh w2, [x1, #-256]
        LD      0x1000, ldtrsh w2, [x1, #2]
        LD      0x1000, ldtrsh x2, [x1, #-2]
        LD      0x1000, ldtr w2, [x1, #4]
        LD      0x1000, ldtrsw x2, [x1, #-4]
        LD      0x1000, ldtr x2, [x1, #248]
        LD      0x1000, ldtr x2, [x1]
        ST      sttrb w2, [x1, #-3]
        ST      sttrh w2, [x1, #2]
        ST      sttr w2, [x1, #-12]
        ST      sttr x3, [x1, #8]

        println "== SP as base register"
        mov     x19, sp
        ldr     x2, =0x1111111111111111
        ldr     x3, =0x2222222222222222
        stp     x2, x3, [sp, #-32]!
        mov     x4, sp
        sub     x4, x19, x4
        check   "stp [sp #-32]! sp delta", x4
        str     x3, [sp, #16]
        ldr     x5, [sp, #8]
        check   "ldr [sp #8]", x5
        mov     x6, #2
        ldr     x5, [sp, x6, lsl #3]
        check   "ldr [sp x6 lsl #3]", x5
        ldur    w5, [sp, #4]
        check   "ldur w [sp #4]", x5
        ldrb    w5, [sp], #1        // sp becomes misaligned: not used as a base until realigned
        mov     x4, sp
        add     sp, sp, #31
        sub     x4, x19, x4
        check   "ldrb [sp] #1 sp delta", x4
        mov     x4, sp
        sub     x4, x19, x4
        check   "sp restored delta", x4

        println "== size/lane checks"
        adrl    x1, scr
        ldr     x2, =0x8877665544332211
        str     x2, [x1]
        .irp    off, 0, 1, 2, 3, 4, 5, 6, 7
        ldrb    w3, [x1, #\off]
        check   "byte \off of stored x", x3
        .endr
        .irp    off, 0, 2, 4, 6
        ldrsh   x3, [x1, #\off]
        check   "ldrsh halfword \off of stored x", x3
        .endr
        ldrsw   x3, [x1, #4]
        check   "ldrsw word 1 of stored x", x3
        ldp     w3, w4, [x1]
        check   "ldp w: first", x3
        check   "ldp w: second", x4

        ldp     x29, x30, [sp], #16
        ret

// scr[0..31] = 0xaa
fill_scr:
        adrl    x0, scr
        ldr     x5, =0xaaaaaaaaaaaaaaaa
        stp     x5, x5, [x0]
        stp     x5, x5, [x0, #16]
        ret

// print the four doublewords at x0: "  scr=q0 q1 q2 q3"
dump_scr:
        stp     x0, x1, [sp, #-32]!
        stp     x2, x30, [sp, #16]
        mov     x2, x0
        print   "  scr="
        ldr     x0, [x2]
        mov     x1, #16
        bl      _puthex
        bl      _putsp
        ldr     x0, [x2, #8]
        bl      _puthex
        bl      _putsp
        ldr     x0, [x2, #16]
        bl      _puthex
        bl      _putsp
        ldr     x0, [x2, #24]
        bl      _puthex
        bl      _newline
        ldp     x2, x30, [sp, #16]
        ldp     x0, x1, [sp], #32
        ret

        .balign 8
lit_q0: .quad   0xfedcba9876543210
        .ltorg
        .balign 8
lit_q1: .quad   0x0f1e2d3c4b5a6978
lit_w1: .word   0x89abcdef
lit_w2: .word   0x76543210

        .bss
        .balign 4096
buf:    .skip   40 * 1024
        .balign 64
scr:    .skip   64

// fp_ldst: SIMD&FP register loads and stores (MMU off, aligned unless noted): LDR/STR B, H,
// S, D, Q with unsigned offsets (incl. the largest), LDUR/STUR, pre/post-index writeback,
// register offsets (LSL/UXTW/SXTW/SXTX, scaled or not), LDR (literal) S/D/Q, LDP/STP/
// LDNP/STNP S/D/Q in every mode, SP as the base, zeroing of the rest of the register by
// loads; data aborts in the second half of a Q access or the second register of a pair
// (base not written back); with the MMU on: unaligned accesses with SCTLR_EL1.A = 0,
// and Alignment faults with A = 1.  Finally UNDEFINED encodings in the scalar FP space
// (before the CPACR_EL1.FPEN trap) and the trap taking priority over a data abort.
        .include "common.inc"

        // print V[n] (both halves)
        .macro  showv name, n
        fmov    x9, d\n
        check   "\name lo", x9
        fmov    x9, v\n\().d[1]
        check   "\name hi", x9
        .endm
        // fill V[n] with ones
        .macro  dirty n
        fmov    d\n, x12
        fmov    v\n\().d[1], x12
        .endm
        // print the 64 bytes of dst_buf as 8 words and clear them
        .macro  showbuf name
        adrl    x9, dst_buf
        .irp    i, 0, 1, 2, 3, 4, 5, 6, 7
        ldr     x10, [x9, #\i * 8]
        check   "\name [\i]", x10
        str     xzr, [x9, #\i * 8]
        .endr
        .endm

test_main:
        mov     x0, #(3 << 20)
        msr     cpacr_el1, x0
        isb
        mov     x12, #-1
        adrl    x1, src_buf

        println "== LDR (immediate, unsigned offset)"
        dirty   0
        ldr     b0, [x1, #3]
        showv   "ldr b0,[x1,#3]", 0
        dirty   0
        ldr     h0, [x1, #6]
        showv   "ldr h0,[x1,#6]", 0
        dirty   0
        ldr     s0, [x1, #12]
        showv   "ldr s0,[x1,#12]", 0
        dirty   0
        ldr     d0, [x1, #24]
        showv   "ldr d0,[x1,#24]", 0
        dirty   0
        ldr     q0, [x1, #32]
        showv   "ldr q0,[x1,#32]", 0
        mov     x9, #65520
        sub     x2, x1, x9
        dirty   1
        ldr     q1, [x2, #65520]
        showv   "ldr q1,[x1-65520,#65520]", 1
        mov     x9, #32760
        sub     x2, x1, x9
        dirty   1
        ldr     d1, [x2, #32760]
        showv   "ldr d1,[x1-32760,#32760]", 1
        sub     x2, x1, #4095
        dirty   1
        ldr     b1, [x2, #4095]
        showv   "ldr b1,[x1-4095,#4095]", 1

        println "== LDUR, pre/post-index"
        add     x2, x1, #64
        dirty   2
        ldur    q2, [x2, #-16]
        showv   "ldur q2,[x1+64,#-16]", 2
        add     x3, x1, #0x300
        dirty   2
        ldur    h2, [x3, #-256]
        showv   "ldur h2,[x1+0x300,#-256]", 2
        dirty   2
        ldur    s2, [x2, #-4]
        showv   "ldur s2,[x1+64,#-4]", 2
        mov     x3, x1
        dirty   3
        ldr     q3, [x3, #16]!
        showv   "ldr q3,[x3,#16]!", 3
        sub     x9, x3, x1
        check   "  x3-x1", x9
        dirty   3
        ldr     s3, [x3], #-4
        showv   "ldr s3,[x3],#-4", 3
        sub     x9, x3, x1
        check   "  x3-x1", x9
        dirty   3
        ldr     b3, [x3, #255]!
        showv   "ldr b3,[x3,#255]!", 3
        sub     x9, x3, x1
        check   "  x3-x1", x9
        add     x3, x1, #48
        dirty   3
        ldr     d3, [x3], #-256
        showv   "ldr d3,[x3],#-256", 3
        sub     x9, x1, x3
        check   "  x1-x3", x9

        println "== LDR (register)"
        mov     x4, #5
        dirty   4
        ldr     d4, [x1, x4, lsl #3]
        showv   "ldr d4,[x1,x4(5),lsl #3]", 4
        add     x2, x1, #64
        mov     w5, #-2
        dirty   4
        ldr     q4, [x2, w5, sxtw #4]
        showv   "ldr q4,[x1+64,w5(-2),sxtw #4]", 4
        dirty   4
        ldr     b4, [x2, w5, sxtw]
        showv   "ldr b4,[x1+64,w5(-2),sxtw]", 4
        mov     x6, #-3
        dirty   4
        ldr     h4, [x2, x6, sxtx #1]
        showv   "ldr h4,[x1+64,x6(-3),sxtx #1]", 4
        mov     w6, #7
        dirty   4
        ldr     s4, [x1, w6, uxtw #2]
        showv   "ldr s4,[x1,w6(7),uxtw #2]", 4
        dirty   4
        ldr     b4, [x1, x4, lsl #0]
        showv   "ldr b4,[x1,x4(5),lsl #0]", 4
        mov     x9, #48
        dirty   4
        ldr     q4, [x1, x9]
        showv   "ldr q4,[x1,x9(48)]", 4
        movz    x7, #0xffff, lsl #48
        orr     x7, x7, #16
        dirty   4
        ldr     d4, [x1, w7, uxtw]
        showv   "ldr d4,[x1,w7(uxtw drops top),uxtw]", 4

        println "== LDR (literal)"
        dirty   5
        ldr     s5, lit_s
        showv   "ldr s5,lit", 5
        dirty   5
        ldr     d5, lit_d
        showv   "ldr d5,lit", 5
        dirty   5
        ldr     q5, lit_q
        showv   "ldr q5,lit", 5

        println "== STR"
        adrl    x2, dst_buf
        ldr     x10, =0x0123456789abcdef
        ldr     x11, =0xfedcba9876543210
        fmov    d6, x10
        fmov    v6.d[1], x11
        str     b6, [x2, #1]
        str     h6, [x2, #4]
        str     s6, [x2, #12]
        str     d6, [x2, #16]
        str     q6, [x2, #32]
        showbuf "str b/h/s/d/q"
        add     x3, x2, #64
        stur    q6, [x3, #-16]
        stur    s6, [x3, #-36]
        str     h6, [x3, #-64]!
        sub     x9, x3, x2
        check   "  x3-dst", x9
        str     d6, [x3], #24
        sub     x9, x3, x2
        check   "  x3-dst", x9
        str     q6, [x3, #8]!
        sub     x9, x3, x2
        check   "  x3-dst", x9
        showbuf "stur/str pre/post"
        mov     x4, #3
        str     d6, [x2, x4, lsl #3]
        mov     w5, #-1
        add     x3, x2, #64
        str     q6, [x3, w5, sxtw #4]
        str     b6, [x2, w4, uxtw]
        str     h6, [x2, x4, lsl #1]
        showbuf "str (register)"

        println "== pairs"
        dirty   0
        dirty   1
        ldp     s0, s1, [x1, #8]
        showv   "ldp s0", 0
        showv   "ldp s1", 1
        mov     x3, x1
        dirty   2
        dirty   3
        ldp     d2, d3, [x3, #16]!
        showv   "ldp d2,d3,[x3,#16]! d2", 2
        showv   "d3", 3
        sub     x9, x3, x1
        check   "  x3-x1", x9
        dirty   4
        dirty   5
        ldp     q4, q5, [x3], #-16
        showv   "ldp q4,q5,[x3],#-16 q4", 4
        showv   "q5", 5
        sub     x9, x3, x1
        check   "  x3-x1", x9
        add     x3, x1, #64
        dirty   6
        dirty   7
        ldnp    q6, q7, [x3, #-64]
        showv   "ldnp q6", 6
        showv   "q7", 7
        add     x3, x1, #0x300
        dirty   6
        dirty   7
        ldnp    d6, d7, [x3, #-512]
        showv   "ldnp d6,d7,[x1+0x300,#-512] d6", 6
        showv   "d7", 7
        dirty   6
        dirty   7
        ldp     s6, s7, [x3, #-256]
        showv   "ldp s6,s7,[x1+0x300,#-256] s6", 6
        showv   "s7", 7
        add     x3, x1, #0x400
        dirty   6
        dirty   7
        ldp     q6, q7, [x3, #-1024]
        showv   "ldp q6,q7,[x1+1024,#-1024] q6", 6
        showv   "q7", 7
        fmov    d8, x11
        fmov    v8.d[1], x10
        stp     s6, s8, [x2, #4]
        stp     d6, d8, [x2, #16]
        add     x3, x2, #64
        stp     q8, q6, [x3, #-32]!
        sub     x9, x3, x2
        check   "  x3-dst", x9
        showbuf "stp s/d/q"
        stnp    q6, q8, [x2]
        mov     x3, x2
        stp     d8, d6, [x3], #48
        sub     x9, x3, x2
        check   "  x3-dst", x9
        stnp    s8, s6, [x3, #4]
        showbuf "stnp/stp post"

        println "== SP base"
        mov     x13, sp
        stp     q6, q8, [sp, #-32]!
        str     d8, [sp, #8]
        dirty   0
        dirty   1
        ldp     q0, q1, [sp], #32
        showv   "ldp q0,q1,[sp],#32 q0", 0
        showv   "q1", 1
        mov     x9, sp
        sub     x9, x13, x9
        check   "  sp distance", x9
        mov     sp, x13

        println "== data aborts (base not written back)"
        set_handler 0x200, _h_report_skip
        // (the destination registers of a faulting load are UNKNOWN: not printed)
        ldr     x7, =0x4ffffff8
        ldr     q0, [x7]
        ldr     d0, [x7, #8]!
        check   "ldr d0,[0x4ffffff8,#8]! x7", x7
        ldr     x7, =0x4fffffe0
        ldp     q0, q1, [x7, #16]!
        check   "ldp q0,q1,[0x4fffffe0,#16]! x7", x7
        ldr     x7, =0x4ffffff8
        ldp     s0, s1, [x7, #4]
        ldp     d0, d1, [x7], #16
        check   "ldp d0,d1,[0x4ffffff8],#16 x7", x7
        stp     d0, d1, [x7], #16
        check   "stp d0,d1,[0x4ffffff8],#16 x7", x7
        ldr     x7, =0x4ffffff0
        str     q0, [x7, #8]!
        check   "str q0,[0x4ffffff0,#8]! x7", x7
        str     q0, [x7, #16]!
        check   "str q0,[0x4ffffff0,#16]! x7", x7
        check_exc "data aborts"

        println "== MMU on: unaligned accesses, SCTLR_EL1.A = 0 then 1"
        mmu_identity_on
        add     x2, x1, #1
        dirty   0
        ldr     q0, [x2]
        showv   "ldr q0,[x1+1]", 0
        dirty   0
        ldur    d0, [x2, #2]
        showv   "ldur d0,[x1+3]", 0
        dirty   0
        dirty   1
        ldp     s0, s1, [x2, #4]
        showv   "ldp s0,s1,[x1+5] s0", 0
        showv   "s1", 1
        adrl    x3, dst_buf
        add     x3, x3, #3
        str     q8, [x3]
        stp     s8, s6, [x3, #20]
        ldr     q9, [x3]
        showv   "str q8,[dst+3] read back", 9
        mrs     x9, sctlr_el1
        orr     x9, x9, #2
        msr     sctlr_el1, x9
        isb
        add     x2, x1, #8
        ldr     q0, [x2]
        ldr     d0, [x1, #4]
        ldr     s0, [x1, #2]
        ldur    h0, [x1, #1]
        dirty   0
        ldur    b0, [x1, #1]
        showv   "A=1 ldur b0,[x1+1]", 0
        dirty   0
        dirty   1
        ldp     s0, s1, [x1, #4]
        showv   "A=1 ldp s0,s1,[x1+4] s0", 0
        add     x2, x1, #4
        ldp     d0, d1, [x2]
        mov     x3, x1
        str     q0, [x3, #4]!
        sub     x9, x3, x1
        check   "A=1 str q0,[x3,#4]! x3-x1", x9
        mrs     x9, sctlr_el1
        bic     x9, x9, #2
        msr     sctlr_el1, x9
        isb
        mmu_off
        check_exc "alignment"

        println "== UNDEFINED encodings (FPEN=11), then FPEN=00"
        set_handler 0x200, _h_report_skip
        .inst   0x1ea02820              // fadd, type 10
        .inst   0x1ee02820              // fadd h0, h1, h0 (FEAT_FP16)
        .inst   0x1e224020              // fcvt s0, s1 (same precision)
        .inst   0x1e26c020              // frint, op 101
        .inst   0x1e222021              // fcmp, opcode2<0> set
        .inst   0x1e2e1020              // fmov s0, #imm with imm5 != 0
        .inst   0x9e260020              // fmov x0, s1
        .inst   0x1e187c20              // fcvtzs w0, s1, scale 31
        .inst   0x7dc00020              // ldr with size 01, opc 11
        .inst   0xdc000000              // ldr (literal), opc 11
        .inst   0xed400000              // ldp, opc 11
        .inst   0x3c600820              // ldr b0, [x1, x0, option 000]
        .inst   0x3ca0b820              // ldr (register) option 101
        .inst   0x3c400820              // ldtr form (idx 10) with V = 1
        msr     cpacr_el1, xzr
        isb
        .inst   0x1ea02820
        .inst   0x9e260020
        .inst   0x3c600820
        ldr     x7, =0x50000000
        ldr     q0, [x7]
        fadd    s0, s1, s2
        check_exc "undefined and traps"
        exit

        .data
        .balign 16
src_buf:
        .set    i, 0
        .rept   1024
        .byte   (i * 7 + 0x35) & 0xff
        .set    i, i + 1
        .endr
        .balign 16
dst_buf:
        .skip   64
        .text
        .balign 16
lit_q:  .quad   0x1122334455667788, 0x99aabbccddeeff00
lit_d:  .quad   0x0f1e2d3c4b5a6978
lit_s:  .word   0x87654321
        .balign 4

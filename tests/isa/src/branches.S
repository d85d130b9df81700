// branches: Branches, exception generating and system instructions -
// the branch groups: Unconditional branch (immediate), Unconditional branch
// (register), Compare and branch, Test and branch, Conditional branch.
// Runs at EL1, MMU off.  Taken/not-taken results are collected as bit masks
// (bit i set = branch i taken) so one line covers many branches.
        .include "common.inc"

// mask |= 1 << bit if the branch instruction (which targets 1f) is taken
        .macro  taken bit, insn:vararg
        \insn
        b       2f
1:      orr     x22, x22, #(1 << (\bit))
2:
        .endm

        .macro  cbz_all v
        ldr     x1, =\v
        mov     x22, #0
        taken   0, cbz x1, 1f
        taken   1, cbnz x1, 1f
        taken   2, cbz w1, 1f
        taken   3, cbnz w1, 1f
        check   "cbz/cbnz x cbz/cbnz w taken mask \v", x22
        .endm

        .macro  tb_all v
        ldr     x1, =\v
        mov     x22, #0
        .set    bit, 0
        .rept   64
        taken   bit, tbnz x1, #bit, 1f
        .set    bit, bit + 1
        .endr
        check   "tbnz x taken mask \v", x22
        mov     x22, #0
        .set    bit, 0
        .rept   64
        taken   bit, tbz x1, #bit, 1f
        .set    bit, bit + 1
        .endr
        check   "tbz x taken mask \v", x22
        mov     x22, #0
        .set    bit, 0
        .rept   32
        taken   bit, tbnz w1, #bit, 1f
        .set    bit, bit + 1
        .endr
        check   "tbnz w taken mask \v", x22
        mov     x22, #0
        .set    bit, 0
        .rept   32
        taken   bit, tbz w1, #bit, 1f
        .set    bit, bit + 1
        .endr
        check   "tbz w taken mask \v", x22
        .endm

        .macro  bcond_row nzcv
        mov     x9, #(\nzcv << 28)
        msr     nzcv, x9
        mov     x22, #0
        .set    c, 0
        .irp    cc, eq, ne, cs, cc, mi, pl, vs, vc, hi, ls, ge, lt, gt, le, al, nv
        taken   c, b.\cc 1f
        .set    c, c + 1
        .endr
        checkf  "b.cond taken mask (bit=cond eq..nv) for nzcv=\nzcv", x22
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!

        println "== unconditional branch (immediate)"
        mov     x5, #0
        b       b1
b3:     add     x5, x5, #3
        lsl     x5, x5, #4
        b       b4
b2:     add     x5, x5, #2
        lsl     x5, x5, #4
        b       b3
b1:     add     x5, x5, #1
        lsl     x5, x5, #4
        b       b2
b4:     add     x5, x5, #4
        check   "b path (1,2,3,4)", x5

        mov     x30, #0
        bl      leaf_ret_x30
ret_here1:
        adrl    x1, ret_here1
        sub     x2, x0, x1
        check   "bl: x30 - return label", x2
        sub     x2, x30, x1
        check   "bl: x30 after ret - return label", x2
        // far branch into the .el0.text section (~1.5 MiB away) and back
        bl      far_func
ret_here2:
        adrl    x1, ret_here2
        sub     x2, x0, x1
        check   "bl far: x30 - return label", x2
        check   "bl far: x0 from callee", x3
        // nested calls with stack
        mov     x0, #5
        bl      fact
        check   "fact(5) via recursive bl", x0
        mov     x0, #20
        bl      fact
        check   "fact(20) via recursive bl", x0

        println "== unconditional branch (register)"
        adrl    x16, br_target
        mov     x5, #0
        br      x16
        mov     x5, #0xbad
br_target:
        add     x5, x5, #1
        check   "br x16 (skips one insn)", x5
        adrl    x17, leaf_ret_x30
        blr     x17
ret_here3:
        adrl    x1, ret_here3
        sub     x2, x0, x1
        check   "blr x17: x30 - return label", x2
        // blr x30: branch to the OLD x30, then x30 = return address
        adrl    x30, leaf_ret_x30
        blr     x30
ret_here4:
        adrl    x1, ret_here4
        sub     x2, x0, x1
        check   "blr x30: target old x30, x30 - return label", x2
        // ret xN
        adrl    x7, ret_target
        mov     x30, #0
        mov     x5, #0
        ret     x7
        mov     x5, #0xbad
ret_target:
        add     x5, x5, #1
        check   "ret x7 (x30=0)", x5
        // jump table through br
        mov     x5, #0
        mov     x6, #0
1:      adrl    x16, jtab
        ldr     x16, [x16, x6, lsl #3]
        br      x16
jt0:    add     x5, x5, #1
        b       jt_next
jt1:    add     x5, x5, #0x10
        b       jt_next
jt2:    add     x5, x5, #0x100
        b       jt_next
jt_next:
        add     x6, x6, #1
        cmp     x6, #6
        b.lo    1b
        check   "jump table (0,1,2,2,1,0)", x5
        // branches do not touch flags
        mov     x9, #0xa0000000
        msr     nzcv, x9
        bl      leaf_ret_x30
        adrl    x16, 1f
        br      x16
1:      flags   "flags after bl/ret/br"

        // every register as BR/BLR/RET target register (x22 counts visits)
        mov     x22, #0
        .irp    r, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29
        adrl    x\r, inc22
        blr     x\r
        adrl    x\r, 1f
        br      x\r
        b       .Lbad_branch
1:      add     x22, x22, #0x100
        adrl    x\r, 1f
        ret     x\r
        b       .Lbad_branch
1:      add     x22, x22, #0x10000
        .endr
        check   "br/blr/ret via x0..x29 (counts per kind)", x22
        // cbz/tbz on every register
        mov     x22, #0
        .irp    r, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30
        mov     x\r, #0
        cbz     x\r, 1f
        b       .Lbad_branch
1:      mov     w\r, #4
        cbnz    w\r, 1f
        b       .Lbad_branch
1:      tbnz    w\r, #2, 1f
        b       .Lbad_branch
1:      tbz     x\r, #1, 1f
        b       .Lbad_branch
1:      add     x22, x22, #1
        .endr
        check   "cbz/cbnz/tbz/tbnz on x0..x30 (count)", x22

        println "== compare and branch"
        .irp    v, 0, 1, 0xffffffffffffffff, 0x100000000, 0x8000000000000000, 0x80000000, 0xffffffff00000000, 0x00000000ffffffff
        cbz_all \v
        .endr
        // backward cbnz loop
        mov     x1, #10
        mov     x5, #0
1:      add     x5, x5, x1
        sub     x1, x1, #1
        cbnz    x1, 1b
        check   "cbnz loop sum 10..1", x5

        println "== test and branch"
        .irp    v, 0, 0xffffffffffffffff, 0x8000000000000001, 0x123456789abcdef0, 0xa5a50f0f12348001
        tb_all  \v
        .endr
        // backward tbz loop: count shifts until bit 0 set
        mov     x1, #0x100
        mov     x5, #0
1:      lsr     x1, x1, #1
        add     x5, x5, #1
        tbz     x1, #0, 1b
        check   "tbz loop count", x5

        println "== conditional branch: all 16 conds x 16 nzcv"
        .irp    nz, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
        bcond_row \nz
        .endr
        // assembler spellings
        mov     x9, #0x60000000         // Z C
        msr     nzcv, x9
        mov     x22, #0
        taken   0, b.eq 1f
        taken   1, b.hs 1f
        taken   2, b.lo 1f
        taken   3, b.hi 1f
        taken   4, b.ls 1f
        taken   5, b.ge 1f
        taken   6, b.gt 1f
        taken   7, b.le 1f
        check   "b.eq/hs/lo/hi/ls/ge/gt/le mask with Z C", x22
        // backward conditional branch
        mov     x1, #0
1:      add     x1, x1, #3
        cmp     x1, #100
        b.lt    1b
        check   "b.lt loop", x1

        ldp     x29, x30, [sp], #16
        ret

.Lbad_branch:
        println "BAD BRANCH"
        exit

inc22:  add     x22, x22, #1
        ret

// returns x0 = x30 (its return address)
leaf_ret_x30:
        mov     x0, x30
        ret

fact:   // x0 = n! (recursive)
        cmp     x0, #1
        b.hi    1f
        mov     x0, #1
        ret
1:      stp     x19, x30, [sp, #-16]!
        mov     x19, x0
        sub     x0, x0, #1
        bl      fact
        mul     x0, x0, x19
        ldp     x19, x30, [sp], #16
        ret

        .data
        .balign 8
jtab:   .quad   jt0, jt1, jt2, jt2, jt1, jt0

        el0_code
far_func:
        mov     x0, x30
        ldr     x3, =0xfa12fa12fa12fa12
        ret
        .ltorg
        el0_code_end

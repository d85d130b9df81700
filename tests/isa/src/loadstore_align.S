// loadstore_align: unaligned data accesses and alignment checking.
// The MMU is turned on with the common identity map (RAM = Normal
// Write-Back memory) because with the MMU off every data access is Device
// memory, where unaligned accesses must fault.
//  part 1: SCTLR_EL1.A = 0 - unaligned loads/stores of every size and form
//          (plain, sign-extending, pairs, register offset, writeback),
//          including an access that crosses a 2 MiB block boundary;
//  part 2: SCTLR_EL1.A = 1 - the same accesses take Alignment faults
//          (ESR_EL1 DFSC 0x21, FAR = the unaligned address), byte accesses
//          and aligned accesses still work, a faulting writeback access
//          leaves its base register unchanged; EL0 accesses fault too
//          (lower-EL vector 0x400).
// buf and scr live in the EL0 region (AP: EL0+EL1 RW) so that LDTR/STTR at
// EL1 are permitted.  buf[i] = (i * 0x3d + 0x5a) & 0xff; store tests print the 4 doublewords of
// `scr` (re-filled with 0xaa) as little-endian values.
        .include "common.inc"

        .set    FILL, 0x5555555555555555
        .set    XBLK, 0x403ffff0            // 16 bytes below a 2 MiB block boundary

        .macro  LD off, insn:vararg
        adrl    x1, buf + \off
        ldr     x2, =FILL
        ldr     x3, =FILL
        \insn
        check   "\insn @\off", x2
        .endm
        .macro  LD2 off, insn:vararg
        adrl    x1, buf + \off
        ldr     x2, =FILL
        ldr     x3, =FILL
        \insn
        check   "\insn @\off", x2
        check   "  second", x3
        .endm
        .macro  ST off, insn:vararg
        bl      fill_scr
        adrl    x1, scr + \off
        ldr     x2, =0x0123456789abcdef
        ldr     x3, =0xfedcba9876543210
        \insn
        println "\insn @scr+\off"
        adrl    x0, scr
        bl      dump_scr
        .endm
        // expect a fault (A=1): prints the exc line, then the base delta
        .macro  FLT off, insn:vararg
        adrl    x1, buf + \off
        mov     x5, x1
        print   "\insn @\off: "
        \insn
        sub     x5, x1, x5
        check   "  base delta", x5
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        adrl    x0, buf
        mov     x1, #0
1:      mov     w3, #0x3d
        mul     w3, w1, w3
        add     w3, w3, #0x5a
        strb    w3, [x0, x1]
        add     x1, x1, #1
        cmp     x1, #256
        b.lo    1b
        mmu_identity_on
        mrs     x0, sctlr_el1
        check   "sctlr_el1 (M C I set A clear)", x0

        println "== part 1: A=0 unaligned accesses"
        .irp    off, 1, 2, 3, 4, 5, 6, 7
        LD      \off, ldrh w2, [x1]
        LD      \off, ldrsh x2, [x1]
        LD      \off, ldr w2, [x1]
        LD      \off, ldrsw x2, [x1]
        LD      \off, ldr x2, [x1]
        LD2     \off, ldp x2, x3, [x1]
        LD2     \off, ldp w2, w3, [x1]
        LD2     \off, ldpsw x2, x3, [x1, #8]
        .endr
        .irp    off, 0x11, 0x3f, 0x7d
        LD      \off, ldur x2, [x1, #-3]
        LD      \off, ldursh w2, [x1, #5]
        LD      \off, ldr x2, [x1, #9]!
        LD      \off, ldr w2, [x1], #1
        LD      \off, ldtr x2, [x1, #1]
        LD      \off, ldtrsw x2, [x1, #-1]
        LD2     \off, ldnp x2, x3, [x1]
        .endr
        mov     x3, #7
        adrl    x1, buf + 0x20
        ldr     x2, [x1, x3]
        check   "ldr x2 [buf+0x20 x3=7]", x2
        ldr     x2, [x1, w3, sxtw #3]
        check   "ldr x2 [buf+0x20 w3=7 sxtw #3]", x2
        ldrh    w2, [x1, x3, lsl #1]
        check   "ldrh w2 [buf+0x20 x3=7 lsl #1]", x2
        .irp    off, 1, 3, 5, 7, 9, 13, 15
        ST      \off, strh w2, [x1]
        ST      \off, str w2, [x1]
        ST      \off, str x2, [x1]
        .endr
        .irp    off, 1, 4, 6
        ST      \off, stp x2, x3, [x1]
        ST      \off, stp w2, w3, [x1, #4]
        ST      \off, stur x3, [x1, #3]
        ST      \off, sttr w3, [x1, #-1]
        .endr
        // across a 2 MiB block boundary (both blocks Normal, EL1 RW)
        ldr     x1, =XBLK
        ldr     x2, =0x1716151413121110
        ldr     x3, =0x1f1e1d1c1b1a1918
        stp     x2, x3, [x1]
        ldr     x2, =0x2726252423222120
        str     x2, [x1, #16]
        .irp    off, 9, 11, 13, 15
        ldr     x2, [x1, #\off]
        check   "ldr x across 2MiB boundary @-\off", x2
        .endr
        add     x4, x1, #12
        ldp     x2, x3, [x4]
        check   "ldp x across 2MiB boundary", x2
        check   "  second", x3
        ldr     x2, =0x8899aabbccddeeff
        str     x2, [x1, #13]
        ldp     x2, x3, [x1, #8]
        check   "after str x @+13: [+8]", x2
        check   "  [+16]", x3

        println "== part 2: A=1 alignment faults"
        set_handler 0x200, _h_report_skip
        mrs     x0, sctlr_el1
        orr     x0, x0, #(1 << 1)
        msr     sctlr_el1, x0
        isb
        // still fine: bytes, aligned accesses, prefetches
        LD      1, ldrb w2, [x1]
        LD      3, ldrsb x2, [x1, #4]
        LD      2, ldrh w2, [x1]
        LD      4, ldr w2, [x1]
        LD      8, ldr x2, [x1]
        LD2     8, ldp x2, x3, [x1]
        LD2     4, ldp w2, w3, [x1]
        adrl    x1, buf + 1
        prfm    pldl1keep, [x1]
        check_exc "exceptions so far"
        .irp    off, 1, 2, 3, 4, 5, 6, 7
        FLT     \off, ldr x2, [x1]
        .endr
        .irp    off, 1, 2, 3
        FLT     \off, ldr w2, [x1]
        FLT     \off, ldrsw x2, [x1]
        FLT     \off, str w2, [x1]
        .endr
        FLT     1, ldrh w2, [x1]
        FLT     1, ldrsh w2, [x1]
        FLT     3, strh w2, [x1]
        FLT     4, ldp x2, x3, [x1]
        FLT     2, ldp w2, w3, [x1]
        FLT     2, ldpsw x2, x3, [x1]
        FLT     12, stp x2, x3, [x1]
        FLT     6, stnp w2, w3, [x1]
        FLT     0, ldur x2, [x1, #-1]
        FLT     0, stur w2, [x1, #2]
        FLT     0, ldr x2, [x1, #1]!
        FLT     1, ldr x2, [x1], #7
        FLT     0, ldrh w2, [x1, #-3]!
        FLT     3, str x2, [x1], #8
        FLT     4, ldp x2, x3, [x1, #-8]!
        FLT     4, stp x2, x3, [x1], #-16
        FLT     5, ldtr w2, [x1]
        FLT     6, sttr x2, [x1]
        FLT     1, ldtrh w2, [x1]
        check_exc "exceptions taken"
        // EL0 with A=1 (lower-EL vector)
        set_handler 0x400, _h_report_skip
        adrl    x1, el0buf + 3
        run_el0 el0_unaligned
        check   "el0 ldrb ok", x2
        check_exc "el0 exceptions"
        mrs     x0, sctlr_el1
        bic     x0, x0, #(1 << 1)
        msr     sctlr_el1, x0
        isb
        adrl    x1, el0buf + 3
        run_el0 el0_unaligned
        check   "el0 A=0: ldr x", x3
        check_exc "el0 A=0 exceptions"
        clear_handler 0x200
        clear_handler 0x400
        mmu_off
        ldp     x29, x30, [sp], #16
        ret

fill_scr:
        adrl    x0, scr
        ldr     x5, =0xaaaaaaaaaaaaaaaa
        stp     x5, x5, [x0]
        stp     x5, x5, [x0, #16]
        ret

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

        el0_code
el0_unaligned:
        ldrb    w2, [x1]
        ldr     x3, [x1]
        el0_return
        el0_code_end

        .pushsection .el0.data, "aw"
        .balign 16
el0buf: .quad   0x0706050403020100, 0x0f0e0d0c0b0a0908
        .popsection

        // in the EL0-accessible region so LDTR/STTR at EL1 are permitted
        .section .el0.bss, "aw", %nobits
        .balign 4096
buf:    .skip   256
        .balign 64
scr:    .skip   64

// ldst_qemu_choices: how QEMU 7.2 resolves the CONSTRAINED UNPREDICTABLE
// load/store cases and its model of the exclusive monitor.
// NOTE: like sysregs_impdef, these results are NOT fixed by the architecture
// (other outcomes, even UNDEFINED, are permitted); the transcript records
// QEMU's choices, which the emulator reproduces.  Keep it separate from the
// architectural tests.
//   * writeback with Rn == Rt: a load writes Rt, then the base (the address
//     wins); a store stores the base value from before the writeback.
//   * LDP with Rt == Rt2 keeps the first element; LDP writeback with Rn == Rt
//     or Rn == Rt2: the address wins.  LDXP with Rt == Rt2 keeps the second.
//   * exclusive monitor: LDXR records the address and the value read; STXR
//     fails without any access unless the address matches (sizes are not
//     compared); otherwise it reads memory at its own size, stores Rt if that
//     value equals the recorded one truncated to the size (else writes the
//     value read back), and reports status 0 only if the value read equals
//     the whole recorded value.  Ordinary stores do not clear the monitor
//     (only the value matters), ERET clears it.
// MMU on (identity map, RAM Normal write-back) for the exclusive part.
        .include "common.inc"

        .set    FILL, 0x5555555555555555

        // imm9 forms: size opc imm9 idx(1 post, 3 pre) Rn Rt
        .macro  IMM9 size, opc, imm9, idx, rn, rt
        .inst   ((\size) << 30) | (0x38 << 24) | ((\opc) << 22) | (((\imm9) & 0x1ff) << 12) | ((\idx) << 10) | ((\rn) << 5) | (\rt)
        .endm
        // pairs: opc idx(1 post, 2 offset, 3 pre) L imm7 Rt2 Rn Rt
        .macro  PAIR opc, idx, l, imm7, rt2, rn, rt
        .inst   ((\opc) << 30) | (0x28 << 24) | ((\idx) << 23) | ((\l) << 22) | (((\imm7) & 0x7f) << 15) | ((\rt2) << 10) | ((\rn) << 5) | (\rt)
        .endm

        // load with Rn == Rt == x1: print x1 - buf
        .macro  LDWB name, size, opc, imm9, idx
        adrl    x1, buf + 64
        IMM9    \size, \opc, \imm9, \idx, 1, 1
        adrl    x4, buf
        sub     x4, x1, x4
        check   "\name: x1-buf", x4
        .endm
        // store with Rn == Rt == x1: print x1 - buf and the doubleword stored at
        // the access address minus buf (for the low bytes stored)
        .macro  STWB name, size, imm9, idx, at
        bl      fill_scr
        adrl    x1, scr + 64
        IMM9    \size, 0, \imm9, \idx, 1, 1
        adrl    x4, scr
        sub     x5, x1, x4
        check   "\name: x1-scr", x5
        ldr     x5, [x4, #64 + (\at)]
        check   "  stored doubleword", x5
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

        println "== load with writeback, Rn == Rt"
        LDWB    "ldr x1, [x1, #8]!", 3, 1, 8, 3
        LDWB    "ldr x1, [x1], #-8", 3, 1, -8, 1
        LDWB    "ldr w1, [x1, #-4]!", 2, 1, -4, 3
        LDWB    "ldr w1, [x1], #4", 2, 1, 4, 1
        LDWB    "ldrh w1, [x1, #2]!", 1, 1, 2, 3
        LDWB    "ldrb w1, [x1], #1", 0, 1, 1, 1
        LDWB    "ldrsb x1, [x1, #-1]!", 0, 2, -1, 3
        LDWB    "ldrsb w1, [x1], #3", 0, 3, 3, 1
        LDWB    "ldrsh x1, [x1], #-2", 1, 2, -2, 1
        LDWB    "ldrsh w1, [x1, #6]!", 1, 3, 6, 3
        LDWB    "ldrsw x1, [x1, #12]!", 2, 2, 12, 3
        LDWB    "ldrsw x1, [x1], #-12", 2, 2, -12, 1

        println "== store with writeback, Rn == Rt"
        STWB    "str x1, [x1, #8]!", 3, 8, 3, 8
        STWB    "str x1, [x1], #-8", 3, -8, 1, 0
        STWB    "str w1, [x1, #-16]!", 2, -16, 3, -16
        STWB    "strh w1, [x1], #16", 1, 16, 1, 0
        STWB    "strb w1, [x1, #1]!", 0, 1, 3, 1

        println "== load pair overlaps"
        adrl    x1, buf + 64
        PAIR    2, 2, 1, 1, 2, 1, 2             // ldp x2, x2, [x1, #8]
        check   "ldp x2, x2, [x1, #8]", x2
        PAIR    0, 2, 1, 1, 2, 1, 2             // ldp w2, w2, [x1, #4]
        check   "ldp w2, w2, [x1, #4]", x2
        PAIR    1, 2, 1, 1, 2, 1, 2             // ldpsw x2, x2, [x1, #4]
        check   "ldpsw x2, x2, [x1, #4]", x2
        PAIR    2, 0, 1, 2, 2, 1, 2             // ldnp x2, x2, [x1, #16]
        check   "ldnp x2, x2, [x1, #16]", x2
        PAIR    2, 3, 1, 2, 3, 1, 1             // ldp x1, x3, [x1, #16]!
        adrl    x4, buf
        sub     x4, x1, x4
        check   "ldp x1, x3, [x1, #16]!: x1-buf", x4
        check   "  x3", x3
        adrl    x1, buf + 64
        PAIR    2, 1, 1, -2, 1, 1, 3            // ldp x3, x1, [x1], #-16
        adrl    x4, buf
        sub     x4, x1, x4
        check   "ldp x3, x1, [x1], #-16: x1-buf", x4
        check   "  x3", x3
        adrl    x1, buf + 64
        PAIR    0, 3, 1, -1, 1, 1, 1            // ldp w1, w1, [x1, #-4]!
        adrl    x4, buf
        sub     x4, x1, x4
        check   "ldp w1, w1, [x1, #-4]!: x1-buf", x4
        adrl    x1, buf + 64
        PAIR    1, 1, 1, 3, 1, 1, 2             // ldpsw x2, x1, [x1], #12
        adrl    x4, buf
        sub     x4, x1, x4
        check   "ldpsw x2, x1, [x1], #12: x1-buf", x4
        check   "  x2", x2

        println "== store pair overlaps"
        bl      fill_scr
        adrl    x1, scr + 64
        ldr     x3, =0x1111111111111111
        PAIR    2, 3, 0, 2, 3, 1, 1             // stp x1, x3, [x1, #16]!
        adrl    x4, scr
        sub     x5, x1, x4
        check   "stp x1, x3, [x1, #16]!: x1-scr", x5
        ldp     x5, x6, [x4, #80]
        sub     x5, x5, x4
        check   "  first stored - scr", x5
        check   "  second stored", x6
        bl      fill_scr
        adrl    x1, scr + 64
        PAIR    0, 1, 0, -2, 1, 1, 3            // stp w3, w1, [x1], #-8
        adrl    x4, scr
        sub     x5, x1, x4
        check   "stp w3, w1, [x1], #-8: x1-scr", x5
        ldr     x5, [x4, #64]
        check   "  stored doubleword", x5

        mmu_identity_on
        set_handler 0x200, _h_report_skip
        set_handler 0x000, _h_report
        clrex
        println "== exclusive monitor: value compare, sizes not compared"
        bl      reset_mem
        ldxr    x2, [x1]
        mov     w3, #0x42
        mov     w4, #7
        stxrb   w4, w3, [x1]
        check   "ldxr x / stxrb: status", x4
        bl      show_mem
        bl      reset_mem
        ldxrb   w2, [x1]
        ldr     x3, =0x1234
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "ldxrb / stxr x (upper bytes set): status", x4
        bl      show_mem
        bl      reset_mem
        mov     x5, #0xff
        str     x5, [x1]
        ldxrb   w2, [x1]
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "ldxrb / stxr x (upper bytes zero): status", x4
        bl      show_mem
        bl      reset_mem
        ldxr    w2, [x1]
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "ldxr w / stxr x: status", x4
        bl      show_mem
        bl      reset_mem
        ldxp    w2, w5, [x1]
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "ldxp w / stxr x: status", x4
        bl      show_mem
        bl      reset_mem
        ldxp    x2, x5, [x1]
        clrex
        ldxr    x2, [x1]
        ldr     x6, =0x9999
        mov     w4, #7
        stxp    w4, x3, x6, [x1]
        check   "ldxp x, clrex, ldxr x / stxp x: status", x4
        bl      show_mem

        println "== exclusive monitor: addresses"
        bl      reset_mem
        ldxr    x2, [x1]
        add     x7, x1, #8
        mov     w4, #7
        stxr    w4, x3, [x7]
        check   "stxr to another address: status", x4
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "  then stxr to the ldxr address: status", x4
        bl      show_mem
        add     x7, x1, #1
        mov     w4, #7
        stxr    w4, x3, [x7]
        check   "misaligned stxr, monitor clear: status", x4
        add     x7, x1, #3
        ldxrb   w2, [x7]
        mov     w4, #7
        print   "ldxrb @3 / stxrh @3: "
        stxrh   w4, w3, [x7]
        check   "  status register", x4
        mov     w4, #7
        stxrb   w4, w3, [x7]
        check   "  stxrb @3 after the fault's eret: status", x4

        println "== exclusive monitor: ordinary stores"
        bl      reset_mem
        ldxr    x2, [x1]
        str     x2, [x1]
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "same value stored between: status", x4
        bl      reset_mem
        ldxr    x2, [x1]
        str     x3, [x1]
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "other value stored between: status", x4
        bl      reset_mem
        ldxr    x2, [x1]
        str     x3, [x1]
        str     x2, [x1]
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "value changed and restored: status", x4
        bl      show_mem
        bl      reset_mem
        ldxr    x2, [x1]
        svc     #0
        mov     w4, #7
        stxr    w4, x3, [x1]
        check   "svc and eret between: status", x4

        println "== exclusive register overlaps"
        bl      reset_mem
        .inst   0xc87f0822                      // ldxp x2, x2, [x1]
        check   "ldxp x2, x2", x2
        .inst   0x887f0822                      // ldxp w2, w2, [x1]
        check   "ldxp w2, w2", x2
        ldr     x3, =0xabcdef
        ldxr    x2, [x1]
        .inst   0xc8037c23                      // stxr w3, x3, [x1]
        check   "stxr w3, x3, [x1]: x3", x3
        bl      show_mem
        bl      reset_mem
        mov     x7, x1
        ldr     x3, =0x123456
        ldxr    x2, [x7]
        .inst   0xc8077ce3                      // stxr w7, x3, [x7]
        check   "stxr w7, x3, [x7]: x7", x7
        bl      show_mem
        bl      reset_mem
        ldr     x5, =0x0102030405060708
        ldxp    x2, x3, [x1]
        .inst   0xc8251425                      // stxp w5, x5, x5, [x1]
        check   "stxp w5, x5, x5, [x1]: x5", x5
        bl      show_mem

        clear_handler 0x000
        clear_handler 0x200
        mmu_off
        ldp     x29, x30, [sp], #16
        ret

// x1 = mem, filled with two known doublewords
reset_mem:
        adrl    x1, mem
        ldr     x5, =0x8899aabbccddeeff
        ldr     x6, =0x0011223344556677
        stp     x5, x6, [x1]
        ret
show_mem:
        str     x30, [sp, #-16]!
        ldp     x5, x6, [x1]
        check   "  mem[0]", x5
        check   "  mem[8]", x6
        ldr     x30, [sp], #16
        ret

fill_scr:
        adrl    x0, scr
        ldr     x5, =0xaaaaaaaaaaaaaaaa
        mov     x6, #0
1:      str     x5, [x0, x6]
        add     x6, x6, #8
        cmp     x6, #128
        b.lo    1b
        ret

        .bss
        .balign 4096
buf:    .skip   256
scr:    .skip   128
        .balign 64
mem:    .skip   64

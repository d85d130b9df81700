// simdfp_decode: which encodings of the Advanced SIMD floating-point and crypto classes
// exist on cortex-a57. Every combination of the fields that select the operation (Q, U,
// size/a/sz, opcode, immh:immb, L/M/H, o2, ...) in each class's FP/crypto opcode range is
// executed (registers v0-v2; register fields fixed), once with FP/SIMD enabled and once with
// CPACR_EL1.FPEN = 00, printing one character per word, 64 per line:
//     .  executed          U  UNDEFINED (EC 0x00)          T  SIMD&FP trap (EC 0x07)
// An unallocated encoding is UNDEFINED even when FPEN traps (it is not a SIMD&FP instruction).
        .include "common.inc"

        // execute \base with every combination of the listed bits set or clear
        .macro  enum base:req, bit, rest:vararg
        .ifb    \bit
        .inst   \base
        bl      _probe_report
        .else
        enum    \base, \rest
        enum    (\base) | (1 << \bit), \rest
        .endif
        .endm

        .set    RN1, 1 << 5
        .set    RN1_RM2, (1 << 5) | (2 << 16)

test_main:
        stp     x29, x30, [sp, #-16]!
        set_handler 0x200, _h_probe
        println "== FP/SIMD enabled"
        mov     x0, #(3 << 20)
        msr     cpacr_el1, x0
        isb
        bl      probe_all
        println "== CPACR_EL1.FPEN = 00"
        msr     cpacr_el1, xzr
        isb
        bl      probe_all
        ldp     x29, x30, [sp], #16
        ret

probe_all:
        stp     x29, x30, [sp, #-16]!
        adrl    x0, _probe_column
        str     xzr, [x0]
        // three same (FP): opcodes 11xxx, vector and scalar
        enum    0x0e20c400 | RN1_RM2, 30, 29, 23, 22, 13, 12, 11
        enum    0x5e20c400 | RN1_RM2, 29, 23, 22, 13, 12, 11
        // two-register misc (FP): opcodes 011xx, 1011x, 11xxx, vector and scalar
        enum    0x0e20c800 | RN1, 30, 29, 23, 22, 13, 12
        enum    0x0e216800 | RN1, 30, 29, 23, 22, 12
        enum    0x0e218800 | RN1, 30, 29, 23, 22, 14, 13, 12
        enum    0x5e20c800 | RN1, 29, 23, 22, 13, 12
        enum    0x5e216800 | RN1, 29, 23, 22, 12
        enum    0x5e218800 | RN1, 29, 23, 22, 14, 13, 12
        // scalar pairwise (every opcode but ADDP's 11011 with U = 0), across lanes 011xx
        enum    0x7e300800 | RN1, 23, 22, 16, 15, 14, 13, 12
        enum    0x5e300800 | RN1, 23, 22, 15, 14, 13, 12
        enum    0x5e318800 | RN1, 23, 22, 13
        enum    0x5e31e800 | RN1, 23, 22, 12
        enum    0x5e31a800 | RN1, 23, 22
        enum    0x0e30c800 | RN1, 30, 29, 23, 22, 13, 12
        // fixed-point conversions (shift by immediate opcodes 11100, 11111), immh != 0000
        // for the vector forms (immh = 0000 is modified immediate)
        .irp    opcode, 0xe000, 0xf800
        enum    0x0f080400 | \opcode | RN1, 30, 29, 22, 21, 20, 18, 17, 16
        enum    0x0f100400 | \opcode | RN1, 30, 29, 22, 21, 18, 17, 16
        enum    0x0f200400 | \opcode | RN1, 30, 29, 22, 18, 17, 16
        enum    0x0f400400 | \opcode | RN1, 30, 29, 18, 17, 16
        enum    0x5f000400 | \opcode | RN1, 29, 22, 21, 20, 19, 18, 17, 16
        .endr
        // modified immediate cmode 1111: Q, op, o2 and some immediate bits
        enum    0x0f00f400, 30, 29, 11, 18, 16, 9, 5
        // (scalar) x indexed element: opcodes 0001, 0101, 1001, and 0011/0111 with U = 1
        .irp    opcode, 0x1000, 0x5000, 0x9000
        enum    0x0f000000 | \opcode | RN1_RM2, 30, 29, 23, 22, 21, 20, 11
        enum    0x5f000000 | \opcode | RN1_RM2, 29, 23, 22, 21, 20, 11
        .endr
        .irp    opcode, 0x3000, 0x7000
        enum    0x2f000000 | \opcode | RN1_RM2, 30, 23, 22, 21, 20, 11
        enum    0x7f000000 | \opcode | RN1_RM2, 23, 22, 21, 20, 11
        .endr
        // half-precision classes: three same (FP16), two-register misc (FP16)
        enum    0x0e400400 | RN1_RM2, 30, 29, 23, 13, 12, 11
        enum    0x5e400400 | RN1_RM2, 29, 23, 13, 12, 11
        enum    0x0e780800 | RN1, 30, 29, 23, 16, 15, 14, 13, 12
        enum    0x5e780800 | RN1, 29, 23, 16, 15, 14, 13, 12
        // cryptographic AES, three-register SHA, two-register SHA; PMULL .1q
        enum    0x4e280800 | RN1, 23, 22, 16, 15, 14, 13, 12
        enum    0x5e000000 | RN1_RM2, 23, 22, 14, 13, 12
        enum    0x5e280800 | RN1, 23, 22, 16, 15, 14, 13, 12
        enum    0x0ee0e000 | RN1_RM2, 30
        adrl    x0, _probe_column
        ldr     x0, [x0]
        cbz     x0, 1f
        bl      _newline
1:      ldp     x29, x30, [sp], #16
        ret

// after each probed word: print its character, a newline after every 64
_probe_report:
        stp     x0, x30, [sp, #-32]!
        stp     x1, x2, [sp, #16]
        adrl    x2, _probe_ec
        ldr     x1, [x2]
        str     xzr, [x2]
        mov     w0, #'.'
        cbz     x1, 2f
        mov     w0, #'U'
        cmp     x1, #1
        b.eq    2f
        mov     w0, #'T'
        cmp     x1, #(0x07 + 1)
        b.eq    2f
        mov     w0, #'?'
2:      bl      _putc
        adrl    x2, _probe_column
        ldr     x1, [x2]
        add     x1, x1, #1
        cmp     x1, #64
        b.ne    3f
        bl      _newline
        mov     x1, #0
3:      str     x1, [x2]
        ldp     x1, x2, [sp, #16]
        ldp     x0, x30, [sp], #32
        ret

// synchronous exception: remember EC + 1, skip the instruction
_h_probe:
        mrs     x0, esr_el1
        lsr     x0, x0, #26
        add     x0, x0, #1
        adrl    x2, _probe_ec
        str     x0, [x2]
        ldr     x0, [x1, #FRAME_ELR]
        add     x0, x0, #4
        str     x0, [x1, #FRAME_ELR]
        ret

        .bss
        .balign 8
_probe_ec:      .skip 8
_probe_column:  .skip 8

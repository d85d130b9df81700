// simdfp_unallocated: unallocated encodings inside the Advanced SIMD floating-point and
// crypto classes on cortex-a57 (Armv8.0 + crypto): the reserved .1d arrangement, reserved
// opcodes and field values, and later-extension encodings (FEAT_FP16, FEAT_FHM, FEAT_FCMA).
// Each must be UNDEFINED (EC 0x00, ELR = the instruction). Then with CPACR_EL1.FPEN = 00 the
// implemented instructions trap with EC 0x07, while unallocated encodings stay UNDEFINED.
// v9/v10 hold markers: a wrongly executed instruction writing them shows at the end.
        .include "common.inc"
        .arch_extension crypto

        .macro  unalloc word:req, text:req
        println "\text"
        .inst   \word
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        set_handler 0x200, _h_report_skip
        mov     x0, #(3 << 20)
        msr     cpacr_el1, x0
        isb
        ldr     x0, =0x1111111111111111
        fmov    d9, x0
        fmov    v9.d[1], x0
        fmov    d10, x0
        fmov    v10.d[1], x0

        println "== three same (FP)"
        unalloc 0x0e6ad529, "FADD (vector) .1d (sz=1, Q=0)"
        unalloc 0x2e6afd29, "FDIV (vector) .1d"
        unalloc 0x0eaadd29, "three same FP U=0 a=1 opcode 11011"
        unalloc 0x0eaae529, "three same FP U=0 a=1 opcode 11100"
        unalloc 0x2eaadd29, "three same FP U=1 a=1 opcode 11011"
        unalloc 0x2eaaff29, "three same FP U=1 a=1 opcode 11111"
        unalloc 0x0e2aed29, "FMLAL (FEAT_FHM)"
        unalloc 0x2e2acd29, "FMLAL2 (FEAT_FHM)"
        unalloc 0x0e4a1529, "FADD .4h (FEAT_FP16)"
        unalloc 0x5eaadd29, "scalar three same FP U=0 a=1 opcode 11011"
        unalloc 0x7e2ad529, "scalar three same FP U=1 a=0 opcode 11010"
        unalloc 0x5e4a1d29, "FMULX h (FEAT_FP16)"
        println "== two-register misc (FP)"
        unalloc 0x2ea18929, "FRINT U:o1:o2 = 101"
        unalloc 0x0ee1d929, "FRECPE .1d"
        unalloc 0x0e61f929, "FABS .1d"
        unalloc 0x4ee1c929, "URECPE sz=1"
        unalloc 0x6ee1c929, "URSQRTE sz=1"
        unalloc 0x2e216929, "FCVTXN sz=0"
        unalloc 0x7e216929, "FCVTXN (scalar) sz=0"
        unalloc 0x2ea0e929, "FCMLT (zero) U=1"
        unalloc 0x0e21e929, "FRINT32Z (FEAT_FRINTTS)"
        unalloc 0x0ef9d929, "FRECPE .4h (FEAT_FP16)"
        unalloc 0x5ea1f929 | (1 << 29), "FRECPX U=1"
        unalloc 0x5e21f929, "scalar FRECPX a=0"
        unalloc 0x7ea1e929, "scalar FCMLT (zero) U=1"
        println "== pairwise and across lanes (FP)"
        unalloc 0x7eb0d929, "FADDP (scalar) a=1"
        unalloc 0x5e30d929, "FADDP h (FEAT_FP16)"
        unalloc 0x7e30e929, "scalar pairwise U=1 opcode 01110"
        unalloc 0x5e30c929, "FMAXNMP h (FEAT_FP16)"
        unalloc 0x2e30f929, "FMAXV .2s"
        unalloc 0x6e70f929, "FMAXV .2d"
        unalloc 0x4e30f929, "FMAXV .8h (FEAT_FP16)"
        unalloc 0x6e30d929, "across lanes opcode 01101"
        println "== shift by immediate and modified immediate (FP)"
        unalloc 0x4f09fd29, "FCVTZS (vector, fixed-point) immh=0001"
        unalloc 0x4f11fd29, "FCVTZS (vector, fixed-point) .8h (FEAT_FP16)"
        unalloc 0x0f41fd29, "FCVTZS (vector, fixed-point) .1d"
        unalloc 0x2f41e529, "UCVTF (vector, fixed-point) .1d"
        unalloc 0x5f01fd29, "FCVTZS (scalar, fixed-point) immh=0000"
        unalloc 0x7f07e529, "UCVTF (scalar, fixed-point) immh=0000"
        unalloc 0x5f11e529, "SCVTF (scalar, fixed-point) h (FEAT_FP16)"
        unalloc 0x2f00f529, "FMOV (vector, immediate) .1d (op=1, Q=0)"
        unalloc 0x4f00fd29, "FMOV (vector, immediate) .8h (FEAT_FP16)"
        println "== x indexed element (FP)"
        unalloc 0x4fea1929, "FMLA (by element) .2d with L=1"
        unalloc 0x0fca1929, "FMLA (by element) .1d"
        unalloc 0x4f4a9929, "FMUL (by element) size=01"
        unalloc 0x4f0a1129, "FMLA (by element) .8h (FEAT_FP16)"
        unalloc 0x5fea9929, "FMUL (by element, scalar) d with L=1"
        unalloc 0x7f4a9129, "FMULX (by element, scalar) size=01"
        unalloc 0x6f8a1129, "FCMLA (by element, FEAT_FCMA)"
        unalloc 0x2f8a5129, "FMLS (by element) U=1"
        println "== crypto"
        unalloc 0x4e684929, "AESE size=01"
        unalloc 0x4ea85929, "AESD size=10"
        unalloc 0x4e288929, "AES opcode 01000"
        unalloc 0x4e280929, "AES opcode 00000"
        unalloc 0x5e0a7129, "three-register SHA opcode 111"
        unalloc 0x5e4a0129, "SHA1C size=01"
        unalloc 0x5e283929, "two-register SHA opcode 00011"
        unalloc 0x5ee80929, "SHA1H size=11"

        println "== CPACR_EL1.FPEN = 00"
        msr     cpacr_el1, xzr
        isb
        println "FADD (vector) .4s"
        fadd    v9.4s, v9.4s, v10.4s
        println "FMLA (by element) .2d"
        fmla    v9.2d, v9.2d, v10.d[1]
        println "FCVTZS (vector, fixed-point)"
        fcvtzs  v9.4s, v10.4s, #3
        println "FMOV (vector, immediate)"
        fmov    v9.2d, #1.0
        println "FRECPE (scalar)"
        frecpe  d9, d10
        println "AESE"
        aese    v9.16b, v10.16b
        println "SHA256H"
        sha256h q9, q10, v10.4s
        println "PMULL2 .1q"
        pmull2  v9.1q, v10.2d, v10.2d
        unalloc 0x0e6ad529, "FADD (vector) .1d"
        unalloc 0x2e30f929, "FMAXV .2s"
        unalloc 0x4e684929, "AESE size=01"
        unalloc 0x5f01fd29, "FCVTZS (scalar, fixed-point) immh=0000"
        mov     x0, #(3 << 20)
        msr     cpacr_el1, x0
        isb
        fmov    x0, d9
        check   "v9 low", x0
        fmov    x0, v9.d[1]
        check   "v9 high", x0
        ldp     x29, x30, [sp], #16
        ret

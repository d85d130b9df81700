// ldst_unallocated: unallocated encodings in the ARMv8.0 load/store space
// (C4.1.89) must be UNDEFINED (EC 0, vector 0x200 from EL1h): reserved
// register-offset options, PRFM with writeback or unprivileged, loads with
// size 1x and opc 11, LDPSW without allocation hint, STGP, pairs with opc 11,
// and encodings that later architecture versions allocate (LDLAR/STLLR from
// LOR, CAS/CASP and the atomic memory operations from LSE) which cortex-a57
// does not implement.  Also checks that the (1) fields the Arm ARM marks
// "should be one" in LDXR/LDAR/STLR (Rs, Rt2) are ignored rather than
// UNDEFINED, and a few allocated neighbours still execute.
        .include "common.inc"

        // emit an encoding, report whether it trapped
        .macro  U name, enc
        adrl    x1, mem
        mov     x3, #8
        print   "\name: "
        .inst   \enc
        println "executed"
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        set_handler 0x200, _h_report_skip
        println "== register offset, option x0x"
        U       "ldr x2, [x1, w3, option 000]", 0xf8630822
        U       "ldr x2, [x1, w3, option 001]", 0xf8632822
        U       "ldr x2, [x1, w3, option 100]", 0xf8638822
        U       "ldr x2, [x1, w3, option 101]", 0xf863a822
        U       "strb w2, [x1, w3, option 000]", 0x38230822
        U       "ldrsh w2, [x1, w3, option 001 S]", 0x78e33822
        U       "ldrsw x2, [x1, w3, option 100]", 0xb8a38822
        U       "prfm pldl1keep, [x1, w3, option 000]", 0xf8a30820
        U       "prfm pldl1keep, [x1, w3, option 101 S]", 0xf8a3b820
        println "== PRFM with writeback or unprivileged"
        U       "prfm post-index", 0xf8800420
        U       "prfm pre-index", 0xf8800c20
        U       "prfm unprivileged", 0xf8800820
        println "== size 1x, opc 11"
        U       "size 10 opc 11 unsigned offset", 0xb9c00022
        U       "size 11 opc 11 unsigned offset", 0xf9c00022
        U       "size 10 opc 11 unscaled", 0xb8c00022
        U       "size 11 opc 11 post-index", 0xf8c00422
        U       "size 10 opc 11 pre-index", 0xb8c00c22
        U       "size 11 opc 11 unprivileged", 0xf8c00822
        U       "size 10 opc 11 register", 0xb8e36822
        U       "size 11 opc 11 register", 0xf8e36822
        println "== pairs"
        U       "ldpsw no-allocate", 0x68400c22
        U       "stgp (opc 01 store, offset)", 0x69000c22
        U       "stgp (opc 01 store, post-index)", 0x68800c22
        U       "stnp opc 01", 0x68000c22
        U       "ldp opc 11", 0xe9400c22
        U       "stp opc 11 pre-index", 0xe9800c22
        U       "ldnp opc 11", 0xe8400c22
        println "== literal"
        U       "ldr literal opc 11 with V=1", 0xdc000002
        println "== exclusive / ordered space"
        U       "ldlar x2, [x1]", 0xc8df7c22
        U       "stllr x2, [x1]", 0xc89f7c22
        U       "ldlarb w2, [x1]", 0x08df7c22
        U       "cas x4, x2, [x1]", 0xc8a47c22
        U       "casal w4, w2, [x1]", 0x88e4fc22
        U       "casp x4, x5, x2, x3, [x1]", 0x48247c22
        U       "caspa w4, w5, w2, w3, [x1]", 0x08647c22
        U       "ldxp size 01", 0x487f0c22
        U       "stxp size 00", 0x08247c22
        println "== atomic memory operations (bit 21 = 1, bits 11:10 = 00)"
        U       "ldadd x3, x2, [x1]", 0xf8230022
        U       "swp w3, w2, [x1]", 0xb8238022
        U       "ldaprb-like (o3=1 opc=100)", 0x38bfc022
        println "== pointer authentication loads (bits 11:10 = x1)"
        U       "ldraa x2, [x1]", 0xf8200422
        U       "ldrab x2, [x1, #8]!", 0xf8a01c22
        println "== still allocated: (1) fields ignored"
        U       "ldxr x2, [x1] Rs=5 Rt2=6", 0xc8451822
        U       "ldaxrb w2, [x1] Rs=0 Rt2=0", 0x0840c022
        U       "ldar x2, [x1] Rs=5 Rt2=6", 0xc8c59822
        U       "stlr x2, [x1] Rs=0 Rt2=0", 0xc880a022
        U       "stxr w4, x2, [x1] Rt2=0", 0xc8040022
        U       "prfm #0x1f, [x1]", 0xf980003f
        U       "prfm #0x18, [x1, x3]", 0xf8a36838
        check_exc "exceptions taken"
        clear_handler 0x200
        ldp     x29, x30, [sp], #16
        ret

        .bss
        .balign 16
mem:    .skip   64

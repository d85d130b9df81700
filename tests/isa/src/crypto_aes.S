// crypto_aes: AESE/AESD/AESMC/AESIMC (FEAT_AES). The FIPS-197 Appendix C.1 example (AES-128,
// key 000102..0f, plaintext 00112233..ff) encrypted with AESE+AESMC and decrypted with the
// equivalent inverse cipher (AESD+AESIMC, round keys through AESIMC), printing the state
// after every instruction; then each instruction on assorted vectors, with the destination
// also as the source, and pseudo-random sweeps (hashed).
        .include "common.inc"
        .include "fp_lib.inc"
        .include "simdfp_lib.inc"
        .arch_extension crypto

        .pushsection .rodata, "a"
        .balign 16
fips197_plaintext:
        .byte   0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff
        // the key schedule of key 000102..0f (FIPS-197 A.1 expansion), round keys 0..10
fips197_round_keys:
        .byte   0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f
        .byte   0xd6, 0xaa, 0x74, 0xfd, 0xd2, 0xaf, 0x72, 0xfa, 0xda, 0xa6, 0x78, 0xf1, 0xd6, 0xab, 0x76, 0xfe
        .byte   0xb6, 0x92, 0xcf, 0x0b, 0x64, 0x3d, 0xbd, 0xf1, 0xbe, 0x9b, 0xc5, 0x00, 0x68, 0x30, 0xb3, 0xfe
        .byte   0xb6, 0xff, 0x74, 0x4e, 0xd2, 0xc2, 0xc9, 0xbf, 0x6c, 0x59, 0x0c, 0xbf, 0x04, 0x69, 0xbf, 0x41
        .byte   0x47, 0xf7, 0xf7, 0xbc, 0x95, 0x35, 0x3e, 0x03, 0xf9, 0x6c, 0x32, 0xbc, 0xfd, 0x05, 0x8d, 0xfd
        .byte   0x3c, 0xaa, 0xa3, 0xe8, 0xa9, 0x9f, 0x9d, 0xeb, 0x50, 0xf3, 0xaf, 0x57, 0xad, 0xf6, 0x22, 0xaa
        .byte   0x5e, 0x39, 0x0f, 0x7d, 0xf7, 0xa6, 0x92, 0x96, 0xa7, 0x55, 0x3d, 0xc1, 0x0a, 0xa3, 0x1f, 0x6b
        .byte   0x14, 0xf9, 0x70, 0x1a, 0xe3, 0x5f, 0xe2, 0x8c, 0x44, 0x0a, 0xdf, 0x4d, 0x4e, 0xa9, 0xc0, 0x26
        .byte   0x47, 0x43, 0x87, 0x35, 0xa4, 0x1c, 0x65, 0xb9, 0xe0, 0x16, 0xba, 0xf4, 0xae, 0xbf, 0x7a, 0xd2
        .byte   0x54, 0x99, 0x32, 0xd1, 0xf0, 0x85, 0x57, 0x68, 0x10, 0x93, 0xed, 0x9c, 0xbe, 0x2c, 0x97, 0x4e
        .byte   0x13, 0x11, 0x1d, 0x7f, 0xe3, 0x94, 0x4a, 0x17, 0xf3, 0x07, 0xa7, 0x8b, 0x4d, 0x2b, 0x30, 0xc5
        .popsection

        vec_list blocks
        vec     0x0000000000000000, 0x0000000000000000
        vec     0xffffffffffffffff, 0xffffffffffffffff
        vec     0x0706050403020100, 0x0f0e0d0c0b0a0908
        vec     0x0123456789abcdef, 0xfedcba9876543210
        vec     0x8000000000000001, 0x00000000000000ff
        vec_list_end blocks

test_main:
        stp     x29, x30, [sp, #-16]!
        fp_enable

        // round keys k0..k10 in v16..v26
        adrl    x0, fips197_round_keys
        ldr     q16, [x0]
        ldr     q17, [x0, #16]
        ldr     q18, [x0, #32]
        ldr     q19, [x0, #48]
        ldr     q20, [x0, #64]
        ldr     q21, [x0, #80]
        ldr     q22, [x0, #96]
        ldr     q23, [x0, #112]
        ldr     q24, [x0, #128]
        ldr     q25, [x0, #144]
        ldr     q26, [x0, #160]

        println "== FIPS-197 C.1 AES-128 cipher"
        adrl    x0, fips197_plaintext
        ldr     q0, [x0]
        vprint  "input", 0
        .irp    k, 16, 17, 18, 19, 20, 21, 22, 23, 24
        aese    v0.16b, v\k\().16b
        vprint  "aese", 0
        aesmc   v0.16b, v0.16b
        vprint  "aesmc", 0
        .endr
        aese    v0.16b, v25.16b
        vprint  "aese", 0
        vxor    0, 0, 26
        vprint  "output", 0

        println "== FIPS-197 C.1 AES-128 equivalent inverse cipher"
        .irp    k, 17, 18, 19, 20, 21, 22, 23, 24, 25
        aesimc  v\k\().16b, v\k\().16b
        vprint  "aesimc k", \k
        .endr
        aesd    v0.16b, v26.16b
        vprint  "aesd", 0
        .irp    k, 25, 24, 23, 22, 21, 20, 19, 18, 17
        aesimc  v0.16b, v0.16b
        vprint  "aesimc", 0
        aesd    v0.16b, v\k\().16b
        vprint  "aesd", 0
        .endr
        vxor    0, 0, 16
        vprint  "output", 0

        println "== single instructions"
        vtest   "aese", mode_rn, blocks, none, blocks, aese v0.16b, v1.16b
        vtest   "aesd", mode_rn, blocks, none, blocks, aesd v0.16b, v17.16b
        vtest   "aesmc", mode_rn, blocks, none, none, aesmc v0.16b, v1.16b
        vtest   "aesimc", mode_rn, blocks, none, none, aesimc v0.16b, v1.16b
        vtest   "aese v1", mode_rn, blocks, none, none, aese v1.16b, v1.16b; vcopy 0, 1
        vtest   "aesmc v1", mode_rn, blocks, none, none, aesmc v1.16b, v1.16b; vcopy 0, 1
        vsweep  "aese", x, 1024, 0x0123456789abcdef, mode_rn, aese v0.16b, v1.16b
        vsweep  "aesd", x, 1024, 0x123456789abcdef0, mode_rn, aesd v0.16b, v1.16b
        vsweep  "aesmc", x, 1024, 0x23456789abcdef01, mode_rn, aesmc v0.16b, v1.16b
        vsweep  "aesimc", x, 1024, 0x3456789abcdef012, mode_rn, aesimc v0.16b, v1.16b
        ldp     x29, x30, [sp], #16
        ret

        fp_list mode_rn
        .quad   0
        fp_list_end mode_rn

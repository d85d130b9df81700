// crypto_sha: SHA1C/SHA1P/SHA1M/SHA1H/SHA1SU0/SHA1SU1 (FEAT_SHA1) and SHA256H/SHA256H2/
// SHA256SU0/SHA256SU1 (FEAT_SHA256). The FIPS 180 examples SHA-1("abc") and SHA-256("abc")
// computed with the instructions (one padded block; the message schedule with SHA*SU0/SU1,
// the rounds four at a time, the state printed after every group of rounds); then each
// instruction on assorted vectors and in pseudo-random sweeps (hashed).
        .include "common.inc"
        .include "fp_lib.inc"
        .include "simdfp_lib.inc"
        .arch_extension crypto

        .pushsection .rodata, "a"
        .balign 16
        // "abc" padded to one 512-bit block, as big-endian 32-bit words
abc_block:
        .word   0x61626380, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00000018
sha1_h0:
        .word   0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0, 0, 0, 0
sha1_k:
        .word   0x5a827999, 0x5a827999, 0x5a827999, 0x5a827999
        .word   0x6ed9eba1, 0x6ed9eba1, 0x6ed9eba1, 0x6ed9eba1
        .word   0x8f1bbcdc, 0x8f1bbcdc, 0x8f1bbcdc, 0x8f1bbcdc
        .word   0xca62c1d6, 0xca62c1d6, 0xca62c1d6, 0xca62c1d6
sha256_h0:
        .word   0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a
        .word   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
sha256_k:
        .word   0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5
        .word   0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5
        .word   0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3
        .word   0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174
        .word   0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc
        .word   0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da
        .word   0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7
        .word   0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967
        .word   0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13
        .word   0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85
        .word   0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3
        .word   0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070
        .word   0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5
        .word   0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3
        .word   0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208
        .word   0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
        .popsection

        vec_list words
        vec     0x0000000000000000, 0x0000000000000000
        vec     0xffffffffffffffff, 0xffffffffffffffff
        vec     0x0706050403020100, 0x0f0e0d0c0b0a0908
        vec     0x0123456789abcdef, 0xfedcba9876543210
        vec     0x8000000000000001, 0x00000000000000ff
        vec_list_end words
        fp_list mode_rn
        .quad   0
        fp_list_end mode_rn

        // SHA-1 group of four rounds: v0 = abcd, s1 = e for this group, s2 = e for the next;
        // W[4g..4g+3] in v\w0 (computed from W[4g-16..4g-1] in v\w0..v\w3 when \update),
        // the round constant in v\k
        .macro  sha1_group update, w0, w1, w2, w3, op, k
        .if     \update
        sha1su0 v\w0\().4s, v\w1\().4s, v\w2\().4s
        sha1su1 v\w0\().4s, v\w3\().4s
        .endif
        vadd4s  3, \w0, \k
        sha1h   s2, s0
        \op     q0, s1, v3.4s
        fmov    s1, s2
        vprintw "abcd", 0
        .endm

        // SHA-256 group of four rounds: v0 = abcd, v1 = efgh, W as for SHA-1, the round
        // constants at x19 (advanced)
        .macro  sha256_group update, w0, w1, w2, w3
        .if     \update
        sha256su0 v\w0\().4s, v\w1\().4s
        sha256su1 v\w0\().4s, v\w2\().4s, v\w3\().4s
        .endif
        ldr     q4, [x19], #16
        vadd4s  3, \w0, 4
        vcopy   2, 0
        sha256h q0, q1, v3.4s
        sha256h2 q1, q2, v3.4s
        vprintw "abcd", 0
        vprintw "efgh", 1
        .endm

test_main:
        stp     x29, x30, [sp, #-16]!
        stp     x19, x20, [sp, #-16]!
        fp_enable

        println "== FIPS 180 SHA-1(abc)"
        adrl    x0, abc_block
        ldr     q16, [x0]
        ldr     q17, [x0, #16]
        ldr     q18, [x0, #32]
        ldr     q19, [x0, #48]
        adrl    x0, sha1_k
        ldr     q20, [x0]
        ldr     q21, [x0, #16]
        ldr     q22, [x0, #32]
        ldr     q23, [x0, #48]
        adrl    x0, sha1_h0
        ldr     q0, [x0]
        ldr     s1, [x0, #16]
        vcopy   6, 0
        fmov    s7, s1
        sha1_group 0, 16, 17, 18, 19, sha1c, 20
        sha1_group 0, 17, 18, 19, 16, sha1c, 20
        sha1_group 0, 18, 19, 16, 17, sha1c, 20
        sha1_group 0, 19, 16, 17, 18, sha1c, 20
        sha1_group 1, 16, 17, 18, 19, sha1c, 20
        sha1_group 1, 17, 18, 19, 16, sha1p, 21
        sha1_group 1, 18, 19, 16, 17, sha1p, 21
        sha1_group 1, 19, 16, 17, 18, sha1p, 21
        sha1_group 1, 16, 17, 18, 19, sha1p, 21
        sha1_group 1, 17, 18, 19, 16, sha1p, 21
        sha1_group 1, 18, 19, 16, 17, sha1m, 22
        sha1_group 1, 19, 16, 17, 18, sha1m, 22
        sha1_group 1, 16, 17, 18, 19, sha1m, 22
        sha1_group 1, 17, 18, 19, 16, sha1m, 22
        sha1_group 1, 18, 19, 16, 17, sha1m, 22
        sha1_group 1, 19, 16, 17, 18, sha1p, 23
        sha1_group 1, 16, 17, 18, 19, sha1p, 23
        sha1_group 1, 17, 18, 19, 16, sha1p, 23
        sha1_group 1, 18, 19, 16, 17, sha1p, 23
        sha1_group 1, 19, 16, 17, 18, sha1p, 23
        vadd4s  0, 0, 6
        vadd4s  1, 1, 7
        vprintw "digest abcd", 0
        vprintw "digest e", 1

        println "== FIPS 180 SHA-256(abc)"
        adrl    x0, abc_block
        ldr     q16, [x0]
        ldr     q17, [x0, #16]
        ldr     q18, [x0, #32]
        ldr     q19, [x0, #48]
        adrl    x0, sha256_h0
        ldr     q0, [x0]
        ldr     q1, [x0, #16]
        vcopy   6, 0
        vcopy   7, 1
        adrl    x19, sha256_k
        sha256_group 0, 16, 17, 18, 19
        sha256_group 0, 17, 18, 19, 16
        sha256_group 0, 18, 19, 16, 17
        sha256_group 0, 19, 16, 17, 18
        sha256_group 1, 16, 17, 18, 19
        sha256_group 1, 17, 18, 19, 16
        sha256_group 1, 18, 19, 16, 17
        sha256_group 1, 19, 16, 17, 18
        sha256_group 1, 16, 17, 18, 19
        sha256_group 1, 17, 18, 19, 16
        sha256_group 1, 18, 19, 16, 17
        sha256_group 1, 19, 16, 17, 18
        sha256_group 1, 16, 17, 18, 19
        sha256_group 1, 17, 18, 19, 16
        sha256_group 1, 18, 19, 16, 17
        sha256_group 1, 19, 16, 17, 18
        vadd4s  0, 0, 6
        vadd4s  1, 1, 7
        vprintw "digest abcd", 0
        vprintw "digest efgh", 1

        println "== single instructions"
        vtest   "sha1c", mode_rn, words, words, words, sha1c q0, s1, v2.4s
        vtest   "sha1p", mode_rn, words, words, words, sha1p q0, s17, v18.4s
        vtest   "sha1m", mode_rn, words, words, words, sha1m q0, s1, v2.4s
        vtest   "sha1su0", mode_rn, words, words, words, sha1su0 v0.4s, v1.4s, v2.4s
        vtest   "sha1h", mode_rn, words, none, none, sha1h s0, s1
        vtest   "sha1su1", mode_rn, words, none, words, sha1su1 v0.4s, v1.4s
        vtest   "sha256h", mode_rn, words, words, words, sha256h q0, q1, v2.4s
        vtest   "sha256h2", mode_rn, words, words, words, sha256h2 q0, q1, v2.4s
        vtest   "sha256su0", mode_rn, words, none, words, sha256su0 v0.4s, v1.4s
        vtest   "sha256su1", mode_rn, words, words, words, sha256su1 v0.4s, v1.4s, v2.4s
        vtest   "sha1c v2", mode_rn, words, words, none, sha1c q2, s1, v2.4s; vcopy 0, 2
        vtest   "sha256h2 v1", mode_rn, words, words, none, sha256h2 q1, q1, v1.4s; vcopy 0, 1
        vsweep  "sha1c", x, 1024, 0x0123456789abcdef, mode_rn, sha1c q0, s1, v2.4s
        vsweep  "sha1p", x, 1024, 0x123456789abcdef0, mode_rn, sha1p q0, s1, v2.4s
        vsweep  "sha1m", x, 1024, 0x23456789abcdef01, mode_rn, sha1m q0, s1, v2.4s
        vsweep  "sha1su0", x, 1024, 0x3456789abcdef012, mode_rn, sha1su0 v0.4s, v1.4s, v2.4s
        vsweep  "sha1h", x, 1024, 0x456789abcdef0123, mode_rn, sha1h s0, s1
        vsweep  "sha1su1", x, 1024, 0x56789abcdef01234, mode_rn, sha1su1 v0.4s, v1.4s
        vsweep  "sha256h", x, 1024, 0x6789abcdef012345, mode_rn, sha256h q0, q1, v2.4s
        vsweep  "sha256h2", x, 1024, 0x789abcdef0123456, mode_rn, sha256h2 q0, q1, v2.4s
        vsweep  "sha256su0", x, 1024, 0x89abcdef01234567, mode_rn, sha256su0 v0.4s, v1.4s
        vsweep  "sha256su1", x, 1024, 0x9abcdef012345678, mode_rn, sha256su1 v0.4s, v1.4s, v2.4s
        ldp     x19, x20, [sp], #16
        ldp     x29, x30, [sp], #16
        ret

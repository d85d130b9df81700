// simd_copy: Advanced SIMD copy (DUP element/general, INS element/general, SMOV, UMOV, the
// scalar DUP), modified immediate (MOVI/MVNI/ORR/BIC, every cmode but the FMOV one),
// permute (UZP1/2, TRN1/2, ZIP1/2 in every arrangement), EXT (every position) and table
// lookup (TBL/TBX with 1-4 registers, indices in and out of range, a list wrapping past v31).
// Lines: see simd_lib.inc.
        .include "common.inc"
        .include "simd_lib.inc"

        simd_triples T1, e51, 146, 1c7
        simd_triples T2, e51, 146, 1c7, 0e3
        simd_triples TI, e00, 100, 6f0
        simd_triples TP, 045, 123, 167, 189, 1cd, 1ef
        simd_triples TT, e6a, f65, 1a5, 0b6, 15a

        .macro  dupe arr, el
        vt      "dup v0.\arr, v1.\el", T1, v, dup v0.\arr, v1.\el
        .endm
        .macro  perm op
        .irp    arr, 8b, 16b, 4h, 8h, 2s, 4s, 2d
        vt      "\op \arr", TP, v, \op v0.\arr, v1.\arr, v2.\arr
        .endr
        .endm

test_main:
        simd_enable
        println "== DUP (element)"
        dupe    8b, b[0]
        dupe    16b, b[15]
        dupe    16b, b[9]
        dupe    4h, h[3]
        dupe    8h, h[7]
        dupe    8h, h[4]
        dupe    2s, s[1]
        dupe    4s, s[2]
        dupe    2d, d[1]
        dupe    2d, d[0]
        vt      "dup v0.4s, v0.s[3] (same register)", T1, v, dup v0.4s, v0.s[3]

        println "== DUP (general)"
        vt      "dup 8b w1", T1, v, dup v0.8b, w1
        vt      "dup 16b w1", T1, v, dup v0.16b, w1
        vt      "dup 4h w1", T1, v, dup v0.4h, w1
        vt      "dup 8h w1", T1, v, dup v0.8h, w1
        vt      "dup 2s w1", T1, v, dup v0.2s, w1
        vt      "dup 4s w1", T1, v, dup v0.4s, w1
        vt      "dup 2d x1", T1, v, dup v0.2d, x1
        vt      "dup 2d xzr", T1, v, dup v0.2d, xzr

        println "== INS (general)"
        vt      "ins b[0] w1", T1, v, mov v0.b[0], w1
        vt      "ins b[13] w1", T1, v, mov v0.b[13], w1
        vt      "ins h[6] w1", T1, v, mov v0.h[6], w1
        vt      "ins s[1] w1", T1, v, mov v0.s[1], w1
        vt      "ins s[3] wzr", T1, v, mov v0.s[3], wzr
        vt      "ins d[1] x1", T1, v, mov v0.d[1], x1
        vt      "ins d[0] x1", T1, v, mov v0.d[0], x1

        println "== SMOV, UMOV"
        vt      "smov w0 b[5]", T2, x, smov w0, v1.b[5]
        vt      "smov w0 b[15]", T2, x, smov w0, v1.b[15]
        vt      "smov w0 h[1]", T2, x, smov w0, v1.h[1]
        vt      "smov w0 h[7]", T2, x, smov w0, v1.h[7]
        vt      "smov x0 b[8]", T2, x, smov x0, v1.b[8]
        vt      "smov x0 h[3]", T2, x, smov x0, v1.h[3]
        vt      "smov x0 s[0]", T2, x, smov x0, v1.s[0]
        vt      "smov x0 s[3]", T2, x, smov x0, v1.s[3]
        vt      "umov w0 b[5]", T2, x, umov w0, v1.b[5]
        vt      "umov w0 b[15]", T2, x, umov w0, v1.b[15]
        vt      "umov w0 h[7]", T2, x, umov w0, v1.h[7]
        vt      "umov w0 s[3]", T2, x, umov w0, v1.s[3]
        vt      "umov x0 d[1]", T2, x, umov x0, v1.d[1]
        vt      "umov x0 d[0]", T2, x, umov x0, v1.d[0]

        println "== INS (element)"
        vt      "ins b[15] b[0]", T1, v, mov v0.b[15], v1.b[0]
        vt      "ins b[2] b[11]", T1, v, mov v0.b[2], v1.b[11]
        vt      "ins h[5] h[2]", T1, v, mov v0.h[5], v1.h[2]
        vt      "ins s[0] s[3]", T1, v, mov v0.s[0], v1.s[3]
        vt      "ins d[1] d[0]", T1, v, mov v0.d[1], v1.d[0]
        vt      "ins s[1] s[2] (same register)", T1, v, mov v0.s[1], v0.s[2]
        // imm4 bits below the element size are ignored
        vt      "ins h[1] imm4=0101", T1, v, .inst 0x6e062420
        vt      "ins d[0] imm4=1111", T1, v, .inst 0x6e087c20

        println "== DUP (element, scalar)"
        vt      "mov b0 v1.b[15]", T1, v, mov b0, v1.b[15]
        vt      "mov h0 v1.h[5]", T1, v, mov h0, v1.h[5]
        vt      "mov s0 v1.s[2]", T1, v, mov s0, v1.s[2]
        vt      "mov d0 v1.d[1]", T1, v, mov d0, v1.d[1]
        vt      "mov s0 v0.s[3]", T1, v, mov s0, v0.s[3]

        println "== modified immediate"
        vt      "movi 2s lsl 0", TI, v, movi v0.2s, #0xa5
        vt      "movi 4s lsl 8", TI, v, movi v0.4s, #0xa5, lsl #8
        vt      "movi 4s lsl 16", TI, v, movi v0.4s, #0xff, lsl #16
        vt      "movi 4s lsl 24", TI, v, movi v0.4s, #0x81, lsl #24
        vt      "mvni 2s lsl 0", TI, v, mvni v0.2s, #0xa5
        vt      "mvni 4s lsl 24", TI, v, mvni v0.4s, #0x81, lsl #24
        vt      "orr 4s lsl 0", TI, v, orr v0.4s, #0xa5
        vt      "orr 2s lsl 8", TI, v, orr v0.2s, #0x5a, lsl #8
        vt      "orr 4s lsl 24", TI, v, orr v0.4s, #0xff, lsl #24
        vt      "bic 4s lsl 16", TI, v, bic v0.4s, #0xa5, lsl #16
        vt      "bic 2s lsl 0", TI, v, bic v0.2s, #0xff
        vt      "movi 4h lsl 0", TI, v, movi v0.4h, #0x3c
        vt      "movi 8h lsl 8", TI, v, movi v0.8h, #0xc3, lsl #8
        vt      "mvni 8h lsl 0", TI, v, mvni v0.8h, #0x01
        vt      "mvni 4h lsl 8", TI, v, mvni v0.4h, #0x80, lsl #8
        vt      "orr 8h lsl 8", TI, v, orr v0.8h, #0x12, lsl #8
        vt      "bic 4h lsl 0", TI, v, bic v0.4h, #0xff
        vt      "bic 8h lsl 8", TI, v, bic v0.8h, #0x7e, lsl #8
        vt      "movi 2s msl 8", TI, v, movi v0.2s, #0x12, msl #8
        vt      "movi 4s msl 16", TI, v, movi v0.4s, #0xab, msl #16
        vt      "mvni 4s msl 8", TI, v, mvni v0.4s, #0x12, msl #8
        vt      "mvni 2s msl 16", TI, v, mvni v0.2s, #0xab, msl #16
        vt      "movi 8b", TI, v, movi v0.8b, #0x9d
        vt      "movi 16b", TI, v, movi v0.16b, #0xff
        vt      "movi d0", TI, v, movi d0, #0xff00ffff000000ff
        vt      "movi 2d", TI, v, movi v0.2d, #0x00ff00ff0000ffff
        vt      "movi 2d ones", TI, v, movi v0.2d, #0xffffffffffffffff

        println "== permute"
        perm    uzp1
        perm    uzp2
        perm    trn1
        perm    trn2
        perm    zip1
        perm    zip2
        vt      "zip1 4s v0,v0,v1 (overlap)", TP, v, zip1 v0.4s, v0.4s, v1.4s
        vt      "uzp2 8h v0,v1,v0 (overlap)", TP, v, uzp2 v0.8h, v1.8h, v0.8h

        println "== EXT"
        .irp    i, 0, 1, 3, 7
        vt      "ext 8b #\i", TP, v, ext v0.8b, v1.8b, v2.8b, #\i
        .endr
        .irp    i, 0, 1, 5, 8, 12, 15
        vt      "ext 16b #\i", TP, v, ext v0.16b, v1.16b, v2.16b, #\i
        .endr
        vt      "ext 16b v0,v0,v1 #4 (overlap)", TP, v, ext v0.16b, v0.16b, v1.16b, #4

        println "== TBL, TBX"
        vt      "tbl 8b {v1}", TT, v, tbl v0.8b, {v1.16b}, v2.8b
        vt      "tbl 16b {v1}", TT, v, tbl v0.16b, {v1.16b}, v2.16b
        vt      "tbl 16b {v3-v4}", TT, v, tbl v0.16b, {v3.16b, v4.16b}, v2.16b
        vt      "tbl 8b {v3-v5}", TT, v, tbl v0.8b, {v3.16b, v4.16b, v5.16b}, v2.8b
        vt      "tbl 16b {v3-v6}", TT, v, tbl v0.16b, {v3.16b, v4.16b, v5.16b, v6.16b}, v2.16b
        vt      "tbx 8b {v1}", TT, v, tbx v0.8b, {v1.16b}, v2.8b
        vt      "tbx 16b {v1}", TT, v, tbx v0.16b, {v1.16b}, v2.16b
        vt      "tbx 16b {v3-v4}", TT, v, tbx v0.16b, {v3.16b, v4.16b}, v2.16b
        vt      "tbx 16b {v3-v5}", TT, v, tbx v0.16b, {v3.16b, v4.16b, v5.16b}, v2.16b
        vt      "tbx 8b {v3-v6}", TT, v, tbx v0.8b, {v3.16b, v4.16b, v5.16b, v6.16b}, v2.8b
        vt      "tbl 16b {v31,v0,v1} idx v0", TT, v, mov v31.16b, v3.16b ; tbl v0.16b, {v31.16b, v0.16b, v1.16b}, v0.16b
        vt      "tbx 16b {v2-v5} idx v2", TT, v, tbx v0.16b, {v2.16b, v3.16b, v4.16b, v5.16b}, v2.16b
        vt      "tbx 16b {v0} dst=table", TT, v, tbx v0.16b, {v0.16b}, v2.16b

        println "== sweeps"
        vsweep  "tbl 16b {v3-v6}", 200, v, tbl v0.16b, {v3.16b, v4.16b, v5.16b, v6.16b}, v2.16b
        vsweep  "tbx 16b {v3-v5}", 200, v, tbx v0.16b, {v3.16b, v4.16b, v5.16b}, v2.16b
        vsweep  "ext 16b #9", 50, v, ext v0.16b, v1.16b, v2.16b, #9
        vsweep  "zip2 8h", 50, v, zip2 v0.8h, v1.8h, v2.8h
        exit

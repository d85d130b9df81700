// simd_misc: integer "Advanced SIMD two-register miscellaneous" in every arrangement (REV,
// pairwise add long (and accumulate), SUQADD/USQADD, CLS/CLZ/CNT, NOT/RBIT, SQABS/SQNEG,
// compares with zero, ABS/NEG, XTN/SQXTN/UQXTN/SQXTUN and their "2" forms, SHLL), the scalar
// forms, across lanes (SADDLV/UADDLV, SMAXV/UMAXV/SMINV/UMINV, ADDV) and ADDP (scalar).
// Lines: see simd_lib.inc.
        .include "common.inc"
        .include "simd_lib.inc"

        simd_triples TS, e10, f20, 130, 640, 750, 060, c70, 180, 090, 2c0, 3d0, 1e0, 9f0, d40, cb0, ea0

test_main:
        simd_enable
        println "== rev64"
        vt      "rev64 8b", TS, v, rev64 v0.8b, v1.8b
        vsweep  "rev64 8b", 32, v, rev64 v0.8b, v1.8b
        vt      "rev64 16b", TS, v, rev64 v0.16b, v1.16b
        vsweep  "rev64 16b", 32, v, rev64 v0.16b, v1.16b
        vt      "rev64 4h", TS, v, rev64 v0.4h, v1.4h
        vsweep  "rev64 4h", 32, v, rev64 v0.4h, v1.4h
        vt      "rev64 8h", TS, v, rev64 v0.8h, v1.8h
        vsweep  "rev64 8h", 32, v, rev64 v0.8h, v1.8h
        vt      "rev64 2s", TS, v, rev64 v0.2s, v1.2s
        vsweep  "rev64 2s", 32, v, rev64 v0.2s, v1.2s
        vt      "rev64 4s", TS, v, rev64 v0.4s, v1.4s
        vsweep  "rev64 4s", 32, v, rev64 v0.4s, v1.4s
        println "== rev32"
        vt      "rev32 8b", TS, v, rev32 v0.8b, v1.8b
        vsweep  "rev32 8b", 32, v, rev32 v0.8b, v1.8b
        vt      "rev32 16b", TS, v, rev32 v0.16b, v1.16b
        vsweep  "rev32 16b", 32, v, rev32 v0.16b, v1.16b
        vt      "rev32 4h", TS, v, rev32 v0.4h, v1.4h
        vsweep  "rev32 4h", 32, v, rev32 v0.4h, v1.4h
        vt      "rev32 8h", TS, v, rev32 v0.8h, v1.8h
        vsweep  "rev32 8h", 32, v, rev32 v0.8h, v1.8h
        println "== rev16"
        vt      "rev16 8b", TS, v, rev16 v0.8b, v1.8b
        vsweep  "rev16 8b", 32, v, rev16 v0.8b, v1.8b
        vt      "rev16 16b", TS, v, rev16 v0.16b, v1.16b
        vsweep  "rev16 16b", 32, v, rev16 v0.16b, v1.16b
        println "== suqadd"
        vt      "suqadd 8b", TS, v, suqadd v0.8b, v1.8b
        vsweep  "suqadd 8b", 32, v, suqadd v0.8b, v1.8b
        vt      "suqadd 16b", TS, v, suqadd v0.16b, v1.16b
        vsweep  "suqadd 16b", 32, v, suqadd v0.16b, v1.16b
        vt      "suqadd 4h", TS, v, suqadd v0.4h, v1.4h
        vsweep  "suqadd 4h", 32, v, suqadd v0.4h, v1.4h
        vt      "suqadd 8h", TS, v, suqadd v0.8h, v1.8h
        vsweep  "suqadd 8h", 32, v, suqadd v0.8h, v1.8h
        vt      "suqadd 2s", TS, v, suqadd v0.2s, v1.2s
        vsweep  "suqadd 2s", 32, v, suqadd v0.2s, v1.2s
        vt      "suqadd 4s", TS, v, suqadd v0.4s, v1.4s
        vsweep  "suqadd 4s", 32, v, suqadd v0.4s, v1.4s
        vt      "suqadd 2d", TS, v, suqadd v0.2d, v1.2d
        vsweep  "suqadd 2d", 32, v, suqadd v0.2d, v1.2d
        println "== usqadd"
        vt      "usqadd 8b", TS, v, usqadd v0.8b, v1.8b
        vsweep  "usqadd 8b", 32, v, usqadd v0.8b, v1.8b
        vt      "usqadd 16b", TS, v, usqadd v0.16b, v1.16b
        vsweep  "usqadd 16b", 32, v, usqadd v0.16b, v1.16b
        vt      "usqadd 4h", TS, v, usqadd v0.4h, v1.4h
        vsweep  "usqadd 4h", 32, v, usqadd v0.4h, v1.4h
        vt      "usqadd 8h", TS, v, usqadd v0.8h, v1.8h
        vsweep  "usqadd 8h", 32, v, usqadd v0.8h, v1.8h
        vt      "usqadd 2s", TS, v, usqadd v0.2s, v1.2s
        vsweep  "usqadd 2s", 32, v, usqadd v0.2s, v1.2s
        vt      "usqadd 4s", TS, v, usqadd v0.4s, v1.4s
        vsweep  "usqadd 4s", 32, v, usqadd v0.4s, v1.4s
        vt      "usqadd 2d", TS, v, usqadd v0.2d, v1.2d
        vsweep  "usqadd 2d", 32, v, usqadd v0.2d, v1.2d
        println "== cls"
        vt      "cls 8b", TS, v, cls v0.8b, v1.8b
        vsweep  "cls 8b", 32, v, cls v0.8b, v1.8b
        vt      "cls 16b", TS, v, cls v0.16b, v1.16b
        vsweep  "cls 16b", 32, v, cls v0.16b, v1.16b
        vt      "cls 4h", TS, v, cls v0.4h, v1.4h
        vsweep  "cls 4h", 32, v, cls v0.4h, v1.4h
        vt      "cls 8h", TS, v, cls v0.8h, v1.8h
        vsweep  "cls 8h", 32, v, cls v0.8h, v1.8h
        vt      "cls 2s", TS, v, cls v0.2s, v1.2s
        vsweep  "cls 2s", 32, v, cls v0.2s, v1.2s
        vt      "cls 4s", TS, v, cls v0.4s, v1.4s
        vsweep  "cls 4s", 32, v, cls v0.4s, v1.4s
        println "== clz"
        vt      "clz 8b", TS, v, clz v0.8b, v1.8b
        vsweep  "clz 8b", 32, v, clz v0.8b, v1.8b
        vt      "clz 16b", TS, v, clz v0.16b, v1.16b
        vsweep  "clz 16b", 32, v, clz v0.16b, v1.16b
        vt      "clz 4h", TS, v, clz v0.4h, v1.4h
        vsweep  "clz 4h", 32, v, clz v0.4h, v1.4h
        vt      "clz 8h", TS, v, clz v0.8h, v1.8h
        vsweep  "clz 8h", 32, v, clz v0.8h, v1.8h
        vt      "clz 2s", TS, v, clz v0.2s, v1.2s
        vsweep  "clz 2s", 32, v, clz v0.2s, v1.2s
        vt      "clz 4s", TS, v, clz v0.4s, v1.4s
        vsweep  "clz 4s", 32, v, clz v0.4s, v1.4s
        println "== cnt"
        vt      "cnt 8b", TS, v, cnt v0.8b, v1.8b
        vsweep  "cnt 8b", 32, v, cnt v0.8b, v1.8b
        vt      "cnt 16b", TS, v, cnt v0.16b, v1.16b
        vsweep  "cnt 16b", 32, v, cnt v0.16b, v1.16b
        println "== mvn"
        vt      "mvn 8b", TS, v, mvn v0.8b, v1.8b
        vsweep  "mvn 8b", 32, v, mvn v0.8b, v1.8b
        vt      "mvn 16b", TS, v, mvn v0.16b, v1.16b
        vsweep  "mvn 16b", 32, v, mvn v0.16b, v1.16b
        println "== rbit"
        vt      "rbit 8b", TS, v, rbit v0.8b, v1.8b
        vsweep  "rbit 8b", 32, v, rbit v0.8b, v1.8b
        vt      "rbit 16b", TS, v, rbit v0.16b, v1.16b
        vsweep  "rbit 16b", 32, v, rbit v0.16b, v1.16b
        println "== sqabs"
        vt      "sqabs 8b", TS, v, sqabs v0.8b, v1.8b
        vsweep  "sqabs 8b", 32, v, sqabs v0.8b, v1.8b
        vt      "sqabs 16b", TS, v, sqabs v0.16b, v1.16b
        vsweep  "sqabs 16b", 32, v, sqabs v0.16b, v1.16b
        vt      "sqabs 4h", TS, v, sqabs v0.4h, v1.4h
        vsweep  "sqabs 4h", 32, v, sqabs v0.4h, v1.4h
        vt      "sqabs 8h", TS, v, sqabs v0.8h, v1.8h
        vsweep  "sqabs 8h", 32, v, sqabs v0.8h, v1.8h
        vt      "sqabs 2s", TS, v, sqabs v0.2s, v1.2s
        vsweep  "sqabs 2s", 32, v, sqabs v0.2s, v1.2s
        vt      "sqabs 4s", TS, v, sqabs v0.4s, v1.4s
        vsweep  "sqabs 4s", 32, v, sqabs v0.4s, v1.4s
        vt      "sqabs 2d", TS, v, sqabs v0.2d, v1.2d
        vsweep  "sqabs 2d", 32, v, sqabs v0.2d, v1.2d
        println "== sqneg"
        vt      "sqneg 8b", TS, v, sqneg v0.8b, v1.8b
        vsweep  "sqneg 8b", 32, v, sqneg v0.8b, v1.8b
        vt      "sqneg 16b", TS, v, sqneg v0.16b, v1.16b
        vsweep  "sqneg 16b", 32, v, sqneg v0.16b, v1.16b
        vt      "sqneg 4h", TS, v, sqneg v0.4h, v1.4h
        vsweep  "sqneg 4h", 32, v, sqneg v0.4h, v1.4h
        vt      "sqneg 8h", TS, v, sqneg v0.8h, v1.8h
        vsweep  "sqneg 8h", 32, v, sqneg v0.8h, v1.8h
        vt      "sqneg 2s", TS, v, sqneg v0.2s, v1.2s
        vsweep  "sqneg 2s", 32, v, sqneg v0.2s, v1.2s
        vt      "sqneg 4s", TS, v, sqneg v0.4s, v1.4s
        vsweep  "sqneg 4s", 32, v, sqneg v0.4s, v1.4s
        vt      "sqneg 2d", TS, v, sqneg v0.2d, v1.2d
        vsweep  "sqneg 2d", 32, v, sqneg v0.2d, v1.2d
        println "== cmgt"
        vt      "cmgt 8b", TS, v, cmgt v0.8b, v1.8b, #0
        vsweep  "cmgt 8b", 32, v, cmgt v0.8b, v1.8b, #0
        vt      "cmgt 16b", TS, v, cmgt v0.16b, v1.16b, #0
        vsweep  "cmgt 16b", 32, v, cmgt v0.16b, v1.16b, #0
        vt      "cmgt 4h", TS, v, cmgt v0.4h, v1.4h, #0
        vsweep  "cmgt 4h", 32, v, cmgt v0.4h, v1.4h, #0
        vt      "cmgt 8h", TS, v, cmgt v0.8h, v1.8h, #0
        vsweep  "cmgt 8h", 32, v, cmgt v0.8h, v1.8h, #0
        vt      "cmgt 2s", TS, v, cmgt v0.2s, v1.2s, #0
        vsweep  "cmgt 2s", 32, v, cmgt v0.2s, v1.2s, #0
        vt      "cmgt 4s", TS, v, cmgt v0.4s, v1.4s, #0
        vsweep  "cmgt 4s", 32, v, cmgt v0.4s, v1.4s, #0
        vt      "cmgt 2d", TS, v, cmgt v0.2d, v1.2d, #0
        vsweep  "cmgt 2d", 32, v, cmgt v0.2d, v1.2d, #0
        println "== cmge"
        vt      "cmge 8b", TS, v, cmge v0.8b, v1.8b, #0
        vsweep  "cmge 8b", 32, v, cmge v0.8b, v1.8b, #0
        vt      "cmge 16b", TS, v, cmge v0.16b, v1.16b, #0
        vsweep  "cmge 16b", 32, v, cmge v0.16b, v1.16b, #0
        vt      "cmge 4h", TS, v, cmge v0.4h, v1.4h, #0
        vsweep  "cmge 4h", 32, v, cmge v0.4h, v1.4h, #0
        vt      "cmge 8h", TS, v, cmge v0.8h, v1.8h, #0
        vsweep  "cmge 8h", 32, v, cmge v0.8h, v1.8h, #0
        vt      "cmge 2s", TS, v, cmge v0.2s, v1.2s, #0
        vsweep  "cmge 2s", 32, v, cmge v0.2s, v1.2s, #0
        vt      "cmge 4s", TS, v, cmge v0.4s, v1.4s, #0
        vsweep  "cmge 4s", 32, v, cmge v0.4s, v1.4s, #0
        vt      "cmge 2d", TS, v, cmge v0.2d, v1.2d, #0
        vsweep  "cmge 2d", 32, v, cmge v0.2d, v1.2d, #0
        println "== cmeq"
        vt      "cmeq 8b", TS, v, cmeq v0.8b, v1.8b, #0
        vsweep  "cmeq 8b", 32, v, cmeq v0.8b, v1.8b, #0
        vt      "cmeq 16b", TS, v, cmeq v0.16b, v1.16b, #0
        vsweep  "cmeq 16b", 32, v, cmeq v0.16b, v1.16b, #0
        vt      "cmeq 4h", TS, v, cmeq v0.4h, v1.4h, #0
        vsweep  "cmeq 4h", 32, v, cmeq v0.4h, v1.4h, #0
        vt      "cmeq 8h", TS, v, cmeq v0.8h, v1.8h, #0
        vsweep  "cmeq 8h", 32, v, cmeq v0.8h, v1.8h, #0
        vt      "cmeq 2s", TS, v, cmeq v0.2s, v1.2s, #0
        vsweep  "cmeq 2s", 32, v, cmeq v0.2s, v1.2s, #0
        vt      "cmeq 4s", TS, v, cmeq v0.4s, v1.4s, #0
        vsweep  "cmeq 4s", 32, v, cmeq v0.4s, v1.4s, #0
        vt      "cmeq 2d", TS, v, cmeq v0.2d, v1.2d, #0
        vsweep  "cmeq 2d", 32, v, cmeq v0.2d, v1.2d, #0
        println "== cmle"
        vt      "cmle 8b", TS, v, cmle v0.8b, v1.8b, #0
        vsweep  "cmle 8b", 32, v, cmle v0.8b, v1.8b, #0
        vt      "cmle 16b", TS, v, cmle v0.16b, v1.16b, #0
        vsweep  "cmle 16b", 32, v, cmle v0.16b, v1.16b, #0
        vt      "cmle 4h", TS, v, cmle v0.4h, v1.4h, #0
        vsweep  "cmle 4h", 32, v, cmle v0.4h, v1.4h, #0
        vt      "cmle 8h", TS, v, cmle v0.8h, v1.8h, #0
        vsweep  "cmle 8h", 32, v, cmle v0.8h, v1.8h, #0
        vt      "cmle 2s", TS, v, cmle v0.2s, v1.2s, #0
        vsweep  "cmle 2s", 32, v, cmle v0.2s, v1.2s, #0
        vt      "cmle 4s", TS, v, cmle v0.4s, v1.4s, #0
        vsweep  "cmle 4s", 32, v, cmle v0.4s, v1.4s, #0
        vt      "cmle 2d", TS, v, cmle v0.2d, v1.2d, #0
        vsweep  "cmle 2d", 32, v, cmle v0.2d, v1.2d, #0
        println "== cmlt"
        vt      "cmlt 8b", TS, v, cmlt v0.8b, v1.8b, #0
        vsweep  "cmlt 8b", 32, v, cmlt v0.8b, v1.8b, #0
        vt      "cmlt 16b", TS, v, cmlt v0.16b, v1.16b, #0
        vsweep  "cmlt 16b", 32, v, cmlt v0.16b, v1.16b, #0
        vt      "cmlt 4h", TS, v, cmlt v0.4h, v1.4h, #0
        vsweep  "cmlt 4h", 32, v, cmlt v0.4h, v1.4h, #0
        vt      "cmlt 8h", TS, v, cmlt v0.8h, v1.8h, #0
        vsweep  "cmlt 8h", 32, v, cmlt v0.8h, v1.8h, #0
        vt      "cmlt 2s", TS, v, cmlt v0.2s, v1.2s, #0
        vsweep  "cmlt 2s", 32, v, cmlt v0.2s, v1.2s, #0
        vt      "cmlt 4s", TS, v, cmlt v0.4s, v1.4s, #0
        vsweep  "cmlt 4s", 32, v, cmlt v0.4s, v1.4s, #0
        vt      "cmlt 2d", TS, v, cmlt v0.2d, v1.2d, #0
        vsweep  "cmlt 2d", 32, v, cmlt v0.2d, v1.2d, #0
        println "== abs"
        vt      "abs 8b", TS, v, abs v0.8b, v1.8b
        vsweep  "abs 8b", 32, v, abs v0.8b, v1.8b
        vt      "abs 16b", TS, v, abs v0.16b, v1.16b
        vsweep  "abs 16b", 32, v, abs v0.16b, v1.16b
        vt      "abs 4h", TS, v, abs v0.4h, v1.4h
        vsweep  "abs 4h", 32, v, abs v0.4h, v1.4h
        vt      "abs 8h", TS, v, abs v0.8h, v1.8h
        vsweep  "abs 8h", 32, v, abs v0.8h, v1.8h
        vt      "abs 2s", TS, v, abs v0.2s, v1.2s
        vsweep  "abs 2s", 32, v, abs v0.2s, v1.2s
        vt      "abs 4s", TS, v, abs v0.4s, v1.4s
        vsweep  "abs 4s", 32, v, abs v0.4s, v1.4s
        vt      "abs 2d", TS, v, abs v0.2d, v1.2d
        vsweep  "abs 2d", 32, v, abs v0.2d, v1.2d
        println "== neg"
        vt      "neg 8b", TS, v, neg v0.8b, v1.8b
        vsweep  "neg 8b", 32, v, neg v0.8b, v1.8b
        vt      "neg 16b", TS, v, neg v0.16b, v1.16b
        vsweep  "neg 16b", 32, v, neg v0.16b, v1.16b
        vt      "neg 4h", TS, v, neg v0.4h, v1.4h
        vsweep  "neg 4h", 32, v, neg v0.4h, v1.4h
        vt      "neg 8h", TS, v, neg v0.8h, v1.8h
        vsweep  "neg 8h", 32, v, neg v0.8h, v1.8h
        vt      "neg 2s", TS, v, neg v0.2s, v1.2s
        vsweep  "neg 2s", 32, v, neg v0.2s, v1.2s
        vt      "neg 4s", TS, v, neg v0.4s, v1.4s
        vsweep  "neg 4s", 32, v, neg v0.4s, v1.4s
        vt      "neg 2d", TS, v, neg v0.2d, v1.2d
        vsweep  "neg 2d", 32, v, neg v0.2d, v1.2d
        println "== saddlp"
        vt      "saddlp 8b", TS, v, saddlp v0.4h, v1.8b
        vsweep  "saddlp 8b", 32, v, saddlp v0.4h, v1.8b
        vt      "saddlp 16b", TS, v, saddlp v0.8h, v1.16b
        vsweep  "saddlp 16b", 32, v, saddlp v0.8h, v1.16b
        vt      "saddlp 4h", TS, v, saddlp v0.2s, v1.4h
        vsweep  "saddlp 4h", 32, v, saddlp v0.2s, v1.4h
        vt      "saddlp 8h", TS, v, saddlp v0.4s, v1.8h
        vsweep  "saddlp 8h", 32, v, saddlp v0.4s, v1.8h
        vt      "saddlp 2s", TS, v, saddlp v0.1d, v1.2s
        vsweep  "saddlp 2s", 32, v, saddlp v0.1d, v1.2s
        vt      "saddlp 4s", TS, v, saddlp v0.2d, v1.4s
        vsweep  "saddlp 4s", 32, v, saddlp v0.2d, v1.4s
        println "== uaddlp"
        vt      "uaddlp 8b", TS, v, uaddlp v0.4h, v1.8b
        vsweep  "uaddlp 8b", 32, v, uaddlp v0.4h, v1.8b
        vt      "uaddlp 16b", TS, v, uaddlp v0.8h, v1.16b
        vsweep  "uaddlp 16b", 32, v, uaddlp v0.8h, v1.16b
        vt      "uaddlp 4h", TS, v, uaddlp v0.2s, v1.4h
        vsweep  "uaddlp 4h", 32, v, uaddlp v0.2s, v1.4h
        vt      "uaddlp 8h", TS, v, uaddlp v0.4s, v1.8h
        vsweep  "uaddlp 8h", 32, v, uaddlp v0.4s, v1.8h
        vt      "uaddlp 2s", TS, v, uaddlp v0.1d, v1.2s
        vsweep  "uaddlp 2s", 32, v, uaddlp v0.1d, v1.2s
        vt      "uaddlp 4s", TS, v, uaddlp v0.2d, v1.4s
        vsweep  "uaddlp 4s", 32, v, uaddlp v0.2d, v1.4s
        println "== sadalp"
        vt      "sadalp 8b", TS, v, sadalp v0.4h, v1.8b
        vsweep  "sadalp 8b", 32, v, sadalp v0.4h, v1.8b
        vt      "sadalp 16b", TS, v, sadalp v0.8h, v1.16b
        vsweep  "sadalp 16b", 32, v, sadalp v0.8h, v1.16b
        vt      "sadalp 4h", TS, v, sadalp v0.2s, v1.4h
        vsweep  "sadalp 4h", 32, v, sadalp v0.2s, v1.4h
        vt      "sadalp 8h", TS, v, sadalp v0.4s, v1.8h
        vsweep  "sadalp 8h", 32, v, sadalp v0.4s, v1.8h
        vt      "sadalp 2s", TS, v, sadalp v0.1d, v1.2s
        vsweep  "sadalp 2s", 32, v, sadalp v0.1d, v1.2s
        vt      "sadalp 4s", TS, v, sadalp v0.2d, v1.4s
        vsweep  "sadalp 4s", 32, v, sadalp v0.2d, v1.4s
        println "== uadalp"
        vt      "uadalp 8b", TS, v, uadalp v0.4h, v1.8b
        vsweep  "uadalp 8b", 32, v, uadalp v0.4h, v1.8b
        vt      "uadalp 16b", TS, v, uadalp v0.8h, v1.16b
        vsweep  "uadalp 16b", 32, v, uadalp v0.8h, v1.16b
        vt      "uadalp 4h", TS, v, uadalp v0.2s, v1.4h
        vsweep  "uadalp 4h", 32, v, uadalp v0.2s, v1.4h
        vt      "uadalp 8h", TS, v, uadalp v0.4s, v1.8h
        vsweep  "uadalp 8h", 32, v, uadalp v0.4s, v1.8h
        vt      "uadalp 2s", TS, v, uadalp v0.1d, v1.2s
        vsweep  "uadalp 2s", 32, v, uadalp v0.1d, v1.2s
        vt      "uadalp 4s", TS, v, uadalp v0.2d, v1.4s
        vsweep  "uadalp 4s", 32, v, uadalp v0.2d, v1.4s
        println "== xtn"
        vt      "xtn 8b", TS, v, xtn v0.8b, v1.8h
        vsweep  "xtn 8b", 32, v, xtn v0.8b, v1.8h
        vt      "xtn2 16b", TS, v, xtn2 v0.16b, v1.8h
        vsweep  "xtn2 16b", 32, v, xtn2 v0.16b, v1.8h
        vt      "xtn 4h", TS, v, xtn v0.4h, v1.4s
        vsweep  "xtn 4h", 32, v, xtn v0.4h, v1.4s
        vt      "xtn2 8h", TS, v, xtn2 v0.8h, v1.4s
        vsweep  "xtn2 8h", 32, v, xtn2 v0.8h, v1.4s
        vt      "xtn 2s", TS, v, xtn v0.2s, v1.2d
        vsweep  "xtn 2s", 32, v, xtn v0.2s, v1.2d
        vt      "xtn2 4s", TS, v, xtn2 v0.4s, v1.2d
        vsweep  "xtn2 4s", 32, v, xtn2 v0.4s, v1.2d
        println "== sqxtn"
        vt      "sqxtn 8b", TS, v, sqxtn v0.8b, v1.8h
        vsweep  "sqxtn 8b", 32, v, sqxtn v0.8b, v1.8h
        vt      "sqxtn2 16b", TS, v, sqxtn2 v0.16b, v1.8h
        vsweep  "sqxtn2 16b", 32, v, sqxtn2 v0.16b, v1.8h
        vt      "sqxtn 4h", TS, v, sqxtn v0.4h, v1.4s
        vsweep  "sqxtn 4h", 32, v, sqxtn v0.4h, v1.4s
        vt      "sqxtn2 8h", TS, v, sqxtn2 v0.8h, v1.4s
        vsweep  "sqxtn2 8h", 32, v, sqxtn2 v0.8h, v1.4s
        vt      "sqxtn 2s", TS, v, sqxtn v0.2s, v1.2d
        vsweep  "sqxtn 2s", 32, v, sqxtn v0.2s, v1.2d
        vt      "sqxtn2 4s", TS, v, sqxtn2 v0.4s, v1.2d
        vsweep  "sqxtn2 4s", 32, v, sqxtn2 v0.4s, v1.2d
        println "== uqxtn"
        vt      "uqxtn 8b", TS, v, uqxtn v0.8b, v1.8h
        vsweep  "uqxtn 8b", 32, v, uqxtn v0.8b, v1.8h
        vt      "uqxtn2 16b", TS, v, uqxtn2 v0.16b, v1.8h
        vsweep  "uqxtn2 16b", 32, v, uqxtn2 v0.16b, v1.8h
        vt      "uqxtn 4h", TS, v, uqxtn v0.4h, v1.4s
        vsweep  "uqxtn 4h", 32, v, uqxtn v0.4h, v1.4s
        vt      "uqxtn2 8h", TS, v, uqxtn2 v0.8h, v1.4s
        vsweep  "uqxtn2 8h", 32, v, uqxtn2 v0.8h, v1.4s
        vt      "uqxtn 2s", TS, v, uqxtn v0.2s, v1.2d
        vsweep  "uqxtn 2s", 32, v, uqxtn v0.2s, v1.2d
        vt      "uqxtn2 4s", TS, v, uqxtn2 v0.4s, v1.2d
        vsweep  "uqxtn2 4s", 32, v, uqxtn2 v0.4s, v1.2d
        println "== sqxtun"
        vt      "sqxtun 8b", TS, v, sqxtun v0.8b, v1.8h
        vsweep  "sqxtun 8b", 32, v, sqxtun v0.8b, v1.8h
        vt      "sqxtun2 16b", TS, v, sqxtun2 v0.16b, v1.8h
        vsweep  "sqxtun2 16b", 32, v, sqxtun2 v0.16b, v1.8h
        vt      "sqxtun 4h", TS, v, sqxtun v0.4h, v1.4s
        vsweep  "sqxtun 4h", 32, v, sqxtun v0.4h, v1.4s
        vt      "sqxtun2 8h", TS, v, sqxtun2 v0.8h, v1.4s
        vsweep  "sqxtun2 8h", 32, v, sqxtun2 v0.8h, v1.4s
        vt      "sqxtun 2s", TS, v, sqxtun v0.2s, v1.2d
        vsweep  "sqxtun 2s", 32, v, sqxtun v0.2s, v1.2d
        vt      "sqxtun2 4s", TS, v, sqxtun2 v0.4s, v1.2d
        vsweep  "sqxtun2 4s", 32, v, sqxtun2 v0.4s, v1.2d
        println "== shll"
        vt      "shll 8b", TS, v, shll v0.8h, v1.8b, #8
        vt      "shll2 16b", TS, v, shll2 v0.8h, v1.16b, #8
        vt      "shll 4h", TS, v, shll v0.4s, v1.4h, #16
        vt      "shll2 8h", TS, v, shll2 v0.4s, v1.8h, #16
        vt      "shll 2s", TS, v, shll v0.2d, v1.2s, #32
        vt      "shll2 4s", TS, v, shll2 v0.2d, v1.4s, #32
        vt      "xtn2 v0,v0 (overlap)", TS, v, xtn2 v0.16b, v0.8h
        vt      "sadalp v0,v0 (overlap)", TS, v, sadalp v0.4s, v0.8h
        vt      "shll2 v0,v0 (overlap)", TS, v, shll2 v0.2d, v0.4s, #32
        println "== scalar"
        vt      "suqadd b", TS, v, suqadd b0, b1
        vsweep  "suqadd b", 32, v, suqadd b0, b1
        vt      "suqadd h", TS, v, suqadd h0, h1
        vsweep  "suqadd h", 32, v, suqadd h0, h1
        vt      "suqadd s", TS, v, suqadd s0, s1
        vsweep  "suqadd s", 32, v, suqadd s0, s1
        vt      "suqadd d", TS, v, suqadd d0, d1
        vsweep  "suqadd d", 32, v, suqadd d0, d1
        vt      "usqadd b", TS, v, usqadd b0, b1
        vsweep  "usqadd b", 32, v, usqadd b0, b1
        vt      "usqadd h", TS, v, usqadd h0, h1
        vsweep  "usqadd h", 32, v, usqadd h0, h1
        vt      "usqadd s", TS, v, usqadd s0, s1
        vsweep  "usqadd s", 32, v, usqadd s0, s1
        vt      "usqadd d", TS, v, usqadd d0, d1
        vsweep  "usqadd d", 32, v, usqadd d0, d1
        vt      "sqabs b", TS, v, sqabs b0, b1
        vsweep  "sqabs b", 32, v, sqabs b0, b1
        vt      "sqabs h", TS, v, sqabs h0, h1
        vsweep  "sqabs h", 32, v, sqabs h0, h1
        vt      "sqabs s", TS, v, sqabs s0, s1
        vsweep  "sqabs s", 32, v, sqabs s0, s1
        vt      "sqabs d", TS, v, sqabs d0, d1
        vsweep  "sqabs d", 32, v, sqabs d0, d1
        vt      "sqneg b", TS, v, sqneg b0, b1
        vsweep  "sqneg b", 32, v, sqneg b0, b1
        vt      "sqneg h", TS, v, sqneg h0, h1
        vsweep  "sqneg h", 32, v, sqneg h0, h1
        vt      "sqneg s", TS, v, sqneg s0, s1
        vsweep  "sqneg s", 32, v, sqneg s0, s1
        vt      "sqneg d", TS, v, sqneg d0, d1
        vsweep  "sqneg d", 32, v, sqneg d0, d1
        vt      "cmgt d", TS, v, cmgt d0, d1, #0
        vsweep  "cmgt d", 32, v, cmgt d0, d1, #0
        vt      "cmge d", TS, v, cmge d0, d1, #0
        vsweep  "cmge d", 32, v, cmge d0, d1, #0
        vt      "cmeq d", TS, v, cmeq d0, d1, #0
        vsweep  "cmeq d", 32, v, cmeq d0, d1, #0
        vt      "cmle d", TS, v, cmle d0, d1, #0
        vsweep  "cmle d", 32, v, cmle d0, d1, #0
        vt      "cmlt d", TS, v, cmlt d0, d1, #0
        vsweep  "cmlt d", 32, v, cmlt d0, d1, #0
        vt      "abs d", TS, v, abs d0, d1
        vsweep  "abs d", 32, v, abs d0, d1
        vt      "neg d", TS, v, neg d0, d1
        vsweep  "neg d", 32, v, neg d0, d1
        vt      "sqxtn b", TS, v, sqxtn b0, h1
        vsweep  "sqxtn b", 32, v, sqxtn b0, h1
        vt      "sqxtn h", TS, v, sqxtn h0, s1
        vsweep  "sqxtn h", 32, v, sqxtn h0, s1
        vt      "sqxtn s", TS, v, sqxtn s0, d1
        vsweep  "sqxtn s", 32, v, sqxtn s0, d1
        vt      "uqxtn b", TS, v, uqxtn b0, h1
        vsweep  "uqxtn b", 32, v, uqxtn b0, h1
        vt      "uqxtn h", TS, v, uqxtn h0, s1
        vsweep  "uqxtn h", 32, v, uqxtn h0, s1
        vt      "uqxtn s", TS, v, uqxtn s0, d1
        vsweep  "uqxtn s", 32, v, uqxtn s0, d1
        vt      "sqxtun b", TS, v, sqxtun b0, h1
        vsweep  "sqxtun b", 32, v, sqxtun b0, h1
        vt      "sqxtun h", TS, v, sqxtun h0, s1
        vsweep  "sqxtun h", 32, v, sqxtun h0, s1
        vt      "sqxtun s", TS, v, sqxtun s0, d1
        vsweep  "sqxtun s", 32, v, sqxtun s0, d1
        println "== across lanes"
        vt      "saddlv 8b", TS, v, saddlv h0, v1.8b
        vsweep  "saddlv 8b", 32, v, saddlv h0, v1.8b
        vt      "saddlv 16b", TS, v, saddlv h0, v1.16b
        vsweep  "saddlv 16b", 32, v, saddlv h0, v1.16b
        vt      "saddlv 4h", TS, v, saddlv s0, v1.4h
        vsweep  "saddlv 4h", 32, v, saddlv s0, v1.4h
        vt      "saddlv 8h", TS, v, saddlv s0, v1.8h
        vsweep  "saddlv 8h", 32, v, saddlv s0, v1.8h
        vt      "saddlv 4s", TS, v, saddlv d0, v1.4s
        vsweep  "saddlv 4s", 32, v, saddlv d0, v1.4s
        vt      "uaddlv 8b", TS, v, uaddlv h0, v1.8b
        vsweep  "uaddlv 8b", 32, v, uaddlv h0, v1.8b
        vt      "uaddlv 16b", TS, v, uaddlv h0, v1.16b
        vsweep  "uaddlv 16b", 32, v, uaddlv h0, v1.16b
        vt      "uaddlv 4h", TS, v, uaddlv s0, v1.4h
        vsweep  "uaddlv 4h", 32, v, uaddlv s0, v1.4h
        vt      "uaddlv 8h", TS, v, uaddlv s0, v1.8h
        vsweep  "uaddlv 8h", 32, v, uaddlv s0, v1.8h
        vt      "uaddlv 4s", TS, v, uaddlv d0, v1.4s
        vsweep  "uaddlv 4s", 32, v, uaddlv d0, v1.4s
        vt      "smaxv 8b", TS, v, smaxv b0, v1.8b
        vsweep  "smaxv 8b", 32, v, smaxv b0, v1.8b
        vt      "smaxv 16b", TS, v, smaxv b0, v1.16b
        vsweep  "smaxv 16b", 32, v, smaxv b0, v1.16b
        vt      "smaxv 4h", TS, v, smaxv h0, v1.4h
        vsweep  "smaxv 4h", 32, v, smaxv h0, v1.4h
        vt      "smaxv 8h", TS, v, smaxv h0, v1.8h
        vsweep  "smaxv 8h", 32, v, smaxv h0, v1.8h
        vt      "smaxv 4s", TS, v, smaxv s0, v1.4s
        vsweep  "smaxv 4s", 32, v, smaxv s0, v1.4s
        vt      "umaxv 8b", TS, v, umaxv b0, v1.8b
        vsweep  "umaxv 8b", 32, v, umaxv b0, v1.8b
        vt      "umaxv 16b", TS, v, umaxv b0, v1.16b
        vsweep  "umaxv 16b", 32, v, umaxv b0, v1.16b
        vt      "umaxv 4h", TS, v, umaxv h0, v1.4h
        vsweep  "umaxv 4h", 32, v, umaxv h0, v1.4h
        vt      "umaxv 8h", TS, v, umaxv h0, v1.8h
        vsweep  "umaxv 8h", 32, v, umaxv h0, v1.8h
        vt      "umaxv 4s", TS, v, umaxv s0, v1.4s
        vsweep  "umaxv 4s", 32, v, umaxv s0, v1.4s
        vt      "sminv 8b", TS, v, sminv b0, v1.8b
        vsweep  "sminv 8b", 32, v, sminv b0, v1.8b
        vt      "sminv 16b", TS, v, sminv b0, v1.16b
        vsweep  "sminv 16b", 32, v, sminv b0, v1.16b
        vt      "sminv 4h", TS, v, sminv h0, v1.4h
        vsweep  "sminv 4h", 32, v, sminv h0, v1.4h
        vt      "sminv 8h", TS, v, sminv h0, v1.8h
        vsweep  "sminv 8h", 32, v, sminv h0, v1.8h
        vt      "sminv 4s", TS, v, sminv s0, v1.4s
        vsweep  "sminv 4s", 32, v, sminv s0, v1.4s
        vt      "uminv 8b", TS, v, uminv b0, v1.8b
        vsweep  "uminv 8b", 32, v, uminv b0, v1.8b
        vt      "uminv 16b", TS, v, uminv b0, v1.16b
        vsweep  "uminv 16b", 32, v, uminv b0, v1.16b
        vt      "uminv 4h", TS, v, uminv h0, v1.4h
        vsweep  "uminv 4h", 32, v, uminv h0, v1.4h
        vt      "uminv 8h", TS, v, uminv h0, v1.8h
        vsweep  "uminv 8h", 32, v, uminv h0, v1.8h
        vt      "uminv 4s", TS, v, uminv s0, v1.4s
        vsweep  "uminv 4s", 32, v, uminv s0, v1.4s
        vt      "addv 8b", TS, v, addv b0, v1.8b
        vsweep  "addv 8b", 32, v, addv b0, v1.8b
        vt      "addv 16b", TS, v, addv b0, v1.16b
        vsweep  "addv 16b", 32, v, addv b0, v1.16b
        vt      "addv 4h", TS, v, addv h0, v1.4h
        vsweep  "addv 4h", 32, v, addv h0, v1.4h
        vt      "addv 8h", TS, v, addv h0, v1.8h
        vsweep  "addv 8h", 32, v, addv h0, v1.8h
        vt      "addv 4s", TS, v, addv s0, v1.4s
        vsweep  "addv 4s", 32, v, addv s0, v1.4s
        vt      "addp d", TS, v, addp d0, v1.2d
        vt      "addp d0, v0.2d", TS, v, addp d0, v0.2d
        exit

// simd_three_diff: "Advanced SIMD three different" in every arrangement, lower and upper
// halves ("2" forms): long/wide add and subtract, narrowing high add/subtract (truncating and
// rounding), absolute difference (and accumulate), multiply(-accumulate) long, the
// saturating doubling forms (FPSR.QC), PMULL of bytes (of doublewords: crypto_pmull); then
// the scalar SQDMLAL/SQDMLSL/SQDMULL. Lines: see simd_lib.inc.
        .include "common.inc"
        .include "simd_lib.inc"

        simd_triples TS, e23, f32, 145, 654, 767, 089, c98, 13c, 0cd, 2dc, 3fe, 1e6, 922, d33, c22

test_main:
        simd_enable
        println "== saddl"
        vt      "saddl 8b", TS, v, saddl v0.8h, v1.8b, v2.8b
        vsweep  "saddl 8b", 64, v, saddl v0.8h, v1.8b, v2.8b
        vt      "saddl2 16b", TS, v, saddl2 v0.8h, v1.16b, v2.16b
        vsweep  "saddl2 16b", 64, v, saddl2 v0.8h, v1.16b, v2.16b
        vt      "saddl 4h", TS, v, saddl v0.4s, v1.4h, v2.4h
        vsweep  "saddl 4h", 64, v, saddl v0.4s, v1.4h, v2.4h
        vt      "saddl2 8h", TS, v, saddl2 v0.4s, v1.8h, v2.8h
        vsweep  "saddl2 8h", 64, v, saddl2 v0.4s, v1.8h, v2.8h
        vt      "saddl 2s", TS, v, saddl v0.2d, v1.2s, v2.2s
        vsweep  "saddl 2s", 64, v, saddl v0.2d, v1.2s, v2.2s
        vt      "saddl2 4s", TS, v, saddl2 v0.2d, v1.4s, v2.4s
        vsweep  "saddl2 4s", 64, v, saddl2 v0.2d, v1.4s, v2.4s
        println "== uaddl"
        vt      "uaddl 8b", TS, v, uaddl v0.8h, v1.8b, v2.8b
        vsweep  "uaddl 8b", 64, v, uaddl v0.8h, v1.8b, v2.8b
        vt      "uaddl2 16b", TS, v, uaddl2 v0.8h, v1.16b, v2.16b
        vsweep  "uaddl2 16b", 64, v, uaddl2 v0.8h, v1.16b, v2.16b
        vt      "uaddl 4h", TS, v, uaddl v0.4s, v1.4h, v2.4h
        vsweep  "uaddl 4h", 64, v, uaddl v0.4s, v1.4h, v2.4h
        vt      "uaddl2 8h", TS, v, uaddl2 v0.4s, v1.8h, v2.8h
        vsweep  "uaddl2 8h", 64, v, uaddl2 v0.4s, v1.8h, v2.8h
        vt      "uaddl 2s", TS, v, uaddl v0.2d, v1.2s, v2.2s
        vsweep  "uaddl 2s", 64, v, uaddl v0.2d, v1.2s, v2.2s
        vt      "uaddl2 4s", TS, v, uaddl2 v0.2d, v1.4s, v2.4s
        vsweep  "uaddl2 4s", 64, v, uaddl2 v0.2d, v1.4s, v2.4s
        println "== saddw"
        vt      "saddw 8b", TS, v, saddw v0.8h, v1.8h, v2.8b
        vsweep  "saddw 8b", 64, v, saddw v0.8h, v1.8h, v2.8b
        vt      "saddw2 16b", TS, v, saddw2 v0.8h, v1.8h, v2.16b
        vsweep  "saddw2 16b", 64, v, saddw2 v0.8h, v1.8h, v2.16b
        vt      "saddw 4h", TS, v, saddw v0.4s, v1.4s, v2.4h
        vsweep  "saddw 4h", 64, v, saddw v0.4s, v1.4s, v2.4h
        vt      "saddw2 8h", TS, v, saddw2 v0.4s, v1.4s, v2.8h
        vsweep  "saddw2 8h", 64, v, saddw2 v0.4s, v1.4s, v2.8h
        vt      "saddw 2s", TS, v, saddw v0.2d, v1.2d, v2.2s
        vsweep  "saddw 2s", 64, v, saddw v0.2d, v1.2d, v2.2s
        vt      "saddw2 4s", TS, v, saddw2 v0.2d, v1.2d, v2.4s
        vsweep  "saddw2 4s", 64, v, saddw2 v0.2d, v1.2d, v2.4s
        println "== uaddw"
        vt      "uaddw 8b", TS, v, uaddw v0.8h, v1.8h, v2.8b
        vsweep  "uaddw 8b", 64, v, uaddw v0.8h, v1.8h, v2.8b
        vt      "uaddw2 16b", TS, v, uaddw2 v0.8h, v1.8h, v2.16b
        vsweep  "uaddw2 16b", 64, v, uaddw2 v0.8h, v1.8h, v2.16b
        vt      "uaddw 4h", TS, v, uaddw v0.4s, v1.4s, v2.4h
        vsweep  "uaddw 4h", 64, v, uaddw v0.4s, v1.4s, v2.4h
        vt      "uaddw2 8h", TS, v, uaddw2 v0.4s, v1.4s, v2.8h
        vsweep  "uaddw2 8h", 64, v, uaddw2 v0.4s, v1.4s, v2.8h
        vt      "uaddw 2s", TS, v, uaddw v0.2d, v1.2d, v2.2s
        vsweep  "uaddw 2s", 64, v, uaddw v0.2d, v1.2d, v2.2s
        vt      "uaddw2 4s", TS, v, uaddw2 v0.2d, v1.2d, v2.4s
        vsweep  "uaddw2 4s", 64, v, uaddw2 v0.2d, v1.2d, v2.4s
        println "== ssubl"
        vt      "ssubl 8b", TS, v, ssubl v0.8h, v1.8b, v2.8b
        vsweep  "ssubl 8b", 64, v, ssubl v0.8h, v1.8b, v2.8b
        vt      "ssubl2 16b", TS, v, ssubl2 v0.8h, v1.16b, v2.16b
        vsweep  "ssubl2 16b", 64, v, ssubl2 v0.8h, v1.16b, v2.16b
        vt      "ssubl 4h", TS, v, ssubl v0.4s, v1.4h, v2.4h
        vsweep  "ssubl 4h", 64, v, ssubl v0.4s, v1.4h, v2.4h
        vt      "ssubl2 8h", TS, v, ssubl2 v0.4s, v1.8h, v2.8h
        vsweep  "ssubl2 8h", 64, v, ssubl2 v0.4s, v1.8h, v2.8h
        vt      "ssubl 2s", TS, v, ssubl v0.2d, v1.2s, v2.2s
        vsweep  "ssubl 2s", 64, v, ssubl v0.2d, v1.2s, v2.2s
        vt      "ssubl2 4s", TS, v, ssubl2 v0.2d, v1.4s, v2.4s
        vsweep  "ssubl2 4s", 64, v, ssubl2 v0.2d, v1.4s, v2.4s
        println "== usubl"
        vt      "usubl 8b", TS, v, usubl v0.8h, v1.8b, v2.8b
        vsweep  "usubl 8b", 64, v, usubl v0.8h, v1.8b, v2.8b
        vt      "usubl2 16b", TS, v, usubl2 v0.8h, v1.16b, v2.16b
        vsweep  "usubl2 16b", 64, v, usubl2 v0.8h, v1.16b, v2.16b
        vt      "usubl 4h", TS, v, usubl v0.4s, v1.4h, v2.4h
        vsweep  "usubl 4h", 64, v, usubl v0.4s, v1.4h, v2.4h
        vt      "usubl2 8h", TS, v, usubl2 v0.4s, v1.8h, v2.8h
        vsweep  "usubl2 8h", 64, v, usubl2 v0.4s, v1.8h, v2.8h
        vt      "usubl 2s", TS, v, usubl v0.2d, v1.2s, v2.2s
        vsweep  "usubl 2s", 64, v, usubl v0.2d, v1.2s, v2.2s
        vt      "usubl2 4s", TS, v, usubl2 v0.2d, v1.4s, v2.4s
        vsweep  "usubl2 4s", 64, v, usubl2 v0.2d, v1.4s, v2.4s
        println "== ssubw"
        vt      "ssubw 8b", TS, v, ssubw v0.8h, v1.8h, v2.8b
        vsweep  "ssubw 8b", 64, v, ssubw v0.8h, v1.8h, v2.8b
        vt      "ssubw2 16b", TS, v, ssubw2 v0.8h, v1.8h, v2.16b
        vsweep  "ssubw2 16b", 64, v, ssubw2 v0.8h, v1.8h, v2.16b
        vt      "ssubw 4h", TS, v, ssubw v0.4s, v1.4s, v2.4h
        vsweep  "ssubw 4h", 64, v, ssubw v0.4s, v1.4s, v2.4h
        vt      "ssubw2 8h", TS, v, ssubw2 v0.4s, v1.4s, v2.8h
        vsweep  "ssubw2 8h", 64, v, ssubw2 v0.4s, v1.4s, v2.8h
        vt      "ssubw 2s", TS, v, ssubw v0.2d, v1.2d, v2.2s
        vsweep  "ssubw 2s", 64, v, ssubw v0.2d, v1.2d, v2.2s
        vt      "ssubw2 4s", TS, v, ssubw2 v0.2d, v1.2d, v2.4s
        vsweep  "ssubw2 4s", 64, v, ssubw2 v0.2d, v1.2d, v2.4s
        println "== usubw"
        vt      "usubw 8b", TS, v, usubw v0.8h, v1.8h, v2.8b
        vsweep  "usubw 8b", 64, v, usubw v0.8h, v1.8h, v2.8b
        vt      "usubw2 16b", TS, v, usubw2 v0.8h, v1.8h, v2.16b
        vsweep  "usubw2 16b", 64, v, usubw2 v0.8h, v1.8h, v2.16b
        vt      "usubw 4h", TS, v, usubw v0.4s, v1.4s, v2.4h
        vsweep  "usubw 4h", 64, v, usubw v0.4s, v1.4s, v2.4h
        vt      "usubw2 8h", TS, v, usubw2 v0.4s, v1.4s, v2.8h
        vsweep  "usubw2 8h", 64, v, usubw2 v0.4s, v1.4s, v2.8h
        vt      "usubw 2s", TS, v, usubw v0.2d, v1.2d, v2.2s
        vsweep  "usubw 2s", 64, v, usubw v0.2d, v1.2d, v2.2s
        vt      "usubw2 4s", TS, v, usubw2 v0.2d, v1.2d, v2.4s
        vsweep  "usubw2 4s", 64, v, usubw2 v0.2d, v1.2d, v2.4s
        println "== addhn"
        vt      "addhn 8b", TS, v, addhn v0.8b, v1.8h, v2.8h
        vsweep  "addhn 8b", 64, v, addhn v0.8b, v1.8h, v2.8h
        vt      "addhn2 16b", TS, v, addhn2 v0.16b, v1.8h, v2.8h
        vsweep  "addhn2 16b", 64, v, addhn2 v0.16b, v1.8h, v2.8h
        vt      "addhn 4h", TS, v, addhn v0.4h, v1.4s, v2.4s
        vsweep  "addhn 4h", 64, v, addhn v0.4h, v1.4s, v2.4s
        vt      "addhn2 8h", TS, v, addhn2 v0.8h, v1.4s, v2.4s
        vsweep  "addhn2 8h", 64, v, addhn2 v0.8h, v1.4s, v2.4s
        vt      "addhn 2s", TS, v, addhn v0.2s, v1.2d, v2.2d
        vsweep  "addhn 2s", 64, v, addhn v0.2s, v1.2d, v2.2d
        vt      "addhn2 4s", TS, v, addhn2 v0.4s, v1.2d, v2.2d
        vsweep  "addhn2 4s", 64, v, addhn2 v0.4s, v1.2d, v2.2d
        println "== raddhn"
        vt      "raddhn 8b", TS, v, raddhn v0.8b, v1.8h, v2.8h
        vsweep  "raddhn 8b", 64, v, raddhn v0.8b, v1.8h, v2.8h
        vt      "raddhn2 16b", TS, v, raddhn2 v0.16b, v1.8h, v2.8h
        vsweep  "raddhn2 16b", 64, v, raddhn2 v0.16b, v1.8h, v2.8h
        vt      "raddhn 4h", TS, v, raddhn v0.4h, v1.4s, v2.4s
        vsweep  "raddhn 4h", 64, v, raddhn v0.4h, v1.4s, v2.4s
        vt      "raddhn2 8h", TS, v, raddhn2 v0.8h, v1.4s, v2.4s
        vsweep  "raddhn2 8h", 64, v, raddhn2 v0.8h, v1.4s, v2.4s
        vt      "raddhn 2s", TS, v, raddhn v0.2s, v1.2d, v2.2d
        vsweep  "raddhn 2s", 64, v, raddhn v0.2s, v1.2d, v2.2d
        vt      "raddhn2 4s", TS, v, raddhn2 v0.4s, v1.2d, v2.2d
        vsweep  "raddhn2 4s", 64, v, raddhn2 v0.4s, v1.2d, v2.2d
        println "== subhn"
        vt      "subhn 8b", TS, v, subhn v0.8b, v1.8h, v2.8h
        vsweep  "subhn 8b", 64, v, subhn v0.8b, v1.8h, v2.8h
        vt      "subhn2 16b", TS, v, subhn2 v0.16b, v1.8h, v2.8h
        vsweep  "subhn2 16b", 64, v, subhn2 v0.16b, v1.8h, v2.8h
        vt      "subhn 4h", TS, v, subhn v0.4h, v1.4s, v2.4s
        vsweep  "subhn 4h", 64, v, subhn v0.4h, v1.4s, v2.4s
        vt      "subhn2 8h", TS, v, subhn2 v0.8h, v1.4s, v2.4s
        vsweep  "subhn2 8h", 64, v, subhn2 v0.8h, v1.4s, v2.4s
        vt      "subhn 2s", TS, v, subhn v0.2s, v1.2d, v2.2d
        vsweep  "subhn 2s", 64, v, subhn v0.2s, v1.2d, v2.2d
        vt      "subhn2 4s", TS, v, subhn2 v0.4s, v1.2d, v2.2d
        vsweep  "subhn2 4s", 64, v, subhn2 v0.4s, v1.2d, v2.2d
        println "== rsubhn"
        vt      "rsubhn 8b", TS, v, rsubhn v0.8b, v1.8h, v2.8h
        vsweep  "rsubhn 8b", 64, v, rsubhn v0.8b, v1.8h, v2.8h
        vt      "rsubhn2 16b", TS, v, rsubhn2 v0.16b, v1.8h, v2.8h
        vsweep  "rsubhn2 16b", 64, v, rsubhn2 v0.16b, v1.8h, v2.8h
        vt      "rsubhn 4h", TS, v, rsubhn v0.4h, v1.4s, v2.4s
        vsweep  "rsubhn 4h", 64, v, rsubhn v0.4h, v1.4s, v2.4s
        vt      "rsubhn2 8h", TS, v, rsubhn2 v0.8h, v1.4s, v2.4s
        vsweep  "rsubhn2 8h", 64, v, rsubhn2 v0.8h, v1.4s, v2.4s
        vt      "rsubhn 2s", TS, v, rsubhn v0.2s, v1.2d, v2.2d
        vsweep  "rsubhn 2s", 64, v, rsubhn v0.2s, v1.2d, v2.2d
        vt      "rsubhn2 4s", TS, v, rsubhn2 v0.4s, v1.2d, v2.2d
        vsweep  "rsubhn2 4s", 64, v, rsubhn2 v0.4s, v1.2d, v2.2d
        println "== sabal"
        vt      "sabal 8b", TS, v, sabal v0.8h, v1.8b, v2.8b
        vsweep  "sabal 8b", 64, v, sabal v0.8h, v1.8b, v2.8b
        vt      "sabal2 16b", TS, v, sabal2 v0.8h, v1.16b, v2.16b
        vsweep  "sabal2 16b", 64, v, sabal2 v0.8h, v1.16b, v2.16b
        vt      "sabal 4h", TS, v, sabal v0.4s, v1.4h, v2.4h
        vsweep  "sabal 4h", 64, v, sabal v0.4s, v1.4h, v2.4h
        vt      "sabal2 8h", TS, v, sabal2 v0.4s, v1.8h, v2.8h
        vsweep  "sabal2 8h", 64, v, sabal2 v0.4s, v1.8h, v2.8h
        vt      "sabal 2s", TS, v, sabal v0.2d, v1.2s, v2.2s
        vsweep  "sabal 2s", 64, v, sabal v0.2d, v1.2s, v2.2s
        vt      "sabal2 4s", TS, v, sabal2 v0.2d, v1.4s, v2.4s
        vsweep  "sabal2 4s", 64, v, sabal2 v0.2d, v1.4s, v2.4s
        println "== uabal"
        vt      "uabal 8b", TS, v, uabal v0.8h, v1.8b, v2.8b
        vsweep  "uabal 8b", 64, v, uabal v0.8h, v1.8b, v2.8b
        vt      "uabal2 16b", TS, v, uabal2 v0.8h, v1.16b, v2.16b
        vsweep  "uabal2 16b", 64, v, uabal2 v0.8h, v1.16b, v2.16b
        vt      "uabal 4h", TS, v, uabal v0.4s, v1.4h, v2.4h
        vsweep  "uabal 4h", 64, v, uabal v0.4s, v1.4h, v2.4h
        vt      "uabal2 8h", TS, v, uabal2 v0.4s, v1.8h, v2.8h
        vsweep  "uabal2 8h", 64, v, uabal2 v0.4s, v1.8h, v2.8h
        vt      "uabal 2s", TS, v, uabal v0.2d, v1.2s, v2.2s
        vsweep  "uabal 2s", 64, v, uabal v0.2d, v1.2s, v2.2s
        vt      "uabal2 4s", TS, v, uabal2 v0.2d, v1.4s, v2.4s
        vsweep  "uabal2 4s", 64, v, uabal2 v0.2d, v1.4s, v2.4s
        println "== sabdl"
        vt      "sabdl 8b", TS, v, sabdl v0.8h, v1.8b, v2.8b
        vsweep  "sabdl 8b", 64, v, sabdl v0.8h, v1.8b, v2.8b
        vt      "sabdl2 16b", TS, v, sabdl2 v0.8h, v1.16b, v2.16b
        vsweep  "sabdl2 16b", 64, v, sabdl2 v0.8h, v1.16b, v2.16b
        vt      "sabdl 4h", TS, v, sabdl v0.4s, v1.4h, v2.4h
        vsweep  "sabdl 4h", 64, v, sabdl v0.4s, v1.4h, v2.4h
        vt      "sabdl2 8h", TS, v, sabdl2 v0.4s, v1.8h, v2.8h
        vsweep  "sabdl2 8h", 64, v, sabdl2 v0.4s, v1.8h, v2.8h
        vt      "sabdl 2s", TS, v, sabdl v0.2d, v1.2s, v2.2s
        vsweep  "sabdl 2s", 64, v, sabdl v0.2d, v1.2s, v2.2s
        vt      "sabdl2 4s", TS, v, sabdl2 v0.2d, v1.4s, v2.4s
        vsweep  "sabdl2 4s", 64, v, sabdl2 v0.2d, v1.4s, v2.4s
        println "== uabdl"
        vt      "uabdl 8b", TS, v, uabdl v0.8h, v1.8b, v2.8b
        vsweep  "uabdl 8b", 64, v, uabdl v0.8h, v1.8b, v2.8b
        vt      "uabdl2 16b", TS, v, uabdl2 v0.8h, v1.16b, v2.16b
        vsweep  "uabdl2 16b", 64, v, uabdl2 v0.8h, v1.16b, v2.16b
        vt      "uabdl 4h", TS, v, uabdl v0.4s, v1.4h, v2.4h
        vsweep  "uabdl 4h", 64, v, uabdl v0.4s, v1.4h, v2.4h
        vt      "uabdl2 8h", TS, v, uabdl2 v0.4s, v1.8h, v2.8h
        vsweep  "uabdl2 8h", 64, v, uabdl2 v0.4s, v1.8h, v2.8h
        vt      "uabdl 2s", TS, v, uabdl v0.2d, v1.2s, v2.2s
        vsweep  "uabdl 2s", 64, v, uabdl v0.2d, v1.2s, v2.2s
        vt      "uabdl2 4s", TS, v, uabdl2 v0.2d, v1.4s, v2.4s
        vsweep  "uabdl2 4s", 64, v, uabdl2 v0.2d, v1.4s, v2.4s
        println "== smlal"
        vt      "smlal 8b", TS, v, smlal v0.8h, v1.8b, v2.8b
        vsweep  "smlal 8b", 64, v, smlal v0.8h, v1.8b, v2.8b
        vt      "smlal2 16b", TS, v, smlal2 v0.8h, v1.16b, v2.16b
        vsweep  "smlal2 16b", 64, v, smlal2 v0.8h, v1.16b, v2.16b
        vt      "smlal 4h", TS, v, smlal v0.4s, v1.4h, v2.4h
        vsweep  "smlal 4h", 64, v, smlal v0.4s, v1.4h, v2.4h
        vt      "smlal2 8h", TS, v, smlal2 v0.4s, v1.8h, v2.8h
        vsweep  "smlal2 8h", 64, v, smlal2 v0.4s, v1.8h, v2.8h
        vt      "smlal 2s", TS, v, smlal v0.2d, v1.2s, v2.2s
        vsweep  "smlal 2s", 64, v, smlal v0.2d, v1.2s, v2.2s
        vt      "smlal2 4s", TS, v, smlal2 v0.2d, v1.4s, v2.4s
        vsweep  "smlal2 4s", 64, v, smlal2 v0.2d, v1.4s, v2.4s
        println "== umlal"
        vt      "umlal 8b", TS, v, umlal v0.8h, v1.8b, v2.8b
        vsweep  "umlal 8b", 64, v, umlal v0.8h, v1.8b, v2.8b
        vt      "umlal2 16b", TS, v, umlal2 v0.8h, v1.16b, v2.16b
        vsweep  "umlal2 16b", 64, v, umlal2 v0.8h, v1.16b, v2.16b
        vt      "umlal 4h", TS, v, umlal v0.4s, v1.4h, v2.4h
        vsweep  "umlal 4h", 64, v, umlal v0.4s, v1.4h, v2.4h
        vt      "umlal2 8h", TS, v, umlal2 v0.4s, v1.8h, v2.8h
        vsweep  "umlal2 8h", 64, v, umlal2 v0.4s, v1.8h, v2.8h
        vt      "umlal 2s", TS, v, umlal v0.2d, v1.2s, v2.2s
        vsweep  "umlal 2s", 64, v, umlal v0.2d, v1.2s, v2.2s
        vt      "umlal2 4s", TS, v, umlal2 v0.2d, v1.4s, v2.4s
        vsweep  "umlal2 4s", 64, v, umlal2 v0.2d, v1.4s, v2.4s
        println "== sqdmlal"
        vt      "sqdmlal 4h", TS, v, sqdmlal v0.4s, v1.4h, v2.4h
        vsweep  "sqdmlal 4h", 64, v, sqdmlal v0.4s, v1.4h, v2.4h
        vt      "sqdmlal2 8h", TS, v, sqdmlal2 v0.4s, v1.8h, v2.8h
        vsweep  "sqdmlal2 8h", 64, v, sqdmlal2 v0.4s, v1.8h, v2.8h
        vt      "sqdmlal 2s", TS, v, sqdmlal v0.2d, v1.2s, v2.2s
        vsweep  "sqdmlal 2s", 64, v, sqdmlal v0.2d, v1.2s, v2.2s
        vt      "sqdmlal2 4s", TS, v, sqdmlal2 v0.2d, v1.4s, v2.4s
        vsweep  "sqdmlal2 4s", 64, v, sqdmlal2 v0.2d, v1.4s, v2.4s
        println "== smlsl"
        vt      "smlsl 8b", TS, v, smlsl v0.8h, v1.8b, v2.8b
        vsweep  "smlsl 8b", 64, v, smlsl v0.8h, v1.8b, v2.8b
        vt      "smlsl2 16b", TS, v, smlsl2 v0.8h, v1.16b, v2.16b
        vsweep  "smlsl2 16b", 64, v, smlsl2 v0.8h, v1.16b, v2.16b
        vt      "smlsl 4h", TS, v, smlsl v0.4s, v1.4h, v2.4h
        vsweep  "smlsl 4h", 64, v, smlsl v0.4s, v1.4h, v2.4h
        vt      "smlsl2 8h", TS, v, smlsl2 v0.4s, v1.8h, v2.8h
        vsweep  "smlsl2 8h", 64, v, smlsl2 v0.4s, v1.8h, v2.8h
        vt      "smlsl 2s", TS, v, smlsl v0.2d, v1.2s, v2.2s
        vsweep  "smlsl 2s", 64, v, smlsl v0.2d, v1.2s, v2.2s
        vt      "smlsl2 4s", TS, v, smlsl2 v0.2d, v1.4s, v2.4s
        vsweep  "smlsl2 4s", 64, v, smlsl2 v0.2d, v1.4s, v2.4s
        println "== umlsl"
        vt      "umlsl 8b", TS, v, umlsl v0.8h, v1.8b, v2.8b
        vsweep  "umlsl 8b", 64, v, umlsl v0.8h, v1.8b, v2.8b
        vt      "umlsl2 16b", TS, v, umlsl2 v0.8h, v1.16b, v2.16b
        vsweep  "umlsl2 16b", 64, v, umlsl2 v0.8h, v1.16b, v2.16b
        vt      "umlsl 4h", TS, v, umlsl v0.4s, v1.4h, v2.4h
        vsweep  "umlsl 4h", 64, v, umlsl v0.4s, v1.4h, v2.4h
        vt      "umlsl2 8h", TS, v, umlsl2 v0.4s, v1.8h, v2.8h
        vsweep  "umlsl2 8h", 64, v, umlsl2 v0.4s, v1.8h, v2.8h
        vt      "umlsl 2s", TS, v, umlsl v0.2d, v1.2s, v2.2s
        vsweep  "umlsl 2s", 64, v, umlsl v0.2d, v1.2s, v2.2s
        vt      "umlsl2 4s", TS, v, umlsl2 v0.2d, v1.4s, v2.4s
        vsweep  "umlsl2 4s", 64, v, umlsl2 v0.2d, v1.4s, v2.4s
        println "== sqdmlsl"
        vt      "sqdmlsl 4h", TS, v, sqdmlsl v0.4s, v1.4h, v2.4h
        vsweep  "sqdmlsl 4h", 64, v, sqdmlsl v0.4s, v1.4h, v2.4h
        vt      "sqdmlsl2 8h", TS, v, sqdmlsl2 v0.4s, v1.8h, v2.8h
        vsweep  "sqdmlsl2 8h", 64, v, sqdmlsl2 v0.4s, v1.8h, v2.8h
        vt      "sqdmlsl 2s", TS, v, sqdmlsl v0.2d, v1.2s, v2.2s
        vsweep  "sqdmlsl 2s", 64, v, sqdmlsl v0.2d, v1.2s, v2.2s
        vt      "sqdmlsl2 4s", TS, v, sqdmlsl2 v0.2d, v1.4s, v2.4s
        vsweep  "sqdmlsl2 4s", 64, v, sqdmlsl2 v0.2d, v1.4s, v2.4s
        println "== smull"
        vt      "smull 8b", TS, v, smull v0.8h, v1.8b, v2.8b
        vsweep  "smull 8b", 64, v, smull v0.8h, v1.8b, v2.8b
        vt      "smull2 16b", TS, v, smull2 v0.8h, v1.16b, v2.16b
        vsweep  "smull2 16b", 64, v, smull2 v0.8h, v1.16b, v2.16b
        vt      "smull 4h", TS, v, smull v0.4s, v1.4h, v2.4h
        vsweep  "smull 4h", 64, v, smull v0.4s, v1.4h, v2.4h
        vt      "smull2 8h", TS, v, smull2 v0.4s, v1.8h, v2.8h
        vsweep  "smull2 8h", 64, v, smull2 v0.4s, v1.8h, v2.8h
        vt      "smull 2s", TS, v, smull v0.2d, v1.2s, v2.2s
        vsweep  "smull 2s", 64, v, smull v0.2d, v1.2s, v2.2s
        vt      "smull2 4s", TS, v, smull2 v0.2d, v1.4s, v2.4s
        vsweep  "smull2 4s", 64, v, smull2 v0.2d, v1.4s, v2.4s
        println "== umull"
        vt      "umull 8b", TS, v, umull v0.8h, v1.8b, v2.8b
        vsweep  "umull 8b", 64, v, umull v0.8h, v1.8b, v2.8b
        vt      "umull2 16b", TS, v, umull2 v0.8h, v1.16b, v2.16b
        vsweep  "umull2 16b", 64, v, umull2 v0.8h, v1.16b, v2.16b
        vt      "umull 4h", TS, v, umull v0.4s, v1.4h, v2.4h
        vsweep  "umull 4h", 64, v, umull v0.4s, v1.4h, v2.4h
        vt      "umull2 8h", TS, v, umull2 v0.4s, v1.8h, v2.8h
        vsweep  "umull2 8h", 64, v, umull2 v0.4s, v1.8h, v2.8h
        vt      "umull 2s", TS, v, umull v0.2d, v1.2s, v2.2s
        vsweep  "umull 2s", 64, v, umull v0.2d, v1.2s, v2.2s
        vt      "umull2 4s", TS, v, umull2 v0.2d, v1.4s, v2.4s
        vsweep  "umull2 4s", 64, v, umull2 v0.2d, v1.4s, v2.4s
        println "== sqdmull"
        vt      "sqdmull 4h", TS, v, sqdmull v0.4s, v1.4h, v2.4h
        vsweep  "sqdmull 4h", 64, v, sqdmull v0.4s, v1.4h, v2.4h
        vt      "sqdmull2 8h", TS, v, sqdmull2 v0.4s, v1.8h, v2.8h
        vsweep  "sqdmull2 8h", 64, v, sqdmull2 v0.4s, v1.8h, v2.8h
        vt      "sqdmull 2s", TS, v, sqdmull v0.2d, v1.2s, v2.2s
        vsweep  "sqdmull 2s", 64, v, sqdmull v0.2d, v1.2s, v2.2s
        vt      "sqdmull2 4s", TS, v, sqdmull2 v0.2d, v1.4s, v2.4s
        vsweep  "sqdmull2 4s", 64, v, sqdmull2 v0.2d, v1.4s, v2.4s
        println "== pmull"
        vt      "pmull 8b", TS, v, pmull v0.8h, v1.8b, v2.8b
        vsweep  "pmull 8b", 64, v, pmull v0.8h, v1.8b, v2.8b
        vt      "pmull2 16b", TS, v, pmull2 v0.8h, v1.16b, v2.16b
        vsweep  "pmull2 16b", 64, v, pmull2 v0.8h, v1.16b, v2.16b
        vt      "smlal2 4s v0,v0,v1 (overlap)", TS, v, smlal2 v0.4s, v0.8h, v1.8h
        vt      "uaddw2 2d v0,v1,v0 (overlap)", TS, v, uaddw2 v0.2d, v1.2d, v0.4s
        vt      "raddhn2 16b v0,v0,v1 (overlap)", TS, v, raddhn2 v0.16b, v0.8h, v1.8h
        vt      "sqdmlal2 2d v0,v0,v0 (overlap)", TS, v, sqdmlal2 v0.2d, v0.4s, v0.4s
        println "== scalar"
        vt      "sqdmlal s", TS, v, sqdmlal s0, h1, h2
        vsweep  "sqdmlal s", 64, v, sqdmlal s0, h1, h2
        vt      "sqdmlal d", TS, v, sqdmlal d0, s1, s2
        vsweep  "sqdmlal d", 64, v, sqdmlal d0, s1, s2
        vt      "sqdmlsl s", TS, v, sqdmlsl s0, h1, h2
        vsweep  "sqdmlsl s", 64, v, sqdmlsl s0, h1, h2
        vt      "sqdmlsl d", TS, v, sqdmlsl d0, s1, s2
        vsweep  "sqdmlsl d", 64, v, sqdmlsl d0, s1, s2
        vt      "sqdmull s", TS, v, sqdmull s0, h1, h2
        vsweep  "sqdmull s", 64, v, sqdmull s0, h1, h2
        vt      "sqdmull d", TS, v, sqdmull d0, s1, s2
        vsweep  "sqdmull d", 64, v, sqdmull d0, s1, s2
        exit

// fp_fastpaths: FMLA/FMLS/FMUL (vector) and FADD/FSUB/FMUL and the FMADD family (scalar),
// which the emulator computes with WebAssembly SIMD, or for double products by exact
// error-free transformations, when every operand and result is a normal number under
// round-to-nearest (fp/vector.ts), on operands chosen to reach those paths' limits: a fused
// single (double) result just above a midpoint whose double sum (the sum of the rounded
// product and its error) is the midpoint itself (the path must give way to the soft-float
// code), and a hashed sweep of operands with sparse mantissas (exponents 104..135, so sums
// of widely apart magnitudes, exact and inexact results, and cancellations) where each line
// folds every result and FPSR after each instruction (FPMulAdd, FPAdd, FPMul in the Arm
// ARM shared pseudocode).
        .include "common.inc"

// A pseudo-random single from the xorshift state x9 into \reg (via w1).
.macro rnd_single reg
  eor x9, x9, x9, lsl #13
  eor x9, x9, x9, lsr #7
  eor x9, x9, x9, lsl #17
  and x1, x9, #0x80000000        // sign
  ubfx x2, x9, #8, #5
  add x2, x2, #104               // exponent 104..135
  orr x1, x1, x2, lsl #23
  ubfx x2, x9, #16, #2
  orr x1, x1, x2, lsl #21        // top two mantissa bits
  ubfx x2, x9, #20, #1
  orr x1, x1, x2, lsl #10
  ubfx x2, x9, #24, #1
  orr x1, x1, x2                 // lowest mantissa bit
  tst x9, #0x3f00000000
  b.ne 1f
  ubfx x2, x9, #40, #23
  bfi x1, x2, #0, #23            // sometimes a dense mantissa
1:
  mov \reg, w1
.endm
// Fold V[vreg] and FPSR into x20; clear FPSR.
.macro fold vreg
  fmov x0, d\vreg
  ror x20, x20, #7
  eor x20, x20, x0
  mov x0, v\vreg\().d[1]
  ror x20, x20, #11
  eor x20, x20, x0
  mrs x0, fpsr
  eor x20, x20, x0
  msr fpsr, xzr
.endm

test_main:
        stp     x29, x30, [sp, #-16]!
        stp     x20, x21, [sp, #-16]!
        str     x22, [sp, #-16]!
        mov     x0, #(3 << 20)          // CPACR_EL1.FPEN: FP/AdvSIMD not trapped
        msr     cpacr_el1, x0
        isb
        msr     fpsr, xzr
        mov     x20, #0
        // (1 + 2^-23) + (-2^-25 * (2 - 2^-14)) * (1 + 2^-15) = 1 + 2^-24 + 2^-54: rounds up.
        movz    w1, #0x3f80, lsl #16
        movk    w1, #0x0001
        dup     v3.4s, w1
        movz    w1, #0xb37f, lsl #16
        movk    w1, #0xfe00
        dup     v1.4s, w1
        movz    w1, #0x3f80, lsl #16
        movk    w1, #0x0100
        dup     v2.4s, w1
        fneg    v4.4s, v3.4s
        mov     v5.16b, v3.16b
        fmla    v3.4s, v1.4s, v2.4s
        mrs     x0, fpsr
        msr     fpsr, xzr
        mov     x1, v3.d[1]
        check   fmla_4s_midpoint_hi, x1
        fmov    x1, d3
        check   fmla_4s_midpoint_lo, x1
        check   fmla_4s_midpoint_fpsr, x0
        fmls    v4.4s, v1.4s, v2.4s
        mrs     x0, fpsr
        msr     fpsr, xzr
        fmov    x1, d4
        check   fmls_4s_midpoint, x1
        check   fmls_4s_midpoint_fpsr, x0
        fmla    v5.2s, v1.2s, v2.2s
        mrs     x0, fpsr
        msr     fpsr, xzr
        fmov    x1, d5
        check   fmla_2s_midpoint, x1
        mov     x1, v5.d[1]
        check   fmla_2s_midpoint_upper, x1
        check   fmla_2s_midpoint_fpsr, x0

        // The same for doubles: (1 + 2^-52) + (-2^-54 * (2 - 2^-26)) * (1 + 2^-27)
        // = 1 + 2^-53 + 2^-107, vector and scalar.
        ldr     x1, =0x3ff0000000000001
        dup     v3.2d, x1
        ldr     x1, =0xbc9ffffffc000000
        dup     v1.2d, x1
        ldr     x1, =0x3ff0000002000000
        dup     v2.2d, x1
        fneg    v4.2d, v3.2d
        fmadd   d6, d1, d2, d3
        fnmsub  d7, d1, d2, d4
        fmla    v3.2d, v1.2d, v2.2d
        mrs     x0, fpsr
        msr     fpsr, xzr
        fmov    x1, d3
        check   fmla_2d_midpoint_lo, x1
        mov     x1, v3.d[1]
        check   fmla_2d_midpoint_hi, x1
        check   fmla_2d_midpoint_fpsr, x0
        fmls    v4.2d, v1.2d, v2.2d
        fmov    x1, d4
        check   fmls_2d_midpoint, x1
        fmov    x1, d6
        check   fmadd_d_midpoint, x1
        fmov    x1, d7
        check   fnmsub_d_midpoint, x1

        movz    x9, #0x1234
        movk    x9, #0x9876, lsl #32
        mov     x22, #8                 // lines
sweep_line:
        mov     x20, #0
        mov     x21, #2048              // iterations per line
sweep:
  rnd_single v1.s[0]
  rnd_single v1.s[1]
  rnd_single v1.s[2]
  rnd_single v1.s[3]
  rnd_single v2.s[0]
  rnd_single v2.s[1]
  rnd_single v2.s[2]
  rnd_single v2.s[3]
  rnd_single v3.s[0]
  rnd_single v3.s[1]
  rnd_single v3.s[2]
  rnd_single v3.s[3]
  mov v13.16b, v3.16b
  mov v14.16b, v3.16b
  mov v18.16b, v3.16b
  mov v4.16b, v3.16b
  mov v5.16b, v3.16b
  fmla v3.4s, v1.4s, v2.4s
  fold 3
  fmls v4.4s, v1.4s, v2.4s
  fold 4
  fmla v5.2s, v1.2s, v2.2s
  fold 5
  fadd s6, s1, s2
  fold 6
  fsub s7, s1, s4
  fold 7
  fmul s8, s1, s2
  fold 8
  fadd d10, d1, d2
  fold 10
  fsub d11, d1, d2
  fold 11
  fadd v12.4s, v1.4s, v2.4s
  fold 12
  fmla v13.2d, v1.2d, v2.2d
  fold 13
  fmls v14.2d, v1.2d, v2.2d
  fold 14
  fmul v15.2d, v1.2d, v2.2d
  fold 15
  fmul d16, d1, d2
  fold 16
  fmadd d17, d1, d2, d18
  fold 17
  fnmsub d19, d1, d2, d18
  fold 19
  fmsub d22, d2, d1, d18
  fold 22
  fmadd s20, s1, s2, s18
  fold 20
  fnmadd s21, s1, s2, s18
  fold 21
        subs    x21, x21, #1
        b.ne    sweep
        check   sweep_hash, x20
        subs    x22, x22, #1
        b.ne    sweep_line
        b       1f
        .ltorg
1:
        ldr     x22, [sp], #16
        ldp     x20, x21, [sp], #16
        ldp     x29, x30, [sp], #16
        ret

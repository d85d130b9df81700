// The unallocated encodings inside the Advanced SIMD floating-point and crypto classes
// (opcode ranges that hold only FP or crypto instructions, and the half-precision classes):
// FEAT_FP16, FEAT_FHM, FEAT_FCMA, FEAT_FRINTTS encodings and reserved opcodes. They are UNDEFINED
// even when CPACR_EL1.FPEN traps SIMD&FP instructions (an unallocated encoding is not an
// SIMD&FP instruction; QEMU decodes them before its access check too), unlike the
// fallback entries of fp-simd-access.ts. Every real entry fixes more bits and wins.
import type { Encoding } from "./types";

const g = "simd-fp-unallocated";
const asm = () => null;
export const simdFpUnallocated: Encoding[] = [
  // three same (vector, scalar): opcodes 11xxx
  { name: "SIMD_FP_3SAME_UNALLOCATED", group: g, pattern: "0 - - 01110 -- 1 ----- 11 --- 1 ----- -----", asm },
  { name: "SIMD_FP_3SAME_SCALAR_UNALLOCATED", group: g, pattern: "01 - 11110 -- 1 ----- 11 --- 1 ----- -----", asm },
  // two-register misc (vector, scalar): opcodes 011xx, 1011x, 11xxx
  { name: "SIMD_FP_MISC_011_UNALLOCATED", group: g, pattern: "0 - - 01110 -- 10000 011 -- 10 ----- -----", asm },
  { name: "SIMD_FP_MISC_1011_UNALLOCATED", group: g, pattern: "0 - - 01110 -- 10000 1011 - 10 ----- -----", asm },
  { name: "SIMD_FP_MISC_11_UNALLOCATED", group: g, pattern: "0 - - 01110 -- 10000 11 --- 10 ----- -----", asm },
  { name: "SIMD_FP_MISC_SCALAR_011_UNALLOCATED", group: g, pattern: "01 - 11110 -- 10000 011 -- 10 ----- -----", asm },
  { name: "SIMD_FP_MISC_SCALAR_1011_UNALLOCATED", group: g, pattern: "01 - 11110 -- 10000 1011 - 10 ----- -----", asm },
  { name: "SIMD_FP_MISC_SCALAR_11_UNALLOCATED", group: g, pattern: "01 - 11110 -- 10000 11 --- 10 ----- -----", asm },
  // scalar pairwise: everything but ADDP (U = 0, opcode 11011)
  { name: "SIMD_FP_PAIRWISE_U1_UNALLOCATED", group: g, pattern: "01 1 11110 -- 11000 ----- 10 ----- -----", asm },
  { name: "SIMD_FP_PAIRWISE_0_UNALLOCATED", group: g, pattern: "01 0 11110 -- 11000 0---- 10 ----- -----", asm },
  { name: "SIMD_FP_PAIRWISE_10_UNALLOCATED", group: g, pattern: "01 0 11110 -- 11000 10--- 10 ----- -----", asm },
  { name: "SIMD_FP_PAIRWISE_111_UNALLOCATED", group: g, pattern: "01 0 11110 -- 11000 111-- 10 ----- -----", asm },
  { name: "SIMD_FP_PAIRWISE_1100_UNALLOCATED", group: g, pattern: "01 0 11110 -- 11000 1100- 10 ----- -----", asm },
  { name: "SIMD_FP_PAIRWISE_11010_UNALLOCATED", group: g, pattern: "01 0 11110 -- 11000 11010 10 ----- -----", asm },
  // across lanes: opcodes 011xx
  { name: "SIMD_FP_ACROSS_UNALLOCATED", group: g, pattern: "0 - - 01110 -- 11000 011 -- 10 ----- -----", asm },
  // (scalar) x indexed element: opcodes x001 and 0101, and 0011/0111 with U = 1 (FEAT_FCMA)
  { name: "SIMD_FP_ELEM_x001_UNALLOCATED", group: g, pattern: "0 - - 01111 -- -- ---- - 001 - 0 ----- -----", asm },
  { name: "SIMD_FP_ELEM_0101_UNALLOCATED", group: g, pattern: "0 - - 01111 -- -- ---- 0101 - 0 ----- -----", asm },
  { name: "SIMD_FP_ELEM_SCALAR_x001_UNALLOCATED", group: g, pattern: "01 - 11111 -- -- ---- - 001 - 0 ----- -----", asm },
  { name: "SIMD_FP_ELEM_SCALAR_0101_UNALLOCATED", group: g, pattern: "01 - 11111 -- -- ---- 0101 - 0 ----- -----", asm },
  { name: "SIMD_FP_ELEM_FCMA_UNALLOCATED", group: g, pattern: "0 - 1 01111 -- -- ---- 0 - 11 - 0 ----- -----", asm },
  { name: "SIMD_FP_ELEM_SCALAR_FCMA_UNALLOCATED", group: g, pattern: "01 1 11111 -- -- ---- 0 - 11 - 0 ----- -----", asm },
  // modified immediate: cmode 1111
  { name: "SIMD_FP_FMOV_IMM_UNALLOCATED", group: g, pattern: "0 - - 0111100000 --- 1111 - 1 ----- -----", asm },
  // the half-precision classes: three same (FP16) and two-register misc (FP16), vector and scalar
  { name: "SIMD_FP16_3SAME_UNALLOCATED", group: g, pattern: "0 - - 01110 - 10 ----- 00 --- 1 ----- -----", asm },
  { name: "SIMD_FP16_3SAME_SCALAR_UNALLOCATED", group: g, pattern: "01 - 11110 - 10 ----- 00 --- 1 ----- -----", asm },
  { name: "SIMD_FP16_MISC_UNALLOCATED", group: g, pattern: "0 - - 01110 - 1111 00 ----- 10 ----- -----", asm },
  { name: "SIMD_FP16_MISC_SCALAR_UNALLOCATED", group: g, pattern: "01 - 11110 - 1111 00 ----- 10 ----- -----", asm },
  // cryptographic AES, three-register SHA, two-register SHA
  { name: "CRYPTO_AES_UNALLOCATED", group: g, pattern: "01001110 -- 10100 ----- 10 ----- -----", asm },
  { name: "CRYPTO_SHA3_UNALLOCATED", group: g, pattern: "01011110 -- 0 ----- 0 --- 00 ----- -----", asm },
  { name: "CRYPTO_SHA2_UNALLOCATED", group: g, pattern: "01011110 -- 10100 ----- 10 ----- -----", asm },
];

// Semantics of the unallocated encodings of the Advanced SIMD floating-point and crypto
// classes (see isa/table/simd-fp-unallocated.ts): UNDEFINED, before any SIMD&FP access check.
export function SIMD_FP_3SAME_UNALLOCATED(): bool { return false; }
export function SIMD_FP_3SAME_SCALAR_UNALLOCATED(): bool { return false; }
export function SIMD_FP_MISC_011_UNALLOCATED(): bool { return false; }
export function SIMD_FP_MISC_1011_UNALLOCATED(): bool { return false; }
export function SIMD_FP_MISC_11_UNALLOCATED(): bool { return false; }
export function SIMD_FP_MISC_SCALAR_011_UNALLOCATED(): bool { return false; }
export function SIMD_FP_MISC_SCALAR_1011_UNALLOCATED(): bool { return false; }
export function SIMD_FP_MISC_SCALAR_11_UNALLOCATED(): bool { return false; }
export function SIMD_FP_PAIRWISE_UNALLOCATED(): bool { return false; }
export function SIMD_FP_ACROSS_UNALLOCATED(): bool { return false; }
export function SIMD_FP_ELEM_x001_UNALLOCATED(): bool { return false; }
export function SIMD_FP_ELEM_0101_UNALLOCATED(): bool { return false; }
export function SIMD_FP_ELEM_SCALAR_x001_UNALLOCATED(): bool { return false; }
export function SIMD_FP_ELEM_SCALAR_0101_UNALLOCATED(): bool { return false; }
export function SIMD_FP_ELEM_FCMA_UNALLOCATED(): bool { return false; }
export function SIMD_FP_ELEM_SCALAR_FCMA_UNALLOCATED(): bool { return false; }
export function SIMD_FP_FMOV_IMM_UNALLOCATED(): bool { return false; }
export function CRYPTO_AES_UNALLOCATED(): bool { return false; }
export function CRYPTO_SHA3_UNALLOCATED(): bool { return false; }
export function CRYPTO_SHA2_UNALLOCATED(): bool { return false; }

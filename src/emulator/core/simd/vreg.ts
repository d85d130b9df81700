// The Advanced SIMD view of the SIMD&FP register file: V0-V31 as 128-bit vectors of 8-, 16-,
// 32- or 64-bit elements (element 0 at the lowest address, A1.4 "Vector formats"), FPSR.QC,
// and a scratch vector for results that must not overwrite their sources while being built.
// `size` arguments are log2 of the element size in bytes (the encodings' size field).
import { cpu, OFF_V, OFF_FPSR } from "../state";

/** FPSR.QC, the cumulative saturation bit (C5.2.10). */
const FPSR_QC: u32 = 1 << 27;

/** A 16-byte scratch vector (results built element by element, then copied). */
export const TMP: usize = memory.data(16, 16);

/** Address of V[n]. */
@inline export function vreg(n: u32): usize {
  return cpu + OFF_V + (<usize>(n & 31) << 4);
}
@inline export function getV(n: u32): v128 {
  return v128.load(vreg(n));
}
@inline export function setV(n: u32, value: v128): void {
  v128.store(vreg(n), value);
}
/** Write a vector result of 128 bits (Q = 1) or 64 bits (Q = 0: bits 127:64 become zero). */
@inline export function setVQ(n: u32, value: v128, Q: u32): void {
  v128.store(vreg(n), Q ? value : i64x2.replace_lane(value, 1, 0));
}
/** Write a scalar result (zero-extended to 64 bits): bits 127:64 become zero. */
@inline export function setScalar(n: u32, value: u64): void {
  const a = vreg(n);
  store<u64>(a, value);
  store<u64>(a, 0, 8);
}
/** Zero bits 127:64 of V[n]. */
@inline export function clearHigh(n: u32): void {
  store<u64>(vreg(n), 0, 8);
}
/** Copy the scratch vector to V[n] (Q = 0: the low 64 bits, zeroing the rest). */
@inline export function commitTmp(n: u32, Q: u32): void {
  setVQ(n, v128.load(TMP), Q);
}

/** Write the 64-bit narrowed result in TMP's low half to Vn: to the lower half with the upper
 *  half zeroed (Q = 0), or to the upper half keeping the lower one (Q = 1, the "2" forms). */
@inline export function commitNarrowTmp(n: u32, Q: u32): void {
  const d = vreg(n);
  if (Q) {
    store<u64>(d, load<u64>(TMP), 8);
  } else {
    store<u64>(d, load<u64>(TMP));
    store<u64>(d, 0, 8);
  }
}

/** Element i of 1 << size bytes at `base`, zero-extended. */
@inline export function elem(base: usize, i: u32, size: u32): u64 {
  switch (size) {
    case 0: return <u64>load<u8>(base + <usize>i);
    case 1: return <u64>load<u16>(base + (<usize>i << 1));
    case 2: return <u64>load<u32>(base + (<usize>i << 2));
    default: return load<u64>(base + (<usize>i << 3));
  }
}
/** Element i of 1 << size bytes at `base`, sign-extended. */
@inline export function elemS(base: usize, i: u32, size: u32): i64 {
  switch (size) {
    case 0: return <i64>load<i8>(base + <usize>i);
    case 1: return <i64>load<i16>(base + (<usize>i << 1));
    case 2: return <i64>load<i32>(base + (<usize>i << 2));
    default: return load<i64>(base + (<usize>i << 3));
  }
}
/** Element i, sign- or zero-extended. */
@inline export function elemX(base: usize, i: u32, size: u32, unsigned: bool): i64 {
  return unsigned ? <i64>elem(base, i, size) : elemS(base, i, size);
}
/** Store the low 8 << size bits of `value` as element i at `base`. */
@inline export function setElem(base: usize, i: u32, size: u32, value: u64): void {
  switch (size) {
    case 0: store<u8>(base + <usize>i, <u8>value); break;
    case 1: store<u16>(base + (<usize>i << 1), <u16>value); break;
    case 2: store<u32>(base + (<usize>i << 2), <u32>value); break;
    default: store<u64>(base + (<usize>i << 3), value);
  }
}

/** Number of elements of 1 << size bytes in a 64-bit (Q = 0) or 128-bit vector. */
@inline export function elementCount(Q: u32, size: u32): u32 {
  return (8 << Q) >> size;
}
/** Mask of the low 8 << size bits. */
@inline export function sizeMask(size: u32): u64 {
  return size == 3 ? <u64>-1 : (<u64>1 << (<u64>8 << <u64>size)) - 1;
}

/** Set FPSR.QC (an element saturated). */
export function setQC(): void {
  const a = cpu + OFF_FPSR;
  store<u32>(a, load<u32>(a) | FPSR_QC);
}

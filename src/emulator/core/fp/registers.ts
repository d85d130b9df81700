// The SIMD&FP register file (V0-V31, 128 bits each, little-endian lane order) and the
// FPCR/FPSR words in the per-CPU state, as scalar floating-point instructions use them.
import { cpu, OFF_V, OFF_FPCR, OFF_FPSR } from "../state";
import { takeFpExceptions } from "./status";

@inline function vAddress(n: u32): usize {
  return cpu + OFF_V + (<usize>n << 4);
}

/** The low `bits` (8, 16, 32 or 64) bits of V[n], zero-extended. */
@inline export function readVScalar(n: u32, bits: u32): u64 {
  const v = load<u64>(vAddress(n));
  return bits == 64 ? v : v & ((<u64>1 << <u64>bits) - 1);
}
/** Bits 127:64 of V[n]. */
@inline export function readVHigh(n: u32): u64 {
  return load<u64>(vAddress(n), 8);
}
/** Write a scalar result (already zero-extended to 64 bits) to V[n], clearing bits 127:64. */
@inline export function writeVScalar(n: u32, value: u64): void {
  const a = vAddress(n);
  store<u64>(a, value);
  store<u64>(a, 0, 8);
}
/** Write bits 127:64 of V[n], keeping the low half. */
@inline export function writeVHigh(n: u32, value: u64): void {
  store<u64>(vAddress(n), value, 8);
}
/** Write all 128 bits of V[n]. */
@inline export function writeVQ(n: u32, lo: u64, hi: u64): void {
  const a = vAddress(n);
  store<u64>(a, lo);
  store<u64>(a, hi, 8);
}

@inline export function readFpcr(): u32 {
  return load<u32>(cpu + OFF_FPCR);
}
/** Merge the exceptions raised by the library into the FPSR cumulative bits. */
@inline export function commitFpExceptions(): void {
  const raised = takeFpExceptions();
  if (raised) store<u32>(cpu + OFF_FPSR, load<u32>(cpu + OFF_FPSR) | raised);
}

// Sized data accesses and offset decoding shared by the load/store semantics (C4.1.89).
// `size` is log2 of the access size in bytes, as in the encodings (0 byte .. 3 doubleword).
// Every access may fault: callers check `faulted` before writing any register.
import { read8, read16, read32, read64, write8, write16, write32, write64 } from "../memory";
import { readXSP } from "../state";
import { checkSpAlignment } from "../sp-alignment";

/** Load 1 << size bytes, zero-extended to 64 bits. */
@inline export function loadZero(size: u32, address: u64, info: u32): u64 {
  if (size == 3) return read64(address, info);
  if (size == 2) return read32(address, info);
  if (size == 1) return read16(address, info);
  return read8(address, info);
}

/** Load 1 << size bytes (size 0..2), sign-extended to 64 bits. */
@inline export function loadSigned(size: u32, address: u64, info: u32): u64 {
  if (size == 2) return <u64><i64><i32><u32>read32(address, info);
  if (size == 1) return <u64><i64><i16><u16>read16(address, info);
  return <u64><i64><i8><u8>read8(address, info);
}

/** Store the low 1 << size bytes of `value`. */
@inline export function storeSized(size: u32, address: u64, value: u64, info: u32): void {
  if (size == 3) write64(address, value, info);
  else if (size == 2) write32(address, value, info);
  else if (size == 1) write16(address, value, info);
  else write8(address, value, info);
}

/** Sign-extend the low `bits` bits of `field`. */
@inline export function signExtend(field: u32, bits: u32): u64 {
  return <u64>(<i64>(<i32>(field << (32 - bits)) >> (32 - bits)));
}

/** The base register of a load or store: Xn, or SP for Rn = 31, which must be 16-byte aligned
 *  when SCTLR_EL1.SA/SA0 enables the check (D1.8.2). After an SP alignment fault `faulted` is set
 *  and the caller must stop before accessing memory. */
@inline export function baseRegister(Rn: u32): u64 {
  const base = readXSP(Rn);
  if (Rn == 31 && (base & 15) != 0) checkSpAlignment(Rn, base);
  return base;
}

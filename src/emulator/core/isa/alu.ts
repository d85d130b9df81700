// Arithmetic shared by the data-processing groups (J1 shared pseudocode: AddWithCarry,
// condition evaluation, shifts, extends, bit masks).
import { getNZCV, setNZCV } from "../state";

/** AddWithCarry (J1.1.3) at 64 bits (sf=1) or 32 bits (sf=0); sets NZCV when setFlags.
 *  The 32-bit result is zero-extended. */
@inline export function addWithCarry(sf: u32, a: u64, b: u64, carryIn: u64, setFlags: bool): u64 {
  if (sf) {
    const sum = a + b + carryIn;
    if (setFlags) {
      const n: u32 = <u32>(sum >>> 63);
      const z: u32 = sum == 0 ? 1 : 0;
      // Unsigned carry out: sum < a, or sum == a with a carry in and b all ones.
      const c: u32 = carryIn ? (sum <= a ? 1 : 0) : (sum < a ? 1 : 0);
      const v: u32 = <u32>(((a ^ sum) & (b ^ sum)) >>> 63);
      setNZCV((n << 31) | (z << 30) | (c << 29) | (v << 28));
    }
    return sum;
  }
  const a32 = a & 0xffffffff;
  const b32 = b & 0xffffffff;
  const wide = a32 + b32 + carryIn;
  const sum = wide & 0xffffffff;
  if (setFlags) {
    const n: u32 = <u32>(sum >>> 31);
    const z: u32 = sum == 0 ? 1 : 0;
    const c: u32 = <u32>(wide >>> 32);
    const v: u32 = <u32>((((a32 ^ sum) & (b32 ^ sum)) >>> 31) & 1);
    setNZCV((n << 31) | (z << 30) | (c << 29) | (v << 28));
  }
  return sum;
}

/** N and Z of a logical result, C = V = 0 (ANDS, BICS, TST). */
@inline export function setLogicalFlags(sf: u32, result: u64): void {
  const n: u32 = sf ? <u32>(result >>> 63) : <u32>((result >>> 31) & 1);
  const z: u32 = (sf ? result : result & 0xffffffff) == 0 ? 1 : 0;
  setNZCV((n << 31) | (z << 30));
}

// ConditionHolds as a lookup: bit (cond<3:1> * 16 + NZCV) says whether the even condition
// cond<3:1>:0 holds for those flags. Conditions 0..3 (EQ CS MI VS) are in COND_TABLE_LO,
// 4..7 (HI GE GT AL) in COND_TABLE_HI.
const COND_TABLE_LO: u64 = 0xaaaaff00ccccf0f0;
const COND_TABLE_HI: u64 = 0xffff0a05aa550c0c;

/** ConditionHolds (J1.2.3) for a 4-bit condition code against the current NZCV. */
@inline export function conditionHolds(cond: u32): bool {
  const index = ((cond & 0xe) << 3) | (getNZCV() >>> 28);
  const table = index & 64 ? COND_TABLE_HI : COND_TABLE_LO;
  const holds = <u32>(table >>> <u64>(index & 63)) & 1;
  // An odd condition is the inverse of the even one below it, except 1111 (NV): always true.
  const invert: u32 = cond & 1 & <u32>(cond != 15);
  return (holds ^ invert) != 0;
}

/** Sign-extend the low `bits` bits of x. */
@inline export function signExtend(x: u64, bits: u32): u64 {
  const s = <u64>(64 - bits);
  return <u64>((<i64>(x << s)) >> s);
}

/** ShiftReg (C6.2, shared decode): shift type LSL/LSR/ASR/ROR (0..3) of a 64-bit value (sf=1)
 *  or a zero-extended 32-bit value (sf=0) by amount < datasize; the result is zero-extended. */
@inline export function shiftReg(sf: u32, value: u64, type: u32, amount: u32): u64 {
  if (sf) {
    const s = <u64>amount;
    switch (type) {
      case 0: return value << s;
      case 1: return value >>> s;
      case 2: return <u64>(<i64>value >> s);
      default: return rotr<u64>(value, s);
    }
  }
  const w = <u32>value;
  switch (type) {
    case 0: return <u64>(w << amount);
    case 1: return <u64>(w >>> amount);
    case 2: return <u64><u32>(<i32>w >> amount);
    default: return <u64>rotr<u32>(w, amount);
  }
}

/** ExtendReg (C6.2, shared decode): the low byte/half/word/doubleword of `value`, zero- or
 *  sign-extended by `option` (UXTB..SXTX = 0..7), then shifted left by `shift` (0..4). The
 *  caller truncates to the operation's datasize. */
@inline export function extendReg(value: u64, option: u32, shift: u32): u64 {
  const size = option & 3; // 0: byte, 1: halfword, 2: word, 3: doubleword
  const unused = <u64>(64 - (8 << size));
  const extended = option & 4
    ? <u64>(<i64>(value << unused) >> unused)
    : (value << unused) >>> unused;
  return extended << <u64>shift;
}

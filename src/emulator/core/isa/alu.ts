// Arithmetic shared by the data-processing groups (J1 shared pseudocode: AddWithCarry,
// condition evaluation, shifts, bit masks).
import { getNZCV, setNZCV } from "../state";

/** AddWithCarry (J1.1.3) at 64 bits (sf=1) or 32 bits (sf=0); sets NZCV when setFlags. */
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

/** ConditionHolds (J1.2.3) for a 4-bit condition code against the current NZCV. */
@inline export function conditionHolds(cond: u32): bool {
  const nzcv = getNZCV();
  const n = (nzcv >>> 31) & 1;
  const z = (nzcv >>> 30) & 1;
  const c = (nzcv >>> 29) & 1;
  const v = (nzcv >>> 28) & 1;
  let result: bool;
  switch (cond >>> 1) {
    case 0: result = z == 1; break;              // EQ / NE
    case 1: result = c == 1; break;              // CS / CC
    case 2: result = n == 1; break;              // MI / PL
    case 3: result = v == 1; break;              // VS / VC
    case 4: result = c == 1 && z == 0; break;    // HI / LS
    case 5: result = n == v; break;              // GE / LT
    case 6: result = n == v && z == 0; break;    // GT / LE
    default: result = true;                      // AL / NV
  }
  if ((cond & 1) && cond != 15) result = !result;
  return result;
}

/** Sign-extend the low `bits` bits of x. */
@inline export function signExtend(x: u64, bits: u32): u64 {
  const s = <u64>(64 - bits);
  return <u64>((<i64>(x << s)) >> s);
}

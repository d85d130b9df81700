// Semantics of C4.1.88 Data Processing -- Register.
// The semantic functions here are @inline: the run loop holds their cases (scripts/gen-decoder.ts
// HOT_GROUPS), some once per value of their `specialize` fields.
import { readReg, writeReg, readRegSP, writeRegSP, readX, readW, writeX, getNZCV, setNZCV } from "../state";
import { addWithCarry, setLogicalFlags, conditionHolds, shiftReg, extendReg } from "./alu";

// ---- Logical (shifted register), C6.2.14 AND etc. ---------------------------------------------

/** The shifted second operand, inverted for BIC/ORN/EON/BICS. */
@inline function logicalOperand(sf: u32, shift: u32, N: u32, Rm: u32, imm6: u32): u64 {
  let m = readReg(sf, Rm);
  if (imm6) m = shiftReg(sf, m, shift, imm6);
  return N ? ~m : m;
}

@inline export function AND_BIC_shift(sf: u32, shift: u32, N: u32, Rm: u32, imm6: u32, Rn: u32, Rd: u32): bool {
  if (!sf && (imm6 & 0x20)) return false;
  writeReg(sf, Rd, readReg(sf, Rn) & logicalOperand(sf, shift, N, Rm, imm6));
  return true;
}

@inline export function ORR_ORN_shift(sf: u32, shift: u32, N: u32, Rm: u32, imm6: u32, Rn: u32, Rd: u32): bool {
  if (!sf && (imm6 & 0x20)) return false;
  writeReg(sf, Rd, readReg(sf, Rn) | logicalOperand(sf, shift, N, Rm, imm6));
  return true;
}

@inline export function EOR_EON_shift(sf: u32, shift: u32, N: u32, Rm: u32, imm6: u32, Rn: u32, Rd: u32): bool {
  if (!sf && (imm6 & 0x20)) return false;
  writeReg(sf, Rd, readReg(sf, Rn) ^ logicalOperand(sf, shift, N, Rm, imm6));
  return true;
}

@inline export function ANDS_BICS_shift(sf: u32, shift: u32, N: u32, Rm: u32, imm6: u32, Rn: u32, Rd: u32): bool {
  if (!sf && (imm6 & 0x20)) return false;
  const result = readReg(sf, Rn) & logicalOperand(sf, shift, N, Rm, imm6);
  setLogicalFlags(sf, result);
  writeReg(sf, Rd, result);
  return true;
}

// ---- Add/subtract ------------------------------------------------------------------------------

/** ADD, ADDS, SUB, SUBS (shifted register), C6.2.5 etc. ROR (shift = 11) is reserved. */
@inline export function ADD_SUB_shift(sf: u32, op: u32, S: u32, shift: u32, Rm: u32, imm6: u32, Rn: u32, Rd: u32): bool {
  if (shift == 3 || (!sf && (imm6 & 0x20))) return false;
  let m = readReg(sf, Rm);
  if (imm6) m = shiftReg(sf, m, shift, imm6);
  const a = readReg(sf, Rn);
  const result = op ? addWithCarry(sf, a, ~m, 1, S != 0) : addWithCarry(sf, a, m, 0, S != 0);
  writeReg(sf, Rd, result);
  return true;
}

/** ADD, ADDS, SUB, SUBS (extended register), C6.2.3 etc. Rn is SP, and so is Rd without S;
 *  left shifts above 4 are reserved. */
@inline export function ADD_SUB_ext(sf: u32, op: u32, S: u32, Rm: u32, option: u32, imm3: u32, Rn: u32, Rd: u32): bool {
  if (imm3 > 4) return false;
  const m = extendReg(readX(Rm), option, imm3);
  const a = readRegSP(sf, Rn);
  const result = op ? addWithCarry(sf, a, ~m, 1, S != 0) : addWithCarry(sf, a, m, 0, S != 0);
  if (S) writeReg(sf, Rd, result);
  else writeRegSP(sf, Rd, result);
  return true;
}

/** ADC, ADCS, SBC, SBCS (C6.2.1 etc.): Rn + (Rm or NOT Rm) + PSTATE.C. */
@inline export function ADC_SBC(sf: u32, op: u32, S: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  const carry = <u64>((getNZCV() >>> 29) & 1);
  const m = readReg(sf, Rm);
  writeReg(sf, Rd, addWithCarry(sf, readReg(sf, Rn), op ? ~m : m, carry, S != 0));
  return true;
}

// ---- Conditional compare and select ----------------------------------------------------------

/** CCMN/CCMP (C6.2.47..50): the comparison's flags if `cond` holds, else NZCV = nzcv. */
@inline function conditionalCompare(sf: u32, op: u32, b: u64, cond: u32, Rn: u32, nzcv: u32): void {
  if (conditionHolds(cond)) addWithCarry(sf, readReg(sf, Rn), op ? ~b : b, <u64>op, true);
  else setNZCV(nzcv << 28);
}

@inline export function CCMN_CCMP_reg(sf: u32, op: u32, Rm: u32, cond: u32, Rn: u32, nzcv: u32): bool {
  conditionalCompare(sf, op, readReg(sf, Rm), cond, Rn, nzcv);
  return true;
}

@inline export function CCMN_CCMP_imm(sf: u32, op: u32, imm5: u32, cond: u32, Rn: u32, nzcv: u32): bool {
  conditionalCompare(sf, op, <u64>imm5, cond, Rn, nzcv);
  return true;
}

/** CSEL, CSINC, CSINV, CSNEG (C6.2.69 etc.): Rn if `cond` holds, else Rm inverted (op)
 *  and/or incremented (o2). */
@inline export function COND_SELECT(sf: u32, op: u32, Rm: u32, cond: u32, o2: u32, Rn: u32, Rd: u32): bool {
  let result: u64;
  if (conditionHolds(cond)) {
    result = readReg(sf, Rn);
  } else {
    result = readReg(sf, Rm);
    if (op) result = ~result;
    result += <u64>o2;
  }
  writeReg(sf, Rd, result);
  return true;
}

// ---- Data-processing (1 source) ----------------------------------------------------------------

/** RBIT (C6.2.254). */
@inline export function RBIT(sf: u32, Rn: u32, Rd: u32): bool {
  let x = readX(Rn);
  x = ((x >>> 1) & 0x5555555555555555) | ((x & 0x5555555555555555) << 1);
  x = ((x >>> 2) & 0x3333333333333333) | ((x & 0x3333333333333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f0f0f0f0f) | ((x & 0x0f0f0f0f0f0f0f0f) << 4);
  x = bswap<u64>(x);
  // The low word reversed is the high word of the 64-bit reversal.
  writeX(Rd, sf ? x : x >>> 32);
  return true;
}

/** REV16 (C6.2.258): bytes swapped in each halfword. */
@inline export function REV16(sf: u32, Rn: u32, Rd: u32): bool {
  const x = readReg(sf, Rn);
  writeX(Rd, ((x >>> 8) & 0x00ff00ff00ff00ff) | ((x & 0x00ff00ff00ff00ff) << 8));
  return true;
}

/** REV32 (C6.2.259) / REV of a W register (C6.2.257): bytes reversed in each word. */
@inline export function REV32(sf: u32, Rn: u32, Rd: u32): bool {
  // A zero upper word stays zero, so one formula serves both sizes.
  writeX(Rd, rotr<u64>(bswap<u64>(readReg(sf, Rn)), 32));
  return true;
}

/** REV of an X register (C6.2.257, alias REV64). */
@inline export function REV64(Rn: u32, Rd: u32): bool {
  writeX(Rd, bswap<u64>(readX(Rn)));
  return true;
}

/** CLZ (C6.2.61), CLS (C6.2.60): CLS(x) = CLZ(x EOR (x >> 1 arithmetic)) - 1. */
@inline export function CLZ_CLS(sf: u32, op: u32, Rn: u32, Rd: u32): bool {
  if (sf) {
    let x = readX(Rn);
    if (op) x ^= <u64>(<i64>x >> 63);
    writeX(Rd, clz<u64>(x) - <u64>op);
  } else {
    let w = <u32>readW(Rn);
    if (op) w ^= <u32>(<i32>w >> 31);
    writeX(Rd, <u64>(clz<u32>(w) - op));
  }
  return true;
}

// ---- Data-processing (2 source) ----------------------------------------------------------------

/** UDIV (C6.2.373), SDIV (C6.2.268): division by zero gives 0; INT_MIN / -1 gives INT_MIN. */
@inline export function UDIV_SDIV(sf: u32, Rm: u32, o1: u32, Rn: u32, Rd: u32): bool {
  const b = readReg(sf, Rm);
  const a = readReg(sf, Rn);
  let result: u64 = 0;
  if (b == 0) {
    result = 0;
  } else if (!o1) {
    result = a / b;
  } else if (sf) {
    // WebAssembly's signed division traps on overflow; the architecture wraps.
    result = b == <u64>-1 ? 0 - a : <u64>(<i64>a / <i64>b);
  } else {
    const b32 = <u32>b;
    result = b32 == <u32>-1 ? <u64>(0 - <u32>a) : <u64><u32>(<i32><u32>a / <i32>b32);
  }
  writeReg(sf, Rd, result);
  return true;
}

/** LSLV, LSRV, ASRV, RORV (C6.2.180 etc.): shift by Rm MOD datasize. */
@inline export function SHIFT_VARIABLE(sf: u32, Rm: u32, op2: u32, Rn: u32, Rd: u32): bool {
  const amount = <u32>readX(Rm) & (sf ? 63 : 31);
  writeReg(sf, Rd, shiftReg(sf, readReg(sf, Rn), op2, amount));
  return true;
}

// CRC-32 (polynomial 0x04C11DB7) and CRC-32C (0x1EDC6F41) in bit-reflected form, four bits
// per step: CRC_NIBBLE_TABLES[C * 16 + n] is the remainder contributed by the low nibble n.
const CRC_NIBBLE_TABLES = memory.data<u32>([
  0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4, 0x4db26158, 0x5005713c,
  0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c, 0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
  0x00000000, 0x105ec76f, 0x20bd8ede, 0x30e349b1, 0x417b1dbc, 0x5125dad3, 0x61c69362, 0x7198540d,
  0x82f63b78, 0x92a8fc17, 0xa24bb5a6, 0xb21572c9, 0xc38d26c4, 0xd3d3e1ab, 0xe330a81a, 0xf36e6f75,
]);

/** CRC32B/H/W/X, CRC32CB/H/W/X (C6.2.62, C6.2.63): the pseudocode's
 *  BitReverse(Poly32Mod2(BitReverse(acc):Zeros(size) EOR BitReverse(val):Zeros(32), poly))
 *  is a reflected CRC update of Wn with the low `size` bits of Rm, without inversions.
 *  sz = 11 (X) needs sf = 1 and the others sf = 0. */
@inline export function CRC32(sf: u32, Rm: u32, C: u32, sz: u32, Rn: u32, Rd: u32): bool {
  if ((sz == 3) != (sf != 0)) return false;
  const bits: u32 = 8 << sz;
  const value = sz == 3 ? readX(Rm) : readX(Rm) & ((<u64>1 << <u64>bits) - 1);
  const table = CRC_NIBBLE_TABLES + (<usize>C << 6);
  let crc = readW(Rn) ^ value;
  for (let i: u32 = 0; i < bits; i += 4) {
    crc = (crc >>> 4) ^ <u64>load<u32>(table + (<usize>(crc & 15) << 2));
  }
  writeX(Rd, crc & 0xffffffff);
  return true;
}

// ---- Data-processing (3 source) ----------------------------------------------------------------

/** MADD, MSUB (C6.2.185, C6.2.203): Ra +/- Rn * Rm. */
@inline export function MADD_MSUB(sf: u32, Rm: u32, o0: u32, Ra: u32, Rn: u32, Rd: u32): bool {
  const product = readReg(sf, Rn) * readReg(sf, Rm);
  const a = readReg(sf, Ra);
  writeReg(sf, Rd, o0 ? a - product : a + product);
  return true;
}

/** SMADDL, SMSUBL (C6.2.276, C6.2.283): Xa +/- SInt(Wn) * SInt(Wm). */
@inline export function SMADDL_SMSUBL(Rm: u32, o0: u32, Ra: u32, Rn: u32, Rd: u32): bool {
  const product = <u64>(<i64><i32><u32>readW(Rn) * <i64><i32><u32>readW(Rm));
  const a = readX(Ra);
  writeX(Rd, o0 ? a - product : a + product);
  return true;
}

/** UMADDL, UMSUBL (C6.2.378, C6.2.381): Xa +/- UInt(Wn) * UInt(Wm). */
@inline export function UMADDL_UMSUBL(Rm: u32, o0: u32, Ra: u32, Rn: u32, Rd: u32): bool {
  const product = readW(Rn) * readW(Rm);
  const a = readX(Ra);
  writeX(Rd, o0 ? a - product : a + product);
  return true;
}

/** Bits 127:64 of the unsigned 128-bit product a * b, from 32-bit limbs. */
@inline function unsignedMultiplyHigh(a: u64, b: u64): u64 {
  const aLo = a & 0xffffffff;
  const aHi = a >>> 32;
  const bLo = b & 0xffffffff;
  const bHi = b >>> 32;
  const lowLow = aLo * bLo;
  const lowHigh = aLo * bHi;
  const highLow = aHi * bLo;
  const middle = (lowLow >>> 32) + (lowHigh & 0xffffffff) + (highLow & 0xffffffff);
  return aHi * bHi + (lowHigh >>> 32) + (highLow >>> 32) + (middle >>> 32);
}

/** UMULH (C6.2.383). */
@inline export function UMULH(Rm: u32, Rn: u32, Rd: u32): bool {
  writeX(Rd, unsignedMultiplyHigh(readX(Rn), readX(Rm)));
  return true;
}

/** SMULH (C6.2.285): the unsigned high half, corrected by subtracting b when a < 0 and a when b < 0. */
@inline export function SMULH(Rm: u32, Rn: u32, Rd: u32): bool {
  const a = readX(Rn);
  const b = readX(Rm);
  const high = unsignedMultiplyHigh(a, b) - (b & <u64>(<i64>a >> 63)) - (a & <u64>(<i64>b >> 63));
  writeX(Rd, high);
  return true;
}

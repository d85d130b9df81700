// Semantics of the scalar floating-point data-processing instructions (C4.1 encoding index,
// "Data Processing -- Scalar Floating-Point and Advanced SIMD": floating-point
// data-processing (1, 2 and 3 source), compare, conditional compare, conditional select,
// immediate).
// `type` selects the precision: 00 single, 01 double; 11 (half) needs FEAT_FP16 and 10 is
// unallocated, so both are UNDEFINED here. Decode checks come before the SIMD&FP trap.
import { setNZCV } from "../state";
import { conditionHolds } from "./alu";
import { checkFpAccess } from "../sysregs";
import { readVScalar, writeVScalar, readFpcr, commitFpExceptions } from "../fp/registers";
import { fpAddSub, fpMul, fpDiv, fpSqrt } from "../fp/arith";
import { fpMulAdd } from "../fp/fma";
import { fpCompare, fpMinMax, fpMinMaxNum } from "../fp/compare";
import { fpRoundInt } from "../fp/convert";
import { fpcrRounding, ROUND_TIEEVEN, ROUND_POSINF, ROUND_NEGINF, ROUND_ZERO, ROUND_TIEAWAY } from "../fp/status";
import { signMask } from "../fp/format";
import { addSub32x4, mul32x4, addSub64x2, mulAdd32x4, mulAdd64x2, vectorFastOk } from "../fp/vector";

/** Operand width of a scalar type field in Armv8.0 (0: unallocated). */
@inline export function scalarWidth(type: u32): u32 {
  return type == 0 ? 32 : type == 1 ? 64 : 0;
}

// ---- 1 source ------------------------------------------------------------------------------------

/** FMOV (register), C7.2: copy the scalar, clearing the rest of the register. */
export function FMOV_reg(type: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  writeVScalar(Rd, readVScalar(Rn, N));
  return true;
}

/** FABS (scalar): clear the sign bit; no exceptions, NaNs included. */
export function FABS_scalar(type: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  writeVScalar(Rd, readVScalar(Rn, N) & ~signMask(N));
  return true;
}

/** FNEG (scalar): invert the sign bit; no exceptions, NaNs included. */
export function FNEG_scalar(type: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  writeVScalar(Rd, readVScalar(Rn, N) ^ signMask(N));
  return true;
}

/** FSQRT (scalar). */
export function FSQRT_scalar(type: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  const result = fpSqrt(readVScalar(Rn, N), N, readFpcr());
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

/** FRINTN/P/M/Z/A/X/I (scalar): op 000 N, 001 P, 010 M, 011 Z, 100 A, 110 X, 111 I. */
export function FRINT_scalar(type: u32, op: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0 || op == 5) return false;
  if (!checkFpAccess()) return true;
  const fpcr = readFpcr();
  let rounding: u32;
  switch (op) {
    case 0: rounding = ROUND_TIEEVEN; break;
    case 1: rounding = ROUND_POSINF; break;
    case 2: rounding = ROUND_NEGINF; break;
    case 3: rounding = ROUND_ZERO; break;
    case 4: rounding = ROUND_TIEAWAY; break;
    default: rounding = fpcrRounding(fpcr); // X and I use FPCR.RMode
  }
  const result = fpRoundInt(readVScalar(Rn, N), N, fpcr, rounding, op == 6);
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

// ---- 2 source ------------------------------------------------------------------------------------

/** Operation codes of the 2-source group, as in its opcode field. */
const OP_MUL: u32 = 0;
const OP_DIV: u32 = 1;
const OP_ADD: u32 = 2;
const OP_SUB: u32 = 3;
const OP_MAX: u32 = 4;
const OP_MIN: u32 = 5;
const OP_MAXNM: u32 = 6;
const OP_MINNM: u32 = 7;
const OP_NMUL: u32 = 8;

/** FADD, FSUB and FMUL by the fast paths of fp/vector.ts, with the operands in every lane
 *  (lane 0 holds the result); vectorFastOk is false when the operands or the result need
 *  the soft-float path (nothing raised then). */
@inline function vectorFast(op: u32, a: u64, b: u64, N: u32): v128 {
  if (N == 64) {
    return op == OP_MUL ? mulAdd64x2(i64x2.splat(0), i64x2.splat(a), i64x2.splat(b), false)
      : addSub64x2(i64x2.splat(a), i64x2.splat(b), op == OP_SUB);
  }
  const a4 = i32x4.splat(<i32>a);
  const b4 = i32x4.splat(<i32>b);
  return op == OP_MUL ? mul32x4(a4, b4) : addSub32x4(a4, b4, op == OP_SUB);
}

@inline function twoSource(op: u32, type: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  const fpcr = readFpcr();
  const a = readVScalar(Rn, N);
  const b = readVScalar(Rm, N);
  if (fpcrRounding(fpcr) == ROUND_TIEEVEN && (op == OP_ADD || op == OP_SUB || op == OP_MUL)) {
    const fast = vectorFast(op, a, b, N);
    if (vectorFastOk) {
      commitFpExceptions();
      writeVScalar(Rd, N == 32 ? <u64>i32x4.extract_lane(fast, 0) & 0xffffffff : i64x2.extract_lane(fast, 0));
      return true;
    }
  }
  let result: u64;
  switch (op) {
    case OP_MUL: result = fpMul(a, b, N, fpcr); break;
    case OP_DIV: result = fpDiv(a, b, N, fpcr); break;
    case OP_ADD: result = fpAddSub(a, b, false, N, fpcr); break;
    case OP_SUB: result = fpAddSub(a, b, true, N, fpcr); break;
    case OP_MAX: result = fpMinMax(a, b, true, N, fpcr); break;
    case OP_MIN: result = fpMinMax(a, b, false, N, fpcr); break;
    case OP_MAXNM: result = fpMinMaxNum(a, b, true, N, fpcr); break;
    case OP_MINNM: result = fpMinMaxNum(a, b, false, N, fpcr); break;
    default: result = fpMul(a, b, N, fpcr) ^ signMask(N); // FNMUL negates even a NaN result
  }
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

export function FMUL_scalar(type: u32, Rm: u32, Rn: u32, Rd: u32): bool { return twoSource(OP_MUL, type, Rm, Rn, Rd); }
export function FDIV_scalar(type: u32, Rm: u32, Rn: u32, Rd: u32): bool { return twoSource(OP_DIV, type, Rm, Rn, Rd); }
export function FADD_scalar(type: u32, Rm: u32, Rn: u32, Rd: u32): bool { return twoSource(OP_ADD, type, Rm, Rn, Rd); }
export function FSUB_scalar(type: u32, Rm: u32, Rn: u32, Rd: u32): bool { return twoSource(OP_SUB, type, Rm, Rn, Rd); }
export function FMAX_scalar(type: u32, Rm: u32, Rn: u32, Rd: u32): bool { return twoSource(OP_MAX, type, Rm, Rn, Rd); }
export function FMIN_scalar(type: u32, Rm: u32, Rn: u32, Rd: u32): bool { return twoSource(OP_MIN, type, Rm, Rn, Rd); }
export function FMAXNM_scalar(type: u32, Rm: u32, Rn: u32, Rd: u32): bool { return twoSource(OP_MAXNM, type, Rm, Rn, Rd); }
export function FMINNM_scalar(type: u32, Rm: u32, Rn: u32, Rd: u32): bool { return twoSource(OP_MINNM, type, Rm, Rn, Rd); }
export function FNMUL_scalar(type: u32, Rm: u32, Rn: u32, Rd: u32): bool { return twoSource(OP_NMUL, type, Rm, Rn, Rd); }

// ---- 3 source ------------------------------------------------------------------------------------

/** FMADD, FMSUB, FNMADD, FNMSUB: Ra (negated when o1) plus Rn (negated when o1 != o0)
 *  times Rm, fused. Negation flips NaN signs too, as FPNeg does. */
export function FMADD_family(type: u32, o1: u32, Rm: u32, o0: u32, Ra: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  let addend = readVScalar(Ra, N);
  let op1 = readVScalar(Rn, N);
  if (o1) addend ^= signMask(N);
  if (o1 != o0) op1 ^= signMask(N);
  const fpcr = readFpcr();
  if (fpcrRounding(fpcr) == ROUND_TIEEVEN) {
    const fast = N == 64 ? mulAdd64x2(i64x2.splat(addend), i64x2.splat(op1), i64x2.splat(readVScalar(Rm, N)), true)
      : mulAdd32x4(i32x4.splat(<i32>addend), i32x4.splat(<i32>op1), i32x4.splat(<i32>readVScalar(Rm, N)));
    if (vectorFastOk) {
      commitFpExceptions();
      writeVScalar(Rd, N == 32 ? <u64>i32x4.extract_lane(fast, 0) & 0xffffffff : i64x2.extract_lane(fast, 0));
      return true;
    }
  }
  const result = fpMulAdd(addend, op1, readVScalar(Rm, N), N, fpcr);
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

// ---- Compare, conditional compare, conditional select ---------------------------------------------

/** FCMP, FCMPE (E = 1: quiet NaNs are Invalid too); Z = 1 compares with +0.0. */
export function FCMP(type: u32, Rm: u32, Rn: u32, E: u32, Z: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  const b: u64 = Z ? 0 : readVScalar(Rm, N);
  const nzcv = fpCompare(readVScalar(Rn, N), b, E != 0, N, readFpcr());
  commitFpExceptions();
  setNZCV(nzcv);
  return true;
}

/** FCCMP, FCCMPE: compare when the condition holds, else set NZCV to the immediate. */
export function FCCMP(type: u32, Rm: u32, cond: u32, Rn: u32, E: u32, nzcv: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  let flags = nzcv << 28;
  if (conditionHolds(cond)) {
    flags = fpCompare(readVScalar(Rn, N), readVScalar(Rm, N), E != 0, N, readFpcr());
    commitFpExceptions();
  }
  setNZCV(flags);
  return true;
}

/** FCSEL: Rn if the condition holds, else Rm. */
export function FCSEL(type: u32, Rm: u32, cond: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  writeVScalar(Rd, readVScalar(conditionHolds(cond) ? Rn : Rm, N));
  return true;
}

// ---- Immediate -----------------------------------------------------------------------------------

/** VFPExpandImm: sign, NOT(b6):Replicate(b6):b5:b4 exponent, b3..b0 fraction. */
@inline export function expandImm(imm8: u32, N: u32): u64 {
  const sign = <u64>(imm8 >>> 7);
  const b6 = <u64>((imm8 >>> 6) & 1);
  const low = <u64>(imm8 & 0x3f);
  if (N == 32) {
    const exp: u64 = ((b6 ^ 1) << 7) | (b6 ? 0x7c : 0) | ((low >>> 4) & 3);
    return (sign << 31) | (exp << 23) | ((low & 0xf) << 19);
  }
  const exp: u64 = ((b6 ^ 1) << 10) | (b6 ? 0x3fc : 0) | ((low >>> 4) & 3);
  return (sign << 63) | (exp << 52) | ((low & 0xf) << 48);
}

/** FMOV (scalar, immediate). */
export function FMOV_imm(type: u32, imm8: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  writeVScalar(Rd, expandImm(imm8, N));
  return true;
}

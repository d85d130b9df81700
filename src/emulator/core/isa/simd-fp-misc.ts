// Semantics of the Advanced SIMD floating-point one-source groups (C4.1 encoding index):
// "Advanced SIMD two-register miscellaneous" and its scalar form (FP opcodes: absolute
// value, negation, square root, rounding, conversions, compares with zero, estimates),
// "Advanced SIMD (scalar) shift by immediate" (fixed-point conversions) and "Advanced SIMD
// modified immediate" FMOV. Single and double precision (half precision only in the
// FCVTL/FCVTN conversions, which Armv8.0 has). Names end in _vec for vector forms and _sisd
// for the scalar Advanced SIMD forms. Decode checks come before the SIMD&FP trap.
import { checkFpAccess } from "../sysregs";
import { readVScalar, writeVScalar, writeVHigh, writeVQ, readFpcr, commitFpExceptions } from "../fp/registers";
import { fpSqrt } from "../fp/arith";
import { fpConvert, fpToFixed, fixedToFp, fpRoundInt } from "../fp/convert";
import { fpRecipEstimate, fpRSqrtEstimate, fpRecpX, unsignedRecipEstimate, unsignedRSqrtEstimate } from "../fp/estimate";
import { fpcrRounding, ROUND_ZERO, ROUND_TIEAWAY, ROUND_ODD } from "../fp/status";
import { expandImm } from "./fp-data-processing";
import { vAddress, elem, clearResult, setResult, resultLow, writeResult, esizeOf, elementsOf,
  compareEQ, compareGE, compareGT } from "./simd-fp-lanes";

// ---- Element operations ------------------------------------------------------------------------

const U_SQRT: u32 = 0;
const U_RINT: u32 = 1; // FPRoundInt(rounding, exact)
const U_TO_FIXED: u32 = 2; // FPToFixed(fbits, unsigned, rounding)
const U_FROM_FIXED: u32 = 3; // FixedToFP(fbits, unsigned), FPCR rounding
const U_CMGT0: u32 = 4;
const U_CMGE0: u32 = 5;
const U_CMEQ0: u32 = 6;
const U_CMLE0: u32 = 7;
const U_CMLT0: u32 = 8;
const U_RECPE: u32 = 9;
const U_RSQRTE: u32 = 10;
const U_RECPX: u32 = 11;
const U_URECPE: u32 = 12;
const U_URSQRTE: u32 = 13;

// Parameters of U_RINT, U_TO_FIXED and U_FROM_FIXED for the current instruction.
let opRounding: u32 = 0;
let opExact: bool = false;
let opUnsigned: bool = false;
let opFbits: u32 = 0;

@inline function setParameters(rounding: u32, exact: bool, unsigned: bool, fbits: u32): void {
  opRounding = rounding;
  opExact = exact;
  opUnsigned = unsigned;
  opFbits = fbits;
}

function unaryOp(op: u32, a: u64, N: u32, fpcr: u32): u64 {
  switch (op) {
    case U_SQRT: return fpSqrt(a, N, fpcr);
    case U_RINT: return fpRoundInt(a, N, fpcr, opRounding, opExact);
    case U_TO_FIXED: return fpToFixed(a, N, opFbits, opUnsigned, N, fpcr, opRounding);
    case U_FROM_FIXED: return fixedToFp(a, N, opFbits, opUnsigned, N, fpcr, fpcrRounding(fpcr));
    case U_CMGT0: return compareGT(a, 0, N, fpcr);
    case U_CMGE0: return compareGE(a, 0, N, fpcr);
    case U_CMEQ0: return compareEQ(a, 0, N, fpcr);
    case U_CMLE0: return compareGE(0, a, N, fpcr);
    case U_CMLT0: return compareGT(0, a, N, fpcr);
    case U_RECPE: return fpRecipEstimate(a, N, fpcr);
    case U_RSQRTE: return fpRSqrtEstimate(a, N, fpcr);
    case U_RECPX: return fpRecpX(a, N, fpcr);
    case U_URECPE: return <u64>unsignedRecipEstimate(<u32>a);
    default: return <u64>unsignedRSqrtEstimate(<u32>a); // U_URSQRTE
  }
}

/** Elem[Vd, e] = op(Elem[Vn, e]) for every element; 2D needs Q = 1. */
function miscVector(op: u32, Q: u32, sz: u32, Rn: u32, Rd: u32): bool {
  if (sz && !Q) return false;
  if (!checkFpAccess()) return true;
  const N = esizeOf(sz);
  const fpcr = readFpcr();
  const elements = elementsOf(Q, N);
  clearResult();
  for (let e: u32 = 0; e < elements; e++) setResult(e, N, unaryOp(op, elem(Rn, e, N), N, fpcr));
  commitFpExceptions();
  writeResult(Rd, Q);
  return true;
}

/** Vd = op(Vn) on the low element, clearing the rest of Vd. */
function miscScalar(op: u32, sz: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const N = esizeOf(sz);
  const result = unaryOp(op, readVScalar(Rn, N), N, readFpcr());
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

/** FPDecodeRounding(o1:o2) of the FCVT<N,P,M,Z> and FRINT<N,P,M,Z> encodings (o1 bit 12,
 *  o2 bit 23): 00 nearest, 01 plus infinity, 10 minus infinity, 11 zero. */
@inline function decodeRounding(o1: u32, o2: u32): u32 {
  return (o1 << 1) | o2;
}

// ---- Sign manipulation -------------------------------------------------------------------------

/** FABS/FNEG (vector) with WebAssembly SIMD: pure bit operations on the sign bits (no
 *  exceptions, NaNs included), so the v128 form is exact. Q = 0 clears bits 127:64. */
function signVector(negate: bool, Q: u32, sz: u32, Rn: u32, Rd: u32): bool {
  if (sz && !Q) return false;
  if (!checkFpAccess()) return true;
  const signs = sz ? i64x2.splat(<i64>0x8000000000000000) : i32x4.splat(<i32>0x80000000);
  const keep = Q ? i64x2(-1, -1) : i64x2(-1, 0);
  const x = v128.load(vAddress(Rn));
  const y = negate ? v128.xor(x, signs) : v128.andnot(x, signs);
  v128.store(vAddress(Rd), v128.and(y, keep));
  return true;
}

export function FABS_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool { return signVector(false, Q, sz, Rn, Rd); }
export function FNEG_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool { return signVector(true, Q, sz, Rn, Rd); }

// ---- Square root, rounding, estimates ------------------------------------------------------------

export function FSQRT_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool { return miscVector(U_SQRT, Q, sz, Rn, Rd); }

/** FRINTN/M/P/Z/A/X/I (vector): U:o1:o2 = 0xx FPDecodeRounding(o1:o2), 100 ties away,
 *  110 FPCR rounding and Inexact (FRINTX), 111 FPCR rounding (FRINTI); 101 is unallocated. */
export function FRINT_vec(Q: u32, U: u32, o2: u32, sz: u32, o1: u32, Rn: u32, Rd: u32): bool {
  if (U && o2 && !o1) return false;
  const rounding = !U ? decodeRounding(o1, o2) : !o1 ? ROUND_TIEAWAY : fpcrRounding(readFpcr());
  setParameters(rounding, U == 1 && o1 == 1 && o2 == 0, false, 0);
  return miscVector(U_RINT, Q, sz, Rn, Rd);
}

export function FRECPE_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool { return miscVector(U_RECPE, Q, sz, Rn, Rd); }
export function FRSQRTE_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool { return miscVector(U_RSQRTE, Q, sz, Rn, Rd); }
export function FRECPE_sisd(sz: u32, Rn: u32, Rd: u32): bool { return miscScalar(U_RECPE, sz, Rn, Rd); }
export function FRSQRTE_sisd(sz: u32, Rn: u32, Rd: u32): bool { return miscScalar(U_RSQRTE, sz, Rn, Rd); }
export function FRECPX_sisd(sz: u32, Rn: u32, Rd: u32): bool { return miscScalar(U_RECPX, sz, Rn, Rd); }

/** URECPE, URSQRTE: 32-bit elements only (sz = 0); no floating-point exceptions. */
export function URECPE_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool {
  return sz ? false : miscVector(U_URECPE, Q, sz, Rn, Rd);
}
export function URSQRTE_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool {
  return sz ? false : miscVector(U_URSQRTE, Q, sz, Rn, Rd);
}

// ---- Compare with zero ------------------------------------------------------------------------

/** FCMGT, FCMGE, FCMEQ, FCMLE (zero): op:U = 00 GT, 01 GE, 10 EQ, 11 LE. */
@inline function compareZeroOp(op: u32, U: u32): u32 {
  return op ? (U ? U_CMLE0 : U_CMEQ0) : (U ? U_CMGE0 : U_CMGT0);
}

export function FCM_zero_vec(Q: u32, U: u32, sz: u32, op: u32, Rn: u32, Rd: u32): bool {
  return miscVector(compareZeroOp(op, U), Q, sz, Rn, Rd);
}
export function FCMLT_zero_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool { return miscVector(U_CMLT0, Q, sz, Rn, Rd); }
export function FCM_zero_sisd(U: u32, sz: u32, op: u32, Rn: u32, Rd: u32): bool {
  return miscScalar(compareZeroOp(op, U), sz, Rn, Rd);
}
export function FCMLT_zero_sisd(sz: u32, Rn: u32, Rd: u32): bool { return miscScalar(U_CMLT0, sz, Rn, Rd); }

// ---- Conversions between floating point and integers ----------------------------------------------

/** FCVTNS/NU/PS/PU/MS/MU/ZS/ZU (vector, integer). */
export function FCVT_to_int_vec(Q: u32, U: u32, o2: u32, sz: u32, o1: u32, Rn: u32, Rd: u32): bool {
  setParameters(decodeRounding(o1, o2), false, U != 0, 0);
  return miscVector(U_TO_FIXED, Q, sz, Rn, Rd);
}
/** FCVTAS, FCVTAU (vector): ties away from zero. */
export function FCVTA_to_int_vec(Q: u32, U: u32, sz: u32, Rn: u32, Rd: u32): bool {
  setParameters(ROUND_TIEAWAY, false, U != 0, 0);
  return miscVector(U_TO_FIXED, Q, sz, Rn, Rd);
}
/** SCVTF, UCVTF (vector, integer), rounding per FPCR. */
export function CVTF_from_int_vec(Q: u32, U: u32, sz: u32, Rn: u32, Rd: u32): bool {
  setParameters(0, false, U != 0, 0);
  return miscVector(U_FROM_FIXED, Q, sz, Rn, Rd);
}
export function FCVT_to_int_sisd(U: u32, o2: u32, sz: u32, o1: u32, Rn: u32, Rd: u32): bool {
  setParameters(decodeRounding(o1, o2), false, U != 0, 0);
  return miscScalar(U_TO_FIXED, sz, Rn, Rd);
}
export function FCVTA_to_int_sisd(U: u32, sz: u32, Rn: u32, Rd: u32): bool {
  setParameters(ROUND_TIEAWAY, false, U != 0, 0);
  return miscScalar(U_TO_FIXED, sz, Rn, Rd);
}
export function CVTF_from_int_sisd(U: u32, sz: u32, Rn: u32, Rd: u32): bool {
  setParameters(0, false, U != 0, 0);
  return miscScalar(U_FROM_FIXED, sz, Rn, Rd);
}

// ---- Fixed-point conversions (shift by immediate) ---------------------------------------------------

/** Element size of an immh field: 1xxx double, 01xx single; 001x (half precision, FEAT_FP16)
 *  and 0001 have no floating-point conversion (0). */
@inline function fixedEsize(immh: u32): u32 {
  return immh & 8 ? 64 : immh & 4 ? 32 : 0;
}

/** Fixed-point conversion with fbits = 2 * esize - immh:immb. */
function fixedPoint(toFixed: bool, vector: bool, Q: u32, U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  const N = fixedEsize(immh);
  if (N == 0) return false;
  setParameters(ROUND_ZERO, false, U != 0, 2 * N - ((immh << 3) | immb));
  const op = toFixed ? U_TO_FIXED : U_FROM_FIXED;
  const sz: u32 = N == 64 ? 1 : 0;
  return vector ? miscVector(op, Q, sz, Rn, Rd) : miscScalar(op, sz, Rn, Rd);
}

/** FCVTZS, FCVTZU (vector, fixed-point). */
export function FCVTZ_to_fixed_vec(Q: u32, U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  return fixedPoint(true, true, Q, U, immh, immb, Rn, Rd);
}
/** SCVTF, UCVTF (vector, fixed-point). */
export function CVTF_from_fixed_vec(Q: u32, U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  return fixedPoint(false, true, Q, U, immh, immb, Rn, Rd);
}
export function FCVTZ_to_fixed_sisd(U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  return fixedPoint(true, false, 1, U, immh, immb, Rn, Rd);
}
export function CVTF_from_fixed_sisd(U: u32, immh: u32, immb: u32, Rn: u32, Rd: u32): bool {
  return fixedPoint(false, false, 1, U, immh, immb, Rn, Rd);
}

// ---- Conversions between precisions ----------------------------------------------------------------

/** FCVTL, FCVTL2: the half (sz = 0) or single (sz = 1) elements of the low (Q = 0) or high
 *  (Q = 1) half of Vn, widened to single or double. */
export function FCVTL_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const N: u32 = sz ? 32 : 16;
  const fpcr = readFpcr();
  const rounding = fpcrRounding(fpcr);
  const elements: u32 = 64 / N;
  const first = Q ? elements : 0;
  clearResult();
  for (let e: u32 = 0; e < elements; e++) {
    setResult(e, 2 * N, fpConvert(elem(Rn, first + e, N), N, 2 * N, fpcr, rounding));
  }
  commitFpExceptions();
  writeResult(Rd, 1);
  return true;
}

/** The narrowed elements of Vn (2N bits to N bits) into the low 64 bits of the result. */
@inline function narrow(N: u32, Rn: u32, fpcr: u32, rounding: u32): void {
  const elements: u32 = 64 / N;
  clearResult();
  for (let e: u32 = 0; e < elements; e++) setResult(e, N, fpConvert(elem(Rn, e, 2 * N), 2 * N, N, fpcr, rounding));
  commitFpExceptions();
}

/** Write a narrowed result: FCVTN (Q = 0) to the low half, clearing the high half; FCVTN2
 *  (Q = 1) to the high half, keeping the low half. */
@inline function writeNarrow(Q: u32, Rd: u32): void {
  if (Q) writeVHigh(Rd, resultLow());
  else writeVQ(Rd, resultLow(), 0);
}

/** FCVTN, FCVTN2: single to half (sz = 0) or double to single (sz = 1), FPCR rounding. */
export function FCVTN_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const fpcr = readFpcr();
  narrow(sz ? 32 : 16, Rn, fpcr, fpcrRounding(fpcr));
  writeNarrow(Q, Rd);
  return true;
}

/** FCVTXN, FCVTXN2: double to single rounding to odd (sz = 1 only). */
export function FCVTXN_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool {
  if (!sz) return false;
  if (!checkFpAccess()) return true;
  narrow(32, Rn, readFpcr(), ROUND_ODD);
  writeNarrow(Q, Rd);
  return true;
}

/** FCVTXN (scalar): Dn to Sd rounding to odd (sz = 1 only). */
export function FCVTXN_sisd(sz: u32, Rn: u32, Rd: u32): bool {
  if (!sz) return false;
  if (!checkFpAccess()) return true;
  const result = fpConvert(readVScalar(Rn, 64), 64, 32, readFpcr(), ROUND_ODD);
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

// ---- Modified immediate ----------------------------------------------------------------------------

/** FMOV (vector, immediate): VFPExpandImm(a:b:c:d:e:f:g:h) in every single (op = 0) or
 *  double (op = 1, Q = 1 only) element. */
export function FMOV_imm_vec(Q: u32, op: u32, abc: u32, defgh: u32, Rd: u32): bool {
  if (op && !Q) return false;
  if (!checkFpAccess()) return true;
  const imm8 = (abc << 5) | defgh;
  let value: u64;
  if (op) {
    value = expandImm(imm8, 64);
  } else {
    const single = expandImm(imm8, 32);
    value = (single << 32) | single;
  }
  writeVQ(Rd, value, Q ? value : 0);
  return true;
}

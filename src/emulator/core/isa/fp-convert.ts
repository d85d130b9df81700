// Semantics of the scalar floating-point conversions (C4.1 encoding index: "Floating-point
// data-processing (1 source)" FCVT, "Conversion between floating-point and fixed-point",
// "Conversion between floating-point and integer" including FMOV (general)).
import { readReg, writeReg } from "../state";
import { checkFpAccess } from "../sysregs";
import { readVScalar, readVHigh, writeVScalar, writeVHigh, readFpcr, commitFpExceptions } from "../fp/registers";
import { fpConvert, fpToFixed, fixedToFp } from "../fp/convert";
import { fpcrRounding, ROUND_TIEAWAY, ROUND_ZERO } from "../fp/status";
import { scalarWidth } from "./fp-data-processing";

/** FCVT between precisions: `type` is the source and `opc` the destination
 *  (00 single, 01 double, 11 half). */
export function FCVT_precision(type: u32, opc: u32, Rn: u32, Rd: u32): bool {
  if (type == 2 || opc == 2 || type == opc) return false;
  if (!checkFpAccess()) return true;
  const N: u32 = type == 3 ? 16 : type == 0 ? 32 : 64;
  const M: u32 = opc == 3 ? 16 : opc == 0 ? 32 : 64;
  const fpcr = readFpcr();
  const result = fpConvert(readVScalar(Rn, N), N, M, fpcr, fpcrRounding(fpcr));
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

/** FCVTNS/NU/PS/PU/MS/MU/ZS/ZU (scalar, integer): rmode 00 nearest-even, 01 towards +inf,
 *  10 towards -inf, 11 towards zero (the FPRounding encodings). */
export function FCVT_to_int(sf: u32, type: u32, rmode: u32, U: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  const result = fpToFixed(readVScalar(Rn, N), N, 0, U != 0, sf ? 64 : 32, readFpcr(), rmode);
  commitFpExceptions();
  writeReg(sf, Rd, result);
  return true;
}

/** FCVTAS, FCVTAU (scalar): round to nearest with ties away from zero. */
export function FCVTA_to_int(sf: u32, type: u32, U: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  const result = fpToFixed(readVScalar(Rn, N), N, 0, U != 0, sf ? 64 : 32, readFpcr(), ROUND_TIEAWAY);
  commitFpExceptions();
  writeReg(sf, Rd, result);
  return true;
}

/** SCVTF, UCVTF (scalar, integer), rounding per FPCR. */
export function CVTF_from_int(sf: u32, type: u32, U: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0) return false;
  if (!checkFpAccess()) return true;
  const fpcr = readFpcr();
  const result = fixedToFp(readReg(sf, Rn), sf ? 64 : 32, 0, U != 0, N, fpcr, fpcrRounding(fpcr));
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

/** FCVTZS, FCVTZU (scalar, fixed-point): fbits = 64 - scale, at most 32 for W. */
export function FCVTZ_to_fixed(sf: u32, type: u32, U: u32, scale: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0 || (!sf && scale < 32)) return false;
  if (!checkFpAccess()) return true;
  const result = fpToFixed(readVScalar(Rn, N), N, 64 - scale, U != 0, sf ? 64 : 32, readFpcr(), ROUND_ZERO);
  commitFpExceptions();
  writeReg(sf, Rd, result);
  return true;
}

/** SCVTF, UCVTF (scalar, fixed-point), rounding per FPCR. */
export function CVTF_from_fixed(sf: u32, type: u32, U: u32, scale: u32, Rn: u32, Rd: u32): bool {
  const N = scalarWidth(type);
  if (N == 0 || (!sf && scale < 32)) return false;
  if (!checkFpAccess()) return true;
  const fpcr = readFpcr();
  const result = fixedToFp(readReg(sf, Rn), sf ? 64 : 32, 64 - scale, U != 0, N, fpcr, fpcrRounding(fpcr));
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

/** FMOV (general): Wd<->Sn (sf 0, type 00, rmode 00), Xd<->Dn (sf 1, type 01, rmode 00),
 *  Xd<->Vn.D[1] (sf 1, type 10, rmode 01); toFp selects general -> SIMD&FP. Writing D[1]
 *  keeps the low half. */
export function FMOV_general(sf: u32, type: u32, rmode: u32, toFp: u32, Rn: u32, Rd: u32): bool {
  const top = sf == 1 && type == 2 && rmode == 1;
  if (!top && !(rmode == 0 && ((sf == 0 && type == 0) || (sf == 1 && type == 1)))) return false;
  if (!checkFpAccess()) return true;
  if (toFp) {
    if (top) writeVHigh(Rd, readReg(1, Rn));
    else writeVScalar(Rd, readReg(sf, Rn));
  } else {
    writeReg(sf, Rd, top ? readVHigh(Rn) : readVScalar(Rn, sf ? 64 : 32));
  }
  return true;
}

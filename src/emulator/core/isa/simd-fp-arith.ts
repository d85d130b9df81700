// Semantics of the Advanced SIMD floating-point arithmetic groups (C4.1 encoding index):
// "Advanced SIMD three same" and "Advanced SIMD scalar three same" (FP opcodes), the vector
// pairwise forms, "Advanced SIMD scalar pairwise", "Advanced SIMD across lanes" (FP) and
// "Advanced SIMD (scalar) x indexed element" (FP). Single and double precision only:
// the half-precision forms need FEAT_FP16. Names end in _vec for vector forms and _sisd for
// the scalar (single-element) Advanced SIMD forms. Decode checks come before the SIMD&FP trap.
import { checkFpAccess } from "../sysregs";
import { readVScalar, writeVScalar, readFpcr, commitFpExceptions } from "../fp/registers";
import { fpcrRounding, ROUND_TIEEVEN } from "../fp/status";
import { addSub32x4, mul32x4, addSub64x2, mulAdd32x4, mulAdd64x2, vectorFastOk } from "../fp/vector";
import { vAddress, elem, clearResult, setResult, writeResult, binaryOp, esizeOf, elementsOf,
  OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MAX, OP_MIN, OP_MAXNM, OP_MINNM, OP_MULX, OP_ABD,
  OP_RECPS, OP_RSQRTS, OP_CMEQ, OP_CMGE, OP_CMGT, OP_ACGE, OP_ACGT, OP_MLA, OP_MLS } from "./simd-fp-lanes";

// ---- Three same (vector) ----------------------------------------------------------------------

/** Upper single elements for a 64-bit operation's fast path: 1.0 in the first operand and
 *  2.0 in the second keep sums, differences and products exact, normal and flag-free. */
const FILL_FIRST: i64 = 0x3f8000003f800000;
const FILL_SECOND: i64 = 0x4000000040000000;

/** FADD/FSUB/FMUL/FMLA/FMLS with WebAssembly SIMD or exact double products (fp/vector.ts)
 *  when RN and every element qualifies; false when the element-by-element path must run instead
 *  (nothing written or raised). */
@inline function threeSameFast(op: u32, Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32, fpcr: u32): bool {
  if (fpcrRounding(fpcr) != ROUND_TIEEVEN) return false;
  let a = v128.load(vAddress(Rn));
  let b = v128.load(vAddress(Rm));
  let addend = v128.load(vAddress(Rd));
  if (!Q) {
    a = i64x2.replace_lane(a, 1, FILL_FIRST);
    b = i64x2.replace_lane(b, 1, FILL_SECOND);
    addend = i64x2.replace_lane(addend, 1, FILL_FIRST);
  }
  let r: v128;
  if (sz && op != OP_ADD && op != OP_SUB) r = mulAdd64x2(addend, op == OP_MLS ? f64x2.neg(a) : a, b, op != OP_MUL);
  else if (op == OP_MLA || op == OP_MLS) r = mulAdd32x4(addend, op == OP_MLS ? f32x4.neg(a) : a, b);
  else if (sz) r = addSub64x2(a, b, op == OP_SUB);
  else if (op == OP_MUL) r = mul32x4(a, b);
  else r = addSub32x4(a, b, op == OP_SUB);
  if (!vectorFastOk) return false;
  commitFpExceptions();
  v128.store(vAddress(Rd), Q ? r : i64x2.replace_lane(r, 1, 0));
  return true;
}

/** Elem[Vd, e] = op(Elem[Vn, e], Elem[Vm, e]) for every element; 2D needs Q = 1. */
@inline function threeSameVector(op: u32, Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (sz && !Q) return false;
  if (!checkFpAccess()) return true;
  const N = esizeOf(sz);
  const fpcr = readFpcr();
  if ((op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_MLA || op == OP_MLS) && threeSameFast(op, Q, sz, Rm, Rn, Rd, fpcr)) return true;
  const elements = elementsOf(Q, N);
  clearResult();
  for (let e: u32 = 0; e < elements; e++) {
    setResult(e, N, binaryOp(op, elem(Rn, e, N), elem(Rm, e, N), elem(Rd, e, N), N, fpcr));
  }
  commitFpExceptions();
  writeResult(Rd, Q);
  return true;
}

export function FADD_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_ADD, Q, sz, Rm, Rn, Rd); }
export function FSUB_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_SUB, Q, sz, Rm, Rn, Rd); }
export function FMUL_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_MUL, Q, sz, Rm, Rn, Rd); }
export function FDIV_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_DIV, Q, sz, Rm, Rn, Rd); }
export function FMAX_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_MAX, Q, sz, Rm, Rn, Rd); }
export function FMIN_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_MIN, Q, sz, Rm, Rn, Rd); }
export function FMAXNM_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_MAXNM, Q, sz, Rm, Rn, Rd); }
export function FMINNM_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_MINNM, Q, sz, Rm, Rn, Rd); }
export function FMULX_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_MULX, Q, sz, Rm, Rn, Rd); }
export function FABD_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_ABD, Q, sz, Rm, Rn, Rd); }
export function FRECPS_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_RECPS, Q, sz, Rm, Rn, Rd); }
export function FRSQRTS_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_RSQRTS, Q, sz, Rm, Rn, Rd); }
export function FCMEQ_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_CMEQ, Q, sz, Rm, Rn, Rd); }
export function FCMGE_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_CMGE, Q, sz, Rm, Rn, Rd); }
export function FCMGT_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_CMGT, Q, sz, Rm, Rn, Rd); }
export function FACGE_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_ACGE, Q, sz, Rm, Rn, Rd); }
export function FACGT_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_ACGT, Q, sz, Rm, Rn, Rd); }
export function FMLA_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_MLA, Q, sz, Rm, Rn, Rd); }
export function FMLS_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameVector(OP_MLS, Q, sz, Rm, Rn, Rd); }

// ---- Three same (scalar) ----------------------------------------------------------------------

/** Vd = op(Vn, Vm) on the low element, clearing the rest of Vd. */
function threeSameScalar(op: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const N = esizeOf(sz);
  const result = binaryOp(op, readVScalar(Rn, N), readVScalar(Rm, N), 0, N, readFpcr());
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

export function FMULX_sisd(sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameScalar(OP_MULX, sz, Rm, Rn, Rd); }
export function FABD_sisd(sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameScalar(OP_ABD, sz, Rm, Rn, Rd); }
export function FRECPS_sisd(sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameScalar(OP_RECPS, sz, Rm, Rn, Rd); }
export function FRSQRTS_sisd(sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameScalar(OP_RSQRTS, sz, Rm, Rn, Rd); }
export function FCMEQ_sisd(sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameScalar(OP_CMEQ, sz, Rm, Rn, Rd); }
export function FCMGE_sisd(sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameScalar(OP_CMGE, sz, Rm, Rn, Rd); }
export function FCMGT_sisd(sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameScalar(OP_CMGT, sz, Rm, Rn, Rd); }
export function FACGE_sisd(sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameScalar(OP_ACGE, sz, Rm, Rn, Rd); }
export function FACGT_sisd(sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return threeSameScalar(OP_ACGT, sz, Rm, Rn, Rd); }

// ---- Pairwise --------------------------------------------------------------------------------------

/** Vector pairwise: the elements of Vm:Vn (Vn lowest) combined two by two, in order. */
function pairwiseVector(op: u32, Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (sz && !Q) return false;
  if (!checkFpAccess()) return true;
  const N = esizeOf(sz);
  const fpcr = readFpcr();
  const elements = elementsOf(Q, N);
  const half = elements >>> 1;
  clearResult();
  for (let e: u32 = 0; e < elements; e++) {
    const source = e < half ? Rn : Rm;
    const i = (e < half ? e : e - half) * 2;
    setResult(e, N, binaryOp(op, elem(source, i, N), elem(source, i + 1, N), 0, N, fpcr));
  }
  commitFpExceptions();
  writeResult(Rd, Q);
  return true;
}

export function FADDP_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return pairwiseVector(OP_ADD, Q, sz, Rm, Rn, Rd); }
export function FMAXP_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return pairwiseVector(OP_MAX, Q, sz, Rm, Rn, Rd); }
export function FMINP_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return pairwiseVector(OP_MIN, Q, sz, Rm, Rn, Rd); }
export function FMAXNMP_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return pairwiseVector(OP_MAXNM, Q, sz, Rm, Rn, Rd); }
export function FMINNMP_vec(Q: u32, sz: u32, Rm: u32, Rn: u32, Rd: u32): bool { return pairwiseVector(OP_MINNM, Q, sz, Rm, Rn, Rd); }

/** Scalar pairwise: Vd = op(Elem[Vn, 0], Elem[Vn, 1]) of the 2S or 2D vector Vn. */
function pairwiseScalar(op: u32, sz: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const N = esizeOf(sz);
  const result = binaryOp(op, elem(Rn, 0, N), elem(Rn, 1, N), 0, N, readFpcr());
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

export function FADDP_sisd(sz: u32, Rn: u32, Rd: u32): bool { return pairwiseScalar(OP_ADD, sz, Rn, Rd); }
export function FMAXP_sisd(sz: u32, Rn: u32, Rd: u32): bool { return pairwiseScalar(OP_MAX, sz, Rn, Rd); }
export function FMINP_sisd(sz: u32, Rn: u32, Rd: u32): bool { return pairwiseScalar(OP_MIN, sz, Rn, Rd); }
export function FMAXNMP_sisd(sz: u32, Rn: u32, Rd: u32): bool { return pairwiseScalar(OP_MAXNM, sz, Rn, Rd); }
export function FMINNMP_sisd(sz: u32, Rn: u32, Rd: u32): bool { return pairwiseScalar(OP_MINNM, sz, Rn, Rd); }

// ---- Across lanes ----------------------------------------------------------------------------------

/** Reduce (shared/functions/vector) of the four single elements of Vn: op(op(e0, e1),
 *  op(e2, e3)). Only the 4S arrangement exists (Q = 1, sz = 0) without FEAT_FP16. */
function acrossLanes(op: u32, Q: u32, sz: u32, Rn: u32, Rd: u32): bool {
  if (!Q || sz) return false;
  if (!checkFpAccess()) return true;
  const fpcr = readFpcr();
  const low = binaryOp(op, elem(Rn, 0, 32), elem(Rn, 1, 32), 0, 32, fpcr);
  const high = binaryOp(op, elem(Rn, 2, 32), elem(Rn, 3, 32), 0, 32, fpcr);
  const result = binaryOp(op, low, high, 0, 32, fpcr);
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

export function FMAXV_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool { return acrossLanes(OP_MAX, Q, sz, Rn, Rd); }
export function FMINV_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool { return acrossLanes(OP_MIN, Q, sz, Rn, Rd); }
export function FMAXNMV_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool { return acrossLanes(OP_MAXNM, Q, sz, Rn, Rd); }
export function FMINNMV_vec(Q: u32, sz: u32, Rn: u32, Rd: u32): bool { return acrossLanes(OP_MINNM, Q, sz, Rn, Rd); }

// ---- By element ------------------------------------------------------------------------------------

/** The by-element index: H:L for single, H for double (where L must be 0). */
@inline function elementIndex(sz: u32, L: u32, H: u32): u32 {
  return sz ? H : (H << 1) | L;
}

/** Elem[Vd, e] = op(Elem[Vn, e], Elem[Vm, index]) (MLA/MLS accumulate into Vd). The element
 *  register is M:Rm; 2D needs Q = 1 and L = 0. */
function byElementVector(op: u32, Q: u32, sz: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (sz && (L || !Q)) return false;
  if (!checkFpAccess()) return true;
  const N = esizeOf(sz);
  const fpcr = readFpcr();
  const elements = elementsOf(Q, N);
  const element2 = elem((M << 4) | Rm, elementIndex(sz, L, H), N);
  clearResult();
  for (let e: u32 = 0; e < elements; e++) {
    setResult(e, N, binaryOp(op, elem(Rn, e, N), element2, elem(Rd, e, N), N, fpcr));
  }
  commitFpExceptions();
  writeResult(Rd, Q);
  return true;
}

export function FMLA_elem_vec(Q: u32, sz: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  return byElementVector(OP_MLA, Q, sz, L, M, Rm, H, Rn, Rd);
}
export function FMLS_elem_vec(Q: u32, sz: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  return byElementVector(OP_MLS, Q, sz, L, M, Rm, H, Rn, Rd);
}
export function FMUL_elem_vec(Q: u32, sz: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  return byElementVector(OP_MUL, Q, sz, L, M, Rm, H, Rn, Rd);
}
export function FMULX_elem_vec(Q: u32, sz: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  return byElementVector(OP_MULX, Q, sz, L, M, Rm, H, Rn, Rd);
}

/** Scalar by element: Vd = op(Vn, Elem[Vm, index]) on the low element, clearing the rest. */
function byElementScalar(op: u32, sz: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  if (sz && L) return false;
  if (!checkFpAccess()) return true;
  const N = esizeOf(sz);
  const element2 = elem((M << 4) | Rm, elementIndex(sz, L, H), N);
  const result = binaryOp(op, readVScalar(Rn, N), element2, readVScalar(Rd, N), N, readFpcr());
  commitFpExceptions();
  writeVScalar(Rd, result);
  return true;
}

export function FMLA_elem_sisd(sz: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  return byElementScalar(OP_MLA, sz, L, M, Rm, H, Rn, Rd);
}
export function FMLS_elem_sisd(sz: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  return byElementScalar(OP_MLS, sz, L, M, Rm, H, Rn, Rd);
}
export function FMUL_elem_sisd(sz: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  return byElementScalar(OP_MUL, sz, L, M, Rm, H, Rn, Rd);
}
export function FMULX_elem_sisd(sz: u32, L: u32, M: u32, Rm: u32, H: u32, Rn: u32, Rd: u32): bool {
  return byElementScalar(OP_MULX, sz, L, M, Rm, H, Rn, Rd);
}

// Semantics of the SIMD&FP register loads and stores (C4.1 encoding index, "Loads and
// Stores" with V = 1):
// LDR/STR B, H, S, D, Q with unsigned, unscaled, pre- and post-indexed immediate and register
// offsets, LDR (literal) S, D, Q, and LDP/STP/LDNP/STNP S, D, Q. A Q access is two 64-bit
// accesses, low half first (as QEMU performs it), and with SCTLR_EL1.A it must be 16-byte
// aligned; registers and the base are written only after every access succeeded.
import { readX, writeXSP, sysreg } from "../state";
import { pc, faulted } from "../exec";
import { readSized, writeSized, read64, write64, alignmentAbort, quadHostAddress, KIND_READ, KIND_WRITE } from "../memory";
import { SR_SCTLR_EL1 } from "../generated/sysregs";
import { signExtend } from "./alu";
import { checkFpAccess } from "../sysregs";
import { baseRegister } from "./access";
import { readVScalar, readVHigh, writeVQ } from "../fp/registers";

/** log2 of the access size: size, or 4 for the Q form (size 00 with opc<1> set). */
@inline function accessScale(size: u32, opc: u32): u32 {
  return size == 0 && (opc & 2) ? 4 : size;
}
/** size 01..11 have no opc<1> = 1 forms. */
@inline function validSizeOpc(size: u32, opc: u32): bool {
  return size == 0 || (opc & 2) == 0;
}

// Values read by loadValue()
let loadedLo: u64 = 0;
let loadedHi: u64 = 0;

/** A 16-byte access with alignment checking on (SCTLR_EL1.A) must be 16-byte aligned
 *  (B2.5.2); raises the Alignment fault and returns true if it is not. */
@inline function misalignedQuad(address: u64, kind: u32): bool {
  if ((address & 15) == 0 || (sysreg(SR_SCTLR_EL1) & 2) == 0) return false;
  alignmentAbort(address, kind, 0);
  return true;
}

/** Read 2^scale bytes into loadedLo/loadedHi; false after a fault. */
function loadValue(address: u64, scale: u32): bool {
  if (scale == 4) {
    const host = quadHostAddress(address, KIND_READ);
    if (host) {
      loadedLo = load<u64>(host);
      loadedHi = load<u64>(host, 8);
      return true;
    }
    if (misalignedQuad(address, KIND_READ)) return false;
    loadedLo = read64(address, 0);
    if (faulted) return false;
    loadedHi = read64(address + 8, 0);
  } else {
    loadedLo = readSized(address, 1 << scale, 0);
    loadedHi = 0;
  }
  return !faulted;
}

/** Store the low 2^scale bytes of V[t]; false after a fault. */
function storeValue(address: u64, scale: u32, Rt: u32): bool {
  if (scale == 4) {
    const host = quadHostAddress(address, KIND_WRITE);
    if (host) {
      store<u64>(host, readVScalar(Rt, 64));
      store<u64>(host, readVHigh(Rt), 8);
      return true;
    }
    if (misalignedQuad(address, KIND_WRITE)) return false;
    write64(address, readVScalar(Rt, 64), 0);
    if (faulted) return false;
    write64(address + 8, readVHigh(Rt), 0);
  } else {
    writeSized(address, 1 << scale, readVScalar(Rt, 8 << scale), 0);
  }
  return !faulted;
}

/** One register load or store at `address`; false after a fault. */
@inline function transfer(isLoad: bool, address: u64, scale: u32, Rt: u32): bool {
  if (!isLoad) return storeValue(address, scale, Rt);
  if (!loadValue(address, scale)) return false;
  writeVQ(Rt, loadedLo, loadedHi);
  return true;
}

/** LDR/STR (immediate, unsigned offset): offset = imm12 << scale. */
export function LDR_STR_fp_uimm(size: u32, opc: u32, imm12: u32, Rn: u32, Rt: u32): bool {
  if (!validSizeOpc(size, opc)) return false;
  if (!checkFpAccess()) return true;
  const scale = accessScale(size, opc);
  const base = baseRegister(Rn);
  if (faulted) return true;
  transfer((opc & 1) != 0, base + (<u64>imm12 << <u64>scale), scale, Rt);
  return true;
}

/** LDUR/STUR (idx 00), post-indexed (01) and pre-indexed (11) LDR/STR with a signed imm9. */
export function LDR_STR_fp_imm9(size: u32, opc: u32, imm9: u32, idx: u32, Rn: u32, Rt: u32): bool {
  if (!validSizeOpc(size, opc)) return false;
  if (!checkFpAccess()) return true;
  const scale = accessScale(size, opc);
  const base = baseRegister(Rn);
  if (faulted) return true;
  const offset = signExtend(<u64>imm9, 9);
  const address = idx == 1 ? base : base + offset;
  if (!transfer((opc & 1) != 0, address, scale, Rt)) return true;
  if (idx != 0) writeXSP(Rn, base + offset);
  return true;
}

/** LDR/STR (register): Rm extended by option (010 UXTW, 011 LSL, 110 SXTW, 111 SXTX) and
 *  shifted by the access scale when S = 1. */
export function LDR_STR_fp_reg(size: u32, opc: u32, Rm: u32, option: u32, S: u32, Rn: u32, Rt: u32): bool {
  if (!validSizeOpc(size, opc) || (option & 2) == 0) return false;
  if (!checkFpAccess()) return true;
  const scale = accessScale(size, opc);
  let offset = readX(Rm);
  if ((option & 1) == 0) offset = (option & 4) ? signExtend(offset, 32) : offset & 0xffffffff;
  if (S) offset <<= <u64>scale;
  const base = baseRegister(Rn);
  if (faulted) return true;
  transfer((opc & 1) != 0, base + offset, scale, Rt);
  return true;
}

/** LDR (literal) S (opc 00), D (01), Q (10). */
export function LDR_fp_literal(opc: u32, imm19: u32, Rt: u32): bool {
  if (opc == 3) return false;
  if (!checkFpAccess()) return true;
  transfer(true, pc + (signExtend(<u64>imm19, 19) << 2), opc + 2, Rt);
  return true;
}

/** LDP/STP/LDNP/STNP S (opc 00), D (01), Q (10): mode 00 non-temporal offset, 01
 *  post-index, 10 signed offset, 11 pre-index; offset = imm7 << scale. */
export function LDP_STP_fp(opc: u32, mode: u32, L: u32, imm7: u32, Rt2: u32, Rn: u32, Rt: u32): bool {
  if (opc == 3) return false;
  if (!checkFpAccess()) return true;
  const scale = opc + 2;
  const size = <u64>1 << <u64>scale;
  const base = baseRegister(Rn);
  if (faulted) return true;
  const offset = signExtend(<u64>imm7, 7) << <u64>scale;
  const address = mode == 1 ? base : base + offset;
  if (L) {
    if (!loadValue(address, scale)) return true;
    const lo1 = loadedLo;
    const hi1 = loadedHi;
    if (!loadValue(address + size, scale)) return true;
    writeVQ(Rt, lo1, hi1);
    writeVQ(Rt2, loadedLo, loadedHi);
  } else {
    if (!storeValue(address, scale, Rt)) return true;
    if (!storeValue(address + size, scale, Rt2)) return true;
  }
  if (mode == 1 || mode == 3) writeXSP(Rn, base + offset);
  return true;
}

// Semantics of the AdvSIMD structure loads and stores (C4.1 "Advanced SIMD load/store
// multiple structures" and "single structure"; pseudocode in C7.2 LD1 etc.).
//
// Accesses happen in the order and sizes QEMU 7.2 uses, and each loaded piece is written to
// its register at once, so a fault part-way leaves the earlier pieces loaded (the
// architecture leaves the registers UNKNOWN then) and the base is not written back:
//   * multiple structures with one register per structure (LD1/ST1): 8 bytes at a time,
//     register by register; the upper halves of 64-bit (Q = 0) destinations are cleared
//     after the last access;
//   * LD2-LD4/ST2-ST4: element by element, structure by structure;
//   * single structure and LD1R-LD4R: one element per register, register by register.
// With SCTLR_EL1.A set, elements must be aligned to their size (B2.5.2); since every element
// is at base + k * esize, a misaligned base faults before the first access.
import { readX, writeXSP, sysreg } from "../state";
import { faulted } from "../exec";
import { readSized, writeSized, read64, write64, alignmentAbort, KIND_READ, KIND_WRITE,
  ACC_ALIGNMENT_CHECKED } from "../memory";
import { SR_SCTLR_EL1 } from "../generated/sysregs";
import { checkFpAccess } from "../sysregs";
import { baseRegister } from "./access";
import { vreg, setVQ, clearHigh, elem, setElem } from "../simd/vreg";

/** Structure elements (registers per structure) of a multiple-structures opcode, 0 if the
 *  opcode is unallocated; multipleRepeats() gives the repeat count. */
@inline function multipleSelem(opcode: u32): u32 {
  switch (opcode) {
    case 0: return 4;
    case 4: return 3;
    case 8: return 2;
    case 2: case 6: case 7: case 10: return 1;
    default: return 0;
  }
}
@inline function multipleRepeats(opcode: u32): u32 {
  switch (opcode) {
    case 2: return 4;
    case 6: return 3;
    case 10: return 2;
    default: return 1;
  }
}

/** SCTLR_EL1.A alignment check of the first element: false (fault taken) if misaligned. */
function elementsAligned(address: u64, size: u32, isLoad: bool): bool {
  if ((address & ((<u64>1 << <u64>size) - 1)) == 0 || (sysreg(SR_SCTLR_EL1) & 2) == 0) return true;
  alignmentAbort(address, isLoad ? KIND_READ : KIND_WRITE, 0);
  return false;
}

/** Post-index writeback: by `bytes` (Rm = 31) or by Xm. */
@inline function writeBack(Rn: u32, base: u64, Rm: u32, bytes: u64): void {
  writeXSP(Rn, base + (Rm == 31 ? bytes : readX(Rm)));
}

/** LD1-LD4/ST1-ST4 (multiple structures). */
@inline function multiple(post: bool, Q: u32, L: u32, Rm: u32, opcode: u32, size: u32, Rn: u32, Rt: u32): bool {
  const selem = multipleSelem(opcode);
  if (selem == 0 || (size == 3 && !Q && selem != 1) || (!post && Rm != 0)) return false;
  if (!checkFpAccess()) return true;
  const rpt = multipleRepeats(opcode);
  const isLoad = L != 0;
  const base = baseRegister(Rn);
  if (faulted) return true;
  if (!elementsAligned(base, size, isLoad)) return true;
  let address = base;
  if (selem == 1) {
    const pieces: u32 = 1 + Q;
    for (let r: u32 = 0; r < rpt; r++) {
      const v = vreg(Rt + r);
      for (let p: u32 = 0; p < pieces; p++) {
        if (isLoad) {
          const value = read64(address, ACC_ALIGNMENT_CHECKED);
          if (faulted) return true;
          store<u64>(v + (<usize>p << 3), value);
        } else {
          write64(address, load<u64>(v + (<usize>p << 3)), ACC_ALIGNMENT_CHECKED);
          if (faulted) return true;
        }
        address += 8;
      }
    }
  } else {
    const elements: u32 = (8 << Q) >> size;
    const bytes: u32 = 1 << size;
    for (let e: u32 = 0; e < elements; e++) {
      for (let s: u32 = 0; s < selem; s++) {
        const v = vreg(Rt + s);
        if (isLoad) {
          const value = readSized(address, bytes, 0);
          if (faulted) return true;
          setElem(v, e, size, value);
        } else {
          writeSized(address, bytes, elem(v, e, size), 0);
          if (faulted) return true;
        }
        address += bytes;
      }
    }
  }
  if (isLoad && !Q) {
    for (let r: u32 = 0; r < rpt * selem; r++) clearHigh(Rt + r);
  }
  if (post) writeBack(Rn, base, Rm, address - base);
  return true;
}

export function LDST_multiple(Q: u32, L: u32, Rm: u32, opcode: u32, size: u32, Rn: u32, Rt: u32): bool {
  return multiple(false, Q, L, Rm, opcode, size, Rn, Rt);
}
export function LDST_multiple_post(Q: u32, L: u32, Rm: u32, opcode: u32, size: u32, Rn: u32, Rt: u32): bool {
  return multiple(true, Q, L, Rm, opcode, size, Rn, Rt);
}

/** LD1-LD4/ST1-ST4 (single structure): one element of each register at the same index.
 *  opcode<2:1> is the element size (with size<0> choosing doublewords for 10), and the
 *  index is Q:S:size for bytes, Q:S:size<1> for halfwords, Q:S for words, Q for doublewords;
 *  opcode 11x (load and replicate) is in LD_replicate. */
@inline function single(post: bool, Q: u32, L: u32, R: u32, Rm: u32, opcode: u32, S: u32, size: u32, Rn: u32, Rt: u32): bool {
  if (!post && Rm != 0) return false;
  let scale = opcode >> 1;
  let index: u32 = (Q << 3) | (S << 2) | size;
  switch (scale) {
    case 0: break;
    case 1:
      if (size & 1) return false;
      index >>= 1;
      break;
    case 2:
      if (size & 2) return false;
      if (size & 1) {
        if (S) return false;
        index >>= 3;
        scale = 3;
      } else {
        index >>= 2;
      }
      break;
    default: return false;
  }
  if (!checkFpAccess()) return true;
  const selem = (((opcode & 1) << 1) | R) + 1;
  const bytes: u32 = 1 << scale;
  const base = baseRegister(Rn);
  if (faulted) return true;
  let address = base;
  for (let s: u32 = 0; s < selem; s++) {
    const v = vreg(Rt + s);
    if (L) {
      const value = readSized(address, bytes, 0);
      if (faulted) return true;
      setElem(v, index, scale, value);
    } else {
      writeSized(address, bytes, elem(v, index, scale), 0);
      if (faulted) return true;
    }
    address += bytes;
  }
  if (post) writeBack(Rn, base, Rm, address - base);
  return true;
}

export function LDST_single(Q: u32, L: u32, R: u32, Rm: u32, opcode: u32, S: u32, size: u32, Rn: u32, Rt: u32): bool {
  return single(false, Q, L, R, Rm, opcode, S, size, Rn, Rt);
}
export function LDST_single_post(Q: u32, L: u32, R: u32, Rm: u32, opcode: u32, S: u32, size: u32, Rn: u32, Rt: u32): bool {
  return single(true, Q, L, R, Rm, opcode, S, size, Rn, Rt);
}

/** A vector with every element equal to `value` (8 << size bits). */
@inline function splat(value: u64, size: u32): v128 {
  switch (size) {
    case 0: return i8x16.splat(<i8>value);
    case 1: return i16x8.splat(<i16>value);
    case 2: return i32x4.splat(<i32>value);
    default: return i64x2.splat(<i64>value);
  }
}

/** LD1R-LD4R: one structure, each element replicated to all lanes of its register. */
@inline function replicate(post: bool, Q: u32, R: u32, Rm: u32, op: u32, size: u32, Rn: u32, Rt: u32): bool {
  if (!post && Rm != 0) return false;
  if (!checkFpAccess()) return true;
  const selem = ((op << 1) | R) + 1;
  const bytes: u32 = 1 << size;
  const base = baseRegister(Rn);
  if (faulted) return true;
  let address = base;
  for (let s: u32 = 0; s < selem; s++) {
    const value = readSized(address, bytes, 0);
    if (faulted) return true;
    setVQ(Rt + s, splat(value, size), Q);
    address += bytes;
  }
  if (post) writeBack(Rn, base, Rm, address - base);
  return true;
}

export function LD_replicate(Q: u32, R: u32, Rm: u32, op: u32, size: u32, Rn: u32, Rt: u32): bool {
  return replicate(false, Q, R, Rm, op, size, Rn, Rt);
}
export function LD_replicate_post(Q: u32, R: u32, Rm: u32, op: u32, size: u32, Rn: u32, Rt: u32): bool {
  return replicate(true, Q, R, Rm, op, size, Rn, Rt);
}

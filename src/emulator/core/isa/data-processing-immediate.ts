// Semantics of C4.1.86 Data Processing -- Immediate.
// The semantic functions here are @inline: the run loop holds their cases (scripts/gen-decoder.ts
// HOT_GROUPS), some once per value of their `specialize` fields.
import { readRegSP, writeRegSP, writeReg, readReg, readX, readW, writeX } from "../state";
import { pc } from "../exec";
import { addWithCarry, setLogicalFlags, signExtend } from "./alu";

/** ADR (C6.2.10): Xd = PC + imm21. */
@inline export function ADR(immlo: u32, immhi: u32, Rd: u32): bool {
  writeX(Rd, pc + signExtend(<u64>((immhi << 2) | immlo), 21));
  return true;
}

/** ADRP (C6.2.11): Xd = PC with bits 11:0 cleared + imm21 * 4096. */
@inline export function ADRP(immlo: u32, immhi: u32, Rd: u32): bool {
  writeX(Rd, (pc & ~(<u64>0xfff)) + (signExtend(<u64>((immhi << 2) | immlo), 21) << 12));
  return true;
}

/** ADD, ADDS, SUB, SUBS (immediate), C6.2.4 etc. Rd is SP for the non-flag-setting forms. */
@inline export function ADD_SUB_imm(sf: u32, op: u32, S: u32, sh: u32, imm12: u32, Rn: u32, Rd: u32): bool {
  const imm: u64 = <u64>imm12 << (sh ? 12 : 0);
  const a = readRegSP(sf, Rn);
  const result = op ? addWithCarry(sf, a, ~imm, 1, S != 0) : addWithCarry(sf, a, imm, 0, S != 0);
  if (S) writeReg(sf, Rd, result);
  else writeRegSP(sf, Rd, result);
  return true;
}

/** DecodeBitMasks (J1.1.3) wmask for a logical immediate (immediate = TRUE), replicated to
 *  64 bits; 0 when the encoding is reserved (a valid mask is never 0). */
@inline function logicalImmediate(N: u32, immr: u32, imms: u32): u64 {
  const combined = (N << 6) | (~imms & 0x3f);
  if (combined < 2) return 0; // len < 1
  const len = 31 - clz<u32>(combined);
  const esize: u32 = 1 << len;
  const levels = esize - 1;
  const S = imms & levels;
  if (S == levels) return 0; // all ones in the element is reserved
  const R = <u64>(immr & levels);
  const ones: u64 = (<u64>1 << <u64>(S + 1)) - 1; // S + 1 <= 63
  const elementMask: u64 = <u64>-1 >>> <u64>(64 - esize);
  // ROR within the element; a shift by esize = 64 is a shift by 0 here, which is harmless.
  let mask = ((ones >>> R) | (ones << ((<u64>esize - R) & 63))) & elementMask;
  for (let e = esize; e < 64; e <<= 1) mask |= mask << <u64>e;
  return mask;
}

/** AND, ORR, EOR, ANDS (immediate), C6.2.12 etc. Rd is SP except for ANDS. */
@inline export function LOGICAL_imm(sf: u32, opc: u32, N: u32, immr: u32, imms: u32, Rn: u32, Rd: u32): bool {
  if (!sf && N) return false;
  const mask = logicalImmediate(N, immr, imms);
  if (mask == 0) return false;
  const a = readReg(sf, Rn);
  switch (opc) {
    case 0: writeRegSP(sf, Rd, a & mask); break;
    case 1: writeRegSP(sf, Rd, a | mask); break;
    case 2: writeRegSP(sf, Rd, a ^ mask); break;
    default: {
      const result = a & mask;
      setLogicalFlags(sf, result);
      writeReg(sf, Rd, result);
    }
  }
  return true;
}

/** MOVN, MOVZ, MOVK (C6.2.190..192); opc 01 is not in the table. hw >= 2 needs sf = 1. */
@inline export function MOVE_WIDE(sf: u32, opc: u32, hw: u32, imm16: u32, Rd: u32): bool {
  if (!sf && hw >= 2) return false;
  const shift = <u64>(hw << 4);
  let value: u64;
  if (opc == 3) value = (readReg(sf, Rd) & ~(<u64>0xffff << shift)) | (<u64>imm16 << shift);
  else if (opc == 2) value = <u64>imm16 << shift;
  else value = ~(<u64>imm16 << shift);
  writeReg(sf, Rd, value);
  return true;
}

// Bitfield moves (C6.2.30 BFM, C6.2.265 SBFM, C6.2.365 UBFM). With the sf/N/immr/imms checks
// the element size of DecodeBitMasks(N, imms, immr, FALSE) is the register size, so
//   wmask = ROR(Ones(imms + 1), immr), tmask = Ones(((imms - immr) MOD datasize) + 1).

/** The sf/N consistency rules shared by the bitfield instructions: UNDEFINED when false. */
@inline function bitfieldAllocated(sf: u32, N: u32, immr: u32, imms: u32): bool {
  return sf == N && (sf != 0 || ((immr | imms) & 0x20) == 0);
}

@inline export function SBFM(sf: u32, N: u32, immr: u32, imms: u32, Rn: u32, Rd: u32): bool {
  if (!bitfieldAllocated(sf, N, immr, imms)) return false;
  if (sf) {
    const src = readX(Rn);
    const wmask = rotr<u64>(<u64>-1 >>> <u64>(63 - imms), <u64>immr);
    const tmask = <u64>-1 >>> <u64>(63 - ((imms - immr) & 63));
    const bottom = rotr<u64>(src, <u64>immr) & wmask;
    const top: u64 = 0 - ((src >>> <u64>imms) & 1);
    writeX(Rd, (top & ~tmask) | (bottom & tmask));
  } else {
    const src = <u32>readW(Rn);
    const wmask = rotr<u32>(<u32>-1 >>> (31 - imms), immr);
    const tmask = <u32>-1 >>> (31 - ((imms - immr) & 31));
    const bottom = rotr<u32>(src, immr) & wmask;
    const top: u32 = 0 - ((src >>> imms) & 1);
    writeX(Rd, <u64>((top & ~tmask) | (bottom & tmask)));
  }
  return true;
}

@inline export function BFM(sf: u32, N: u32, immr: u32, imms: u32, Rn: u32, Rd: u32): bool {
  if (!bitfieldAllocated(sf, N, immr, imms)) return false;
  if (sf) {
    const src = readX(Rn);
    const dst = readX(Rd);
    const wmask = rotr<u64>(<u64>-1 >>> <u64>(63 - imms), <u64>immr);
    const tmask = <u64>-1 >>> <u64>(63 - ((imms - immr) & 63));
    const bottom = (dst & ~wmask) | (rotr<u64>(src, <u64>immr) & wmask);
    writeX(Rd, (dst & ~tmask) | (bottom & tmask));
  } else {
    const src = <u32>readW(Rn);
    const dst = <u32>readW(Rd);
    const wmask = rotr<u32>(<u32>-1 >>> (31 - imms), immr);
    const tmask = <u32>-1 >>> (31 - ((imms - immr) & 31));
    const bottom = (dst & ~wmask) | (rotr<u32>(src, immr) & wmask);
    writeX(Rd, <u64>((dst & ~tmask) | (bottom & tmask)));
  }
  return true;
}

@inline export function UBFM(sf: u32, N: u32, immr: u32, imms: u32, Rn: u32, Rd: u32): bool {
  if (!bitfieldAllocated(sf, N, immr, imms)) return false;
  if (sf) {
    const wmask = rotr<u64>(<u64>-1 >>> <u64>(63 - imms), <u64>immr);
    const tmask = <u64>-1 >>> <u64>(63 - ((imms - immr) & 63));
    writeX(Rd, rotr<u64>(readX(Rn), <u64>immr) & wmask & tmask);
  } else {
    const wmask = rotr<u32>(<u32>-1 >>> (31 - imms), immr);
    const tmask = <u32>-1 >>> (31 - ((imms - immr) & 31));
    writeX(Rd, <u64>(rotr<u32>(<u32>readW(Rn), immr) & wmask & tmask));
  }
  return true;
}

/** EXTR (C6.2.90): bits lsb + datasize - 1 .. lsb of Rn:Rm. sf must equal N; imms < datasize. */
@inline export function EXTR(sf: u32, N: u32, Rm: u32, imms: u32, Rn: u32, Rd: u32): bool {
  if (sf != N) return false;
  if (sf) {
    const low = readX(Rm);
    // A shift by 64 would be a shift by 0 in WebAssembly: lsb = 0 is just Rm.
    writeX(Rd, imms == 0 ? low : (low >>> <u64>imms) | (readX(Rn) << <u64>(64 - imms)));
  } else {
    if (imms & 0x20) return false;
    writeX(Rd, (((readW(Rn) << 32) | readW(Rm)) >>> <u64>imms) & 0xffffffff);
  }
  return true;
}

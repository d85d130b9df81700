// Semantics of C4.1.86 Data Processing -- Immediate.
import { readRegSP, writeRegSP, writeReg, readReg } from "../state";
import { addWithCarry } from "./alu";

/** ADD, ADDS, SUB, SUBS (immediate), C6.2.4 etc. Rd is SP for the non-flag-setting forms. */
export function ADD_SUB_imm(sf: u32, op: u32, S: u32, sh: u32, imm12: u32, Rn: u32, Rd: u32): bool {
  const imm: u64 = <u64>imm12 << (sh ? 12 : 0);
  const a = readRegSP(sf, Rn);
  const result = op ? addWithCarry(sf, a, ~imm, 1, S != 0) : addWithCarry(sf, a, imm, 0, S != 0);
  if (S) writeReg(sf, Rd, result);
  else writeRegSP(sf, Rd, result);
  return true;
}

/** MOVN, MOVZ, MOVK (C6.2.190..192). opc 01 is unallocated; hw >= 2 needs sf = 1. */
export function MOVE_WIDE(sf: u32, opc: u32, hw: u32, imm16: u32, Rd: u32): bool {
  if (opc == 1 || (!sf && hw >= 2)) return false;
  const shift = <u64>(hw << 4);
  let value: u64;
  if (opc == 3) value = (readReg(sf, Rd) & ~(<u64>0xffff << shift)) | (<u64>imm16 << shift);
  else if (opc == 2) value = <u64>imm16 << shift;
  else value = ~(<u64>imm16 << shift);
  writeReg(sf, Rd, value);
  return true;
}

// Semantics of the branch instructions of C4.1.87.
// The semantic functions here are @inline: the run loop holds their cases (scripts/gen-decoder.ts
// HOT_GROUPS), some once per value of their `specialize` fields.
import { readX, readReg, writeX, sysreg } from "../state";
import { SR_TCR_EL1 } from "../generated/sysregs";
import { pc, setNextPc } from "../exec";
import { conditionHolds, signExtend } from "./alu";

/** AArch64.BranchAddr (J1.1.3): a register branch target loses its top-byte tag when
 *  TCR_EL1.TBI0/TBI1 (selected by bit 55) say the tag is ignored; bits 63:56 become copies
 *  of bit 55. Only EL0/EL1 exist here, so TCR_EL1 is the regime's control register.
 *  Like QEMU, TBID0/TBID1 (bits 52:51) exclude instruction addresses from the ignoring. */
export function branchAddress(target: u64): u64 {
  const tcr = sysreg(SR_TCR_EL1);
  const upper = <u32>(target >>> 55) & 1;
  const tbi = <u32>(tcr >>> (37 + <u64>upper)) & 1;
  const tbid = <u32>(tcr >>> (51 + <u64>upper)) & 1;
  if (!tbi || tbid) return target;
  return signExtend(target, 56);
}

/** B (C6.2.26). */
@inline export function B(imm26: u32): bool {
  setNextPc(pc + signExtend(<u64>imm26 << 2, 28));
  return true;
}

/** BL (C6.2.33): X30 = PC + 4. */
@inline export function BL(imm26: u32): bool {
  writeX(30, pc + 4);
  setNextPc(pc + signExtend(<u64>imm26 << 2, 28));
  return true;
}

/** CBZ, CBNZ (C6.2.45, C6.2.46). */
@inline export function CBZ_CBNZ(sf: u32, op: u32, imm19: u32, Rt: u32): bool {
  if ((readReg(sf, Rt) == 0) != (op != 0)) setNextPc(pc + signExtend(<u64>imm19 << 2, 21));
  return true;
}

/** TBZ, TBNZ (C6.2.340, C6.2.339): test bit b5:b40 of Rt. */
@inline export function TBZ_TBNZ(b5: u32, op: u32, b40: u32, imm14: u32, Rt: u32): bool {
  const bit = <u32>(readX(Rt) >>> <u64>((b5 << 5) | b40)) & 1;
  if (bit == op) setNextPc(pc + signExtend(<u64>imm14 << 2, 16));
  return true;
}

/** B.cond (C6.2.25). */
@inline export function B_cond(imm19: u32, cond: u32): bool {
  if (conditionHolds(cond)) setNextPc(pc + signExtend(<u64>imm19 << 2, 21));
  return true;
}

/** BR (C6.2.37). */
@inline export function BR(Rn: u32): bool {
  setNextPc(branchAddress(readX(Rn)));
  return true;
}

/** BLR (C6.2.35): the target is read before X30 is written, so BLR X30 branches to the old X30. */
@inline export function BLR(Rn: u32): bool {
  const target = readX(Rn);
  writeX(30, pc + 4);
  setNextPc(branchAddress(target));
  return true;
}

/** RET (C6.2.254). */
@inline export function RET(Rn: u32): bool {
  setNextPc(branchAddress(readX(Rn)));
  return true;
}

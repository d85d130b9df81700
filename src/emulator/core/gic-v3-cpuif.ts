// GICv3 CPU interface system registers (Arm IHI 0069 12.2, ICC_*_EL1) as QEMU's arm_gicv3
// model presents them to Non-secure EL1 on a board without EL2/EL3 and a GIC without
// Security Extensions: Group 0 (FIQ) and Group 1 (IRQ) are both available, five priority bits
// (ICC_CTLR_EL1.PRIbits = 4), ICC_SRE_EL1 fixed at SRE|DFB|DIB (the memory-mapped CPU interface
// does not exist). The registers are declared in sysreg-table.ts (EL1 only: UNDEFINED at EL0)
// and are UNDEFINED unless the board has a GICv3 (sysregs.ts checks gicSystemRegistersEnabled).
import {
  SR_ICC_PMR_EL1, SR_ICC_IAR0_EL1, SR_ICC_EOIR0_EL1, SR_ICC_HPPIR0_EL1, SR_ICC_BPR0_EL1,
  SR_ICC_AP0R0_EL1, SR_ICC_AP1R0_EL1, SR_ICC_DIR_EL1, SR_ICC_RPR_EL1, SR_ICC_SGI1R_EL1,
  SR_ICC_ASGI1R_EL1, SR_ICC_SGI0R_EL1, SR_ICC_IAR1_EL1, SR_ICC_EOIR1_EL1, SR_ICC_HPPIR1_EL1,
  SR_ICC_BPR1_EL1, SR_ICC_CTLR_EL1, SR_ICC_SRE_EL1, SR_ICC_IGRPEN0_EL1, SR_ICC_IGRPEN1_EL1,
} from "./generated/sysregs";
import {
  CTLR_ENABLE_GRP0, CTLR_ENABLE_GRP1, CTLR_CBPR, CTLR_EOI_MODE, PRIORITY_IDLE,
  GICV3_MIN_BPR0, GICV3_MIN_BPR1,
  numCpus, cpuCtlr, setCpuCtlr, priorityMask, setPriorityMask, binaryPoint, setBinaryPoint,
  aliasedBinaryPoint, setAliasedBinaryPoint, runningPriority, activePriorities, setActivePriorities,
  acknowledgeGroup, highestPendingOfGroup, endOfInterruptGroup, deactivate, sendGroupSgi, updateAll,
} from "./gic-state";
import { gicCurrentCpu } from "./gic";
import { cpuAffinity } from "./gic-v3";

/** ICC_CTLR_EL1 read-only fields: A3V (bit 15), IDbits = 0b001 (24-bit INTIDs), PRIbits = 4
 *  (five priority bits). CBPR (bit 0) and EOImode (bit 1) are the writable ones. */
const ICC_CTLR_FIXED: u64 = 0x8c00;
const ICC_CTLR_CBPR: u64 = 1 << 0;
const ICC_CTLR_EOIMODE: u64 = 1 << 1;
/** ICC_SRE_EL1: SRE, DFB, DIB set and read-only. */
const ICC_SRE_VALUE: u64 = 0x7;
/** Implemented priority bits [7:3] (ICC_PMR_EL1 and the running priority). */
const PRIORITY_MASK: u64 = 0xf8;
/** INTID field of ICC_EOIR<n>_EL1 / ICC_DIR_EL1 (24 bits). */
const INTID_MASK: u64 = 0xffffff;

/** Whether `id` is one of the ICC_* registers (a contiguous block in sysreg-table.ts). */
@inline export function isGicCpuifRegister(id: u32): bool {
  return id >= SR_ICC_PMR_EL1 && id <= SR_ICC_IGRPEN1_EL1;
}

/** ICC_BPR1_EL1 as read: with ICC_CTLR_EL1.CBPR set, ICC_BPR0_EL1 + 1 (at most 7). */
function readBpr1(c: u32): u64 {
  if (cpuCtlr(c) & CTLR_CBPR) {
    const v = binaryPoint(c) + 1;
    return <u64>(v > 7 ? 7 : v);
  }
  return <u64>aliasedBinaryPoint(c);
}

/** MRS of an ICC_* register on the running CPU (ICC_IAR<n>_EL1 acknowledges). */
export function gicCpuifRead(id: u32): u64 {
  const c = gicCurrentCpu();
  switch (id) {
    case SR_ICC_PMR_EL1: return <u64>priorityMask(c);
    case SR_ICC_IAR0_EL1: return <u64>acknowledgeGroup(c, 0);
    case SR_ICC_IAR1_EL1: return <u64>acknowledgeGroup(c, 1);
    case SR_ICC_HPPIR0_EL1: return <u64>highestPendingOfGroup(c, 0);
    case SR_ICC_HPPIR1_EL1: return <u64>highestPendingOfGroup(c, 1);
    case SR_ICC_BPR0_EL1: return <u64>binaryPoint(c);
    case SR_ICC_BPR1_EL1: return readBpr1(c);
    case SR_ICC_AP0R0_EL1: return <u64>activePriorities(c, 0, 0);
    case SR_ICC_AP1R0_EL1: return <u64>activePriorities(c, 1, 0);
    case SR_ICC_RPR_EL1: { // 0xff when idle
      const p = runningPriority(c);
      return <u64>(p == PRIORITY_IDLE ? 0xff : p);
    }
    case SR_ICC_CTLR_EL1: {
      const ctlr = cpuCtlr(c);
      return ICC_CTLR_FIXED | ((ctlr & CTLR_CBPR) ? ICC_CTLR_CBPR : 0) | ((ctlr & CTLR_EOI_MODE) ? ICC_CTLR_EOIMODE : 0);
    }
    case SR_ICC_SRE_EL1: return ICC_SRE_VALUE;
    case SR_ICC_IGRPEN0_EL1: return <u64>(cpuCtlr(c) & CTLR_ENABLE_GRP0 ? 1 : 0);
    case SR_ICC_IGRPEN1_EL1: return <u64>(cpuCtlr(c) & CTLR_ENABLE_GRP1 ? 1 : 0);
    default: return 0; // write-only registers never get here (MRS is UNDEFINED)
  }
}

/** Replace the `bit` of the CPU interface control word with `on`. */
function setControlBit(c: u32, bit: u32, on: bool): void {
  setCpuCtlr(c, on ? cpuCtlr(c) | bit : cpuCtlr(c) & ~bit);
}

/** ICC_SGI0R_EL1 / ICC_SGI1R_EL1 (12.2.21, 12.2.22): SGI INTID (bits 27:24) of `group` for
 *  every CPU but the sender (IRM, bit 40), or for the CPUs Aff3.Aff2.Aff1.<n> (bits 55:48,
 *  39:32, 23:16) whose Aff0 n is set in TargetList (bits 15:0). RS is not implemented. */
function generateSgi(c: u32, value: u64, group: u32): void {
  const cluster = (<u32>(value >> 48) & 0xff) << 16 | (<u32>(value >> 32) & 0xff) << 8 | (<u32>(value >> 16) & 0xff);
  const targetList = <u32>value & 0xffff;
  const allButSelf = ((value >> 40) & 1) != 0;
  let targets: u32 = 0;
  for (let t: u32 = 0; t < numCpus(); t++) {
    const affinity = cpuAffinity(t);
    const aff0 = affinity & 0xff;
    const selected = allButSelf
      ? t != c
      : (affinity >> 8) == cluster && aff0 < 16 && ((targetList >> aff0) & 1) != 0;
    if (selected) targets |= <u32>1 << t;
  }
  sendGroupSgi(<u32>(value >> 24) & 0xf, group, targets);
}

/** MSR to an ICC_* register of the running CPU. */
export function gicCpuifWrite(id: u32, value: u64): void {
  const c = gicCurrentCpu();
  switch (id) {
    case SR_ICC_PMR_EL1: setPriorityMask(c, <u32>(value & PRIORITY_MASK)); break;
    case SR_ICC_EOIR0_EL1: endOfInterruptGroup(c, 0, <u32>(value & INTID_MASK)); return;
    case SR_ICC_EOIR1_EL1: endOfInterruptGroup(c, 1, <u32>(value & INTID_MASK)); return;
    case SR_ICC_DIR_EL1: deactivate(c, <u32>(value & INTID_MASK)); return;
    // Binary points below the minimum read as the minimum (12.2.2, 12.2.3); with
    // ICC_CTLR_EL1.CBPR set, ICC_BPR1_EL1 writes are ignored.
    case SR_ICC_BPR0_EL1: {
      const v = <u32>value & 7;
      setBinaryPoint(c, v < GICV3_MIN_BPR0 ? GICV3_MIN_BPR0 : v);
      break;
    }
    case SR_ICC_BPR1_EL1: {
      if (cpuCtlr(c) & CTLR_CBPR) return;
      const v = <u32>value & 7;
      setAliasedBinaryPoint(c, v < GICV3_MIN_BPR1 ? GICV3_MIN_BPR1 : v);
      break;
    }
    case SR_ICC_AP0R0_EL1: setActivePriorities(c, 0, 0, <u32>value); break;
    case SR_ICC_AP1R0_EL1: setActivePriorities(c, 1, 0, <u32>value); break;
    case SR_ICC_SGI1R_EL1: generateSgi(c, value, 1); return;
    // Without Security Extensions the "other Security state" Group 1 of ICC_ASGI1R_EL1 is
    // Secure Group 1, which the distributor treats as Group 0 (GICD_CTLR.DS = 1).
    case SR_ICC_ASGI1R_EL1:
    case SR_ICC_SGI0R_EL1: generateSgi(c, value, 0); return;
    case SR_ICC_CTLR_EL1:
      setControlBit(c, CTLR_CBPR, (value & ICC_CTLR_CBPR) != 0);
      setControlBit(c, CTLR_EOI_MODE, (value & ICC_CTLR_EOIMODE) != 0);
      break;
    case SR_ICC_IGRPEN0_EL1: setControlBit(c, CTLR_ENABLE_GRP0, (value & 1) != 0); break;
    case SR_ICC_IGRPEN1_EL1: setControlBit(c, CTLR_ENABLE_GRP1, (value & 1) != 0); break;
    default: return; // ICC_SRE_EL1: read-only bits; read-only registers never get here
  }
  updateAll();
}

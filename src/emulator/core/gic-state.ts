// Interrupt state shared by every GIC programming interface (the GICv2 memory-mapped registers
// of gic-v2.ts; the GICv3 distributor/redistributors of gic-v3.ts and the ICC_* system
// registers of gic-v3-cpuif.ts): per-interrupt enable/pending/active/level/config/group bits,
// priorities and targets, the per-CPU interface state (priority mask, binary points, active
// priorities), and the selection of the highest priority pending interrupt that drives each
// CPU's IRQ/FIQ input (Arm IHI 0048B chapter 3, Arm IHI 0069 chapter 4 "Physical Interrupt
// Handling and Prioritization").
//
// Everything lives in shared memory at GIC_STATE_BASE. INTIDs 0..31 (SGIs and PPIs) are
// banked per CPU interface (a GICv3 redistributor); INTIDs 32..1019 (SPIs) are shared.
//
// The architecture version (resetGicState) selects the prioritization rules, as in QEMU's
// arm_gic (v2) and arm_gicv3 (v3) models:
//  - v2: 7 bits of group priority (128 preemption levels); an interrupt is signalled when its
//    priority is above the priority mask and the running priority;
//  - v3 without Security Extensions (GICD_CTLR.DS = 1): 5 bits of priority as QEMU's Cortex-A
//    CPU interfaces have (32 preemption levels, ICC_AP{0,1}R0_EL1 only); the highest priority
//    pending interrupt of a group enabled at the distributor is chosen first, then signalled
//    (Group 0 as FIQ, Group 1 as IRQ) if its group is enabled at the CPU interface, it is
//    above the priority mask and its group priority is above the running priority.
import { GIC_STATE_BASE, CPU_STATE_BASE, CPU_STATE_STRIDE, MAX_CPUS } from "./layout";
import { OFF_IRQ_LINES } from "./state";
import { requestEventCheck } from "./exec";

/** SGIs and PPIs: the banked interrupts. */
export const GIC_INTERNAL: u32 = 32;
export const GIC_NR_SGIS: u32 = 16;
/** INTIDs 1020..1023 are special; 1022 = pending Group 1 interrupt hidden by AckCtl, 1023 = spurious. */
export const GIC_MAX_INTID: u32 = 1020;
export const INTID_GROUP1_HIDDEN: u32 = 1022;
export const INTID_SPURIOUS: u32 = 1023;
/** Running priority when no interrupt is active (above every real priority). */
export const PRIORITY_IDLE: u32 = 0x100;

// Per-interrupt bitmaps ("kinds"), 32 interrupts per u32 word.
export const BITS_ENABLED: u32 = 0;
/** Latched pending state (edge, software set, SGIs); level-sensitive inputs add BITS_LEVEL. */
export const BITS_PENDING: u32 = 1;
export const BITS_ACTIVE: u32 = 2;
/** Current level of the interrupt input line. */
export const BITS_LEVEL: u32 = 3;
/** GICD_ICFGR Int_config[1]: 1 = edge-triggered, 0 = level-sensitive. */
export const BITS_EDGE: u32 = 4;
/** GICD_IGROUPR: 1 = Group 1. */
export const BITS_GROUP: u32 = 5;

// CPU interface control bits (GICC_CTLR without the Security Extensions, IHI 0048B 4.4.1).
export const CTLR_ENABLE_GRP0: u32 = 1 << 0;
export const CTLR_ENABLE_GRP1: u32 = 1 << 1;
export const CTLR_ACK_CTL: u32 = 1 << 2;
export const CTLR_FIQ_EN: u32 = 1 << 3;
export const CTLR_CBPR: u32 = 1 << 4;
export const CTLR_EOI_MODE: u32 = 1 << 9;

// ---- Layout of the state block --------------------------------------------------------------

const G_DIST_CTLR: usize = 0x000;
const G_NUM_IRQ: usize = 0x004;
const G_NUM_CPU: usize = 0x008;
/** Architecture version: 0 (no GIC), 2 or 3. */
const G_VERSION: usize = 0x00c;
/** SPI bitmaps: kind k at G_SPI_BITS + k * 0x80, word w (1..31) for INTIDs 32w..32w+31. */
const G_SPI_BITS: usize = 0x100;
/** One priority byte per SPI, indexed by INTID. */
const G_SPI_PRIORITY: usize = 0x400;
/** One CPU target mask byte per SPI, indexed by INTID. */
const G_SPI_TARGET: usize = 0x800;
const G_CPU: usize = 0x1000;
const CPU_STRIDE: usize = 0x100;
// Per CPU interface:
const C_BITS: usize = 0x00; // one word per kind for INTIDs 0..31
const C_PRIORITY: usize = 0x20; // 32 bytes
const C_SGI_SOURCES: usize = 0x40; // 16 bytes: mask of CPUs that sent each SGI
const C_CTLR: usize = 0x50;
const C_PMR: usize = 0x54;
const C_BPR: usize = 0x58;
const C_ABPR: usize = 0x5c;
const C_RUNNING_PRIORITY: usize = 0x60;
/** INTID selected by the last update (highest priority pending above the mask), or 1023. */
const C_HIGHEST_PENDING: usize = 0x64;
/** Active priority registers, Group 0 (GICC_APRn) and Group 1 (GICC_NSAPRn): 4 words each. */
const C_APR: usize = 0x70;
const C_NSAPR: usize = 0x80;
// GICv3 redistributor registers without an effect on interrupt delivery (see gic-v3.ts).
const C_REDIST_CTLR: usize = 0x90;
const C_REDIST_WAKER: usize = 0x94;
const C_REDIST_PROPBASER: usize = 0x98; // u64
const C_REDIST_PENDBASER: usize = 0xa0; // u64
/** GICv3 GICD_IROUTER<n> as written, one u64 per INTID (the CPU it selects is in G_SPI_TARGET). */
const G_SPI_ROUTE: usize = G_CPU + <usize>MAX_CPUS * CPU_STRIDE;
const G_END: usize = G_SPI_ROUTE + 1024 * 8;

/** 128 group priority levels (priority bits [7:1], minimum binary point 0) in 4 words. */
export const GIC_NR_APRS: u32 = 4;

@inline function cpuBase(c: u32): usize {
  return <usize>GIC_STATE_BASE + G_CPU + <usize>c * CPU_STRIDE;
}
@inline function globalU32(off: usize): u32 { return load<u32>(<usize>GIC_STATE_BASE + off); }
@inline function cpuU32(c: u32, off: usize): u32 { return load<u32>(cpuBase(c) + off); }
@inline function setCpuU32(c: u32, off: usize, v: u32): void { store<u32>(cpuBase(c) + off, v); }

export function numIrqs(): u32 { return globalU32(G_NUM_IRQ); }
export function gicArchVersion(): u32 { return globalU32(G_VERSION); }
export function numCpus(): u32 { return globalU32(G_NUM_CPU); }
export function distCtlr(): u32 { return globalU32(G_DIST_CTLR); }
export function setDistCtlr(v: u32): void { store<u32>(<usize>GIC_STATE_BASE + G_DIST_CTLR, v); }

// ---- Per-interrupt state ---------------------------------------------------------------------

/** Address of the bitmap word of `kind` holding `intid` (banked for CPU `c` below 32). */
@inline function wordAddress(kind: u32, intid: u32, c: u32): usize {
  if (intid < GIC_INTERNAL) return cpuBase(c) + C_BITS + (<usize>kind << 2);
  return <usize>GIC_STATE_BASE + G_SPI_BITS + (<usize>kind << 7) + (<usize>(intid >> 5) << 2);
}
export function bitsWord(kind: u32, intid: u32, c: u32): u32 {
  return load<u32>(wordAddress(kind, intid, c));
}
export function setBitsWord(kind: u32, intid: u32, c: u32, v: u32): void {
  store<u32>(wordAddress(kind, intid, c), v);
}
export function testBit(kind: u32, intid: u32, c: u32): bool {
  return ((bitsWord(kind, intid, c) >> (intid & 31)) & 1) != 0;
}
export function setBit(kind: u32, intid: u32, c: u32): void {
  const a = wordAddress(kind, intid, c);
  store<u32>(a, load<u32>(a) | (<u32>1 << (intid & 31)));
}
export function clearBit(kind: u32, intid: u32, c: u32): void {
  const a = wordAddress(kind, intid, c);
  store<u32>(a, load<u32>(a) & ~(<u32>1 << (intid & 31)));
}
/** Pending as software sees it: latched, or a level-sensitive input that is asserted (3.2.4). */
export function pendingWord(intid: u32, c: u32): u32 {
  return bitsWord(BITS_PENDING, intid, c) | (bitsWord(BITS_LEVEL, intid, c) & ~bitsWord(BITS_EDGE, intid, c));
}

export function priority(intid: u32, c: u32): u32 {
  if (intid < GIC_INTERNAL) return <u32>load<u8>(cpuBase(c) + C_PRIORITY + <usize>intid);
  return <u32>load<u8>(<usize>GIC_STATE_BASE + G_SPI_PRIORITY + <usize>intid);
}
export function setPriority(intid: u32, c: u32, v: u32): void {
  if (intid < GIC_INTERNAL) store<u8>(cpuBase(c) + C_PRIORITY + <usize>intid, <u8>v);
  else store<u8>(<usize>GIC_STATE_BASE + G_SPI_PRIORITY + <usize>intid, <u8>v);
}
/** CPU target mask of an SPI. */
export function spiTarget(intid: u32): u32 {
  return <u32>load<u8>(<usize>GIC_STATE_BASE + G_SPI_TARGET + <usize>intid);
}
export function setSpiTarget(intid: u32, v: u32): void {
  store<u8>(<usize>GIC_STATE_BASE + G_SPI_TARGET + <usize>intid, <u8>v);
}
/** Mask of CPUs whose SGI `sgi` is pending on CPU interface `c`. */
export function sgiSources(sgi: u32, c: u32): u32 {
  return <u32>load<u8>(cpuBase(c) + C_SGI_SOURCES + <usize>sgi);
}
export function setSgiSources(sgi: u32, c: u32, v: u32): void {
  store<u8>(cpuBase(c) + C_SGI_SOURCES + <usize>sgi, <u8>v);
}
/** GICv3 GICD_IROUTER<n> of an SPI as last written. */
export function spiRoute(intid: u32): u64 {
  return load<u64>(<usize>GIC_STATE_BASE + G_SPI_ROUTE + (<usize>intid << 3));
}
export function setSpiRoute(intid: u32, v: u64): void {
  store<u64>(<usize>GIC_STATE_BASE + G_SPI_ROUTE + (<usize>intid << 3), v);
}

// ---- CPU interface registers ------------------------------------------------------------------

export function cpuCtlr(c: u32): u32 { return cpuU32(c, C_CTLR); }
export function setCpuCtlr(c: u32, v: u32): void { setCpuU32(c, C_CTLR, v); }
export function priorityMask(c: u32): u32 { return cpuU32(c, C_PMR); }
export function setPriorityMask(c: u32, v: u32): void { setCpuU32(c, C_PMR, v); }
export function binaryPoint(c: u32): u32 { return cpuU32(c, C_BPR); }
export function setBinaryPoint(c: u32, v: u32): void { setCpuU32(c, C_BPR, v); }
export function aliasedBinaryPoint(c: u32): u32 { return cpuU32(c, C_ABPR); }
export function setAliasedBinaryPoint(c: u32, v: u32): void { setCpuU32(c, C_ABPR, v); }
export function runningPriority(c: u32): u32 { return cpuU32(c, C_RUNNING_PRIORITY); }
export function highestPending(c: u32): u32 { return cpuU32(c, C_HIGHEST_PENDING); }
export function activePriorities(c: u32, group: u32, n: u32): u32 {
  return cpuU32(c, (group ? C_NSAPR : C_APR) + (<usize>n << 2));
}
export function setActivePriorities(c: u32, group: u32, n: u32, v: u32): void {
  setCpuU32(c, (group ? C_NSAPR : C_APR) + (<usize>n << 2), v);
  setCpuU32(c, C_RUNNING_PRIORITY, priorityFromActivePriorities(c));
}

// GICv3 redistributor storage (GICR_CTLR, GICR_WAKER, GICR_PROPBASER, GICR_PENDBASER).
export function redistCtlr(c: u32): u32 { return cpuU32(c, C_REDIST_CTLR); }
export function setRedistCtlr(c: u32, v: u32): void { setCpuU32(c, C_REDIST_CTLR, v); }
export function redistWaker(c: u32): u32 { return cpuU32(c, C_REDIST_WAKER); }
export function setRedistWaker(c: u32, v: u32): void { setCpuU32(c, C_REDIST_WAKER, v); }
export function redistPropbaser(c: u32): u64 { return load<u64>(cpuBase(c) + C_REDIST_PROPBASER); }
export function setRedistPropbaser(c: u32, v: u64): void { store<u64>(cpuBase(c) + C_REDIST_PROPBASER, v); }
export function redistPendbaser(c: u32): u64 { return load<u64>(cpuBase(c) + C_REDIST_PENDBASER); }
export function setRedistPendbaser(c: u32, v: u64): void { store<u64>(cpuBase(c) + C_REDIST_PENDBASER, v); }

// ---- Reset and configuration ------------------------------------------------------------------

/** GICv3 binary point minimums with 5 priority bits: 2 for Group 0 (ICC_BPR0_EL1), one more
 *  for Group 1 (ICC_BPR1_EL1) (Arm IHI 0069 12.2.2, 12.2.3). */
export const GICV3_MIN_BPR0: u32 = 2;
export const GICV3_MIN_BPR1: u32 = 3;
/** GICR_CTLR.CES (clearing EnableLPIs is supported) and GICR_WAKER.{ProcessorSleep,
 *  ChildrenAsleep}, as QEMU resets them. */
const GICR_CTLR_RESET: u32 = 1 << 1;
const GICR_WAKER_RESET: u32 = 0x6;

/** Reset state of a GIC of architecture `version` (2 or 3; 0 = none) with `irqs` interrupts:
 *  everything disabled, inactive, Group 0, priority 0 (IHI 0048B 4.1.2 and 4.3, IHI 0069
 *  chapter 12). GICv2 SGIs are permanently enabled and edge-triggered (as in QEMU's GICv2);
 *  GICv3 SGIs are edge-triggered but enabled through the redistributor, PPIs level-sensitive,
 *  and every SPI routed to affinity 0.0.0.0 (CPU 0). */
export function resetGicState(irqs: u32, cpus: u32, version: u32): void {
  memory.fill(<usize>GIC_STATE_BASE, 0, G_END);
  store<u32>(<usize>GIC_STATE_BASE + G_NUM_IRQ, irqs);
  store<u32>(<usize>GIC_STATE_BASE + G_NUM_CPU, cpus);
  store<u32>(<usize>GIC_STATE_BASE + G_VERSION, version);
  // A uniprocessor GICv2 routes every SPI to its only CPU; GICD_IROUTER<n> resets to
  // affinity 0.0.0.0, CPU 0.
  if (cpus == 1 || version == 3) memory.fill(<usize>GIC_STATE_BASE + G_SPI_TARGET, 1, 1024);
  for (let c: u32 = 0; c < <u32>MAX_CPUS; c++) {
    setBitsWord(BITS_EDGE, 0, c, 0xffff);
    if (version == 3) {
      setCpuU32(c, C_BPR, GICV3_MIN_BPR0);
      setCpuU32(c, C_ABPR, GICV3_MIN_BPR1);
      setCpuU32(c, C_REDIST_CTLR, GICR_CTLR_RESET);
      setCpuU32(c, C_REDIST_WAKER, GICR_WAKER_RESET);
    } else {
      setBitsWord(BITS_ENABLED, 0, c, 0xffff);
      setCpuU32(c, C_ABPR, 1);
    }
    setCpuU32(c, C_RUNNING_PRIORITY, PRIORITY_IDLE);
    setCpuU32(c, C_HIGHEST_PENDING, INTID_SPURIOUS);
  }
  for (let c: u32 = 0; c < cpus; c++) setIrqLines(c, 0);
}

/** Bits of priority below the preemption levels: GICv2 keeps 7 bits of group priority,
 *  the GICv3 CPU interface 5 (its active priority bits are priority >> 3). */
@inline function priorityShift(): u32 {
  return gicArchVersion() == 3 ? 3 : 1;
}

// ---- Signalling ---------------------------------------------------------------------------------

@inline function irqLinesAddress(c: u32): usize {
  return <usize>CPU_STATE_BASE + <usize>c * <usize>CPU_STATE_STRIDE + <usize>OFF_IRQ_LINES;
}
function setIrqLines(c: u32, lines: u32): void {
  const a = irqLinesAddress(c);
  if (load<u32>(a) == lines) return;
  store<u32>(a, lines);
  requestEventCheck();
}

/** Highest priority interrupt that is enabled, pending, not active and targets CPU `c`
 *  (lowest INTID among equal priorities), as priority << 16 | INTID; 0x100 << 16 | 1023 if none.
 *  A GICv3 distributor only forwards interrupts of the groups GICD_CTLR enables. */
function bestPending(c: u32): u32 {
  let best: u32 = (PRIORITY_IDLE << 16) | INTID_SPURIOUS;
  const words = numIrqs() >> 5;
  const cpuMask: u32 = 1 << c;
  const v3 = gicArchVersion() == 3;
  const dctlr = distCtlr();
  for (let w: u32 = 0; w < words; w++) {
    const base = w << 5;
    let candidates = bitsWord(BITS_ENABLED, base, c) & pendingWord(base, c) & ~bitsWord(BITS_ACTIVE, base, c);
    if (v3) {
      const group1 = bitsWord(BITS_GROUP, base, c);
      candidates &= ((dctlr & CTLR_ENABLE_GRP0) ? ~group1 : 0) | ((dctlr & CTLR_ENABLE_GRP1) ? group1 : 0);
    }
    while (candidates) {
      const bit = <u32>ctz(candidates);
      candidates &= candidates - 1;
      const intid = base + bit;
      if (intid >= GIC_INTERNAL && !(spiTarget(intid) & cpuMask)) continue;
      const p = priority(intid, c);
      if (p < (best >> 16)) best = (p << 16) | intid;
    }
  }
  return best;
}

/** Recompute CPU `c`'s highest pending interrupt and its IRQ/FIQ outputs (3.2.2, 3.3): an
 *  interrupt is signalled when its priority is above both the priority mask and the running
 *  priority and its group is enabled at the distributor and the CPU interface; Group 0 uses
 *  FIQ when GICC_CTLR.FIQEn is set. */
export function updateCpu(c: u32): void {
  if (gicArchVersion() == 3) {
    updateCpuV3(c);
    return;
  }
  let lines: u32 = 0;
  let pending = INTID_SPURIOUS;
  const dctlr = distCtlr();
  const cctlr = cpuCtlr(c);
  if ((dctlr & 3) != 0 && (cctlr & 3) != 0) {
    const best = bestPending(c);
    const p = best >> 16;
    const intid = best & 0xffff;
    if (p < priorityMask(c)) {
      pending = intid;
      if (p < runningPriority(c)) {
        const group: u32 = testBit(BITS_GROUP, intid, c) ? 1 : 0;
        if (((dctlr >> group) & 1) != 0 && ((cctlr >> group) & 1) != 0) {
          lines = group == 0 && (cctlr & CTLR_FIQ_EN) != 0 ? 2 : 1;
        }
      }
    }
  }
  setCpuU32(c, C_HIGHEST_PENDING, pending);
  setIrqLines(c, lines);
}

/** GICv3 (IHI 0069 4.1, 4.6.2): the distributor's choice is CPU `c`'s highest priority
 *  pending interrupt; it is signalled (Group 0 as FIQ, Group 1 as IRQ) when canPreemptV3. */
function updateCpuV3(c: u32): void {
  const intid = bestPending(c) & 0xffff;
  setCpuU32(c, C_HIGHEST_PENDING, intid);
  let lines: u32 = 0;
  if (canPreemptV3(c)) lines = groupOf(intid, c) ? 1 : 2;
  setIrqLines(c, lines);
}

@inline function groupOf(intid: u32, c: u32): u32 {
  return testBit(BITS_GROUP, intid, c) ? 1 : 0;
}

/** Whether CPU `c`'s highest priority pending interrupt may be signalled or acknowledged
 *  (as QEMU's icc_hppi_can_preempt): its group is enabled by ICC_IGRPEN<n>_EL1, its priority
 *  is above ICC_PMR_EL1 and, while an interrupt is active, its group priority is above the
 *  running priority's (both masked with the pending interrupt's binary point). */
function canPreemptV3(c: u32): bool {
  const intid = highestPending(c);
  if (intid == INTID_SPURIOUS) return false;
  if (((cpuCtlr(c) >> groupOf(intid, c)) & 1) == 0) return false;
  const p = priority(intid, c);
  if (p >= priorityMask(c)) return false;
  const running = runningPriority(c);
  if (running == PRIORITY_IDLE) return true;
  const mask = groupPriorityMask(c, intid);
  return (p & mask) < (running & mask);
}

export function updateAll(): void {
  const n = numCpus();
  for (let c: u32 = 0; c < n; c++) updateCpu(c);
}

/** Drive interrupt input `intid` (a PPI of CPU `c`, or an SPI) to `level`. A rising edge latches
 *  pending for edge-triggered interrupts; level-sensitive ones are pending while asserted. */
export function setInputLevel(intid: u32, c: u32, level: bool): void {
  if (testBit(BITS_LEVEL, intid, c) == level) return;
  if (level) {
    setBit(BITS_LEVEL, intid, c);
    if (testBit(BITS_EDGE, intid, c)) setBit(BITS_PENDING, intid, c);
  } else {
    clearBit(BITS_LEVEL, intid, c);
  }
  updateAll();
}

// ---- Acknowledge, priority drop, deactivation ----------------------------------------------

/** The highest pending interrupt as GICC_HPPIR/GICC_IAR report it: a Group 1 interrupt reads as
 *  1022 unless GICC_CTLR.AckCtl is set (a GIC without the Security Extensions behaves as for
 *  Secure accesses, 4.4.4). */
export function visibleHighestPending(c: u32): u32 {
  const intid = highestPending(c);
  if (intid < GIC_MAX_INTID && testBit(BITS_GROUP, intid, c) && !(cpuCtlr(c) & CTLR_ACK_CTL)) {
    return INTID_GROUP1_HIDDEN;
  }
  return intid;
}

/** Mask of the group priority bits of `intid`'s priority (3.3.3; GICv3 GroupBits()): the
 *  binary point selects the subpriority bits; Group 1 uses GICC_ABPR / ICC_BPR1_EL1 - 1 unless
 *  GICC_CTLR.CBPR / ICC_CTLR_EL1.CBPR is set. */
function groupPriorityMask(c: u32, intid: u32): u32 {
  const bpr = testBit(BITS_GROUP, intid, c) && !(cpuCtlr(c) & CTLR_CBPR)
    ? aliasedBinaryPoint(c) - 1
    : binaryPoint(c);
  return <u32>0xffffffff << ((bpr & 7) + 1);
}

/** Group priority of `intid`: its priority with the subpriority bits cleared. */
function groupPriority(c: u32, intid: u32): u32 {
  return priority(intid, c) & groupPriorityMask(c, intid);
}

/** Running priority from the active priority registers: the highest (lowest numbered)
 *  preemption level with a bit set, or idle. */
function priorityFromActivePriorities(c: u32): u32 {
  for (let n: u32 = 0; n < GIC_NR_APRS; n++) {
    const bits = activePriorities(c, 0, n) | activePriorities(c, 1, n);
    if (bits) return ((n << 5) + <u32>ctz(bits)) << priorityShift();
  }
  return PRIORITY_IDLE;
}

/** Activate `intid` on CPU `c`: set the active priority bit of its group priority and raise
 *  the running priority to it. */
function activate(c: u32, intid: u32): void {
  const level = groupPriority(c, intid) >> priorityShift();
  const a = cpuBase(c) + (groupOf(intid, c) ? C_NSAPR : C_APR) + (<usize>(level >> 5) << 2);
  store<u32>(a, load<u32>(a) | (<u32>1 << (level & 31)));
  setCpuU32(c, C_RUNNING_PRIORITY, priorityFromActivePriorities(c));
  setBit(BITS_ACTIVE, intid, c);
}

/** GICC_IAR read (4.4.4): activate the highest pending interrupt, raise the running priority
 *  to its group priority and return its INTID (with the source CPU in bits 12:10 for SGIs). */
export function acknowledge(c: u32): u32 {
  const intid = visibleHighestPending(c);
  if (intid >= GIC_MAX_INTID) return intid;
  if (priority(intid, c) >= runningPriority(c)) return INTID_SPURIOUS;
  activate(c, intid);
  let result = intid;
  if (intid < GIC_NR_SGIS) {
    const sources = sgiSources(intid, c);
    const source = <u32>ctz(sources);
    const left = sources & ~(<u32>1 << source);
    setSgiSources(intid, c, left);
    if (left == 0) clearBit(BITS_PENDING, intid, c);
    result |= (source & 7) << 10;
  } else {
    clearBit(BITS_PENDING, intid, c);
  }
  updateAll();
  return result;
}

/** Priority drop (GICC_EOIR): clear the highest active priority bit of `group`. Software must
 *  nest acknowledges and EOIs; otherwise the result is UNPREDICTABLE (3.3.2). */
function dropPriority(c: u32, group: u32): void {
  for (let n: u32 = 0; n < GIC_NR_APRS; n++) {
    const a = cpuBase(c) + (group ? C_NSAPR : C_APR) + (<usize>n << 2);
    const bits = load<u32>(a);
    if (!bits) continue;
    store<u32>(a, bits & (bits - 1));
    break;
  }
  setCpuU32(c, C_RUNNING_PRIORITY, priorityFromActivePriorities(c));
}

/** GICC_EOIR write (4.4.5): priority drop, and deactivation unless GICC_CTLR.EOImode is set.
 *  Spurious or unimplemented INTIDs and EOIs with nothing active are ignored. */
export function endOfInterrupt(c: u32, intid: u32): void {
  if (intid >= numIrqs()) return;
  if (runningPriority(c) == PRIORITY_IDLE) return;
  dropPriority(c, testBit(BITS_GROUP, intid, c) ? 1 : 0);
  if (!(cpuCtlr(c) & CTLR_EOI_MODE)) clearBit(BITS_ACTIVE, intid, c);
  updateAll();
}

/** GICC_DIR write (4.4.15): deactivate; ignored unless GICC_CTLR.EOImode is set. */
export function deactivate(c: u32, intid: u32): void {
  if (intid >= numIrqs()) return;
  if (!(cpuCtlr(c) & CTLR_EOI_MODE)) return;
  clearBit(BITS_ACTIVE, intid, c);
  updateAll();
}

/** Make SGI `sgi` pending on every CPU in `targets`, sent by CPU `source`. */
export function sendSgi(sgi: u32, source: u32, targets: u32): void {
  for (let t: u32 = 0; t < <u32>MAX_CPUS; t++) {
    if (!(targets & (<u32>1 << t))) continue;
    setBit(BITS_PENDING, sgi, t);
    setSgiSources(sgi, t, sgiSources(sgi, t) | (<u32>1 << source));
  }
  updateAll();
}

// ---- GICv3 CPU interface operations (IHI 0069 chapter 4, 12.2) ----------------------------------

/** ICC_HPPIR0_EL1 / ICC_HPPIR1_EL1: the highest priority pending interrupt if it belongs to
 *  `group` and its group is enabled at the CPU interface, else 1023 (the priority mask and
 *  running priority do not matter). */
export function highestPendingOfGroup(c: u32, group: u32): u32 {
  const intid = highestPending(c);
  if (intid == INTID_SPURIOUS) return INTID_SPURIOUS;
  const g = groupOf(intid, c);
  if (((cpuCtlr(c) >> g) & 1) == 0 || g != group) return INTID_SPURIOUS;
  return intid;
}

/** ICC_IAR0_EL1 / ICC_IAR1_EL1: acknowledge the highest priority pending interrupt if it can
 *  preempt and belongs to `group` (it becomes active, or stays active and pending); else 1023. */
export function acknowledgeGroup(c: u32, group: u32): u32 {
  if (!canPreemptV3(c)) return INTID_SPURIOUS;
  const intid = highestPending(c);
  if (groupOf(intid, c) != group) return INTID_SPURIOUS;
  activate(c, intid);
  clearBit(BITS_PENDING, intid, c);
  updateAll();
  return intid;
}

/** Group of the highest priority active interrupt (lowest set active priority bit; Group 0
 *  on a tie), or -1 when no active priority bit is set. */
function highestActiveGroup(c: u32): i32 {
  for (let n: u32 = 0; n < GIC_NR_APRS; n++) {
    const g0 = ctz(activePriorities(c, 0, n));
    const g1 = ctz(activePriorities(c, 1, n));
    if (g1 < g0) return 1;
    if (g0 < 32) return 0;
  }
  return -1;
}

/** ICC_EOIR0_EL1 / ICC_EOIR1_EL1 write: if the highest priority active interrupt is of `group`,
 *  drop the running priority, and deactivate `intid` unless ICC_CTLR_EL1.EOImode is set.
 *  As in QEMU, the write is ignored when nothing is active, when the highest priority active
 *  interrupt belongs to the other group, and for INTIDs beyond the implemented ones (1020..1023
 *  included). */
export function endOfInterruptGroup(c: u32, group: u32, intid: u32): void {
  if (intid >= numIrqs()) return;
  if (highestActiveGroup(c) != <i32>group) return;
  dropPriority(c, group);
  if (!(cpuCtlr(c) & CTLR_EOI_MODE)) clearBit(BITS_ACTIVE, intid, c);
  updateAll();
}

/** An SGI of `group` generated for the CPUs in `targets`: each redistributor accepts it only
 *  if the SGI is configured in that group (GICR_IGROUPR0), and makes it pending. */
export function sendGroupSgi(sgi: u32, group: u32, targets: u32): void {
  for (let t: u32 = 0; t < <u32>MAX_CPUS; t++) {
    if (!(targets & (<u32>1 << t)) || groupOf(sgi, t) != group) continue;
    setBit(BITS_PENDING, sgi, t);
  }
  updateAll();
}

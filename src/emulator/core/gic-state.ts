// Interrupt state shared by every GIC programming interface (GICv2 memory-mapped registers
// now; a GICv3 distributor/redistributor and ICC_* system registers can use the same model):
// per-interrupt enable/pending/active/level/config/group bits, priorities and targets, the
// per-CPU interface state (priority mask, binary points, active priorities), and the
// selection of the highest priority pending interrupt that drives each CPU's IRQ/FIQ input
// (Arm IHI 0048B, chapter 3 "Interrupt Handling and Prioritization").
//
// Everything lives in shared memory at GIC_STATE_BASE. INTIDs 0..31 (SGIs and PPIs) are
// banked per CPU interface; INTIDs 32..1019 (SPIs) are shared.
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

/** 128 group priority levels (priority bits [7:1], minimum binary point 0) in 4 words. */
export const GIC_NR_APRS: u32 = 4;

@inline function cpuBase(c: u32): usize {
  return <usize>GIC_STATE_BASE + G_CPU + <usize>c * CPU_STRIDE;
}
@inline function globalU32(off: usize): u32 { return load<u32>(<usize>GIC_STATE_BASE + off); }
@inline function cpuU32(c: u32, off: usize): u32 { return load<u32>(cpuBase(c) + off); }
@inline function setCpuU32(c: u32, off: usize, v: u32): void { store<u32>(cpuBase(c) + off, v); }

export function numIrqs(): u32 { return globalU32(G_NUM_IRQ); }
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

// ---- Reset and configuration ------------------------------------------------------------------

/** Reset state (IHI 0048B 4.1.2 and 4.3): everything disabled, inactive, Group 0, priority 0;
 *  SGIs are permanently enabled and edge-triggered (as in QEMU's GICv2). */
export function resetGicState(irqs: u32, cpus: u32): void {
  memory.fill(<usize>GIC_STATE_BASE, 0, G_CPU + <usize>MAX_CPUS * CPU_STRIDE);
  store<u32>(<usize>GIC_STATE_BASE + G_NUM_IRQ, irqs);
  store<u32>(<usize>GIC_STATE_BASE + G_NUM_CPU, cpus);
  // A uniprocessor GIC routes every SPI to its only CPU.
  if (cpus == 1) memory.fill(<usize>GIC_STATE_BASE + G_SPI_TARGET, 1, 1024);
  for (let c: u32 = 0; c < <u32>MAX_CPUS; c++) {
    setBitsWord(BITS_ENABLED, 0, c, 0xffff);
    setBitsWord(BITS_EDGE, 0, c, 0xffff);
    setCpuU32(c, C_ABPR, 1);
    setCpuU32(c, C_RUNNING_PRIORITY, PRIORITY_IDLE);
    setCpuU32(c, C_HIGHEST_PENDING, INTID_SPURIOUS);
  }
  for (let c: u32 = 0; c < cpus; c++) setIrqLines(c, 0);
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
 *  (lowest INTID among equal priorities), as priority << 16 | INTID; 0x100 << 16 | 1023 if none. */
function bestPending(c: u32): u32 {
  let best: u32 = (PRIORITY_IDLE << 16) | INTID_SPURIOUS;
  const words = numIrqs() >> 5;
  const cpuMask: u32 = 1 << c;
  for (let w: u32 = 0; w < words; w++) {
    const base = w << 5;
    let candidates = bitsWord(BITS_ENABLED, base, c) & pendingWord(base, c) & ~bitsWord(BITS_ACTIVE, base, c);
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

/** Group priority of `intid`: its priority with the subpriority bits selected by the binary
 *  point cleared (3.3.3); Group 1 uses GICC_ABPR - 1 unless GICC_CTLR.CBPR is set. */
function groupPriority(c: u32, intid: u32): u32 {
  const bpr = testBit(BITS_GROUP, intid, c) && !(cpuCtlr(c) & CTLR_CBPR)
    ? aliasedBinaryPoint(c) - 1
    : binaryPoint(c);
  return priority(intid, c) & (<u32>0xffffffff << ((bpr & 7) + 1));
}

/** Running priority from the active priority registers: the highest (lowest numbered)
 *  preemption level with a bit set, or idle. */
function priorityFromActivePriorities(c: u32): u32 {
  for (let n: u32 = 0; n < GIC_NR_APRS; n++) {
    const bits = activePriorities(c, 0, n) | activePriorities(c, 1, n);
    if (bits) return ((n << 5) + <u32>ctz(bits)) << 1;
  }
  return PRIORITY_IDLE;
}

/** GICC_IAR read (4.4.4): activate the highest pending interrupt, raise the running priority
 *  to its group priority and return its INTID (with the source CPU in bits 12:10 for SGIs). */
export function acknowledge(c: u32): u32 {
  const intid = visibleHighestPending(c);
  if (intid >= GIC_MAX_INTID) return intid;
  if (priority(intid, c) >= runningPriority(c)) return INTID_SPURIOUS;
  const prio = groupPriority(c, intid);
  const level = prio >> 1;
  const group: u32 = testBit(BITS_GROUP, intid, c) ? 1 : 0;
  const n = level >> 5;
  const a = cpuBase(c) + (group ? C_NSAPR : C_APR) + (<usize>n << 2);
  store<u32>(a, load<u32>(a) | (<u32>1 << (level & 31)));
  setCpuU32(c, C_RUNNING_PRIORITY, prio);
  setBit(BITS_ACTIVE, intid, c);
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

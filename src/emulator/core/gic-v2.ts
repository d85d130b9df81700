// GICv2 memory-mapped programming interface (Arm IHI 0048B, chapter 4) without the Security
// or Virtualization Extensions, as QEMU's virt board has with gic-version=2: the distributor
// (GICD_*, 4 KiB) and the CPU interface (GICC_*, 8 KiB). Registers are decoded here; the
// interrupt model is in gic-state.ts.
import {
  GIC_INTERNAL, GIC_NR_SGIS,
  BITS_ENABLED, BITS_PENDING, BITS_ACTIVE, BITS_EDGE, BITS_GROUP,
  numIrqs, numCpus, distCtlr, setDistCtlr,
  bitsWord, setBitsWord, pendingWord, clearBit, setBit,
  priority, setPriority, spiTarget, setSpiTarget, sgiSources, setSgiSources,
  cpuCtlr, setCpuCtlr, priorityMask, setPriorityMask, binaryPoint, setBinaryPoint,
  aliasedBinaryPoint, setAliasedBinaryPoint, runningPriority, activePriorities, setActivePriorities,
  visibleHighestPending, acknowledge, endOfInterrupt, deactivate, sendSgi, updateAll,
} from "./gic-state";

export const GICV2_DIST_SIZE: u64 = 0x1000;
export const GICV2_CPU_SIZE: u64 = 0x2000;

/** GICD_PIDR4..7, PIDR0..3, CIDR0..3 at 0xfd0..0xffc: an Arm GICv2 (PIDR2.ArchRev = 2). */
function distIdByte(n: u32): u32 {
  switch (n) {
    case 0: return 0x04;
    case 4: return 0x90;
    case 5: return 0xb4;
    case 6: return 0x2b;
    case 8: return 0x0d;
    case 9: return 0xf0;
    case 10: return 0x05;
    case 11: return 0xb1;
    default: return 0;
  }
}

/** Byte `intid / 8` of the bitmap `kind` (intid a multiple of 8). */
@inline function bitmapByte(kind: u32, intid: u32, c: u32): u32 {
  return (bitsWord(kind, intid, c) >> (intid & 31)) & 0xff;
}
function setBitmapByte(kind: u32, intid: u32, c: u32, byte: u32): void {
  const shift = intid & 31;
  const w = bitsWord(kind, intid, c);
  setBitsWord(kind, intid, c, (w & ~(<u32>0xff << shift)) | ((byte & 0xff) << shift));
}
function orBitmapByte(kind: u32, intid: u32, c: u32, byte: u32): void {
  setBitsWord(kind, intid, c, bitsWord(kind, intid, c) | ((byte & 0xff) << (intid & 31)));
}
function clearBitmapByte(kind: u32, intid: u32, c: u32, byte: u32): void {
  setBitsWord(kind, intid, c, bitsWord(kind, intid, c) & ~((byte & 0xff) << (intid & 31)));
}

// ---- Distributor (4.3) -------------------------------------------------------------------------

/** One byte of the distributor as read by CPU `c`. Reserved and out-of-range bytes read 0. */
function distReadByte(off: u32, c: u32): u32 {
  const irqs = numIrqs();
  if (off < 0x100) {
    if (off == 0x000) return distCtlr();
    // GICD_TYPER: ITLinesNumber, CPUNumber; no Security Extensions, no LSPIs.
    if (off == 0x004) return ((irqs >> 5) - 1) | ((numCpus() - 1) << 5);
    // GICD_IIDR: implementer Arm (JEP106 0x43b), revision 0.
    if (off == 0x008) return 0x3b;
    if (off == 0x009) return 0x04;
    if (off < 0x080) return 0;
    const intid = (off - 0x080) << 3; // GICD_IGROUPRn
    return intid < irqs ? bitmapByte(BITS_GROUP, intid, c) : 0;
  }
  if (off < 0x200) { // GICD_ISENABLERn / GICD_ICENABLERn
    const intid = ((off - 0x100) & 0x7f) << 3;
    return intid < irqs ? bitmapByte(BITS_ENABLED, intid, c) : 0;
  }
  if (off < 0x300) { // GICD_ISPENDRn / GICD_ICPENDRn
    const intid = ((off - 0x200) & 0x7f) << 3;
    return intid < irqs ? (pendingWord(intid, c) >> (intid & 31)) & 0xff : 0;
  }
  if (off < 0x400) { // GICD_ISACTIVERn / GICD_ICACTIVERn
    const intid = ((off - 0x300) & 0x7f) << 3;
    return intid < irqs ? bitmapByte(BITS_ACTIVE, intid, c) : 0;
  }
  if (off < 0x800) { // GICD_IPRIORITYRn
    const intid = off - 0x400;
    return intid < irqs ? priority(intid, c) : 0;
  }
  if (off < 0xc00) { // GICD_ITARGETSRn: RAZ/WI on a uniprocessor GIC
    const intid = off - 0x800;
    if (numCpus() == 1 || intid >= irqs) return 0;
    return intid < GIC_INTERNAL ? <u32>1 << c : spiTarget(intid);
  }
  if (off < 0xf00) { // GICD_ICFGRn: Int_config[1] per interrupt (the 1-N model bit reads 0)
    const intid = (off - 0xc00) << 2;
    if (intid >= irqs) return 0;
    const edge = bitsWord(BITS_EDGE, intid, c) >> (intid & 31);
    let v: u32 = 0;
    for (let i: u32 = 0; i < 4; i++) if ((edge >> i) & 1) v |= 2 << (i << 1);
    return v;
  }
  if (off < 0xf10) return 0; // GICD_SGIR is write-only
  if (off < 0xf30) return sgiSources((off - 0xf10) & 0xf, c); // GICD_CPENDSGIRn / GICD_SPENDSGIRn
  if (off < 0xfd0) return 0;
  return off & 3 ? 0 : distIdByte((off - 0xfd0) >> 2);
}

/** One byte written to the distributor by CPU `c` (state only; the caller updates outputs). */
function distWriteByte(off: u32, value: u32, c: u32): void {
  const irqs = numIrqs();
  let v = value & 0xff;
  if (off < 0x100) {
    if (off == 0x000) setDistCtlr(v & 3); // EnableGrp0, EnableGrp1
    else if (off >= 0x080) {
      const intid = (off - 0x080) << 3;
      if (intid < irqs) setBitmapByte(BITS_GROUP, intid, c, v);
    }
    return;
  }
  if (off < 0x400) {
    const intid = ((off - 0x100) & 0x7f) << 3;
    if (intid >= irqs) return;
    const reg = (off - 0x100) >> 7; // 0 ISENABLER, 1 ICENABLER, 2 ISPENDR, 3 ICPENDR, 4 ISACTIVER, 5 ICACTIVER
    // SGIs are always enabled; their pending state is set and cleared only through
    // GICD_SGIR, GICD_SPENDSGIRn and GICD_CPENDSGIRn (4.3.7, 4.3.8).
    if (intid < GIC_NR_SGIS && reg < 4) v = reg == 0 ? 0xff : 0;
    switch (reg) {
      case 0: orBitmapByte(BITS_ENABLED, intid, c, v); break;
      case 1: clearBitmapByte(BITS_ENABLED, intid, c, v); break;
      case 2: orBitmapByte(BITS_PENDING, intid, c, v); break;
      case 3: clearBitmapByte(BITS_PENDING, intid, c, v); break;
      case 4: orBitmapByte(BITS_ACTIVE, intid, c, v); break;
      default: clearBitmapByte(BITS_ACTIVE, intid, c, v); break;
    }
    return;
  }
  if (off < 0x800) {
    const intid = off - 0x400;
    if (intid < irqs) setPriority(intid, c, v);
    return;
  }
  if (off < 0xc00) {
    const intid = off - 0x800;
    if (numCpus() != 1 && intid >= GIC_INTERNAL && intid < irqs) setSpiTarget(intid, v);
    return;
  }
  if (off < 0xf00) {
    const intid = (off - 0xc00) << 2;
    if (intid >= irqs) return;
    if (intid < GIC_NR_SGIS) v |= 0xaa; // SGIs are edge-triggered
    for (let i: u32 = 0; i < 4; i++) {
      if (v & (2 << (i << 1))) setBit(BITS_EDGE, intid + i, c);
      else clearBit(BITS_EDGE, intid + i, c);
    }
    return;
  }
  if (off < 0xf10) return;
  if (off < 0xf20) { // GICD_CPENDSGIRn
    const sgi = off - 0xf10;
    const left = sgiSources(sgi, c) & ~v;
    setSgiSources(sgi, c, left);
    if (left == 0) clearBit(BITS_PENDING, sgi, c);
    return;
  }
  if (off < 0xf30) { // GICD_SPENDSGIRn
    const sgi = off - 0xf20;
    if (v == 0) return;
    setSgiSources(sgi, c, sgiSources(sgi, c) | v);
    setBit(BITS_PENDING, sgi, c);
  }
}

/** GICD_SGIR (4.3.15): TargetListFilter 0 = the listed CPUs, 1 = all but the sender, 2 = the sender. */
function writeSgir(value: u32, c: u32): void {
  let targets: u32;
  switch ((value >> 24) & 3) {
    case 0: targets = (value >> 16) & 0xff; break;
    case 1: targets = 0xff ^ (<u32>1 << c); break;
    case 2: targets = <u32>1 << c; break;
    default: targets = 0xff; break;
  }
  sendSgi(value & 0xf, c, targets);
}

/** Distributor read of 1, 2 or 4 bytes at `off` (byte lanes assembled little-endian). */
export function distRead(off: u32, size: u32, c: u32): u32 {
  let v: u32 = 0;
  for (let i: u32 = 0; i < size; i++) v |= distReadByte(off + i, c) << (i << 3);
  return v;
}

export function distWrite(off: u32, size: u32, value: u32, c: u32): void {
  if (size == 4 && off == 0xf00) {
    writeSgir(value, c);
    return;
  }
  for (let i: u32 = 0; i < size; i++) distWriteByte(off + i, value >> (i << 3), c);
  updateAll();
}

// ---- CPU interface (4.4) -------------------------------------------------------------------------

const GICC_CTLR_MASK: u32 = 0x21f; // EnableGrp0/1, AckCtl, FIQEn, CBPR, EOImode

/** CPU interface read; accesses of any size address a whole register, other offsets read 0. */
export function cpuRead(off: u32, c: u32): u32 {
  switch (off) {
    case 0x00: return cpuCtlr(c);
    case 0x04: return priorityMask(c);
    case 0x08: return binaryPoint(c);
    case 0x0c: return acknowledge(c); // GICC_IAR
    case 0x14: { // GICC_RPR: 0xff when idle
      const p = runningPriority(c);
      return p > 0xff ? 0xff : p;
    }
    case 0x18: return visibleHighestPending(c); // GICC_HPPIR
    case 0x1c: return aliasedBinaryPoint(c);
    case 0xd0: case 0xd4: case 0xd8: case 0xdc: return activePriorities(c, 0, (off - 0xd0) >> 2);
    case 0xe0: case 0xe4: case 0xe8: case 0xec: return activePriorities(c, 1, (off - 0xe0) >> 2);
    case 0xfc: return (2 << 16) | 0x43b; // GICC_IIDR: GICv2, Arm
    default: return 0;
  }
}

export function cpuWrite(off: u32, value: u32, c: u32): void {
  switch (off) {
    case 0x00: setCpuCtlr(c, value & GICC_CTLR_MASK); break;
    case 0x04: setPriorityMask(c, value & 0xff); break;
    case 0x08: setBinaryPoint(c, value & 7); break;
    case 0x10: endOfInterrupt(c, value & 0x3ff); return;
    case 0x1c: { // minimum ABPR is 1 (the minimum BPR is 0)
      const v = value & 7;
      setAliasedBinaryPoint(c, v < 1 ? 1 : v);
      break;
    }
    case 0xd0: case 0xd4: case 0xd8: case 0xdc:
      setActivePriorities(c, 0, (off - 0xd0) >> 2, value);
      break;
    case 0xe0: case 0xe4: case 0xe8: case 0xec:
      setActivePriorities(c, 1, (off - 0xe0) >> 2, value);
      break;
    case 0x1000: deactivate(c, value & 0x3ff); return; // GICC_DIR
    default: return;
  }
  updateAll();
}

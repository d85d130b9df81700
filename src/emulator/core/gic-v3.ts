// GICv3 memory-mapped programming interface (Arm IHI 0069, chapter 12) as QEMU's virt board
// has it with gic-version=3: no Security Extensions (GICD_CTLR.DS = 1, so software at
// Non-secure EL1 owns Group 0 and Group 1), affinity routing always enabled (GICD_CTLR.ARE),
// the 64 KiB distributor (GICD_*) and one redistributor per CPU, each an RD_base frame
// (GICR_*) followed by an SGI_base frame (GICR_* for SGIs and PPIs). Registers are decoded
// here; the interrupt model is in gic-state.ts, the CPU interface in gic-v3-cpuif.ts.
//
// Access sizes follow QEMU's model: most registers are 32-bit only; GICD/GICR_IPRIORITYR<n>
// and the (RAZ/WI) GICD_ITARGETSR<n>, GICD_{C,S}PENDSGIR<n> also take bytes; GICD_IROUTER<n>,
// GICR_TYPER, GICR_PROPBASER and GICR_PENDBASER also take 64-bit accesses. Reserved
// registers and accesses of other sizes read as zero and ignore writes (no abort).
//
// LPIs: like QEMU, the GIC reports them (GICD_TYPER.LPIS, GICR_TYPER.PLPIS) and keeps
// GICR_CTLR.EnableLPIs, GICR_PROPBASER and GICR_PENDBASER, but there is no ITS, so no LPI
// can become pending; the LPI configuration and pending tables are never read.
import {
  GIC_INTERNAL, GIC_NR_SGIS,
  BITS_ENABLED, BITS_PENDING, BITS_ACTIVE, BITS_EDGE, BITS_GROUP,
  CTLR_ENABLE_GRP0, CTLR_ENABLE_GRP1,
  numIrqs, numCpus, distCtlr, setDistCtlr,
  bitsWord, setBitsWord, pendingWord, priority, setPriority,
  spiRoute, setSpiRoute, setSpiTarget,
  redistCtlr, setRedistCtlr, redistWaker, setRedistWaker,
  redistPropbaser, setRedistPropbaser, redistPendbaser, setRedistPendbaser,
  updateAll,
} from "./gic-state";

export const GICV3_DIST_SIZE: u64 = 0x10000;
/** RD_base and SGI_base, 64 KiB each. */
export const GICV3_REDIST_SIZE: u64 = 0x20000;
const SGI_BASE: u32 = 0x10000;

// GICD_CTLR (12.9.4, GICD_CTLR.DS == 1): ARE (bit 4) and DS (bit 6) read as one.
const GICD_CTLR_ARE: u32 = 1 << 4;
const GICD_CTLR_DS: u32 = 1 << 6;
/** GICD_IIDR / GICR_IIDR: implementer Arm (0x43b), revision 0, product 0 (QEMU). */
const GIC_IIDR: u32 = 0x43b;
/** GICR_TYPER: PLPIS (bit 0), Last (bit 4), CommonLPIAff = 1 (bits 25:24). */
const GICR_TYPER_PLPIS: u32 = 1 << 0;
const GICR_TYPER_LAST: u32 = 1 << 4;
const GICR_TYPER_COMMON_LPI_AFF: u32 = 1 << 24;
/** GICR_CTLR.EnableLPIs, the only writable bit. */
const GICR_CTLR_ENABLE_LPIS: u32 = 1 << 0;
/** GICR_WAKER.ProcessorSleep (bit 1) and ChildrenAsleep (bit 2). */
const GICR_WAKER_PROCESSOR_SLEEP: u32 = 1 << 1;
const GICR_WAKER_CHILDREN_ASLEEP: u32 = 1 << 2;
/** Offset of the identification registers (GICD/GICR_PIDR4 ... CIDR3) in a 64 KiB frame. */
const ID_REGS: u32 = 0xffd0;

/** Affinity (Aff3.Aff2.Aff1.Aff0 packed in 32 bits) of CPU `c`: QEMU virt and cpu-models.ts
 *  give CPU n MPIDR_EL1.Aff0 = n (up to 8 CPUs), the other levels 0. */
@inline export function cpuAffinity(c: u32): u32 {
  return c;
}

/** Identification register at `off` (ID_REGS..0xfffc, 12.1.13 and 12.9.x/12.11.x PIDRn, CIDRn):
 *  an Arm GICv3 (PIDR2.ArchRev = 3) whose PIDR0 is `pidr0` (0x92 distributor, 0x93
 *  redistributor, as QEMU). */
function idRegister(off: u32, pidr0: u32): u32 {
  switch ((off - ID_REGS) >> 2) {
    case 0: return 0x44; // PIDR4
    case 4: return pidr0;
    case 5: return 0xb4; // PIDR1
    case 6: return 0x3b; // PIDR2: ArchRev 3, JEDEC, JEP106 id bits
    case 8: return 0x0d; // CIDR0..3
    case 9: return 0xf0;
    case 10: return 0x05;
    case 11: return 0xb1;
    default: return 0;
  }
}

// ---- Bitmap helpers ----------------------------------------------------------------------------

/** Pending as software sees it for the 32 interrupts from `intid` (a multiple of 32). */
@inline function bitmapRead(kind: u32, intid: u32, c: u32): u32 {
  return kind == BITS_PENDING ? pendingWord(intid, c) : bitsWord(kind, intid, c);
}

/** Write to one of the six set/clear bitmap registers: `reg` 0 ISENABLER, 1 ICENABLER,
 *  2 ISPENDR, 3 ICPENDR, 4 ISACTIVER, 5 ICACTIVER (1 bits set or clear, 0 bits are ignored). */
function bitmapWrite(reg: u32, intid: u32, c: u32, value: u32): void {
  const kind = reg < 2 ? BITS_ENABLED : reg < 4 ? BITS_PENDING : BITS_ACTIVE;
  const old = bitsWord(kind, intid, c);
  setBitsWord(kind, intid, c, (reg & 1) ? old & ~value : old | value);
}

/** GICD/GICR_ICFGR<n> read: Int_config[1] (edge) of 16 interrupts in the odd bits. */
function configRead(intid: u32, c: u32): u32 {
  const edge = (bitsWord(BITS_EDGE, intid, c) >> (intid & 31)) & 0xffff;
  let v: u32 = 0;
  for (let i: u32 = 0; i < 16; i++) v |= ((edge >> i) & 1) << ((i << 1) + 1);
  return v;
}
function configWrite(intid: u32, c: u32, value: u32): void {
  let edge: u32 = 0;
  for (let i: u32 = 0; i < 16; i++) edge |= ((value >> ((i << 1) + 1)) & 1) << i;
  const shift = intid & 31;
  const old = bitsWord(BITS_EDGE, intid, c);
  setBitsWord(BITS_EDGE, intid, c, (old & ~(<u32>0xffff << shift)) | (edge << shift));
}

// ---- Distributor (12.9) ------------------------------------------------------------------------

/** Whether `intid` is an SPI this distributor implements (the SGI/PPI fields of the GICD_*
 *  bitmaps are RAZ/WI with affinity routing: the redistributors own them). */
@inline function isSpi(intid: u32): bool {
  return intid >= GIC_INTERNAL && intid < numIrqs();
}

/** GICD_TYPER (12.9.38): No1N, A3V, IDbits = 15 (16-bit INTIDs), LPIS, no security
 *  extensions, ITLinesNumber = SPIs / 32 - 1 (QEMU's count, which leaves out the SGIs/PPIs). */
function distTyper(): u32 {
  return (1 << 25) | (1 << 24) | (0xf << 19) | (1 << 17) | (((numIrqs() - GIC_INTERNAL) >> 5) - 1);
}

function distRead32(off: u32): u32 {
  if (off < 0x80) {
    switch (off) {
      case 0x0000: return distCtlr() | GICD_CTLR_ARE | GICD_CTLR_DS;
      case 0x0004: return distTyper();
      case 0x0008: return GIC_IIDR;
      default: return 0; // GICD_STATUSR, GICD_TYPER2, reserved
    }
  }
  if (off < 0x400) { // GICD_IGROUPR, GICD_IS/ICENABLER, GICD_IS/ICPENDR, GICD_IS/ICACTIVER
    const intid = (off & 0x7f) << 3;
    if (!isSpi(intid)) return 0;
    if (off < 0x100) return bitsWord(BITS_GROUP, intid, 0);
    return bitmapRead(off < 0x200 ? BITS_ENABLED : off < 0x300 ? BITS_PENDING : BITS_ACTIVE, intid, 0);
  }
  if (off < 0x800) { // GICD_IPRIORITYR
    let v: u32 = 0;
    for (let i: u32 = 0; i < 4; i++) v |= distPriorityRead(off - 0x400 + i) << (i << 3);
    return v;
  }
  if (off >= 0xc00 && off < 0xd00) { // GICD_ICFGR
    const intid = (off - 0xc00) << 2;
    return isSpi(intid) ? configRead(intid, 0) : 0;
  }
  if (off >= 0x6000 && off < 0x7fe0) { // GICD_IROUTER, one half
    const intid = (off - 0x6000) >> 3;
    if (!isSpi(intid)) return 0;
    return <u32>(spiRoute(intid) >> ((off & 4) << 3));
  }
  if (off >= ID_REGS) return idRegister(off & ~3, 0x92);
  // GICD_ITARGETSR, GICD_IGRPMODR, GICD_NSACR, GICD_SGIR, GICD_{C,S}PENDSGIR: RAZ/WI here.
  return 0;
}

@inline function distPriorityRead(intid: u32): u32 {
  return isSpi(intid) ? priority(intid, 0) : 0;
}

/** GICD_IROUTER<n> (12.9.22): any value is kept; the SPI goes to the CPU whose affinity is
 *  Aff3.Aff2.Aff1.Aff0, to none if there is no such CPU (Interrupt_Routing_Mode, 1 of N, is
 *  not implemented: QEMU ignores it). */
function setRoute(intid: u32, value: u64): void {
  setSpiRoute(intid, value);
  const affinity = <u32>(value & 0xffffff) | (<u32>((value >> 32) & 0xff) << 24);
  let target: u32 = 0;
  for (let c: u32 = 0; c < numCpus(); c++) {
    if (cpuAffinity(c) == affinity) target = <u32>1 << c;
  }
  setSpiTarget(intid, target);
}

function distWrite32(off: u32, value: u32): void {
  if (off < 0x80) {
    if (off == 0x0000) setDistCtlr(value & (CTLR_ENABLE_GRP0 | CTLR_ENABLE_GRP1));
    return;
  }
  if (off < 0x400) {
    const intid = (off & 0x7f) << 3;
    if (!isSpi(intid)) return;
    if (off < 0x100) setBitsWord(BITS_GROUP, intid, 0, value);
    else bitmapWrite((off - 0x100) >> 7, intid, 0, value);
    return;
  }
  if (off < 0x800) {
    // A word write is ignored unless all four INTIDs are implemented SPIs (QEMU).
    const intid = off - 0x400;
    if (!isSpi(intid) || !isSpi(intid + 3)) return;
    for (let i: u32 = 0; i < 4; i++) setPriority(intid + i, 0, (value >> (i << 3)) & 0xff);
    return;
  }
  if (off >= 0xc00 && off < 0xd00) {
    const intid = (off - 0xc00) << 2;
    if (isSpi(intid)) configWrite(intid, 0, value);
    return;
  }
  if (off >= 0x6000 && off < 0x7fe0) {
    const intid = (off - 0x6000) >> 3;
    if (!isSpi(intid)) return;
    const shift: u64 = (<u64>off & 4) << 3;
    setRoute(intid, (spiRoute(intid) & ~(<u64>0xffffffff << shift)) | (<u64>value << shift));
  }
}

/** Distributor read of `size` bytes at `off`. */
export function distRead(off: u32, size: u32): u64 {
  if (size == 4) return <u64>distRead32(off);
  if (size == 1) return off >= 0x400 && off < 0x800 ? <u64>distPriorityRead(off - 0x400) : 0;
  if (size == 8 && off >= 0x6000 && off < 0x7fe0 && (off & 7) == 0) {
    const intid = (off - 0x6000) >> 3;
    return isSpi(intid) ? spiRoute(intid) : 0;
  }
  return 0;
}

export function distWrite(off: u32, size: u32, value: u64): void {
  if (size == 4) {
    distWrite32(off, <u32>value);
  } else if (size == 1) {
    if (off < 0x400 || off >= 0x800 || !isSpi(off - 0x400)) return;
    setPriority(off - 0x400, 0, <u32>value & 0xff);
  } else if (size == 8) {
    if (off < 0x6000 || off >= 0x7fe0 || (off & 7) != 0) return;
    const intid = (off - 0x6000) >> 3;
    if (!isSpi(intid)) return;
    setRoute(intid, value);
  } else {
    return;
  }
  updateAll();
}

// ---- Redistributors (12.10, 12.11) ----------------------------------------------------------

/** GICR_TYPER (12.11.35) of CPU `c`: its affinity, Processor_Number, Last for the last
 *  redistributor of the region, PLPIS. */
function redistTyper(c: u32): u64 {
  let low = GICR_TYPER_PLPIS | GICR_TYPER_COMMON_LPI_AFF | (c << 8);
  if (c == numCpus() - 1) low |= GICR_TYPER_LAST;
  return (<u64>cpuAffinity(c) << 32) | low;
}

/** Whether `off` is in GICR_IPRIORITYR<n> (SGI_base + 0x400..0x41f). */
@inline function isRedistPriority(off: u32): bool {
  return off - (SGI_BASE + 0x400) < 0x20;
}

function redistRead32(c: u32, off: u32): u32 {
  if (off < SGI_BASE) {
    switch (off) {
      case 0x0000: return redistCtlr(c);
      case 0x0004: return GIC_IIDR;
      case 0x0008: return <u32>redistTyper(c);
      case 0x000c: return <u32>(redistTyper(c) >> 32);
      case 0x0014: return redistWaker(c);
      case 0x0070: return <u32>redistPropbaser(c);
      case 0x0074: return <u32>(redistPropbaser(c) >> 32);
      case 0x0078: return <u32>redistPendbaser(c);
      case 0x007c: return <u32>(redistPendbaser(c) >> 32);
      default: return off >= ID_REGS ? idRegister(off & ~3, 0x93) : 0;
    }
  }
  if (isRedistPriority(off)) {
    let v: u32 = 0;
    for (let i: u32 = 0; i < 4; i++) v |= priority(off - (SGI_BASE + 0x400) + i, c) << (i << 3);
    return v;
  }
  switch (off - SGI_BASE) {
    case 0x0080: return bitsWord(BITS_GROUP, 0, c);
    case 0x0100: case 0x0180: return bitsWord(BITS_ENABLED, 0, c);
    case 0x0200: case 0x0280: return pendingWord(0, c);
    case 0x0300: case 0x0380: return bitsWord(BITS_ACTIVE, 0, c);
    case 0x0c00: return configRead(0, c);
    case 0x0c04: return configRead(GIC_NR_SGIS, c);
    default: return 0; // GICR_IGRPMODR0, GICR_NSACR (RAZ/WI without security), reserved
  }
}

/** GICR_WAKER (12.11.41): only ProcessorSleep is writable; the interface quiesces at once,
 *  so ChildrenAsleep follows it. */
function writeWaker(c: u32, value: u32): void {
  const sleep = value & GICR_WAKER_PROCESSOR_SLEEP;
  setRedistWaker(c, sleep ? sleep | GICR_WAKER_CHILDREN_ASLEEP : 0);
}

function redistWrite32(c: u32, off: u32, value: u32): void {
  if (off < SGI_BASE) {
    switch (off) {
      case 0x0000:
        setRedistCtlr(c, (redistCtlr(c) & ~GICR_CTLR_ENABLE_LPIS) | (value & GICR_CTLR_ENABLE_LPIS));
        break;
      case 0x0014: writeWaker(c, value); break;
      case 0x0070: setRedistPropbaser(c, (redistPropbaser(c) & ~(<u64>0xffffffff)) | <u64>value); break;
      case 0x0074: setRedistPropbaser(c, (redistPropbaser(c) & 0xffffffff) | (<u64>value << 32)); break;
      case 0x0078: setRedistPendbaser(c, (redistPendbaser(c) & ~(<u64>0xffffffff)) | <u64>value); break;
      case 0x007c: setRedistPendbaser(c, (redistPendbaser(c) & 0xffffffff) | (<u64>value << 32)); break;
    }
    return;
  }
  if (isRedistPriority(off)) {
    for (let i: u32 = 0; i < 4; i++) setPriority(off - (SGI_BASE + 0x400) + i, c, (value >> (i << 3)) & 0xff);
    return;
  }
  const sgiOff = off - SGI_BASE;
  switch (sgiOff) {
    case 0x0080: setBitsWord(BITS_GROUP, 0, c, value); break;
    case 0x0100: case 0x0180: case 0x0200: case 0x0280: case 0x0300: case 0x0380:
      bitmapWrite((sgiOff - 0x100) >> 7, 0, c, value);
      break;
    // GICR_ICFGR0: SGIs are always edge-triggered; GICR_ICFGR1 configures the PPIs.
    case 0x0c04: configWrite(GIC_NR_SGIS, c, value); break;
  }
}

/** Read of `size` bytes at `off` in CPU `c`'s redistributor frames. */
export function redistRead(c: u32, off: u32, size: u32): u64 {
  if (size == 4) return <u64>redistRead32(c, off);
  if (size == 1) return isRedistPriority(off) ? <u64>priority(off - (SGI_BASE + 0x400), c) : 0;
  if (size == 8) {
    switch (off) {
      case 0x0008: return redistTyper(c);
      case 0x0070: return redistPropbaser(c);
      case 0x0078: return redistPendbaser(c);
    }
  }
  return 0;
}

export function redistWrite(c: u32, off: u32, size: u32, value: u64): void {
  if (size == 4) {
    redistWrite32(c, off, <u32>value);
  } else if (size == 1) {
    if (!isRedistPriority(off)) return;
    setPriority(off - (SGI_BASE + 0x400), c, <u32>value & 0xff);
  } else if (size == 8) {
    if (off == 0x0070) setRedistPropbaser(c, value);
    else if (off == 0x0078) setRedistPendbaser(c, value);
    return;
  } else {
    return;
  }
  updateAll();
}

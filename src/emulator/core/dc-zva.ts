// DC ZVA, Data Cache Zero by VA (C5.3.x): writes zeros to the naturally aligned block of
// 4 << DCZID_EL0.BS bytes containing an address, with the permission checks and faults of
// a store. Like QEMU, it works on any memory type (no alignment fault on Device memory).
import { getEL, sysreg } from "./state";
import { SR_DCZID_EL0 } from "./generated/sysregs";
import { translate, translatedPA } from "./mmu";
import { KIND_WRITE, isRam, ramHostAddress, write8 } from "./memory";
import { takeDataAbort } from "./exceptions";
import { faulted } from "./exec";

/** Data Abort ISS WnR bit: DC ZVA faults are reported as writes (CM = 0). */
const ISS_WNR: u32 = 1 << 6;

export function zeroDataCacheBlock(va: u64): void {
  const blockBytes: u64 = <u64>4 << (sysreg(SR_DCZID_EL0) & 0xf);
  const block = va & ~(blockBytes - 1);
  // A translation or permission fault reports the address the instruction named. The block
  // lies within one page (it is at most 2 KiB), so this one translation covers it.
  const el = getEL();
  const fsc = translate(va, KIND_WRITE, el, el);
  if (fsc != 0) {
    takeDataAbort(va, (fsc & 0x3f) | ISS_WNR);
    return;
  }
  const pa = translatedPA & ~(blockBytes - 1);
  if (isRam(pa, <u32>blockBytes)) {
    memory.fill(ramHostAddress(pa), 0, <usize>blockBytes);
    return;
  }
  // Outside RAM: byte stores in address order, as QEMU does for I/O (an external abort then
  // reports the block's first address).
  for (let i: u64 = 0; i < blockBytes; i++) {
    write8(block + i, 0, 0);
    if (faulted) return;
  }
}

// The run loop and the per-instruction globals it shares with the semantic functions.
import { DECODE_CACHE_BASE, DECODE_CACHE_ENTRIES } from "./layout";
import { cpu, OFF_PC, OFF_ICOUNT } from "./state";
import { decode, dispatchId, execute } from "./generated/decoder";
import { fetchInstruction, KIND_FETCH } from "./memory";
import { tlbEntry } from "./tlb";
import { undefinedInstruction } from "./exceptions";
import { serviceEvents } from "./events";

/** Address of the instruction being executed. */
export let pc: u64 = 0;
/** Address of the next instruction; semantic functions write it to branch, exceptions to vector. */
export let nextPc: u64 = 0;
/** Set when the current instruction took an exception: semantic code must stop and write nothing back. */
export let faulted: bool = false;
/** Instructions retired on the running CPU (mirrors the state block while running). */
export let icount: u64 = 0;
/** The loop leaves its fast path when icount reaches this: budget end, timer deadline, or a request. */
let eventIcount: u64 = 0;
/** The icount at which the current run() call's budget ends. */
export let budgetEndIcount: u64 = 0;
/** Why run() returned (EXIT_*). */
export let exitReason: u32 = 0;

export const EXIT_BUDGET: u32 = 0;
/** The CPU waits in WFI and only the host can make time pass or bring input: sleep until
 *  MAILBOX_IDLE_DEADLINE_NS (the next timer interrupt) or until input arrives (idle.ts). */
export const EXIT_IDLE: u32 = 1;
export const EXIT_POWER_OFF: u32 = 2;
export const EXIT_RESET: u32 = 3;
/** The CPU is off (PSCI CPU_OFF, or secondary not yet started). */
export const EXIT_CPU_OFF: u32 = 4;

@inline export function setNextPc(address: u64): void { nextPc = address; }
@inline export function markFaulted(): void { faulted = true; }
/** Make the loop call serviceEvents() before the next instruction. */
@inline export function requestEventCheck(): void { eventIcount = 0; }
/** Leave run() after the current instruction with `reason`. */
export function requestExit(reason: u32): void {
  exitReason = reason;
  eventIcount = 0;
  exitRequested = true;
}
export let exitRequested: bool = false;
/** Set the icount at which serviceEvents() must next run (a timer deadline); never later than the budget. */
export function scheduleEventAt(atIcount: u64): void {
  if (atIcount < eventIcount) eventIcount = atIcount;
}
export function resetEventSchedule(): void {
  eventIcount = budgetEndIcount;
}

/** Decode the instruction word `insn`, fetched from `address`, through a direct-mapped cache
 *  of (word, dispatch id: execute's case for it) entries, indexed by the address and tagged with
 *  the word, so a hit is always right whatever changed in memory or translation, and the entry
 *  is read while the word is still being fetched. Entry (0, 0) is right for the all-zero word:
 *  dispatch id 0 is unallocated, as UDF is, so zeroed memory is a valid empty cache. */
@inline function decodeCached(insn: u32, address: u64): u32 {
  const slot = <usize>DECODE_CACHE_BASE + (<usize>(<u32>(address >>> 2) & <u32>(DECODE_CACHE_ENTRIES - 1)) << 3);
  if (load<u32>(slot) == insn) return load<u32>(slot, 4);
  const id = dispatchId(decode(insn), insn);
  store<u32>(slot, insn);
  store<u32>(slot, id, 4);
  return id;
}

/** The run loop's fetch page when it has none (no fetch address matches it). */
const NO_FETCH_PAGE: u64 = <u64>-1;

/** Execute up to `budget` instructions on the running CPU; returns an EXIT_* reason.
 *  Instructions are fetched from the page of the last fetch that went through the TLB with
 *  the TLB entry's host address, without looking the page up again, until the PC leaves it
 *  or the next event check: any change of translation requests one (tlb.ts). */
export function run(budget: u32): u32 {
  pc = load<u64>(cpu + OFF_PC);
  icount = load<u64>(cpu + OFF_ICOUNT);
  budgetEndIcount = icount + budget;
  exitReason = EXIT_BUDGET;
  exitRequested = false;
  eventIcount = 0;
  let fetchPage: u64 = NO_FETCH_PAGE; // VA of that page
  let fetchAddend: u64 = 0; // its host address - VA
  while (true) {
    if (icount >= eventIcount) {
      fetchPage = NO_FETCH_PAGE;
      if (serviceEvents()) break;
      if (faulted) { // an interrupt was taken
        faulted = false;
        pc = nextPc;
        continue;
      }
    }
    let insn: u32;
    if ((pc & ~(<u64>0xffc)) == fetchPage) {
      insn = load<u32>(<usize>(pc + fetchAddend));
    } else {
      insn = fetchInstruction(pc);
      if (faulted) {
        // A fetch abort counts as a step so that a guest spinning on faults still ends its budget.
        faulted = false;
        pc = nextPc;
        icount++;
        continue;
      }
      // RAM pages are in the TLB now (device pages never are: they stay on this path).
      const e = tlbEntry(KIND_FETCH, pc, false);
      if (load<u64>(e) == (pc & ~(<u64>0xfff))) {
        fetchPage = pc & ~(<u64>0xfff);
        fetchAddend = load<u64>(e, 8);
      }
    }
    nextPc = pc + 4;
    if (!execute(decodeCached(insn, pc), insn)) undefinedInstruction();
    pc = nextPc;
    icount++;
    faulted = false;
  }
  store<u64>(cpu + OFF_PC, pc);
  store<u64>(cpu + OFF_ICOUNT, icount);
  return exitReason;
}

/** Called by the host before run() after it changed state, and to read back. */
export function syncFromState(): void {
  pc = load<u64>(cpu + OFF_PC);
  icount = load<u64>(cpu + OFF_ICOUNT);
}

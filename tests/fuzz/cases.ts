// Test cases of the QEMU differential fuzzer: an instruction word and the register file,
// SP and NZCV it starts from (for the fp class also V0-V31, FPCR and FPSR).
import type { Encoding, ParsedEncoding } from "../../src/emulator/core/isa/table/types";
import { fieldsOf } from "../../src/emulator/disasm";
import { entriesOfClass, matcher, randomWordInClass, randomWordOf } from "./encodings";
import { floatBits, operandRegisters, randomFpState, type FpState } from "./fp-state";
import type { Rng } from "./rng";

export type FuzzClass = NonNullable<Encoding["fuzz"]>;

export interface TestCase {
  word: number;
  /** The table entry that drew the word (its own, or one whose class it shares). */
  source: string;
  /** The entry the word decodes to in our table, if any. */
  decoded?: ParsedEncoding;
  /** x0..x30. */
  x: bigint[];
  sp: bigint;
  /** NZCV in bits 31:28. */
  nzcv: bigint;
  /** Loads and stores: the scratch window is restored before and hashed after. */
  memory: boolean;
  /** The fp class: SIMD&FP state, loaded before and compared after the instruction. */
  fp?: FpState;
}

// Scratch memory of the harness (tests/fuzz/harness.S): base registers point into the window.
export const WINDOW = 0x4800c000n;
export const WINDOW_SIZE = 0x4000;
/** The region around the window, hashed once per batch (stray stores). */
export const REGION = 0x48000000n;
export const REGION_SIZE = 7 * WINDOW_SIZE;

/** Share of cases whose word is fully random within the class instead of drawn from an entry. */
const CLASS_RANDOM_SHARE = 0.15;

const INTERESTING: bigint[] = [
  0n, 1n, 2n, 0x7fn, 0x80n, 0xffn, 0x7fffn, 0x8000n, 0xffffn, 0x7fffffffn, 0x80000000n, 0xffffffffn,
  0x100000000n, 0x7fffffffffffffffn, 0x8000000000000000n, 0xffffffffffffffffn, 0xfffffffffffffffen,
  0xffffffff80000000n, 0xffffffff7fffffffn, 0x00000000fffffffen, 0x5555555555555555n, 0xaaaaaaaaaaaaaaaan,
];

const MASK64 = (1n << 64n) - 1n;

/** An integer register value: uniform, boundary values, small signed numbers, or 32-bit patterns. */
export function intValue(rng: Rng): bigint {
  switch (rng.below(5)) {
    case 0: return rng.u64();
    case 1: return rng.pick(INTERESTING);
    case 2: {
      const bits = 1 + rng.below(64);
      const v = rng.u64() & ((1n << BigInt(bits)) - 1n);
      return rng.chance(0.5) ? v : -v & MASK64;
    }
    case 3: {
      const low = rng.chance(0.5) ? BigInt(rng.u32()) : rng.pick(INTERESTING) & 0xffffffffn;
      const high = rng.pick([0n, 0xffffffffn, BigInt(rng.u32())]);
      return (high << 32n) | low;
    }
    default: return BigInt(rng.below(64));
  }
}

/** A small signed number (as a 64-bit pattern): an index or offset that stays near the base. */
function smallSigned(rng: Rng): bigint {
  return BigInt.asUintN(64, BigInt(rng.below(8192) - 4096));
}

/** An address that faults without touching any device: above every physical address size.
 *  Its low 32 bits are small, so that as a W index (UXTW/SXTW) it stays near the base too. */
function faultingAddress(rng: Rng): bigint {
  const high = (rng.u64() | (1n << BigInt(44 + rng.below(20)))) & ~0xffffffffn & MASK64;
  return high | BigInt(rng.below(4096));
}

/** An address inside the scratch window, with random alignment. */
function windowAddress(rng: Rng): bigint {
  const align = 1 << rng.below(5);
  return WINDOW + BigInt(rng.below(WINDOW_SIZE) & ~(align - 1));
}

/** log2 of the access size of a load/store with fields f (named as in the Arm ARM): size, or
 *  from opc for pairs; SIMD&FP registers (V, bit 26) use opc<1> of size 00 for Q and opc for
 *  pair sizes (C4.1.66). */
function accessScale(f: Record<string, number>, word: number): number {
  const simd = (word >>> 26) & 1;
  if (f.size !== undefined) return simd && f.opc !== undefined && f.opc & 2 && f.size === 0 ? 4 : f.size;
  if (f.opc !== undefined) return simd ? 2 + f.opc : 2 + (f.opc >> 1);
  return 0;
}

/** The byte offset an addressing mode will likely add to the base: aim the base so that the
 *  access lands in the window (immediate fields named as in the Arm ARM). */
function likelyOffset(f: Record<string, number>, word: number): bigint {
  const scale = BigInt(accessScale(f, word));
  if (f.imm12 !== undefined) return BigInt(f.imm12) << scale;
  if (f.imm9 !== undefined) return BigInt.asIntN(9, BigInt(f.imm9));
  if (f.imm7 !== undefined) return BigInt.asIntN(7, BigInt(f.imm7)) << scale;
  return 0n;
}

/** Base register value of a load/store: in the window (aimed at it) or faulting. */
function baseValue(rng: Rng, f: Record<string, number> | undefined, word: number): bigint {
  const r = rng.below(10);
  if (r < 4 && f) return (windowAddress(rng) - likelyOffset(f, word)) & MASK64;
  if (r < 8) return windowAddress(rng);
  return faultingAddress(rng);
}

/** Loads and stores: op0 = x1x0 in the top-level A64 table (C4.1). */
export function isLoadStore(word: number): boolean {
  return ((word >>> 25) & 0b0101) === 0b0100;
}

/** fp class: share of general-purpose registers holding a float's bits (FMOV, SCVTF, DUP...). */
const FLOAT_IN_X_SHARE = 0.3;

/** The entries a class draws from, also split into loads/stores and the others. */
export interface ClassEntries {
  cls: FuzzClass;
  all: ParsedEncoding[];
  memory: ParsedEncoding[];
  other: ParsedEncoding[];
}

/** Share of the fp class's words drawn from its load/store entries (a handful among hundreds
 *  of data-processing entries): SIMD&FP loads and stores, their faults and their stores. */
const FP_LOAD_STORE_SHARE = 0.15;

function pickEntry(rng: Rng, ce: ClassEntries): ParsedEncoding {
  if (ce.cls !== "fp") return rng.pick(ce.all);
  return rng.pick(rng.chance(FP_LOAD_STORE_SHARE) ? ce.memory : ce.other);
}

export function makeCase(rng: Rng, entries: ClassEntries): TestCase {
  const cls = entries.cls;
  const e = pickEntry(rng, entries);
  const word = rng.chance(CLASS_RANDOM_SHARE) ? randomWordInClass(e, rng) : randomWordOf(e, rng);
  const decoded = matcher.find(word);
  const memory = isLoadStore(word);
  const fp = cls === "fp" ? randomFpState(rng, operandRegisters(decoded && fieldsOf(decoded, word))) : undefined;
  const value = fp ? () => (rng.chance(FLOAT_IN_X_SHARE) ? floatBits(rng) : intValue(rng)) : () => intValue(rng);
  const x: bigint[] = [];
  let sp: bigint;
  if (!memory) {
    for (let i = 0; i < 31; i++) x.push(value());
    sp = rng.chance(0.5) ? intValue(rng) : intValue(rng) & ~0xfn;
  } else {
    // Addresses must not reach a device (flash at 0, GIC, UART, the PCIe windows), because
    // the board is not what is under test: the decoded base (Rn) is aimed at the window or
    // faults, the index (Rm) is small, a window address or faulting, and the other (data)
    // registers are free. Without a decoded entry that names its base register (literal
    // loads name none), any register may take part in an address.
    const named = decoded ? fieldsOf(decoded, word) : undefined;
    const f = named?.Rn !== undefined ? named : undefined;
    const addressPart = () => rng.pick([windowAddress, faultingAddress])(rng);
    const index = () => (rng.chance(0.5) ? smallSigned(rng) : addressPart());
    for (let i = 0; i < 31; i++) {
      if (!f) x.push(addressPart());
      else if (i === f.Rn) x.push(baseValue(rng, f, word));
      else if (i === f.Rm) x.push(index());
      else x.push(intValue(rng));
    }
    sp = f?.Rn === 31 ? baseValue(rng, f, word) : addressPart();
  }
  return { word, source: e.name, decoded, x, sp, nzcv: BigInt(rng.below(16)) << 28n, memory, fp };
}

export function classEntries(cls: FuzzClass): ClassEntries {
  const entries = entriesOfClass(cls);
  if (entries.length === 0) throw new Error(`no table entry has fuzz: "${cls}"`);
  const memory = entries.filter((e) => isLoadStore(e.value));
  const other = entries.filter((e) => !isLoadStore(e.value));
  if (cls === "fp" && (memory.length === 0 || other.length === 0)) throw new Error("the fp class needs load/store and other entries");
  return { cls, all: entries, memory, other };
}

// Which table entry an instruction word belongs to: the one rule shared by the decoder
// generator (scripts/gen-decoder.ts), the disassembler and the fuzzer.
//
// Priority: the entry with the most fixed bits wins; among equally specific entries the
// earlier one in the table wins. An entry whose `where` exclusions reject the word is skipped,
// so the next entry in priority order may take it.
import { matches, type ParsedEncoding } from "./types";

export function popcount(x: number): number {
  let n = 0;
  for (x >>>= 0; x; x &= x - 1) n++;
  return n;
}

/** The entries in priority order: most fixed bits first, ties in table order. */
export function byPriority(encodings: readonly ParsedEncoding[]): ParsedEncoding[] {
  return [...encodings].sort((a, b) => popcount(b.mask) - popcount(a.mask) || a.id - b.id);
}

/** Bits 28:25 (op0 of the top-level A64 encoding table, C4.1) select a bucket of candidates. */
const BUCKET_SHIFT = 25;
const BUCKET_MASK = 0xf;

/** Finds the entry of an instruction word, like the generated decode() does. */
export class EncodingMatcher {
  private readonly buckets: ParsedEncoding[][] = [];

  constructor(encodings: readonly ParsedEncoding[]) {
    const ordered = byPriority(encodings);
    for (let op0 = 0; op0 <= BUCKET_MASK; op0++) {
      const word = op0 << BUCKET_SHIFT;
      const fixed = (BUCKET_MASK << BUCKET_SHIFT) >>> 0;
      // Keep every entry whose fixed bits agree with this bucket's op0 bits.
      this.buckets.push(ordered.filter((e) => ((e.value ^ word) & e.mask & fixed) === 0));
    }
  }

  /** The entry `insn` decodes to, or undefined when it is unallocated. */
  find(insn: number): ParsedEncoding | undefined {
    for (const e of this.buckets[(insn >>> BUCKET_SHIFT) & BUCKET_MASK]) if (matches(e, insn)) return e;
    return undefined;
  }
}

// Random instruction words drawn from the A64 encoding table.
import { A64_ENCODINGS } from "../../src/emulator/core/isa/table/index";
import { EncodingMatcher } from "../../src/emulator/core/isa/table/match";
import type { Encoding, ParsedEncoding } from "../../src/emulator/core/isa/table/types";
import type { Rng } from "./rng";

export const matcher = new EncodingMatcher(A64_ENCODINGS);

/** A word with `e`'s fixed bits and random field bits. It may belong to a more specific
 *  entry, or be excluded by `where` (then it is unallocated or another entry's). */
export function randomWordOf(e: ParsedEncoding, rng: Rng): number {
  return ((e.value | (rng.u32() & ~e.mask)) >>> 0);
}

/** A random word that decodes to `e` itself, or undefined when `tries` draws found none. */
export function randomWordDecodingTo(e: ParsedEncoding, rng: Rng, tries = 64): number | undefined {
  for (let i = 0; i < tries; i++) {
    const w = randomWordOf(e, rng);
    if (matcher.find(w) === e) return w;
  }
  return undefined;
}

/** op0 bits 28:25 (C4.1 top-level A64 table) that `e` fixes: its instruction class. */
export const CLASS_MASK = 0x1e000000;

/** A fully random word in `e`'s instruction class: the bits `e` fixes among 28:25 kept. */
export function randomWordInClass(e: ParsedEncoding, rng: Rng): number {
  const keep = e.mask & CLASS_MASK;
  return ((e.value & keep) | (rng.u32() & ~keep)) >>> 0;
}

export function entriesOfClass(cls: NonNullable<Encoding["fuzz"]>): ParsedEncoding[] {
  return A64_ENCODINGS.filter((e) => e.fuzz === cls);
}

// Inflating DEFLATE data (RFC 1951) that comes from outside, with a cap on the output. A
// couple of bits of a DEFLATE stream can stand for a 258-byte copy (§3.2.5), so a small
// stream can expand a thousandfold; the data is fed to fflate's streaming inflater in small
// pieces and decoding stops as soon as the output passes the cap, instead of expanding the
// whole stream first and measuring it afterwards.
import { Inflate } from "fflate";

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  /** "corrupt": not a complete DEFLATE stream; "too-large": more than the cap. */
  | { ok: false; problem: "corrupt" | "too-large" };

/** Compressed bytes fed per step: each step can expand to at most about a thousand times this
 *  before the output is counted. */
const STEP_BYTES = 512;

class OutputTooLarge extends Error {}

export function inflateAtMost(deflated: Uint8Array, maxBytes: number): InflateResult {
  if (deflated.length === 0) return { ok: false, problem: "corrupt" };
  const pieces: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((piece) => {
    total += piece.length;
    if (total > maxBytes) throw new OutputTooLarge();
    pieces.push(piece);
  });
  try {
    // The last push is never empty and is marked final, so a stream that stops before its
    // final block is an error rather than a short result.
    for (let at = 0; at < deflated.length; at += STEP_BYTES) {
      const end = Math.min(at + STEP_BYTES, deflated.length);
      inflater.push(deflated.subarray(at, end), end === deflated.length);
    }
  } catch (e) {
    return { ok: false, problem: e instanceof OutputTooLarge ? "too-large" : "corrupt" };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return { ok: true, bytes };
}

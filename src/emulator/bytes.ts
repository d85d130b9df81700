// Small byte-array helpers shared by loaders, the device tree writer and the page.

/** `parts` one after the other in a new array (`size`: their total length, if known). */
export function concatBytes(parts: readonly Uint8Array[], size = parts.reduce((n, p) => n + p.length, 0)): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

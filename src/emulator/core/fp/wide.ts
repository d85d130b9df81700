// 128-bit unsigned integer helpers for significand arithmetic (WebAssembly has no 64x64->128
// multiply). A 128-bit value is (hi, lo); functions return lo and leave hi in `wideHi`.

export let wideHi: u64 = 0;

/** Full product a * b. */
export function mul64(a: u64, b: u64): u64 {
  const a0 = a & 0xffffffff;
  const a1 = a >>> 32;
  const b0 = b & 0xffffffff;
  const b1 = b >>> 32;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const p11 = a1 * b1;
  const mid = (p00 >>> 32) + (p01 & 0xffffffff) + (p10 & 0xffffffff);
  wideHi = p11 + (p01 >>> 32) + (p10 >>> 32) + (mid >>> 32);
  return (mid << 32) | (p00 & 0xffffffff);
}

/** (hi, lo) >> n for n < 128, with every bit shifted out ORed into bit 0. */
export function shiftRightJam128(hi: u64, lo: u64, n: u32): u64 {
  if (n == 0) {
    wideHi = hi;
    return lo;
  }
  if (n < 64) {
    const out = lo << <u64>(64 - n);
    wideHi = hi >>> <u64>n;
    return (lo >>> <u64>n) | (hi << <u64>(64 - n)) | (out != 0 ? 1 : 0);
  }
  wideHi = 0;
  if (n < 128) {
    const m = n - 64;
    const lostHi = m == 0 ? 0 : hi << <u64>(64 - m);
    return (m == 0 ? hi : hi >>> <u64>m) | (lostHi != 0 || lo != 0 ? 1 : 0);
  }
  return hi != 0 || lo != 0 ? 1 : 0;
}

/** (hi, lo) << n for n < 128 (bits shifted out are lost). */
export function shiftLeft128(hi: u64, lo: u64, n: u32): u64 {
  if (n == 0) {
    wideHi = hi;
    return lo;
  }
  if (n < 64) {
    wideHi = (hi << <u64>n) | (lo >>> <u64>(64 - n));
    return lo << <u64>n;
  }
  wideHi = lo << <u64>(n - 64);
  return 0;
}

/** Number of leading zero bits of (hi, lo). */
@inline export function clz128(hi: u64, lo: u64): u32 {
  return hi != 0 ? <u32>clz(hi) : 64 + <u32>clz(lo);
}

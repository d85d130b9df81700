// Deterministic pseudo-random numbers for the fuzzers: xoshiro128** seeded through SplitMix32,
// so a seed reproduces a run exactly on any machine.

export class Rng {
  private s = new Uint32Array(4);

  constructor(seed: number) {
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      // SplitMix32 step
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
  }

  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  }

  /** Uniform 64-bit unsigned integer. */
  u64(): bigint {
    return (BigInt(this.u32()) << 32n) | BigInt(this.u32());
  }

  /** Uniform integer in [0, n) for n <= 2^32. */
  below(n: number): number {
    return Math.floor((this.u32() / 2 ** 32) * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.u32() < p * 2 ** 32;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

// Random SIMD&FP state for the fp class of the QEMU differential fuzzer: V0-V31 with lanes rich
// in the special values of each element size, FPCR modes and FPSR cumulative bits.
import type { Rng } from "./rng";

export interface FpState {
  /** V0..V31, 16 bytes each, little-endian lane order (as the harness loads them). */
  v: Buffer;
  fpcr: number;
  fpsr: number;
  /** Run with SIMD&FP trapped (CPACR_EL1.FPEN = 00): EC 0x07, or UNDEFINED first. */
  trapped: boolean;
}

/** An IEEE 754 binary format (A1.4.1): exponent and fraction widths. */
interface Format {
  bytes: 2 | 4 | 8;
  ebits: number;
  fbits: number;
}
const HALF: Format = { bytes: 2, ebits: 5, fbits: 10 };
const SINGLE: Format = { bytes: 4, ebits: 8, fbits: 23 };
const DOUBLE: Format = { bytes: 8, ebits: 11, fbits: 52 };

/** A lane's bits as two 32-bit halves (hi is 0 for lanes of up to 32 bits). Fractions of up
 *  to 52 bits are plain numbers: integers below 2^53 are exact. */
interface Lane {
  hi: number;
  lo: number;
}

const P32 = 2 ** 32;

function pack(fmt: Format, sign: number, exp: number, frac: number): Lane {
  if (fmt.bytes === 8) {
    return { hi: ((sign << 31) | (exp << 20) | Math.floor(frac / P32)) >>> 0, lo: frac % P32 };
  }
  const top = fmt.ebits + fmt.fbits;
  return { hi: 0, lo: (sign * 2 ** top + exp * 2 ** fmt.fbits + frac) >>> 0 };
}

/** Uniform integer below 2^bits (bits <= 53). */
function bitsBelow(rng: Rng, bits: number): number {
  if (bits <= 0) return 0;
  if (bits <= 32) return rng.u32() % 2 ** bits;
  return (rng.u32() % 2 ** (bits - 32)) * P32 + rng.u32();
}

/** A fraction whose `cut` low bits (the bits a rounding discards: below the integer point, or
 *  beyond a narrower format's precision) form a boundary pattern: zero, exactly half, just
 *  below or above half, all ones, one; the bits above it are random. */
function fractionAround(rng: Rng, fbits: number, cut: number): number {
  const c = Math.max(0, Math.min(fbits, cut));
  const high = Math.floor(bitsBelow(rng, fbits) / 2 ** c) * 2 ** c;
  if (c === 0) return high;
  const half = 2 ** (c - 1);
  const low = rng.pick([0, half, half - 1, half + (c > 1 ? 1 : 0), 2 ** c - 1, 1, bitsBelow(rng, c)]);
  return high + low;
}

/** Unbiased exponents at which integer conversions saturate (2^k for the integer widths). */
const SATURATION = [7, 8, 15, 16, 31, 32, 63, 64];
/** Narrower formats' boundaries (unbiased exponents) for the conversions between formats:
 *  largest normal, overflow, smallest normal, smallest denormal and just below it. */
const NARROWER: { fmt: Format; exps: number[] }[] = [
  { fmt: HALF, exps: [15, 16, -14, -15, -24, -25, -20] },
  { fmt: SINGLE, exps: [127, 128, -126, -127, -149, -150, -140] },
];

/** Per format: its bias, largest normal biased exponent, and the saturation exponents and
 *  narrower formats that apply to it. */
interface FormatInfo {
  bias: number;
  emax: number;
  saturation: number[];
  narrower: { fmt: Format; exps: number[] }[];
}
const INFO = new Map<Format, FormatInfo>(
  [HALF, SINGLE, DOUBLE].map((fmt) => {
    const bias = 2 ** (fmt.ebits - 1) - 1;
    return [fmt, {
      bias, emax: 2 * bias,
      saturation: SATURATION.filter((k) => k <= bias),
      narrower: NARROWER.filter((n) => n.fmt.fbits < fmt.fbits),
    }];
  }),
);

/** A fraction with a rounding boundary at a random position. */
function anyFraction(rng: Rng, fbits: number): number {
  return fractionAround(rng, fbits, rng.below(fbits + 1));
}

function floatLane(rng: Rng, fmt: Format): Lane {
  const { fbits } = fmt;
  const { bias, emax, saturation, narrower } = INFO.get(fmt)!;
  const sign = rng.below(2);
  const r = rng.below(100);
  if (r < 8) return pack(fmt, sign, 0, 0);
  if (r < 14) return pack(fmt, sign, emax + 1, 0);
  if (r < 20) {
    // quiet NaN: the default NaN or a payload
    const payload = rng.chance(0.3) ? 0 : bitsBelow(rng, fbits - 1);
    return pack(fmt, sign, emax + 1, 2 ** (fbits - 1) + payload);
  }
  if (r < 26) {
    // signalling NaN: a non-zero payload without the quiet bit
    const payload = rng.pick([1, 2 ** (fbits - 1) - 1, bitsBelow(rng, fbits - 1)]);
    return pack(fmt, sign, emax + 1, payload || 1);
  }
  if (r < 36) {
    const frac = rng.pick([1, 2 ** fbits - 1, 2 ** (fbits - 1), anyFraction(rng, fbits)]);
    return pack(fmt, sign, 0, frac || 1);
  }
  if (r < 41) return pack(fmt, sign, 1 + rng.below(3), anyFraction(rng, fbits));
  if (r < 46) return pack(fmt, sign, emax - rng.below(3), anyFraction(rng, fbits));
  if (r < 71) {
    // around 1 and up to where the fraction holds no more fraction digits: rounding to integer
    const e = rng.below(fbits + 6) - 3;
    return pack(fmt, sign, bias + e, fractionAround(rng, fbits, fbits - e));
  }
  if (r < 79) {
    const k = rng.pick(saturation);
    const e = k - rng.below(2);
    return pack(fmt, sign, bias + e, rng.pick([0, 2 ** fbits - 1, 1, fractionAround(rng, fbits, fbits - e)]));
  }
  if (r < 87) {
    if (narrower.length) {
      const n = rng.pick(narrower);
      const e = rng.pick(n.exps);
      return pack(fmt, sign, bias + e, fractionAround(rng, fbits, rng.chance(0.7) ? fbits - n.fmt.fbits : rng.below(fbits + 1)));
    }
  }
  if (r < 95) return pack(fmt, sign, 1 + rng.below(emax), anyFraction(rng, fbits));
  return randomLane(rng, fmt.bytes);
}

function randomLane(rng: Rng, bytes: number): Lane {
  if (bytes === 8) return { hi: rng.u32(), lo: rng.u32() };
  return { hi: 0, lo: bytes === 4 ? rng.u32() : rng.u32() % 2 ** (bytes * 8) };
}

/** v in (-2^53, 2^53) as a two's complement lane of `bits` (modulo 2^bits). */
function laneOf(bits: number, v: number): Lane {
  const m = 2 ** Math.min(bits, 53);
  const u = ((v % m) + m) % m;
  const lo = u % P32;
  let hi = bits === 64 ? Math.floor(u / P32) : 0;
  if (bits === 64 && v < 0) hi = (hi | 0xffe00000) >>> 0;
  return { hi, lo: bits < 32 ? lo % 2 ** bits : lo >>> 0 };
}

/** 2^k (k < 64) as a lane. */
function powerOfTwo(k: number): Lane {
  return k >= 32 ? { hi: 2 ** (k - 32), lo: 0 } : { hi: 0, lo: 2 ** k };
}

const LANE_BITS = [8, 16, 32, 64];
/** Per lane size: the largest and smallest signed values. */
const INT_EXTREMES = new Map<number, Lane[]>(LANE_BITS.map((bits) => [bits, [
  bits === 64 ? { hi: 0x7fffffff, lo: 0xffffffff } : { hi: 0, lo: 2 ** (bits - 1) - 1 },
  powerOfTwo(bits - 1),
]]));
/** Per lane size: the boundaries of the half-width ranges, unsigned and signed. */
const INT_NARROWING = new Map<number, Lane[]>(LANE_BITS.map((bits) => {
  const h = bits / 2;
  return [bits, [2 ** h - 1, 2 ** h, 2 ** (h - 1) - 1, 2 ** (h - 1), -(2 ** (h - 1)), -(2 ** (h - 1)) - 1].map((v) => laneOf(bits, v))];
}));

/** An integer lane: boundaries of the signed and unsigned ranges (saturation), small values,
 *  powers of two, the boundaries of the half-width ranges (narrowing), or random bits. */
function intLane(rng: Rng, bytes: number): Lane {
  const bits = bytes * 8;
  switch (rng.below(8)) {
    case 0: return laneOf(bits, rng.below(3) - 1);
    case 1: return rng.pick(INT_EXTREMES.get(bits)!);
    case 2: return rng.pick(INT_NARROWING.get(bits)!);
    case 3: return laneOf(bits, rng.below(600) - 300);
    case 4: return powerOfTwo(rng.below(bits));
    default: return randomLane(rng, bytes);
  }
}

/** How a register is filled: float lanes of one format, integer lanes of one size, or bits. */
type Fill = { kind: "float"; fmt: Format } | { kind: "int"; bytes: 1 | 2 | 4 | 8 } | { kind: "random" };

function pickFill(rng: Rng): Fill {
  const r = rng.below(100);
  if (r < 30) return { kind: "float", fmt: SINGLE };
  if (r < 60) return { kind: "float", fmt: DOUBLE };
  if (r < 72) return { kind: "float", fmt: HALF };
  if (r < 90) return { kind: "int", bytes: rng.pick([1, 2, 4, 8] as const) };
  return { kind: "random" };
}

function writeLane(buf: Buffer, at: number, bytes: number, lane: Lane): void {
  if (bytes === 8) {
    buf.writeUInt32LE(lane.lo, at);
    buf.writeUInt32LE(lane.hi, at + 4);
  } else if (bytes === 4) buf.writeUInt32LE(lane.lo, at);
  else if (bytes === 2) buf.writeUInt16LE(lane.lo, at);
  else buf.writeUInt8(lane.lo, at);
}

/** Share of lanes that repeat a lane of the same size drawn earlier in the case (possibly
 *  with the sign flipped), so that operands are often equal or opposite. */
const REUSE_SHARE = 0.2;
/** Share of registers that copy an earlier register whole. */
const COPY_SHARE = 0.04;

/** V0-V31: the operand registers' lanes drawn per their fill, some lanes and registers
 *  repeated; the other registers (bit mask `operands`) hold random bits. */
export function randomVectors(rng: Rng, operands: number): Buffer {
  const v = Buffer.alloc(32 * 16);
  const drawn = new Map<number, Lane[]>();
  for (let reg = 0; reg < 32; reg++) {
    const at = reg * 16;
    if (!((operands >>> reg) & 1)) {
      for (let i = 0; i < 16; i += 4) v.writeUInt32LE(rng.u32(), at + i);
      continue;
    }
    if (reg > 0 && rng.chance(COPY_SHARE)) {
      const from = rng.below(reg) * 16;
      v.copy(v, at, from, from + 16);
      continue;
    }
    const fill = pickFill(rng);
    const bytes = fill.kind === "float" ? fill.fmt.bytes : fill.kind === "int" ? fill.bytes : 8;
    const pool = drawn.get(bytes) ?? [];
    drawn.set(bytes, pool);
    for (let off = 0; off < 16; off += bytes) {
      let lane: Lane;
      if (pool.length && rng.chance(REUSE_SHARE)) {
        lane = rng.pick(pool);
        if (fill.kind === "float" && rng.chance(0.3)) {
          const signBit = 2 ** (fill.fmt.bytes * 8 - 1);
          lane = bytes === 8 ? { hi: (lane.hi ^ 0x80000000) >>> 0, lo: lane.lo } : { hi: 0, lo: (lane.lo ^ signBit) >>> 0 };
        }
      } else {
        lane = fill.kind === "float" ? floatLane(rng, fill.fmt) : fill.kind === "int" ? intLane(rng, bytes) : randomLane(rng, 8);
        pool.push(lane);
      }
      writeLane(v, at + off, bytes, lane);
    }
  }
  return v;
}

/** A float value's bits for a general-purpose register (FMOV, SCVTF and FCVT* read X/W). */
export function floatBits(rng: Rng): bigint {
  const r = rng.below(3);
  const fmt = r === 0 ? HALF : r === 1 ? SINGLE : DOUBLE;
  const lane = floatLane(rng, fmt);
  return (BigInt(lane.hi) << 32n) | BigInt(lane.lo);
}

/** FPCR (D17.2.49) with random AHP, DN, FZ and RMode; the trap enables and FZ16 stay 0. */
export function randomFpcr(rng: Rng): number {
  const rmode = rng.chance(0.4) ? 0 : rng.below(4);
  let modes = 0;
  for (const bit of [26, 25, 24]) if (rng.chance(0.3)) modes |= 1 << bit;
  return (modes | (rmode << 22)) >>> 0;
}

/** FPSR cumulative bits (D17.2.51): QC, IDC, IXC, UFC, OFC, DZC, IOC. */
const FPSR_CUMULATIVE = [1 << 27, 1 << 7, 1 << 4, 1 << 3, 1 << 2, 1 << 1, 1 << 0];

/** FPSR: clear half of the time, otherwise a random set of cumulative bits. */
export function randomFpsr(rng: Rng): number {
  if (rng.chance(0.5)) return 0;
  let v = 0;
  for (const b of FPSR_CUMULATIVE) if (rng.chance(0.3)) v |= b;
  return v >>> 0;
}

/** The V registers an instruction may read, as a bit mask, from its decoded register fields:
 *  Rd, Rn, Rm, Ra, Rt, Rt2, with M:Rm for 4-bit Rm (by element) and the three registers after
 *  Rn and Rt (TBL, LD4/ST4). All registers when no field names one. */
export function operandRegisters(f: Record<string, number> | undefined): number {
  let mask = 0;
  const add = (n: number | undefined, following = 0) => {
    if (n === undefined) return;
    for (let k = 0; k <= following; k++) mask |= 1 << ((n + k) & 31);
  };
  if (f) {
    add(f.Rd);
    add(f.Rn, 3);
    add(f.Rt, 3);
    add(f.Rt2);
    add(f.Ra);
    add(f.Rm);
    if (f.Rm !== undefined && f.Rm < 16) add(f.Rm + 16);
  }
  return mask === 0 ? -1 : mask;
}

/** Share of cases run with SIMD&FP trapped. */
const TRAPPED_SHARE = 0.03;

export function randomFpState(rng: Rng, operands: number): FpState {
  return { v: randomVectors(rng, operands), fpcr: randomFpcr(rng), fpsr: randomFpsr(rng), trapped: rng.chance(TRAPPED_SHARE) };
}

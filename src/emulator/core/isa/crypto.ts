// Semantics of the cryptographic extension instructions (C4.1 "Cryptographic AES",
// "Cryptographic three-register SHA", "Cryptographic two-register SHA"; Arm ARM
// shared/functions/crypto): AESE/AESD/AESMC/AESIMC (FEAT_AES), SHA1C/P/M/H/SU0/SU1
// (FEAT_SHA1), SHA256H/H2/SU0/SU1 (FEAT_SHA256) and the 64-bit polynomial multiply
// PMULL/PMULL2 .1Q (FEAT_PMULL). None reads FPCR or raises floating-point exceptions.
import { checkFpAccess } from "../sysregs";
import { readVScalar, readVHigh, writeVScalar, writeVQ } from "../fp/registers";

// ---- AES (FIPS-197) ----------------------------------------------------------------------------

/** SubBytes table: the multiplicative inverse in GF(2^8) followed by the affine map. */
const SBOX = memory.data<u8>([
  0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,
  0xca, 0x82, 0xc9, 0x7d, 0xfa, 0x59, 0x47, 0xf0, 0xad, 0xd4, 0xa2, 0xaf, 0x9c, 0xa4, 0x72, 0xc0,
  0xb7, 0xfd, 0x93, 0x26, 0x36, 0x3f, 0xf7, 0xcc, 0x34, 0xa5, 0xe5, 0xf1, 0x71, 0xd8, 0x31, 0x15,
  0x04, 0xc7, 0x23, 0xc3, 0x18, 0x96, 0x05, 0x9a, 0x07, 0x12, 0x80, 0xe2, 0xeb, 0x27, 0xb2, 0x75,
  0x09, 0x83, 0x2c, 0x1a, 0x1b, 0x6e, 0x5a, 0xa0, 0x52, 0x3b, 0xd6, 0xb3, 0x29, 0xe3, 0x2f, 0x84,
  0x53, 0xd1, 0x00, 0xed, 0x20, 0xfc, 0xb1, 0x5b, 0x6a, 0xcb, 0xbe, 0x39, 0x4a, 0x4c, 0x58, 0xcf,
  0xd0, 0xef, 0xaa, 0xfb, 0x43, 0x4d, 0x33, 0x85, 0x45, 0xf9, 0x02, 0x7f, 0x50, 0x3c, 0x9f, 0xa8,
  0x51, 0xa3, 0x40, 0x8f, 0x92, 0x9d, 0x38, 0xf5, 0xbc, 0xb6, 0xda, 0x21, 0x10, 0xff, 0xf3, 0xd2,
  0xcd, 0x0c, 0x13, 0xec, 0x5f, 0x97, 0x44, 0x17, 0xc4, 0xa7, 0x7e, 0x3d, 0x64, 0x5d, 0x19, 0x73,
  0x60, 0x81, 0x4f, 0xdc, 0x22, 0x2a, 0x90, 0x88, 0x46, 0xee, 0xb8, 0x14, 0xde, 0x5e, 0x0b, 0xdb,
  0xe0, 0x32, 0x3a, 0x0a, 0x49, 0x06, 0x24, 0x5c, 0xc2, 0xd3, 0xac, 0x62, 0x91, 0x95, 0xe4, 0x79,
  0xe7, 0xc8, 0x37, 0x6d, 0x8d, 0xd5, 0x4e, 0xa9, 0x6c, 0x56, 0xf4, 0xea, 0x65, 0x7a, 0xae, 0x08,
  0xba, 0x78, 0x25, 0x2e, 0x1c, 0xa6, 0xb4, 0xc6, 0xe8, 0xdd, 0x74, 0x1f, 0x4b, 0xbd, 0x8b, 0x8a,
  0x70, 0x3e, 0xb5, 0x66, 0x48, 0x03, 0xf6, 0x0e, 0x61, 0x35, 0x57, 0xb9, 0x86, 0xc1, 0x1d, 0x9e,
  0xe1, 0xf8, 0x98, 0x11, 0x69, 0xd9, 0x8e, 0x94, 0x9b, 0x1e, 0x87, 0xe9, 0xce, 0x55, 0x28, 0xdf,
  0x8c, 0xa1, 0x89, 0x0d, 0xbf, 0xe6, 0x42, 0x68, 0x41, 0x99, 0x2d, 0x0f, 0xb0, 0x54, 0xbb, 0x16
]);
/** InvSubBytes table. */
const INV_SBOX = memory.data<u8>([
  0x52, 0x09, 0x6a, 0xd5, 0x30, 0x36, 0xa5, 0x38, 0xbf, 0x40, 0xa3, 0x9e, 0x81, 0xf3, 0xd7, 0xfb,
  0x7c, 0xe3, 0x39, 0x82, 0x9b, 0x2f, 0xff, 0x87, 0x34, 0x8e, 0x43, 0x44, 0xc4, 0xde, 0xe9, 0xcb,
  0x54, 0x7b, 0x94, 0x32, 0xa6, 0xc2, 0x23, 0x3d, 0xee, 0x4c, 0x95, 0x0b, 0x42, 0xfa, 0xc3, 0x4e,
  0x08, 0x2e, 0xa1, 0x66, 0x28, 0xd9, 0x24, 0xb2, 0x76, 0x5b, 0xa2, 0x49, 0x6d, 0x8b, 0xd1, 0x25,
  0x72, 0xf8, 0xf6, 0x64, 0x86, 0x68, 0x98, 0x16, 0xd4, 0xa4, 0x5c, 0xcc, 0x5d, 0x65, 0xb6, 0x92,
  0x6c, 0x70, 0x48, 0x50, 0xfd, 0xed, 0xb9, 0xda, 0x5e, 0x15, 0x46, 0x57, 0xa7, 0x8d, 0x9d, 0x84,
  0x90, 0xd8, 0xab, 0x00, 0x8c, 0xbc, 0xd3, 0x0a, 0xf7, 0xe4, 0x58, 0x05, 0xb8, 0xb3, 0x45, 0x06,
  0xd0, 0x2c, 0x1e, 0x8f, 0xca, 0x3f, 0x0f, 0x02, 0xc1, 0xaf, 0xbd, 0x03, 0x01, 0x13, 0x8a, 0x6b,
  0x3a, 0x91, 0x11, 0x41, 0x4f, 0x67, 0xdc, 0xea, 0x97, 0xf2, 0xcf, 0xce, 0xf0, 0xb4, 0xe6, 0x73,
  0x96, 0xac, 0x74, 0x22, 0xe7, 0xad, 0x35, 0x85, 0xe2, 0xf9, 0x37, 0xe8, 0x1c, 0x75, 0xdf, 0x6e,
  0x47, 0xf1, 0x1a, 0x71, 0x1d, 0x29, 0xc5, 0x89, 0x6f, 0xb7, 0x62, 0x0e, 0xaa, 0x18, 0xbe, 0x1b,
  0xfc, 0x56, 0x3e, 0x4b, 0xc6, 0xd2, 0x79, 0x20, 0x9a, 0xdb, 0xc0, 0xfe, 0x78, 0xcd, 0x5a, 0xf4,
  0x1f, 0xdd, 0xa8, 0x33, 0x88, 0x07, 0xc7, 0x31, 0xb1, 0x12, 0x10, 0x59, 0x27, 0x80, 0xec, 0x5f,
  0x60, 0x51, 0x7f, 0xa9, 0x19, 0xb5, 0x4a, 0x0d, 0x2d, 0xe5, 0x7a, 0x9f, 0x93, 0xc9, 0x9c, 0xef,
  0xa0, 0xe0, 0x3b, 0x4d, 0xae, 0x2a, 0xf5, 0xb0, 0xc8, 0xeb, 0xbb, 0x3c, 0x83, 0x53, 0x99, 0x61,
  0x17, 0x2b, 0x04, 0x7e, 0xba, 0x77, 0xd6, 0x26, 0xe1, 0x69, 0x14, 0x63, 0x55, 0x21, 0x0c, 0x7d
]);

/** Byte i of the 128-bit value (hi, lo). */
@inline function byteOf(lo: u64, hi: u64, i: u32): u32 {
  return <u32>((i < 8 ? lo >>> <u64>(i << 3) : hi >>> <u64>((i - 8) << 3)) & 0xff);
}

// The state being transformed, bytes 0-7 and 8-15: byte r + 4c is row r of column c.
let stateLo: u64 = 0;
let stateHi: u64 = 0;

/** AESSubBytes(AESShiftRows(x)) (inverse = false) or AESInvSubBytes(AESInvShiftRows(x)):
 *  row r of column c comes from column c + r (c - r for the inverse), through the table. */
function subBytesShiftRows(lo: u64, hi: u64, inverse: bool): void {
  const table = inverse ? INV_SBOX : SBOX;
  let outLo: u64 = 0;
  let outHi: u64 = 0;
  for (let i: u32 = 0; i < 16; i++) {
    const r = i & 3;
    const c = i >>> 2;
    const from = r + 4 * ((inverse ? c - r : c + r) & 3);
    const b = <u64>load<u8>(table + byteOf(lo, hi, from));
    if (i < 8) outLo |= b << <u64>(i << 3);
    else outHi |= b << <u64>((i - 8) << 3);
  }
  stateLo = outLo;
  stateHi = outHi;
}

/** Multiply each byte of a word by x in GF(2^8). */
@inline function xtime4(w: u32): u32 {
  return ((w & 0x7f7f7f7f) << 1) ^ (((w >>> 7) & 0x01010101) * 0x1b);
}

/** MixColumns of one column (byte r = row r): 2*a_r + 3*a_(r+1) + a_(r+2) + a_(r+3). */
@inline function mixColumn(w: u32): u32 {
  const r1 = rotr<u32>(w, 8);
  return xtime4(w ^ r1) ^ r1 ^ rotr<u32>(w, 16) ^ rotr<u32>(w, 24);
}

/** InvMixColumns of one column: MixColumns after adding 4*(a_r + a_(r+2)) to each byte
 *  (14, 11, 13, 9 = (2, 3, 1, 1) * (5, 0, 4, 0) in GF(2^8)[x]/(x^4 + 1)). */
@inline function invMixColumn(w: u32): u32 {
  return mixColumn(w ^ xtime4(xtime4(w ^ rotr<u32>(w, 16))));
}

@inline function mixColumns64(x: u64, inverse: bool): u64 {
  const lo = <u32>x;
  const hi = <u32>(x >>> 32);
  if (inverse) return (<u64>invMixColumn(hi) << 32) | invMixColumn(lo);
  return (<u64>mixColumn(hi) << 32) | mixColumn(lo);
}

/** AESE (D = 0), AESD (D = 1): V[d] = (Inv)SubBytes((Inv)ShiftRows(V[d] EOR V[n])). */
export function AESE_AESD(D: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  subBytesShiftRows(readVScalar(Rd, 64) ^ readVScalar(Rn, 64), readVHigh(Rd) ^ readVHigh(Rn), D != 0);
  writeVQ(Rd, stateLo, stateHi);
  return true;
}

/** AESMC (D = 0), AESIMC (D = 1): V[d] = (Inv)MixColumns(V[n]). */
export function AESMC_AESIMC(D: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const lo = mixColumns64(readVScalar(Rn, 64), D != 0);
  writeVQ(Rd, lo, mixColumns64(readVHigh(Rn), D != 0));
  return true;
}

// ---- SHA-1 and SHA-256 (FIPS 180-4) -------------------------------------------------------------

@inline function choose(x: u32, y: u32, z: u32): u32 {
  return ((y ^ z) & x) ^ z;
}
@inline function parity(x: u32, y: u32, z: u32): u32 {
  return x ^ y ^ z;
}
@inline function majority(x: u32, y: u32, z: u32): u32 {
  return (x & y) | ((x | y) & z);
}

/** Word e (0-3) of V[n]. */
@inline function word(n: u32, e: u32): u32 {
  const half = e < 2 ? readVScalar(n, 64) : readVHigh(n);
  return <u32>(half >>> <u64>((e & 1) << 5));
}

@inline function writeWords(d: u32, w0: u32, w1: u32, w2: u32, w3: u32): void {
  writeVQ(d, (<u64>w1 << 32) | w0, (<u64>w3 << 32) | w2);
}

const SHA1_CHOOSE: u32 = 0;
const SHA1_PARITY: u32 = 1;
const SHA1_MAJORITY: u32 = 2;

/** SHA1C/SHA1P/SHA1M: four rounds on the hash state X = V[d] and E = S[n] with the
 *  schedule words of V[m]; V[d] receives the new X. */
function sha1Rounds(f: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  let x0 = word(Rd, 0);
  let x1 = word(Rd, 1);
  let x2 = word(Rd, 2);
  let x3 = word(Rd, 3);
  let y = word(Rn, 0);
  for (let e: u32 = 0; e < 4; e++) {
    const t = f == SHA1_CHOOSE ? choose(x1, x2, x3) : f == SHA1_PARITY ? parity(x1, x2, x3) : majority(x1, x2, x3);
    y = y + rotl<u32>(x0, 5) + t + word(Rm, e);
    x1 = rotl<u32>(x1, 30);
    // <Y, X> = ROL(Y:X, 32)
    const top = x3;
    x3 = x2;
    x2 = x1;
    x1 = x0;
    x0 = y;
    y = top;
  }
  writeWords(Rd, x0, x1, x2, x3);
  return true;
}

export function SHA1C(Rm: u32, Rn: u32, Rd: u32): bool { return sha1Rounds(SHA1_CHOOSE, Rm, Rn, Rd); }
export function SHA1P(Rm: u32, Rn: u32, Rd: u32): bool { return sha1Rounds(SHA1_PARITY, Rm, Rn, Rd); }
export function SHA1M(Rm: u32, Rn: u32, Rd: u32): bool { return sha1Rounds(SHA1_MAJORITY, Rm, Rn, Rd); }

/** SHA1SU0: V[d] = (V[n]<63:0> : V[d]<127:64>) EOR V[d] EOR V[m]. */
export function SHA1SU0(Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const dLo = readVScalar(Rd, 64);
  const dHi = readVHigh(Rd);
  writeVQ(Rd, dHi ^ dLo ^ readVScalar(Rm, 64), readVScalar(Rn, 64) ^ dHi ^ readVHigh(Rm));
  return true;
}

/** SHA1H: S[d] = ROL(S[n], 30). */
export function SHA1H(Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  writeVScalar(Rd, <u64>rotl<u32>(word(Rn, 0), 30));
  return true;
}

/** SHA1SU1: T = V[d] EOR (V[n] >> 32); each word of T rotated left by 1, the top one also
 *  EOR word 0 of T rotated left by 2. */
export function SHA1SU1(Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const t0 = word(Rd, 0) ^ word(Rn, 1);
  const t1 = word(Rd, 1) ^ word(Rn, 2);
  const t2 = word(Rd, 2) ^ word(Rn, 3);
  const t3 = word(Rd, 3);
  writeWords(Rd, rotl<u32>(t0, 1), rotl<u32>(t1, 1), rotl<u32>(t2, 1), rotl<u32>(t3, 1) ^ rotl<u32>(t0, 2));
  return true;
}

@inline function sigma0(x: u32): u32 {
  return rotr<u32>(x, 2) ^ rotr<u32>(x, 13) ^ rotr<u32>(x, 22);
}
@inline function sigma1(x: u32): u32 {
  return rotr<u32>(x, 6) ^ rotr<u32>(x, 11) ^ rotr<u32>(x, 25);
}

/** SHA256hash: four rounds on the state halves X (a, b, c, d) and Y (e, f, g, h) with the
 *  schedule words of V[m]; part1 returns X (SHA256H), otherwise Y (SHA256H2). */
function sha256Rounds(part1: bool, xReg: u32, yReg: u32, Rm: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  let x0 = word(xReg, 0);
  let x1 = word(xReg, 1);
  let x2 = word(xReg, 2);
  let x3 = word(xReg, 3);
  let y0 = word(yReg, 0);
  let y1 = word(yReg, 1);
  let y2 = word(yReg, 2);
  let y3 = word(yReg, 3);
  for (let e: u32 = 0; e < 4; e++) {
    const t = y3 + sigma1(y0) + choose(y0, y1, y2) + word(Rm, e);
    x3 = t + x3;
    y3 = t + sigma0(x0) + majority(x0, x1, x2);
    // <Y, X> = ROL(Y:X, 32)
    const top = x3;
    x3 = x2;
    x2 = x1;
    x1 = x0;
    x0 = y3;
    y3 = y2;
    y2 = y1;
    y1 = y0;
    y0 = top;
  }
  if (part1) writeWords(Rd, x0, x1, x2, x3);
  else writeWords(Rd, y0, y1, y2, y3);
  return true;
}

/** SHA256H: V[d] = SHA256hash(V[d], V[n], V[m], TRUE). */
export function SHA256H(Rm: u32, Rn: u32, Rd: u32): bool { return sha256Rounds(true, Rd, Rn, Rm, Rd); }
/** SHA256H2: V[d] = SHA256hash(V[n], V[d], V[m], FALSE). */
export function SHA256H2(Rm: u32, Rn: u32, Rd: u32): bool { return sha256Rounds(false, Rn, Rd, Rm, Rd); }

/** sigma0 of the message schedule. */
@inline function scheduleSigma0(x: u32): u32 {
  return rotr<u32>(x, 7) ^ rotr<u32>(x, 18) ^ (x >>> 3);
}
/** sigma1 of the message schedule. */
@inline function scheduleSigma1(x: u32): u32 {
  return rotr<u32>(x, 17) ^ rotr<u32>(x, 19) ^ (x >>> 10);
}

/** SHA256SU0: word e = sigma0(word e of V[n]<31:0> : V[d]<127:32>) + word e of V[d]. */
export function SHA256SU0(Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const d0 = word(Rd, 0);
  const d1 = word(Rd, 1);
  const d2 = word(Rd, 2);
  const d3 = word(Rd, 3);
  const n0 = word(Rn, 0);
  writeWords(Rd, scheduleSigma0(d1) + d0, scheduleSigma0(d2) + d1, scheduleSigma0(d3) + d2, scheduleSigma0(n0) + d3);
  return true;
}

/** SHA256SU1: with T0 = V[m]<31:0> : V[n]<127:32>, word e = sigma1(w) + word e of V[d] +
 *  word e of T0, where w is word e + 2 of V[m] for e = 0, 1 and result word e - 2 after. */
export function SHA256SU1(Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const r0 = scheduleSigma1(word(Rm, 2)) + word(Rd, 0) + word(Rn, 1);
  const r1 = scheduleSigma1(word(Rm, 3)) + word(Rd, 1) + word(Rn, 2);
  const r2 = scheduleSigma1(r0) + word(Rd, 2) + word(Rn, 3);
  const r3 = scheduleSigma1(r1) + word(Rd, 3) + word(Rm, 0);
  writeWords(Rd, r0, r1, r2, r3);
  return true;
}

// ---- PMULL (64-bit polynomials) --------------------------------------------------------------------

/** PMULL, PMULL2 .1Q: the 128-bit carry-less product of doubleword Q of V[n] and V[m]. */
export function PMULL_1Q(Q: u32, Rm: u32, Rn: u32, Rd: u32): bool {
  if (!checkFpAccess()) return true;
  const a = Q ? readVHigh(Rn) : readVScalar(Rn, 64);
  let b = Q ? readVHigh(Rm) : readVScalar(Rm, 64);
  let lo: u64 = 0;
  let hi: u64 = 0;
  for (let i: u64 = 0; i < 64; i++) {
    if (b & 1) {
      lo ^= a << i;
      if (i) hi ^= a >>> (64 - i);
    }
    b >>>= 1;
  }
  writeVQ(Rd, lo, hi);
  return true;
}

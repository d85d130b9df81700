// The core's floating-point library (src/emulator/core/fp), compiled on its own, against the
// QEMU transcripts of the fp_* bare-metal programs: every line names the operation, FPCR,
// operands, result and FPSR (see tests/isa/src/fp_lib.inc), so each can be recomputed here
// without running the rest of the core.
import { describe, test, expect, beforeAll } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFileSync, readdirSync, mkdtempSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// FP_GOLDEN_DIR: check other transcripts (e.g. long sweeps recorded outside the suite).
const goldenDir = process.env.FP_GOLDEN_DIR ?? join(root, "tests/isa/golden");

interface Lib {
  arith(op: number, N: number, fpcr: number, a: bigint, b: bigint, c: bigint): bigint;
  convert(N: number, M: number, fpcr: number, a: bigint): bigint;
  toFixed(N: number, M: number, fbits: number, unsigned: number, rounding: number, fpcr: number, a: bigint): bigint;
  fromFixed(M: number, N: number, fbits: number, unsigned: number, fpcr: number, a: bigint): bigint;
  roundInt(N: number, rounding: number, exact: number, fpcr: number, a: bigint): bigint;
  exceptions(): number;
}

let lib: Lib;
beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), "fp-softfloat-")), "fp.wasm");
  // Compiled asynchronously: a blocking compile on a loaded machine starves vitest's worker RPC.
  await promisify(execFile)(join(root, "node_modules/.bin/asc"),
    [join(root, "src/emulator/core/fp/test-exports.ts"), "--outFile", out, "--runtime", "stub", "-O3", "--noAssert"],
    { cwd: tmpdir() }); // (cwd: not the project's asconfig.json)
  lib = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(out)), { env: { abort: () => { throw new Error("abort"); } } }).exports as unknown as Lib;
}, 120_000);

const WIDTH: Record<string, number> = { h: 16, s: 32, d: 64, w: 32, x: 64 };
const ARITH: Record<string, number> = {
  fadd: 0, fsub: 1, fmul: 2, fdiv: 3, fnmul: 4, fmax: 5, fmin: 6, fmaxnm: 7, fminnm: 8, fsqrt: 9,
  fmadd: 10, fmsub: 11, fnmadd: 12, fnmsub: 13, fcmp: 14, fcmpe: 15,
};
const ROUNDING: Record<string, number> = { n: 0, p: 1, m: 2, z: 3, a: 4 };

/** Recompute one transcript line's result, or undefined when the operation is not a pure
 *  library call (moves, selects, loads...). Names: "<op>.<kinds>[.<fbits>]". */
function compute(name: string, fpcr: number, ops: bigint[]): bigint | undefined {
  const [op, kinds, extra] = name.split(".");
  const [a, b = 0n, c = 0n] = ops;
  if (op in ARITH) return lib.arith(ARITH[op], WIDTH[kinds], fpcr, a, b, c);
  if (op === "fmaddx") {
    // fnmul x3, x1, x2 then fmadd x0, x1, x2, x3 (fp_fma.S), exceptions of both
    const product = lib.arith(ARITH.fnmul, WIDTH[kinds], fpcr, a, b, 0n);
    return lib.arith(ARITH.fmadd, WIDTH[kinds], fpcr, a, b, product);
  }
  if (op === "fcmpz" || op === "fcmpez") return lib.arith(ARITH[op.slice(0, -1)], WIDTH[kinds], fpcr, a, 0n, 0n);
  if (op === "fcvt") return lib.convert(WIDTH[kinds[1]], WIDTH[kinds[0]], fpcr, a); // fcvt.<dst><src>
  let m = /^fcvt([npmza])([su])$/.exec(op);
  if (m) return lib.toFixed(WIDTH[kinds[1]], WIDTH[kinds[0]], extra ? Number(extra) : 0, m[2] === "u" ? 1 : 0, ROUNDING[m[1]], fpcr, a);
  m = /^([su])cvtf$/.exec(op);
  if (m) return lib.fromFixed(WIDTH[kinds[1]], WIDTH[kinds[0]], extra ? Number(extra) : 0, m[1] === "u" ? 1 : 0, fpcr, a);
  m = /^frint([npmzaxi])$/.exec(op);
  if (m) {
    const r = m[1] === "x" || m[1] === "i" ? 5 : ROUNDING[m[1]];
    return lib.roundInt(WIDTH[kinds], r, m[1] === "x" ? 1 : 0, fpcr, a);
  }
  return undefined;
}

// ---- Sweeps: the operand generator and hash of fp_sweep in tests/isa/src/fp_lib.inc ----------

const MASK64 = (1n << 64n) - 1n;
const HASH_MUL = 0x9e3779b97f4a7c15n;
/** (base, mask) of the biased exponent per class (r1<58:56>), as _fp_exp_<kind>. */
const EXPONENT_CLASSES: Record<string, [bigint, bigint][]> = {
  d: [[1015n, 15n], [1015n, 15n], [1015n, 15n], [1015n, 15n], [0n, 3n], [2044n, 3n], [496n, 31n], [0n, 2047n]],
  s: [[119n, 15n], [119n, 15n], [119n, 15n], [119n, 15n], [0n, 3n], [252n, 3n], [48n, 31n], [0n, 255n]],
};
const FORMAT_BITS: Record<string, [bigint, bigint]> = { d: [52n, 11n], s: [23n, 8n] };

class SweepRandom {
  constructor(private state: bigint) {}
  next(): bigint {
    let x = this.state;
    x ^= x >> 12n;
    x ^= (x << 25n) & MASK64;
    x ^= x >> 27n;
    this.state = x;
    return (x * 0x2545f4914f6cdd1dn) & MASK64;
  }
  operand(kind: string): bigint {
    const r1 = this.next();
    if (kind === "w" || kind === "x") return r1;
    const r2 = this.next();
    const [fbits, ebits] = FORMAT_BITS[kind];
    const [base, mask] = EXPONENT_CLASSES[kind][Number((r1 >> 56n) & 7n)];
    const exponent = base + ((r1 >> 40n) & mask);
    const cleared = (r1 >> 32n) & 63n;
    const fraction = cleared >= fbits ? 0n : r2 & ~((1n << cleared) - 1n) & ((1n << fbits) - 1n);
    return ((r1 >> 63n) << (fbits + ebits)) | (exponent << fbits) | fraction;
  }
}

/** Recompute a sweep line: hash and OR of FPSRs, or undefined if not a library operation. */
function sweep(name: string, fpcr: number, count: number, seed: bigint): string | undefined {
  const kinds = name.split(".")[1];
  const src = kinds[kinds.length - 1];
  const rng = new SweepRandom(seed);
  let hash = 0n;
  let fpsrs = 0;
  for (let i = 0; i < count; i++) {
    const ops = [rng.operand(src), rng.operand(src), rng.operand(src)];
    lib.exceptions();
    const result = compute(name, fpcr, ops);
    if (result === undefined) return undefined;
    const fpsr = lib.exceptions();
    fpsrs |= fpsr;
    hash = ((hash ^ result) * HASH_MUL) & MASK64;
    hash = ((hash ^ BigInt(fpsr)) * HASH_MUL) & MASK64;
  }
  return `${hash.toString(16).padStart(16, "0")} ${fpsrs.toString(16).padStart(8, "0")}`;
}

const files = readdirSync(goldenDir).filter((f) => /^fp_.*\.txt$/.test(f)).sort();
describe("floating-point library matches QEMU transcripts", () => {
  for (const file of files) {
    test(file, () => {
      const failures: string[] = [];
      let checked = 0;
      let lines = 0;
      for (const line of readFileSync(join(goldenDir, file), "latin1").split("\n")) {
        const m = /^(\S+) ([0-9a-f]{8}) ((?:[0-9a-f]+ )+)= ([0-9a-f]+) ([0-9a-f]{8})$/.exec(line);
        if (!m) continue;
        lines++;
        const fpcr = parseInt(m[2], 16);
        const ops = m[3].trim().split(" ").map((x) => BigInt("0x" + x));
        if (m[1].endsWith("/sweep")) {
          const got = sweep(m[1].slice(0, -6), fpcr, Number(ops[0]), ops[1]);
          if (got === undefined) continue;
          checked += Number(ops[0]);
          if (got !== `${m[4]} ${m[5]}`) failures.push(`${line}\n    ours: ${got}`);
          continue;
        }
        lib.exceptions();
        const result = compute(m[1], fpcr, ops);
        if (result === undefined) continue;
        const fpsr = lib.exceptions();
        checked++;
        const digits = m[4].length;
        const got = `${(result & ((1n << BigInt(digits * 4)) - 1n)).toString(16).padStart(digits, "0")} ${fpsr.toString(16).padStart(8, "0")}`;
        if (got !== `${m[4]} ${m[5]}`) failures.push(`${line}\n    ours: ${got}`);
      }
      console.log(`${file}: ${checked} operations checked`);
      if (failures.length) console.log(`${file}: ${failures.length} of ${checked} differ\n${failures.slice(0, 30).join("\n")}`);
      expect(failures.length).toBe(0);
      // Programs without fp_lib.inc result lines (fp_ldst) have nothing to check here.
      if (lines > 0) expect(checked).toBeGreaterThan(0);
    });
  }
});

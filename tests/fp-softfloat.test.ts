// The core's floating-point library (src/emulator/core/fp), compiled on its own, against the
// QEMU transcripts of the fp_* bare-metal programs: every line names the operation, FPCR,
// operands, result and FPSR (see tests/isa/src/fp_lib.inc), so each can be recomputed here
// without running the rest of the core.
import { describe, test, expect, beforeAll } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, mkdtempSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const goldenDir = join(root, "tests/isa/golden");

interface Lib {
  arith(op: number, N: number, fpcr: number, a: bigint, b: bigint, c: bigint): bigint;
  convert(N: number, M: number, fpcr: number, a: bigint): bigint;
  toFixed(N: number, M: number, fbits: number, unsigned: number, rounding: number, fpcr: number, a: bigint): bigint;
  fromFixed(M: number, N: number, fbits: number, unsigned: number, fpcr: number, a: bigint): bigint;
  roundInt(N: number, rounding: number, exact: number, fpcr: number, a: bigint): bigint;
  exceptions(): number;
}

let lib: Lib;
beforeAll(() => {
  const out = join(mkdtempSync(join(tmpdir(), "fp-softfloat-")), "fp.wasm");
  execFileSync(join(root, "node_modules/.bin/asc"),
    [join(root, "tests/fp/softfloat-entry.ts"), "--outFile", out, "--runtime", "stub", "-O3", "--noAssert"],
    { stdio: "inherit", cwd: join(root, "tests/fp") });
  lib = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(out)), { env: { abort: () => { throw new Error("abort"); } } }).exports as unknown as Lib;
}, 60_000);

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

const files = readdirSync(goldenDir).filter((f) => /^fp_.*\.txt$/.test(f)).sort();
describe("floating-point library matches QEMU transcripts", () => {
  for (const file of files) {
    test(file, () => {
      const failures: string[] = [];
      let checked = 0;
      for (const line of readFileSync(join(goldenDir, file), "latin1").split("\n")) {
        const m = /^(\S+) ([0-9a-f]{8}) ((?:[0-9a-f]+ )+)= ([0-9a-f]+) ([0-9a-f]{8})$/.exec(line);
        if (!m) continue;
        const fpcr = parseInt(m[2], 16);
        const ops = m[3].trim().split(" ").map((x) => BigInt("0x" + x));
        lib.exceptions();
        const result = compute(m[1], fpcr, ops);
        if (result === undefined) continue;
        const fpsr = lib.exceptions();
        checked++;
        const digits = m[4].length;
        const got = `${(result & ((1n << BigInt(digits * 4)) - 1n)).toString(16).padStart(digits, "0")} ${fpsr.toString(16).padStart(8, "0")}`;
        if (got !== `${m[4]} ${m[5]}`) failures.push(`${line}\n    ours: ${got}`);
      }
      console.log(`${file}: ${checked} lines checked`);
      if (failures.length) console.log(`${file}: ${failures.length} of ${checked} differ\n${failures.slice(0, 30).join("\n")}`);
      expect(failures.length).toBe(0);
      expect(checked).toBeGreaterThan(0);
    });
  }
});

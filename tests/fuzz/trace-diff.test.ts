// trace:diff end to end: QEMU's single-step log and our core agree, instruction by instruction,
// on a program that takes many exceptions.
import { test, expect } from "vitest";
import { spawnSync, execFile } from "node:child_process";
import { promisify } from "node:util";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const haveQemu = spawnSync("qemu-system-aarch64", ["--version"]).status === 0;

async function traceDiff(...args: string[]) {
  try {
    const r = await promisify(execFile)(process.execPath, ["--import", "tsx", join(ROOT, "scripts/trace-diff.ts"), ...args], {
      cwd: ROOT, encoding: "utf8", timeout: 180_000,
    });
    return { stdout: r.stdout, status: 0 };
  } catch (e) {
    const err = e as { stdout?: string; code?: number };
    return { stdout: err.stdout ?? "", status: err.code ?? 1 };
  }
}

test.skipIf(!haveQemu)("QEMU and our core agree instruction by instruction on the exceptions program", async () => {
  const r = await traceDiff(join(ROOT, "tests/isa/bin/exceptions.elf"), "--max", "50000");
  expect(r.stdout).toMatch(/traces agree for 50000 instructions/);
  expect(r.status).toBe(0);
});

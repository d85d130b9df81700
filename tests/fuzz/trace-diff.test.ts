// trace:diff end to end: QEMU's single-step log and our core agree, instruction by instruction,
// on a program that takes many exceptions.
import { test, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const haveQemu = spawnSync("qemu-system-aarch64", ["--version"]).status === 0;

function traceDiff(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/trace-diff.ts"), ...args], {
    cwd: ROOT, encoding: "utf8", timeout: 180_000,
  });
}

test.skipIf(!haveQemu)("QEMU and our core agree instruction by instruction on the exceptions program", () => {
  const r = traceDiff(join(ROOT, "tests/isa/bin/exceptions.elf"), "--max", "50000");
  expect(r.stdout).toMatch(/traces agree for 50000 instructions/);
  expect(r.status).toBe(0);
});

// Small differential fuzz runs against QEMU, so that `npm test` exercises the fuzzer and the
// instructions of both classes it draws (integer and load/store; SIMD&FP). The big runs are
// manual (tests/fuzz/README.md).
import { describe, test, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { runFuzz, formatSummary, type FuzzOptions } from "./fuzzer";
import { QEMU } from "./runners";

function haveQemu(): boolean {
  try {
    execFileSync(QEMU, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const qemu = haveQemu();
if (!qemu) console.warn(`fuzz-smoke: ${QEMU} is not installed; skipping the QEMU differential fuzz test`);

/** Run `count` cases of one class as a single batch with a fixed seed; expect no mismatch. */
async function smoke(cls: FuzzOptions["cls"], count: number, seed: number): Promise<void> {
  const options: FuzzOptions = { count, seed, cls, batchSize: count, cpu: "cortex-a57", keep: false, direct: false, log: () => {} };
  const summary = await runFuzz(options);
  const text = formatSummary(summary, options, 5);
  expect(summary.batchFailures, text).toEqual([]);
  expect(summary.mismatches.length, text).toBe(0);
  expect(summary.compared).toBe(count);
}

describe.skipIf(!qemu)("differential fuzzing against QEMU", () => {
  test("2000 integer cases match", () => smoke("int", 2000, 20240601));
  test("2000 SIMD&FP cases match", () => smoke("fp", 2000, 20240602));
});

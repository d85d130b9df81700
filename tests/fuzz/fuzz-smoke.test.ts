// A small differential fuzz run against QEMU, so that `npm test` exercises the fuzzer and the
// integer instructions it draws. The big runs are manual (tests/fuzz/README.md).
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

describe.skipIf(!qemu)("differential fuzzing against QEMU", () => {
  test("2000 integer cases match", async () => {
    const options: FuzzOptions = { count: 2000, seed: 20240601, cls: "int", batchSize: 2000, cpu: "cortex-a57", keep: false, direct: false, log: () => {} };
    const summary = await runFuzz(options);
    const text = formatSummary(summary, options, 5);
    expect(summary.batchFailures, text).toEqual([]);
    expect(summary.mismatches.length, text).toBe(0);
    expect(summary.compared).toBe(2000);
  });
});

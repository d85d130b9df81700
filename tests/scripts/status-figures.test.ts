// The bench:web parser reads back what the status line writes.
import { describe, expect, test } from "vitest";
import { instructionsIn, mipsIn } from "../../scripts/status-figures";
import { describeStatus } from "../../src/ui/status";

describe("status figures", () => {
  test.each([
    [2032, 2032],
    [70_249_000, 70.2e6],
    [1_254_000_000, 1.25e9],
  ])("instruction count %d reads back as %d", (instructions, shown) => {
    expect(instructionsIn(describeStatus({ phase: "idle", instructions }))).toBe(shown);
    expect(instructionsIn(describeStatus({ phase: "running", mips: 97.73, instructions }))).toBe(shown);
  });

  test("MIPS reads back as shown", () => {
    expect(mipsIn(describeStatus({ phase: "booting", mips: 97.73, instructions: 5e6 }))).toBe(97.7);
    expect(mipsIn(describeStatus({ phase: "running", mips: 3.456 }))).toBe(3.46);
  });

  test("texts without the figure give nothing", () => {
    expect(instructionsIn(describeStatus({ phase: "loading", detail: "Image.gz", progress: { loaded: 1, total: 2 } }))).toBeUndefined();
    expect(mipsIn(describeStatus({ phase: "idle", mips: 50, instructions: 1e6 }))).toBeUndefined();
  });
});

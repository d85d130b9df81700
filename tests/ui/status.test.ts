import { expect, test } from "vitest";
import { describeStatus } from "../../src/ui/status";

test("the status line in words", () => {
  expect(describeStatus({ phase: "loading", detail: "Image.gz", progress: { loaded: 1024 * 1024, total: 4 * 1024 * 1024 } })).toBe("Loading · Image.gz · 25% of 4.0 MiB");
  expect(describeStatus({ phase: "running", mips: 97.73, sinceBoot: 1.234, instructions: 70_200_000 })).toBe("Running · 97.7 MIPS · 1.2 s since boot · 70.2 M instructions");
  expect(describeStatus({ phase: "idle", mips: 0.01, sinceBoot: 12, instructions: 70_300_000 })).toBe("Idle · the guest waits for input or its timer · 12.0 s since boot · 70.3 M instructions");
  expect(describeStatus({ phase: "paused", instructions: 2032 })).toBe("Paused · 2,032 instructions");
  expect(describeStatus({ phase: "off", detail: "The guest powered off.", instructions: 1.25e9 })).toBe("Powered off · The guest powered off. · 1.25 G instructions");
});

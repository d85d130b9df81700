// The shared matching rule (isa/table/match.ts) and the generated decoder in the core agree.
import { test, expect } from "vitest";
import { A64_ENCODINGS } from "../../src/emulator/core/isa/table/index";
import { CoreInstance } from "../../src/emulator/core-host";
import { loadCoreModule } from "../../src/cli/core-module";
import { matcher, randomWordOf } from "./encodings";
import { Rng } from "./rng";

test("decode() of the core picks the entry EncodingMatcher picks", async () => {
  const bus = { read: () => undefined, write: () => false };
  const core = await CoreInstance.create(await loadCoreModule(), 16 << 20, bus, { nowNs: () => 0 });
  const rng = new Rng(42);
  const words: number[] = [];
  for (let i = 0; i < 20000; i++) words.push(rng.u32());
  for (const e of A64_ENCODINGS) for (let i = 0; i < 50; i++) words.push(randomWordOf(e, rng));
  const wrong = words
    .map((w) => ({ w, ours: core.exports.decode(w) >>> 0, expected: matcher.find(w)?.id ?? 0 }))
    .filter((r) => r.ours !== r.expected)
    .slice(0, 10)
    .map((r) => `${r.w.toString(16).padStart(8, "0")}: decode ${r.ours}, matcher ${r.expected}`);
  expect(wrong).toEqual([]);
});

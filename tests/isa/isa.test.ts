// Every bare-metal program in tests/isa/bin runs on our core and must print exactly what
// QEMU printed (tests/isa/golden, recorded by record-golden.sh).
import { describe, test, expect } from "vitest";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { runElf, recordedMachine } from "../support/run-elf";

const dir = dirname(fileURLToPath(import.meta.url));
const goldenDir = join(dir, "golden");
const names = existsSync(goldenDir)
  ? readdirSync(goldenDir).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort()
  : [];

describe("bare-metal programs match QEMU's transcripts", () => {
  test("golden transcripts exist", () => expect(names.length).toBeGreaterThan(0));
  for (const name of names) {
    test(name, async () => {
      const machine = recordedMachine(join(dir, "src", `${name}.S`));
      const run = await runElf(join(dir, "bin", `${name}.elf`), machine);
      expect(run.output).toBe(readFileSync(join(goldenDir, `${name}.txt`), "latin1"));
      expect(run.stop).toBe("poweroff");
    });
  }
});

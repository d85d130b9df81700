// Quick check of bare-metal programs against their QEMU transcripts, for development:
//   npx tsx scripts/isa-check.ts [name ...]
// prints PASS/FAIL per program and, for failures, the first differing line with context.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runElf, recordedMachine } from "../tests/support/run-elf.ts";

// ISA_DIR lets a work tree check against the suite being written elsewhere.
const dir = process.env.ISA_DIR ?? "tests/isa";
const all = readdirSync(join(dir, "golden")).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
const names = process.argv.length > 2 ? process.argv.slice(2) : all;
let failed = 0;
for (const name of names) {
  const golden = readFileSync(join(dir, "golden", `${name}.txt`), "latin1");
  const run = await runElf(join(dir, "bin", `${name}.elf`), recordedMachine(join(dir, "src", `${name}.S`)), 50_000_000);
  if (run.output === golden && run.stop === "poweroff") {
    console.log(`PASS ${name} (${run.instructions} instructions)`);
    continue;
  }
  failed++;
  const a = run.output.split("\n");
  const b = golden.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  console.log(`FAIL ${name}: stop=${run.stop}, first difference at line ${i + 1}`);
  for (let k = Math.max(0, i - 2); k < i; k++) console.log(`       ${b[k]}`);
  console.log(`  qemu: ${b[i] ?? "<end>"}`);
  console.log(`  ours: ${a[i] ?? "<end>"}`);
}
process.exit(failed ? 1 : 0);

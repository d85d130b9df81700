// Records golden/<case>.txt: QEMU 7.2's serial output for each case in cases.json
// (qemu-system-aarch64 -M <machine, default virt> -cpu cortex-a57 -m <memory, default 512> -nographic
// -monitor none -serial stdio <args>, run from bin/). Usage: npx tsx tests/boot/record-golden.ts [case...]
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BOOT_CASES, qemuArgs } from "./cases";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
for (const c of BOOT_CASES) {
  if (only.length && !only.includes(c.name)) continue;
  const r = spawnSync("qemu-system-aarch64", qemuArgs(c), { cwd: join(dir, "bin"), encoding: "latin1", timeout: 20_000, input: "" });
  if (r.status !== 0 || !r.stdout.endsWith("END\n")) {
    console.error(`${c.name}: QEMU failed (status ${r.status}): ${r.stderr}`);
    process.exit(1);
  }
  writeFileSync(join(dir, "golden", `${c.name}.txt`), r.stdout, "latin1");
  console.log(`recorded golden/${c.name}.txt`);
}

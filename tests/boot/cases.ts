// The boot cases of cases.json, shared by record-golden.ts and boot-golden.test.ts.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL(".", import.meta.url));

export interface BootCase {
  name: string;
  about: string;
  /** -M value (default virt). */
  machine?: string;
  memory?: string;
  args: string[];
}

export const BOOT_CASES: BootCase[] = JSON.parse(readFileSync(join(DIR, "cases.json"), "utf8"));

/** The QEMU command line (minus the program name) a case was recorded with. */
export function qemuArgs(c: BootCase): string[] {
  return ["-M", c.machine ?? "virt", "-cpu", "cortex-a57", "-m", c.memory ?? "512", "-nographic", "-monitor", "none", "-serial", "stdio", ...c.args];
}

// Debian's static BusyBox in the demo guest: sort, md5sum, sha*sum, gzip -9/gunzip and awk with
// floating-point arithmetic print exactly what they print under QEMU (golden.txt).
import { test, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runUserland } from "./userland";

test("BusyBox userland output is identical to QEMU's", async () => {
  const golden = readFileSync(join(__dirname, "golden.txt"), "latin1");
  expect(await runUserland()).toBe(golden);
});

// --demo boots the demo guest (public/images/, built by `npm run build:images`) through the
// Linux Image + initrd path up to the kernel starting /init. Skipped when the images are absent.
import { describe, test, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const BIN = join(__dirname, "../../bin/arm64-playground.mjs");
const haveImages = existsSync(join(__dirname, "../../public/images/manifest.json"));

describe("demo guest", () => {
  test.skipIf(!haveImages)("boots to /init with --demo", () => {
    const r = spawnSync(process.execPath, [BIN, "--demo", "-nographic", "--expect", "Run /init as init process", "--timeout", "100"], {
      encoding: "latin1", timeout: 110_000, input: "",
    });
    expect(r.stdout).toContain("Machine model: linux,dummy-virt");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

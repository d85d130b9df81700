// --demo reads public/images/manifest.json; here against temporary folders.
import { describe, test, expect } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyDemo } from "../../src/cli/demo";
import { defaultBootConfig } from "../../src/emulator/boot-config";

function folder(manifest?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "demo-"));
  if (manifest !== undefined) writeFileSync(join(dir, "manifest.json"), manifest);
  return dir;
}

describe("--demo", () => {
  test("fills kernel, initrd and command line from the manifest", () => {
    const dir = folder(JSON.stringify({ kernel: "Image.gz", initrd: "initramfs.cpio.gz", append: "console=ttyAMA0" }));
    const config = defaultBootConfig();
    applyDemo(config, dir);
    expect([config.kernel, config.initrd, config.append]).toEqual([join(dir, "Image.gz"), join(dir, "initramfs.cpio.gz"), "console=ttyAMA0"]);
  });

  test.each([
    [undefined, "the demo guest is missing (no "],
    ["{", "manifest.json is not valid JSON"],
    [JSON.stringify({ initrd: "x" }), 'manifest.json must hold {"kernel": FILE, "initrd": FILE, "append": TEXT}'],
  ])("manifest %j is an error", (manifest, message) => {
    expect(() => applyDemo(defaultBootConfig(), folder(manifest))).toThrow(message);
  });
});

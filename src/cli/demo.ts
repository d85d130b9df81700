// --demo: the demo guest's kernel, initrd and command line, from public/images/manifest.json
// ({ "kernel": FILE, "initrd": FILE, "append": TEXT }; file names relative to that folder).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { LoadError } from "../emulator/loaders/load-error";
import type { BootConfig } from "../emulator/boot-config";

export const DEMO_IMAGES_DIR = fileURLToPath(new URL("../../public/images/", import.meta.url));

interface DemoManifest {
  kernel: string;
  initrd?: string;
  append?: string;
}

function readManifest(dir: string): DemoManifest {
  const path = join(dir, "manifest.json");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new LoadError(`--demo: the demo guest is missing (no ${path}); build the demo images first`);
  }
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    throw new LoadError(`--demo: ${path} is not valid JSON`);
  }
  const o = m as Record<string, unknown>;
  const isText = (v: unknown, optional: boolean): boolean => (optional && v === undefined) || (typeof v === "string" && v !== "");
  if (typeof m !== "object" || m === null || !isText(o.kernel, false) || !isText(o.initrd, true) || !(o.append === undefined || typeof o.append === "string")) {
    throw new LoadError(`--demo: ${path} must hold {"kernel": FILE, "initrd": FILE, "append": TEXT}`);
  }
  return o as unknown as DemoManifest;
}

/** Fill the config's kernel, initrd and command line from the demo manifest in `dir`. */
export function applyDemo(config: BootConfig, dir = DEMO_IMAGES_DIR): void {
  const m = readManifest(dir);
  config.kernel = join(dir, m.kernel);
  if (m.initrd !== undefined) config.initrd = join(dir, m.initrd);
  config.append = m.append ?? "";
}

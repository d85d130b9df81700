// The images the site serves in images/: the demo Linux guest that images/manifest.json
// describes (kernel, initramfs, command line) and the bare-metal hello.elf. Built-in files
// are known by their file name, which is also how configurations and share links name them.
import { defaultBootConfig, type BootConfig } from "../emulator/boot-config";
import { fetchBytes, FetchError, type Progress } from "./fetch-bytes";
import type { FileRole } from "./file-kinds";

export interface DemoManifest {
  kernel: string;
  initrd?: string;
  append?: string;
}

/** The bare-metal demo, for a site without the Linux guest. */
export const HELLO_ELF = "hello.elf";
export const DEFAULT_MEMORY_BYTES = 256 * 2 ** 20;

/** Built-in file names are plain file names; anything else is not one. */
export function isBuiltinName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(name);
}

export function builtinUrl(name: string): URL {
  return new URL(`images/${encodeURIComponent(name)}`, document.baseURI);
}

export async function readManifest(): Promise<DemoManifest | undefined> {
  let response: Response;
  try {
    response = await fetch(builtinUrl("manifest.json"));
  } catch {
    return undefined;
  }
  if (!response.ok || !response.headers.get("Content-Type")?.includes("json")) return undefined;
  const manifest: unknown = await response.json().catch(() => undefined);
  if (typeof manifest !== "object" || manifest === null) return undefined;
  const { kernel, initrd, append } = manifest as Record<string, unknown>;
  if (typeof kernel !== "string" || !isBuiltinName(kernel)) return undefined;
  return {
    kernel,
    initrd: typeof initrd === "string" && isBuiltinName(initrd) ? initrd : undefined,
    append: typeof append === "string" ? append : undefined,
  };
}

/** What the page boots when nothing else is asked for: the demo Linux guest (with an entropy
 *  device, which it needs for a quick boot), or hello.elf when the site has no manifest. */
export function demoConfig(manifest: DemoManifest | undefined): BootConfig {
  const config = defaultBootConfig();
  config.memoryBytes = DEFAULT_MEMORY_BYTES;
  if (!manifest) {
    config.kernel = HELLO_ELF;
    return config;
  }
  config.kernel = manifest.kernel;
  if (manifest.initrd !== undefined) config.initrd = manifest.initrd;
  config.append = manifest.append ?? "";
  config.devices = [{ type: "virtio-rng-device" }];
  return config;
}

/** Built-in files already fetched in this page. */
const fetched = new Map<string, Promise<ArrayBuffer>>();

/** The built-in files and what each is for: the manifest's kernel and initramfs, and
 *  hello.elf (a kernel) which every build has. */
export function builtinRoles(manifest: DemoManifest | undefined): Record<string, FileRole> {
  const roles: Record<string, FileRole> = {};
  if (manifest) {
    roles[manifest.kernel] = "kernel";
    if (manifest.initrd !== undefined) roles[manifest.initrd] = "initrd";
  }
  roles[HELLO_ELF] = "kernel";
  return roles;
}

/** A built-in file's bytes (fetched once per page). */
export function fetchBuiltin(name: string, onProgress: Progress): Promise<ArrayBuffer> {
  if (!isBuiltinName(name)) return Promise.reject(new FetchError(`'${name}' is not a built-in image name`));
  let bytes = fetched.get(name);
  if (!bytes) {
    bytes = fetchBytes(builtinUrl(name), onProgress);
    fetched.set(name, bytes);
    bytes.catch(() => fetched.delete(name));
  }
  return bytes;
}

// The configuration the user last booted and their preferences, kept in localStorage so a
// reload boots the same thing. What is read back is validated like any outside input.
import { validateBootConfig, type BootConfig } from "../emulator/boot-config";

const CONFIG_KEY = "arm64-playground:config";
const LINKED_KEY = "arm64-playground:linked";
const AUTO_BOOT_KEY = "arm64-playground:boot-on-drop";

export function loadSavedConfig(): BootConfig | undefined {
  const text = localStorage.getItem(CONFIG_KEY);
  if (text === null) return undefined;
  try {
    return validateBootConfig(JSON.parse(text));
  } catch {
    localStorage.removeItem(CONFIG_KEY);
    return undefined;
  }
}

export function saveConfig(config: BootConfig): void {
  localStorage.setItem(CONFIG_KEY, JSON.stringify(config));
}

/** Where files that are not the user's own come from (built-in image ids and https URLs a
 *  share link named), by file name. */
export type SavedLinked = Record<string, { kind: "builtin"; id: string } | { kind: "url"; url: string }>;

export function loadSavedLinked(): SavedLinked {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(LINKED_KEY) ?? "{}");
    const linked: SavedLinked = {};
    if (typeof value !== "object" || value === null) return linked;
    for (const [name, source] of Object.entries(value as Record<string, unknown>)) {
      const s = source as Record<string, unknown> | null;
      if (s?.kind === "builtin" && typeof s.id === "string") linked[name] = { kind: "builtin", id: s.id };
      else if (s?.kind === "url" && typeof s.url === "string" && s.url.startsWith("https://")) linked[name] = { kind: "url", url: s.url };
    }
    return linked;
  } catch {
    return {};
  }
}

export function saveLinked(linked: SavedLinked): void {
  localStorage.setItem(LINKED_KEY, JSON.stringify(linked));
}

/** Whether dropping a bootable file boots at once (off: one drop, then one click). */
export function loadAutoBoot(): boolean {
  return localStorage.getItem(AUTO_BOOT_KEY) === "1";
}

export function saveAutoBoot(on: boolean): void {
  localStorage.setItem(AUTO_BOOT_KEY, on ? "1" : "0");
}

// The configuration the user last booted and their preferences, kept in localStorage so a
// reload boots the same thing. What is read back is validated like any outside input.
import { validateBootConfig, type BootConfig } from "../emulator/boot-config";

const CONFIG_KEY = "arm64-playground:config";
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

export function forgetConfig(): void {
  localStorage.removeItem(CONFIG_KEY);
}

/** Whether dropping a bootable file boots at once (off: one drop, then one click). */
export function loadAutoBoot(): boolean {
  return localStorage.getItem(AUTO_BOOT_KEY) === "1";
}

export function saveAutoBoot(on: boolean): void {
  localStorage.setItem(AUTO_BOOT_KEY, on ? "1" : "0");
}

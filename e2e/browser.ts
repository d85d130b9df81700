// Headless Chromium for the e2e tests: Debian's /usr/bin/chromium when installed, else the
// browser Playwright downloads (`npx playwright-core install chromium`).
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchBrowser(): Promise<Browser> {
  const executablePath = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}

/** The console's text as the screen reader sees it (xterm's accessibility tree). */
export function consoleText(page: Page): Promise<string> {
  return page.locator(".xterm-accessibility-tree").innerText();
}

/** Wait until the console shows `text`. */
export async function waitForConsole(page: Page, text: string, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(
    (t) => document.querySelector(".xterm-accessibility-tree")?.textContent?.includes(t) ?? false,
    text,
    { timeout: timeoutMs, polling: 50 },
  );
}

/** The demo Linux guest's BusyBox shell prompt. */
export const PROMPT = "playground:~# ";
/** Booting Linux in a headless browser on a shared machine takes longer than hello.elf. */
export const LINUX_BOOT_MS = 50_000;

export const BANNER = "Hello from arm64-playground!";

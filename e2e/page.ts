// Driving the playground page in e2e tests: one browser per test file, a fresh profile per
// page, the status line, typing into the console, dropping files.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser";

/** A fresh browser profile (no service worker yet) with the page open at `url`. Every text
 *  the status line shows is kept in the page's `statusLog`. */
export async function openPage(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(() => {
    const log: string[] = ((window as unknown as { statusLog: string[] }).statusLog = []);
    new MutationObserver(() => {
      const text = document.querySelector(".status")?.textContent ?? "";
      if (text && log[log.length - 1] !== text) log.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, errors };
}

export async function phase(page: Page): Promise<string | null> {
  return page.locator(".status").getAttribute("data-phase");
}

export async function waitForPhase(page: Page, ...phases: string[]): Promise<void> {
  await page.waitForFunction(
    (wanted) => wanted.includes(document.querySelector(".status")?.getAttribute("data-phase") ?? ""),
    phases,
    { timeout: 10_000, polling: 50 },
  );
}

export async function type(page: Page, text: string): Promise<void> {
  await page.locator(".xterm-helper-textarea").focus();
  await page.keyboard.type(text);
}

/** Drop files on the page as a drag from the desktop would. */
export async function dropFiles(page: Page, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, bytes: Array.from(f.bytes) }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return dt;
  }, payload);
  await page.dispatchEvent(".app", "dragenter", { dataTransfer });
  await page.dispatchEvent(".app", "drop", { dataTransfer });
}


export function statusLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog);
}

/** One browser for a test file: launched before its tests, closed after them. */
export function browserForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

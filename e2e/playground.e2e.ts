// The playground in headless Chromium, from a static server without headers (cross-origin
// isolation by the service worker) and from Vite's preview server (isolation by headers).
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { BANNER, consoleText, waitForConsole, LINUX_BOOT_MS, PROMPT } from "./browser";
import { browserForFile, dropFiles, openPage, phase, statusLog, type, waitForPhase } from "./page";
import { serveStatic } from "./static-server";

const HELLO = "?kernel=images/hello.elf";

const browser = browserForFile();

/** The first 64 bytes of an x86-64 ELF executable. */
function x86Elf(): Uint8Array {
  const h = new Uint8Array(64);
  h.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
  h[16] = 2; // ET_EXEC
  h[18] = 62; // EM_X86_64
  return h;
}


describe("the demo Linux guest boots on open (static host, service worker isolation)", () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ context, page, errors } = await openPage(browser(), inject("staticUrl")));
  });
  afterAll(async () => {
    await context?.close();
  });

  test("the console reaches the BusyBox prompt without a click; the status line shows loading, booting, running", async () => {
    await waitForConsole(page, PROMPT, LINUX_BOOT_MS);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const log = await statusLog(page);
    expect(log.find((t) => t.startsWith("Loading · Image.gz · ") && t.endsWith("% of 2.4 MiB"))).toBeDefined();
    expect(log.find((t) => t.startsWith("Loading · initramfs.cpio.gz · "))).toBeDefined();
    expect(log.find((t) => t.startsWith("Booting · Image.gz"))).toBeDefined();
    expect(log.find((t) => /^(Running|Idle) · /.test(t))).toBeDefined();
    expect(log.find((t) => /^Running · [\d.]+ MIPS · /.test(t))).toBeDefined();
    expect(errors).toEqual([]);
  }, LINUX_BOOT_MS + 10_000);

  test("the user types into the shell: uname -m answers aarch64", async () => {
    await waitForConsole(page, PROMPT, LINUX_BOOT_MS);
    await type(page, "uname -m");
    await page.keyboard.press("Enter");
    // The answer on the line after the command (the boot log may name the architecture too).
    await page.waitForFunction(
      () => /uname -m\s*aarch64\s*playground:~#/.test(document.querySelector(".xterm-accessibility-tree")?.textContent ?? ""),
      undefined,
      { timeout: 10_000, polling: 50 },
    );
  });
});

describe("static host without headers (service worker isolation)", () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ context, page, errors } = await openPage(browser(), inject("staticUrl") + HELLO));
  });
  afterAll(async () => {
    await context?.close();
  });

  test("the page opens, isolates itself through its service worker, and boots the kernel named in its address", async () => {
    await waitForConsole(page, BANNER);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await consoleText(page)).toContain("This is hello.elf");
    await waitForPhase(page, "idle", "running");
    expect(errors).toEqual([]);
  });

  test("typing reaches the guest, which echoes it", async () => {
    await waitForConsole(page, BANNER);
    await type(page, "echo me");
    await page.keyboard.press("Enter");
    await waitForConsole(page, "> echo me");
  });

  test("a dropped non-AArch64 ELF is refused with the loader's message and boots nothing", async () => {
    await waitForConsole(page, BANNER);
    await dropFiles(page, [{ name: "x86.elf", bytes: x86Elf() }]);
    const error = page.locator(".file-entry .file-error");
    await error.waitFor();
    expect(await error.innerText()).toBe("x86.elf: ELF for x86-64, not AArch64");
    expect(await page.locator(".file-entry .file-name").innerText()).toBe("x86.elf");
    expect(await page.locator(".file-entry").getAttribute("data-kind")).toBe("elf");
    expect(await phase(page)).not.toBe("error");
    expect(await consoleText(page)).not.toContain("booting x86.elf");
    // The demo still runs: it echoes.
    await type(page, "still here");
    await waitForConsole(page, "still here");
    expect((await consoleText(page)).match(/\[playground\] booting/g)).toHaveLength(1);
  });

  test("pause stops the guest and resume continues it with the input typed meanwhile", async () => {
    await waitForConsole(page, BANNER);
    await page.getByRole("button", { name: "Pause" }).click();
    await waitForPhase(page, "paused");
    await type(page, "zq");
    await page.waitForTimeout(500);
    expect(await consoleText(page)).not.toContain("zq");
    await page.getByRole("button", { name: "Resume" }).click();
    await waitForConsole(page, "zq");
    await waitForPhase(page, "idle", "running");
  });

  test("save console log downloads what the guest printed", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save console log" }).click(),
    ]);
    const log = readFileSync((await download.path())!, "latin1");
    expect(log).toContain(BANNER);
    expect(log).toContain("echo me");
  });
});

describe("Vite preview server (isolation headers)", () => {
  test("the page is isolated without a service worker and boots a kernel named in its address", async () => {
    const { context, page, errors } = await openPage(browser(), inject("previewUrl") + HELLO);
    try {
      await waitForConsole(page, BANNER);
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBe(null);
      expect(await consoleText(page)).toContain("[playground] booting hello.elf");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("boot on open without images/manifest.json", () => {
  test("the bare-metal demo hello.elf boots", async () => {
    const site = mkdtempSync(join(tmpdir(), "arm64-playground-manifest-"));
    cpSync(inject("distDir"), site, { recursive: true });
    rmSync(join(site, "images/manifest.json"));
    const served = await serveStatic(site);
    const { context, page } = await openPage(browser(), served.url);
    try {
      await waitForConsole(page, BANNER);
      expect(await consoleText(page)).toContain("[playground] booting hello.elf");
    } finally {
      await context.close();
      served.server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe("pages that cannot run the machine say why", () => {
  test("opened from a file", async () => {
    const { context, page } = await openPage(browser(), pathToFileURL(join(inject("distDir"), "index.html")).href);
    try {
      await page.getByRole("alert").waitFor();
      expect(await page.getByRole("alert").innerText()).toContain("opened from a file (file://)");
    } finally {
      await context.close();
    }
  });

  test("shared memory for the chosen RAM size cannot be reserved: pick less memory", async () => {
    const context = await browser().newContext();
    // A browser that reserves at most 128 MiB of shared WebAssembly memory.
    await context.addInitScript(() => {
      const Memory = WebAssembly.Memory;
      WebAssembly.Memory = function (descriptor: WebAssembly.MemoryDescriptor) {
        if (descriptor.shared && (descriptor.maximum ?? 0) * 65536 > 200 * 2 ** 20) throw new RangeError("could not allocate memory");
        return new Memory(descriptor);
      } as unknown as typeof WebAssembly.Memory;
    });
    const page = await context.newPage();
    try {
      await page.goto(inject("previewUrl") + HELLO);
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.innerText()).toContain("cannot reserve 256 MiB of shared WebAssembly memory");
      expect(await alert.innerText()).toContain("Pick less memory");
      await page.getByLabel("Memory").selectOption("128");
      await waitForConsole(page, BANNER);
      expect(await consoleText(page)).toContain("booting hello.elf with 128 MiB of RAM");
    } finally {
      await context.close();
    }
  });
});

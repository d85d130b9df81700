// Share links: a link made in one browser boots the same configuration in a fresh one, small
// files travelling inside it and larger ones asked for by hash, files on another site fetched
// only when the user agrees; a damaged link boots nothing.
import { describe, expect, inject, test } from "vitest";
import type { Page } from "playwright-core";
import { consoleText, waitForConsole, LINUX_BOOT_MS, PROMPT } from "./browser";
import { markerInitramfs } from "./guest-files";
import { serveHttps } from "./https-site";
import { defaultBootConfig } from "../src/emulator/boot-config";
import { encodeShareFragment } from "../src/ui/share-link";
import { browserForFile, dropFiles, openPage } from "./page";


const browser = browserForFile();

/** In a page running the demo: drop `initramfs`, boot it, wait for `marker`, make a link. */
async function linkFor(page: Page, name: string, initramfs: Uint8Array, marker: string): Promise<string> {
  await waitForConsole(page, PROMPT, LINUX_BOOT_MS);
  await dropFiles(page, [{ name, bytes: initramfs }]);
  await page.locator('.file-entry[data-kind="initrd"]').waitFor();
  await page.getByLabel("Command line", { exact: true }).fill("console=ttyAMA0 quiet");
  await page.getByRole("button", { name: "Boot", exact: true }).click();
  await waitForConsole(page, marker, LINUX_BOOT_MS);
  await page.getByRole("button", { name: "Copy link" }).click();
  const link = page.getByLabel("Share link", { exact: true });
  await link.waitFor();
  return link.inputValue();
}

describe("share links", () => {
  test("a small initramfs travels inside the link: a fresh browser boots the same configuration", async () => {
    const marker = "MARKER: shared inside the link";
    const sender = await openPage(browser(), inject("staticUrl"));
    let url: string;
    try {
      url = await linkFor(sender.page, "shared.cpio.gz", markerInitramfs(`${marker}\n`), marker);
    } finally {
      await sender.context.close();
    }
    expect(url).toMatch(/#boot=v1\./);
    expect(url.length).toBeLessThan(4096);

    const recipient = await openPage(browser(), url);
    try {
      await waitForConsole(recipient.page, marker, LINUX_BOOT_MS);
      expect(await recipient.page.getByLabel("Initramfs", { exact: true }).inputValue()).toBe("shared.cpio.gz");
      expect(await recipient.page.getByLabel("Command line", { exact: true }).inputValue()).toBe("console=ttyAMA0 quiet");
      // Booted, the link leaves the address: a reload boots the kept configuration.
      expect(await recipient.page.evaluate(() => location.hash)).toBe("");
      expect(recipient.errors).toEqual([]);
    } finally {
      await recipient.context.close();
    }
  }, 3 * LINUX_BOOT_MS);

  test("a larger initramfs is asked for by its hash; dropped under any name, it boots", async () => {
    const marker = "MARKER: shared by hash";
    const initramfs = markerInitramfs(`${marker}\n`, 64 * 1024);
    const sender = await openPage(browser(), inject("staticUrl"));
    let url: string;
    try {
      url = await linkFor(sender.page, "big.cpio.gz", initramfs, marker);
      expect(await sender.page.locator(".share-made .file-note").innerText()).toContain("big.cpio.gz");
    } finally {
      await sender.context.close();
    }

    const recipient = await openPage(browser(), url);
    try {
      const prompt = recipient.page.getByRole("region", { name: "Share link" });
      await prompt.waitFor();
      expect(await prompt.innerText()).toContain("big.cpio.gz");
      expect(await consoleText(recipient.page)).not.toContain("[playground] booting");
      // The panel shows the link's configuration while it waits.
      expect(await recipient.page.getByLabel("Initramfs", { exact: true }).inputValue()).toBe("big.cpio.gz");
      await dropFiles(recipient.page, [{ name: "downloaded-copy.cpio.gz", bytes: initramfs }]);
      await waitForConsole(recipient.page, marker, LINUX_BOOT_MS);
      expect(await recipient.page.getByLabel("Initramfs", { exact: true }).inputValue()).toBe("downloaded-copy.cpio.gz");
    } finally {
      await recipient.context.close();
    }
  }, 3 * LINUX_BOOT_MS);

  test("a damaged link shows an error and boots nothing", async () => {
    const sender = await openPage(browser(), inject("staticUrl"));
    let url: string;
    try {
      await waitForConsole(sender.page, PROMPT, LINUX_BOOT_MS);
      await sender.page.getByRole("button", { name: "Copy link" }).click();
      url = await sender.page.getByLabel("Share link", { exact: true }).inputValue();
    } finally {
      await sender.context.close();
    }
    const at = url.length - 10;
    const damaged = url.slice(0, at) + (url[at] === "A" ? "B" : "A") + url.slice(at + 1);
    const recipient = await openPage(browser(), damaged);
    try {
      const alert = recipient.page.locator(".notice-error");
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/^The share link was not opened: This share link is damaged/);
      await recipient.page.waitForTimeout(1000);
      expect(await consoleText(recipient.page)).not.toContain("[playground] booting");
      expect(await recipient.page.locator(".status").getAttribute("data-phase")).toBe("error");
    } finally {
      await recipient.context.close();
    }
  }, 2 * LINUX_BOOT_MS);
});

describe("share links to files on another site", () => {
  test("the page asks first; agreed, it fetches and boots; declined, it boots nothing", async () => {
    const marker = "MARKER: fetched from another site";
    const site = await serveHttps({ "remote.cpio.gz": markerInitramfs(`${marker}\n`) });
    const config = {
      ...defaultBootConfig(),
      memoryBytes: 256 * 2 ** 20,
      kernel: "Image.gz",
      initrd: "remote.cpio.gz",
      append: "console=ttyAMA0",
      devices: [{ type: "virtio-rng-device" as const }],
    };
    const fragment = encodeShareFragment({
      config,
      files: { "Image.gz": { kind: "builtin", id: "Image.gz" }, "remote.cpio.gz": { kind: "url", url: `${site.url}remote.cpio.gz` } },
    });
    try {
      for (const agree of [false, true]) {
        const context = await browser().newContext({ ignoreHTTPSErrors: true });
        try {
          const page = await context.newPage();
          await page.goto(`${inject("staticUrl")}#${fragment}`);
          const prompt = page.getByRole("region", { name: "Share link" });
          await prompt.waitFor();
          expect(await prompt.innerText()).toContain(`remote.cpio.gz from ${site.url}remote.cpio.gz`);
          expect(await consoleText(page)).not.toContain("[playground] booting");
          if (agree) {
            await page.getByRole("button", { name: "Fetch and boot" }).click();
            await waitForConsole(page, marker, LINUX_BOOT_MS);
          } else {
            await page.getByRole("button", { name: "Do not boot this link" }).click();
            await page.locator(".notice-info").waitFor();
            expect(await page.locator(".notice-info").innerText()).toContain("The share link was not booted.");
            await page.waitForTimeout(500);
            expect(await consoleText(page)).not.toContain("[playground] booting");
          }
        } finally {
          await context.close();
        }
      }
    } finally {
      site.server.close();
    }
  }, 3 * LINUX_BOOT_MS);
});

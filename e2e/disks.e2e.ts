// Disks in the browser: a blank disk attached as virtio-blk, written by the guest, kept
// across a reload, exported as a raw image.
import { describe, expect, inject, test } from "vitest";
import { readFileSync } from "node:fs";
import { LINUX_BOOT_MS, PROMPT, waitForConsole } from "./browser";
import { browserForFile, openPage, type } from "./page";

const browser = browserForFile();

describe("a disk in IndexedDB", () => {
  test("create, attach to the running machine, reset, write in the guest, reload (the page boots it again), read the file; export holds it", async () => {
    const { context, page, errors } = await openPage(browser(), inject("staticUrl"));
    try {
      await waitForConsole(page, PROMPT, LINUX_BOOT_MS);
      await page.getByLabel("New disk name").fill("work");
      await page.getByLabel("New disk size in MiB").fill("16");
      await page.getByRole("button", { name: "Create blank disk" }).click();
      const disk = page.locator('.disk-entry[data-disk="work"]');
      await disk.waitFor();
      expect(await disk.getByLabel("Attach as virtio-blk").isChecked()).toBe(true);
      expect(await disk.locator(".file-meta").innerText()).toContain("16 MiB");

      // Attached while the demo runs: a reset of the running machine brings the disk in.
      await page.getByRole("button", { name: "Reset" }).click();
      await waitForConsole(page, "/dev/vda is mounted on /mnt", LINUX_BOOT_MS);
      await waitForConsole(page, PROMPT, LINUX_BOOT_MS);
      await type(page, "echo kept-across-reloads > /mnt/f && sync && echo synced-$((1+1))\n");
      await waitForConsole(page, "synced-2");

      await page.reload();
      await waitForConsole(page, "/dev/vda is mounted on /mnt", LINUX_BOOT_MS);
      await waitForConsole(page, PROMPT, LINUX_BOOT_MS);
      await type(page, "cat /mnt/f\n");
      await waitForConsole(page, "kept-across-reloads");
      expect(await page.locator('.disk-entry[data-disk="work"] .file-meta').innerText()).not.toContain("0 B stored");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator('.disk-entry[data-disk="work"]').getByRole("button", { name: "Export" }).click(),
      ]);
      const image = readFileSync((await download.path())!);
      expect(image.length).toBe(16 * 2 ** 20);
      expect(image.includes(Buffer.from("kept-across-reloads\n"))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 3 * LINUX_BOOT_MS);
});

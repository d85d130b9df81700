// Booting the user's own files: a dropped initramfs with the demo kernel, files that are not
// what their names say, and a reload that keeps both the files and the configuration.
import { describe, expect, inject, test } from "vitest";
import { BANNER, consoleText, waitForConsole, LINUX_BOOT_MS, PROMPT } from "./browser";
import { markerInitramfs, pngBytes } from "./guest-files";
import { browserForFile, dropFiles, openPage, statusLog, type } from "./page";

const MARKER = "MARKER: the dropped initramfs runs";

const browser = browserForFile();

describe("a dropped initramfs with the demo kernel", () => {
  test("one drop and one click boot it, and a reload keeps the file and boots it again", async () => {
    const { context, page, errors } = await openPage(browser(), inject("staticUrl"));
    try {
      await waitForConsole(page, PROMPT, LINUX_BOOT_MS);
      await dropFiles(page, [{ name: "marker.cpio.gz", bytes: markerInitramfs(`${MARKER}\n`) }]);
      await page.locator('.file-entry[data-kind="initrd"]').waitFor();
      expect(await page.getByLabel("Initramfs", { exact: true }).inputValue()).toBe("marker.cpio.gz");
      expect(await page.getByLabel("Kernel", { exact: true }).inputValue()).toBe("Image.gz");
      // Dropping does not boot by default: the running guest is untouched until the click.
      expect(await consoleText(page)).not.toContain(MARKER);
      await page.getByRole("button", { name: "Boot", exact: true }).click();
      await waitForConsole(page, MARKER, LINUX_BOOT_MS);
      await waitForConsole(page, "[playground] the guest powered off");
      // The boot handed the keyboard to the console.
      expect(await page.evaluate(() => document.activeElement?.classList.contains("xterm-helper-textarea"))).toBe(true);

      await page.reload();
      await waitForConsole(page, MARKER, LINUX_BOOT_MS);
      expect(await page.locator(".file-entry .file-name").allInnerTexts()).toEqual(["marker.cpio.gz"]);
      expect(await page.getByLabel("Initramfs", { exact: true }).inputValue()).toBe("marker.cpio.gz");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 3 * LINUX_BOOT_MS);

  test("with 'boot as soon as dropped' the drop alone boots it", async () => {
    const { context, page } = await openPage(browser(), inject("staticUrl"));
    try {
      await waitForConsole(page, PROMPT, LINUX_BOOT_MS);
      await page.getByLabel("Boot as soon as a kernel, initramfs or device tree is dropped").check();
      await dropFiles(page, [{ name: "marker.cpio.gz", bytes: markerInitramfs(`${MARKER}\n`) }]);
      await waitForConsole(page, MARKER, LINUX_BOOT_MS);
    } finally {
      await context.close();
    }
  }, 2 * LINUX_BOOT_MS);
});

describe("files that are not what they seem", () => {
  test("a PNG named Image and a truncated initramfs: clear errors, no boot attempt, nothing else lost", async () => {
    const { context, page, errors } = await openPage(browser(), inject("staticUrl"));
    try {
      await waitForConsole(page, PROMPT, LINUX_BOOT_MS);
      const statusesBefore = (await statusLog(page)).length;
      const initramfs = markerInitramfs(`${MARKER}\n`, 4096);
      await dropFiles(page, [
        { name: "Image", bytes: pngBytes() },
        { name: "initramfs-new.cpio.gz", bytes: initramfs.subarray(0, initramfs.length >> 1) },
      ]);
      const problems = page.locator(".file-entry .file-error");
      await expect.poll(() => problems.count()).toBe(2);
      expect(await problems.allInnerTexts()).toEqual([
        "Image: not an ARM64 kernel (Image or ELF): a PNG image",
        expect.stringMatching(/^initramfs-new\.cpio\.gz: corrupt gzip data \(.+; is the file cut off\?\)$/),
      ]);
      expect(await page.getByLabel("Kernel", { exact: true }).inputValue()).toBe("Image.gz");
      expect(await page.getByLabel("Initramfs", { exact: true }).inputValue()).toBe("initramfs.cpio.gz");
      // Neither can be picked for a boot.
      expect(await page.getByLabel("Kernel", { exact: true }).locator("option", { hasText: /^Image$/ }).count()).toBe(0);
      expect(await page.getByLabel("Initramfs", { exact: true }).locator("option", { hasText: "initramfs-new" }).count()).toBe(0);
      // The guest was not rebooted and still answers.
      await type(page, "echo still-$((40+2))\n");
      await waitForConsole(page, "still-42");
      const statusesSince = (await statusLog(page)).slice(statusesBefore);
      expect(statusesSince.filter((t) => /^(Loading|Booting)/.test(t))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 2 * LINUX_BOOT_MS);
});

describe("a pasted qemu-system-aarch64 command", () => {
  test("boots with the files it names matched by name; a command naming a missing file says which", async () => {
    const { context, page, errors } = await openPage(browser(), inject("staticUrl"));
    try {
      await waitForConsole(page, PROMPT, LINUX_BOOT_MS);
      await dropFiles(page, [{ name: "initramfs-arm64.img", bytes: markerInitramfs(`${MARKER}\n`) }]);
      await page.locator('.file-entry[data-kind="initrd"]').waitFor();
      await page.getByText("QEMU command line").click();
      const box = page.getByLabel("QEMU command to use");

      await box.fill("qemu-system-aarch64 -M virt -kernel build/Image -initrd initramfs-arm64.img -nographic");
      await page.getByRole("button", { name: "Boot this command" }).click();
      const notice = page.locator(".notice-error");
      await notice.waitFor();
      expect(await notice.innerText()).toContain("The command names files this page does not have: Image (-kernel build/Image)");

      await box.fill(`qemu-system-aarch64 -M virt,gic-version=3 -cpu host -accel hvf -m 1024 \\
  -kernel build/kernel/Image.gz -initrd build/initramfs/initramfs-arm64.img \\
  -append "console=ttyAMA0 phase.mode=internet" -device virtio-rng-device -nographic`);
      await page.getByRole("button", { name: "Boot this command" }).click();
      await waitForConsole(page, MARKER, LINUX_BOOT_MS);
      expect(await page.getByLabel("Memory").inputValue()).toBe("1024");
      expect(await page.getByLabel("GIC version").inputValue()).toBe("3");
      expect(await page.getByLabel("Command line", { exact: true }).inputValue()).toBe("console=ttyAMA0 phase.mode=internet");
      expect(await page.locator(".notice-info").innerText()).toContain("hvf");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 2 * LINUX_BOOT_MS);
});

describe("a file from the web", () => {
  test("'Use from the web' fetches it, checks it, puts it in its slot, and it boots", async () => {
    const { context, page, errors } = await openPage(browser(), inject("staticUrl"));
    try {
      await waitForConsole(page, PROMPT, LINUX_BOOT_MS);
      await page.getByLabel("File address").fill("images/hello.elf");
      await page.getByRole("button", { name: "Use from the web" }).click();
      await page.locator(".notice-info").waitFor();
      expect(await page.getByLabel("Kernel", { exact: true }).inputValue()).toBe("hello.elf");
      // A kernel ELF takes no initramfs.
      expect(await page.getByLabel("Initramfs", { exact: true }).inputValue()).toBe("");
      await page.getByRole("button", { name: "Boot", exact: true }).click();
      await waitForConsole(page, BANNER);

      await page.getByLabel("File address").fill("images/manifest.json");
      await page.getByRole("button", { name: "Use from the web" }).click();
      await page.locator(".notice-error").waitFor();
      expect(await page.locator(".notice-error").innerText()).toContain("manifest.json: not a kernel, initramfs, device tree or disk image: a text file");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 2 * LINUX_BOOT_MS);
});

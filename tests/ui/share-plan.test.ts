import { describe, expect, test } from "vitest";
import { randomBytes, createHash } from "node:crypto";
import { defaultBootConfig, type BootConfig } from "../../src/emulator/boot-config";
import { decodeShareFragment, encodeShareFragment } from "../../src/ui/share-link";
import { planLinkOpening, shareStateOf, type OwnFile } from "../../src/ui/share-plan";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const own = (bytes: Uint8Array): OwnFile => ({ bytes: async () => bytes, size: bytes.length, sha256: sha(bytes) });

function config(extra: Partial<BootConfig>): BootConfig {
  return { ...defaultBootConfig(), kernel: "Image.gz", append: "console=ttyAMA0", ...extra };
}

describe("shareStateOf", () => {
  test("built-in images by id, small own files inside, large ones by hash", async () => {
    const small = new TextEncoder().encode("#!/bin/sh\necho hi\n");
    const large = new Uint8Array(randomBytes(20_000));
    const mine: Record<string, OwnFile> = { "init.cpio": own(small), "big.dtb": own(large) };
    const made = await shareStateOf(config({ initrd: "init.cpio", dtb: "big.dtb" }), (n) => mine[n], (n) => (n === "Image.gz" ? { kind: "builtin", id: n } : undefined));
    expect(made.state.files["Image.gz"]).toEqual({ kind: "builtin", id: "Image.gz" });
    expect(made.state.files["init.cpio"]).toEqual({ kind: "embedded", bytes: small });
    expect(made.state.files["big.dtb"]).toEqual({ kind: "local", sha256: sha(large), size: large.length });
    expect(made.referenced).toEqual([{ name: "big.dtb", size: large.length, sha256: sha(large) }]);
    expect(decodeShareFragment(encodeShareFragment(made.state))).toEqual(made.state);
  });

  test("embedded files stay within the link's budget: the rest go by hash", async () => {
    // Each deflates to about 3 KiB: five of them exceed the 16 KiB total.
    const files = Array.from({ length: 6 }, () => new Uint8Array(randomBytes(3000)));
    const mine = Object.fromEntries(files.map((b, i) => [`f${i}`, own(b)]));
    const loaders = files.map((_, i) => ({ kind: "file" as const, file: `f${i}`, addr: 0x48000000 + i * 0x10000, forceRaw: true }));
    const made = await shareStateOf(config({ loaders }), (n) => mine[n], () => ({ kind: "builtin", id: "Image.gz" }));
    const kinds = Object.values(made.state.files).map((s) => s.kind);
    expect(kinds.filter((k) => k === "embedded").length).toBe(5);
    expect(made.referenced.length).toBe(1);
    expect(() => encodeShareFragment(made.state)).not.toThrow();
  });

  test("a file that is neither the user's nor built in cannot be shared", async () => {
    await expect(shareStateOf(config({}), () => undefined, () => undefined)).rejects.toThrow("Image.gz is not among your files or the built-in images");
  });
});

describe("planLinkOpening", () => {
  const site = (files: Record<string, Uint8Array>) => ({
    builtins: { "Image.gz": "kernel" },
    origin: "https://playground.example",
    bySha256: (h: string) => Object.keys(files).find((n) => sha(files[n]) === h),
    sha256Of: (n: string) => (files[n] ? sha(files[n]) : undefined),
  });

  test("a built-in image the site lacks refuses the link", async () => {
    const state = { config: config({ kernel: "Other.gz" }), files: { "Other.gz": { kind: "builtin" as const, id: "Other.gz" } } };
    await expect(planLinkOpening(state, site({}))).rejects.toThrow("The link boots the built-in image 'Other.gz', which this site does not have.");
  });

  test("files on other sites need leave; files on this site do not", async () => {
    const state = {
      config: config({ kernel: "k", initrd: "i" }),
      files: { k: { kind: "url" as const, url: "https://elsewhere.example/k" }, i: { kind: "url" as const, url: "https://playground.example/i" } },
    };
    const opening = await planLinkOpening(state, site({}));
    expect(opening.foreign.map((f) => [f.name, f.url.href])).toEqual([["k", "https://elsewhere.example/k"]]);
    expect([...opening.linked.keys()]).toEqual(["k", "i"]);
  });

  test("a local file the user has under another name is used under that name; one they lack is asked for", async () => {
    const a = new Uint8Array(randomBytes(100));
    const b = new Uint8Array(randomBytes(100));
    const state = {
      config: config({ initrd: "wanted.cpio", dtb: "absent.dtb" }),
      files: {
        "Image.gz": { kind: "builtin" as const, id: "Image.gz" },
        "wanted.cpio": { kind: "local" as const, sha256: sha(a), size: 100 },
        "absent.dtb": { kind: "local" as const, sha256: sha(b), size: 100 },
      },
    };
    const opening = await planLinkOpening(state, site({ "mine.cpio": a }));
    expect(opening.config.initrd).toBe("mine.cpio");
    expect(opening.missing).toEqual([{ name: "absent.dtb", sha256: sha(b), size: 100 }]);
  });

  test("an embedded file never replaces a different file of the same name", async () => {
    const theirs = new TextEncoder().encode("theirs");
    const state = { config: config({ initrd: "init" }), files: { "Image.gz": { kind: "builtin" as const, id: "Image.gz" }, init: { kind: "embedded" as const, bytes: theirs } } };
    const same = await planLinkOpening(state, site({ init: theirs }));
    expect(same.embedded.map((e) => e.name)).toEqual(["init"]);
    const other = await planLinkOpening(state, site({ init: new TextEncoder().encode("mine") }));
    expect(other.embedded.map((e) => e.name)).toEqual(["init (link 2)"]);
    expect(other.config.initrd).toBe("init (link 2)");
  });
});

describe("disks in links", () => {
  const drives = {
    drives: [{ id: "d0", file: "work", format: "raw" as const }, { id: "d1", file: "rootfs", format: "raw" as const }],
    devices: [{ type: "virtio-blk-device" as const, drive: "d0" }, { type: "virtio-blk-device" as const, drive: "d1" }],
  };
  const builtin = () => ({ kind: "builtin" as const, id: "Image.gz" });

  test("a blank disk travels as its size, an overlay as its base; written contents stay with a note", async () => {
    const made = await shareStateOf(config(drives), () => undefined, builtin, (name) =>
      name === "work"
        ? { sizeBytes: 16 * 2 ** 20, usageBytes: 4096 }
        : { sizeBytes: 2 ** 20, usageBytes: 0, base: { kind: "url", url: new URL("https://images.example/rootfs.img") } },
    );
    expect(made.state.files.work).toEqual({ kind: "blank-disk", sizeBytes: 16 * 2 ** 20 });
    expect(made.state.files.rootfs).toEqual({ kind: "url", url: "https://images.example/rootfs.img" });
    expect(made.notes).toEqual(["disk 'work' travels as a blank disk of the same size: what is written on it stays in this browser (export it to send it)"]);

    const opening = await planLinkOpening(decodeShareFragment(encodeShareFragment(made.state)), {
      builtins: { "Image.gz": "kernel" }, origin: "https://playground.example", bySha256: () => undefined, sha256Of: () => undefined,
    });
    expect(opening.disks).toEqual([
      { name: "work", sizeBytes: 16 * 2 ** 20 },
      { name: "rootfs", base: { kind: "url", url: new URL("https://images.example/rootfs.img") } },
    ]);
    expect(opening.foreign.map((f) => f.name)).toEqual(["rootfs"]);
  });

  test("a disk the sender has no record of cannot be shared", async () => {
    await expect(shareStateOf(config(drives), () => undefined, builtin)).rejects.toThrow("disk 'work' is not in this browser");
  });
});

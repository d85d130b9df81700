// Share links: round trips of every kind of file source, links refused when made, and links
// that arrive damaged, hostile or from another version, which must end in a ShareLinkError
// (with a message naming the problem) and never in any other exception.
import { describe, test, expect } from "vitest";
import { deflateSync } from "fflate";
import { createHash, randomBytes } from "node:crypto";
import { defaultBootConfig, type BootConfig } from "../../src/emulator/boot-config";
import {
  canEmbed, decodeShareFragment, encodeShareFragment, isShareFragment, ShareLinkError,
  MAX_EMBED_DEFLATED_BYTES, MAX_FRAGMENT_CHARS, type FileSource, type ShareState,
} from "../../src/ui/share-link";
import { encodeBase64url } from "../../src/ui/base64url";
import { crc32 } from "../../src/ui/crc32";

const MiB = 2 ** 20;
const utf8 = (text: string) => new TextEncoder().encode(text);

function config(overrides: Partial<BootConfig>): BootConfig {
  return { ...defaultBootConfig(), ...overrides };
}

function demoState(): ShareState {
  return {
    config: config({
      machine: { type: "virt", gicVersion: 3 }, memoryBytes: 256 * MiB, kernel: "Image.gz", initrd: "initramfs.cpio.gz",
      append: "console=ttyAMA0 earlycon rdinit=/bin/sh", devices: [{ type: "virtio-rng-device" }],
    }),
    files: { "Image.gz": { kind: "builtin", id: "Image.gz" }, "initramfs.cpio.gz": { kind: "builtin", id: "initramfs.cpio.gz" } },
  };
}

const INIT_SCRIPT = utf8("#!/bin/sh\nmount -t proc proc /proc\nmount -t sysfs sys /sys\necho hello from the shared init\nexec /bin/sh\n");
const SHA = createHash("sha256").update("a disk image").digest("hex");

/** A link around arbitrary bytes in place of the DEFLATE stream, with a correct checksum,
 *  so that what is inside is what gets tested. */
function rawFragment(deflated: Uint8Array, version = "v1"): string {
  const packed = new Uint8Array(4 + deflated.length);
  new DataView(packed.buffer).setUint32(0, crc32(deflated));
  packed.set(deflated, 4);
  return `boot=${version}.${encodeBase64url(packed)}`;
}

const documentFragment = (json: string) => rawFragment(deflateSync(utf8(json)));

/** The JSON document of a valid link for `state`, to be edited by a test. */
function documentOf(state: ShareState): { config: Record<string, unknown>; files: Record<string, Record<string, unknown>> } {
  const files: Record<string, Record<string, unknown>> = {};
  for (const [name, source] of Object.entries(state.files)) {
    files[name] = source.kind === "embedded" ? { kind: "embedded", deflated: encodeBase64url(deflateSync(source.bytes)) } : { ...source };
  }
  return { config: JSON.parse(JSON.stringify(state.config)) as Record<string, unknown>, files };
}

function linkError(fragment: string): ShareLinkError {
  try {
    decodeShareFragment(fragment);
  } catch (e) {
    if (e instanceof ShareLinkError) return e;
    throw e;
  }
  throw new Error("the link was accepted");
}

function roundTrip(state: ShareState): ShareState {
  const fragment = encodeShareFragment(state);
  expect(fragment.startsWith("boot=v1.")).toBe(true);
  expect(fragment).toMatch(/^[A-Za-z0-9=._-]+$/);
  const back = decodeShareFragment(fragment);
  expect(back).toEqual(state);
  return back;
}

describe("round trips", () => {
  test("the built-in demo: append, memory, GIC v3, virtio-rng", () => {
    const state = demoState();
    roundTrip(state);
    expect(encodeShareFragment(state).length).toBeLessThan(400);
  });

  test("an embedded init script next to a built-in kernel", () => {
    const state = demoState();
    state.config.initrd = undefined;
    delete state.config.initrd;
    state.config.loaders = [{ kind: "file", file: "init.sh", addr: 0x4800_0000, forceRaw: true }];
    state.files = { "Image.gz": { kind: "builtin", id: "Image.gz" }, "init.sh": { kind: "embedded", bytes: INIT_SCRIPT } };
    expect(canEmbed(INIT_SCRIPT)).toBe(true);
    const back = roundTrip(state);
    const init = back.files["init.sh"];
    expect(init.kind === "embedded" && new TextDecoder().decode(init.bytes)).toBe(new TextDecoder().decode(INIT_SCRIPT));
  });

  test("a local file by hash and size, and a file by https URL", () => {
    const state = demoState();
    state.files["Image.gz"] = { kind: "local", sha256: SHA, size: 25_165_824 };
    state.files["initramfs.cpio.gz"] = { kind: "url", url: "https://example.org/guests/initramfs.cpio.gz?rev=3" };
    roundTrip(state);
  });

  test("a blank disk and a base image from a URL as drives, with virtio-blk devices", () => {
    const state = demoState();
    state.config.drives = [
      { id: "hd0", file: "scratch.img", format: "raw" },
      { id: "hd1", file: "rootfs.img", format: "raw", readOnly: true, snapshot: true },
    ];
    state.config.devices = [{ type: "virtio-blk-device", drive: "hd0" }, { type: "virtio-blk-device", drive: "hd1", serial: "root" }];
    state.files["scratch.img"] = { kind: "blank-disk", sizeBytes: 64 * MiB };
    state.files["rootfs.img"] = { kind: "url", url: "https://images.example.net/rootfs.img" };
    roundTrip(state);
  });

  test("generic loaders: a file, a data store and a start address", () => {
    const state: ShareState = {
      config: config({
        loaders: [
          { kind: "file", file: "payload.bin", addr: 0x4000_0000, forceRaw: true },
          { kind: "data", addr: 0x4100_0000, data: "0xdeadbeef", dataLen: 4 },
          { kind: "pc", addr: 0x4000_0000, cpuNum: 0 },
        ],
      }),
      files: { "payload.bin": { kind: "embedded", bytes: Uint8Array.of(0x00, 0x00, 0x00, 0x14) } },
    };
    roundTrip(state);
  });

  test("one source serves a file named twice; odd but valid names stay plain data", () => {
    const state: ShareState = {
      config: config({ kernel: "__proto__", loaders: [{ kind: "file", file: "__proto__", addr: 0x4800_0000 }] }),
      files: JSON.parse('{"__proto__": {"kind": "builtin", "id": "hello.elf"}}') as Record<string, FileSource>,
    };
    const back = roundTrip(state);
    expect(Object.getPrototypeOf(back.files)).toBe(Object.prototype);
    expect(Object.keys(back.files)).toEqual(["__proto__"]);
  });

  test("URLs are kept as the URL parser writes them; a leading '#' is accepted", () => {
    const state = demoState();
    state.files["Image.gz"] = { kind: "url", url: "https://EXAMPLE.org/a/../Image.gz" };
    const fragment = encodeShareFragment(state);
    const back = decodeShareFragment(`#${fragment}`);
    expect(back.files["Image.gz"]).toEqual({ kind: "url", url: "https://example.org/Image.gz" });
  });
});

describe("isShareFragment", () => {
  test("tells share links (working or not, any version) from other fragments", () => {
    for (const f of ["", "#", "console", "#section-2", "boot", "#v1.abc"]) expect(isShareFragment(f)).toBe(false);
    for (const f of [encodeShareFragment(demoState()), "#boot=v1.", "boot=v7.xyz", "boot=garbage"]) expect(isShareFragment(f)).toBe(true);
  });
  test("decoding something that is not a share link says so", () => {
    expect(linkError("").message).toMatch(/does not hold a share link/);
    expect(linkError("#section-2").message).toMatch(/does not hold a share link/);
  });
});

describe("making links", () => {
  test("canEmbed: small text yes; incompressible data beyond the limit, or too large a file, no", () => {
    expect(canEmbed(utf8("echo hi\n"))).toBe(true);
    expect(canEmbed(randomBytes(MAX_EMBED_DEFLATED_BYTES - 64))).toBe(true);
    expect(canEmbed(randomBytes(MAX_EMBED_DEFLATED_BYTES + 64))).toBe(false);
    expect(canEmbed(new Uint8Array(MiB))).toBe(true);
    expect(canEmbed(new Uint8Array(MiB + 1))).toBe(false);
  });

  const attempt = (state: ShareState) => () => encodeShareFragment(state);

  test("a file over the embed limit is refused, naming it", () => {
    const state = demoState();
    state.files["initramfs.cpio.gz"] = { kind: "embedded", bytes: randomBytes(8192) };
    expect(attempt(state)).toThrow(ShareLinkError);
    expect(attempt(state)).toThrow(/file "initramfs\.cpio\.gz" is too large to embed .*share it by reference/);
  });

  test("embedded files over the total limit are refused", () => {
    const names = ["a", "b", "c", "d", "e"];
    const state: ShareState = {
      config: config({ loaders: names.map((file, i) => ({ kind: "file" as const, file, addr: 0x4000_0000 + i * 0x10_0000 })) }),
      files: Object.fromEntries(names.map((n) => [n, { kind: "embedded" as const, bytes: randomBytes(3500) }])),
    };
    expect(attempt(state)).toThrow(/Cannot make a share link: files\["e"\]\.deflated: with this file the embedded files take \d+ bytes compressed; at most 16384/);
  });

  test("a link over the length limit is refused", () => {
    const state = demoState();
    state.config.append = randomBytes(30_000).toString("base64");
    expect(attempt(state)).toThrow(new RegExp(`would be \\d+ characters long; at most ${MAX_FRAGMENT_CHARS}`));
  });

  test("an invalid config or inconsistent files are refused with the field named", () => {
    const badMemory = demoState();
    badMemory.config.memoryBytes = 100;
    expect(attempt(badMemory)).toThrow(/^Cannot make a share link: boot config: config\.memoryBytes: must be an integer/);
    const missing = demoState();
    delete (missing.files as Record<string, FileSource>)["Image.gz"];
    expect(attempt(missing)).toThrow(/nothing says where the kernel "Image\.gz" comes from/);
    const test = demoState();
    test.config.expect = "(a+)+$";
    expect(attempt(test)).toThrow(/command-line test options/);
    const http = demoState();
    http.files["Image.gz"] = { kind: "url", url: "http://example.org/Image.gz" };
    expect(attempt(http)).toThrow(/must be an https: address/);
  });
});

describe("links that are damaged", () => {
  const good = encodeShareFragment({
    ...demoState(),
    files: { "Image.gz": { kind: "builtin", id: "Image.gz" }, "initramfs.cpio.gz": { kind: "embedded", bytes: INIT_SCRIPT } },
  });

  test("truncated anywhere", () => {
    for (let keep = 0; keep < good.length; keep++) {
      const error = linkError(good.slice(0, keep));
      expect(error.message).toMatch(keep < 5 ? /does not hold a share link/ : /damaged|too short/);
    }
  });

  test("one character changed", () => {
    const at = Math.floor(good.length / 2);
    const flipped = good.slice(0, at) + (good[at] === "A" ? "B" : "A") + good.slice(at + 1);
    expect(linkError(flipped).message).toMatch(/This share link is damaged: its checksum does not match its data\. Copy the whole link again\./);
  });

  test("characters that are not base64url, or a cut-off character", () => {
    expect(linkError(`${good.slice(0, 20)}%${good.slice(21)}`).message).toMatch(/contains "%" at position 20/);
    expect(linkError(`${good}=`).message).toMatch(/contains "="/);
    expect(linkError(`${good.slice(0, 20)}+${good.slice(21)}`).message).toMatch(/contains "\+"/);
    let loneCharacter = good;
    while ((loneCharacter.length - "boot=v1.".length) % 4 !== 1) loneCharacter += "A";
    expect(linkError(loneCharacter).message).toMatch(/damaged: its data is cut off or is not base64url/);
    expect(linkError("boot=v1.AAAAAAB").message).toMatch(/damaged: its data is cut off or is not base64url/);
  });

  test("a link too long is refused before anything else", () => {
    expect(linkError(`boot=v1.${"A".repeat(MAX_FRAGMENT_CHARS)}`).message).toMatch(/too long \(\d+ characters; at most 32768/);
    expect(linkError("x".repeat(MAX_FRAGMENT_CHARS + 1)).message).toMatch(/does not hold a share link/);
  });
});

describe("links from other versions", () => {
  test("a newer link format", () => {
    expect(linkError("boot=v2.AAAA").message).toBe(
      "This link was made by a newer version of the playground (link format v2; this page reads v1).");
    expect(linkError(rawFragment(deflateSync(utf8("{}")), "v13")).message).toMatch(/link format v13; this page reads v1/);
  });
  test("an older or unreadable version", () => {
    expect(linkError("boot=v0.AAAA").message).toMatch(/link format v0, which this page does not read/);
    expect(linkError("boot=1.AAAA").message).toMatch(/does not say which link format/);
    expect(linkError("boot=v1AAAA").message).toMatch(/damaged: it should start with 'boot=v1\.'/);
  });
  test("a boot config of another version inside", () => {
    const doc = documentOf(demoState());
    doc.config.version = 2;
    expect(linkError(documentFragment(JSON.stringify(doc))).message).toMatch(/config\.version: unsupported version 2/);
  });
});

describe("links whose content is wrong", () => {
  const invalid = (json: string) => linkError(documentFragment(json)).message;
  const withDocument = (edit: (doc: ReturnType<typeof documentOf>) => void) => {
    const doc = documentOf(demoState());
    edit(doc);
    return invalid(JSON.stringify(doc));
  };

  test("data that is not DEFLATE, not UTF-8, not JSON, not an object", () => {
    expect(linkError(rawFragment(Uint8Array.of(0xff, 0xff, 0xff, 0xff))).message).toMatch(/invalid: its data is not DEFLATE-compressed/);
    expect(linkError(rawFragment(deflateSync(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d)))).message).toMatch(/not UTF-8 text/);
    expect(invalid("{config:")).toMatch(/its data is not JSON/);
    expect(invalid("[1, 2]")).toMatch(/link data: must be an object/);
    expect(invalid("null")).toMatch(/link data: must be an object/);
    expect(invalid('"text"')).toMatch(/link data: must be an object/);
    expect(invalid(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toMatch(/link data: must be an object|its data is not JSON/);
    expect(invalid(`{"config": ${"{\"a\":".repeat(20_000)}1${"}".repeat(20_000)}, "files": {}}`)).toMatch(/config: unknown field 'a'/);
  });

  test("a decompression bomb stops at the cap", () => {
    const small = deflateSync(new Uint8Array(8 * MiB));
    expect(small.length).toBeLessThan(10_000);
    expect(linkError(rawFragment(small)).message).toMatch(/its data expands to more than 262144 bytes/);
    const embeddedBomb = withDocument((doc) => {
      doc.files["initramfs.cpio.gz"] = { kind: "embedded", deflated: encodeBase64url(deflateSync(new Uint8Array(2 * MiB))) };
    });
    expect(embeddedBomb).toMatch(/files\["initramfs\.cpio\.gz"\]\.deflated: the embedded file expands to more than 1048576 bytes/);
  });

  test("one small bomb repeated in many embedded files stops at the total caps", () => {
    const repeated = (count: number, content: Uint8Array) => {
      const deflated = encodeBase64url(deflateSync(content));
      const names = Array.from({ length: count }, (_, i) => `f${i}`);
      const loaders = names.map((file, i) => ({ kind: "file", file, addr: 0x4000_0000 + i * 0x20_0000, forceRaw: true }));
      const files = Object.fromEntries(names.map((n) => [n, { kind: "embedded", deflated }]));
      const fragment = documentFragment(JSON.stringify({ config: config({ loaders: loaders as BootConfig["loaders"] }), files }));
      expect(fragment.length).toBeLessThan(MAX_FRAGMENT_CHARS);
      return linkError(fragment).message;
    };
    expect(repeated(6, new Uint8Array(MiB))).toMatch(/files\["f4"\]\.deflated: with this file the embedded files expand to more than 4194304 bytes/);
    expect(repeated(20, randomBytes(1000))).toMatch(/\.deflated: with this file the embedded files take \d+ bytes compressed; at most 16384/);
  });

  test("unknown fields anywhere", () => {
    expect(invalid(JSON.stringify({ ...documentOf(demoState()), extra: 1 }))).toMatch(/link data: unknown field "extra"/);
    expect(withDocument((doc) => (doc.config.turbo = true))).toMatch(/config: unknown field 'turbo'/);
    expect(withDocument((doc) => (doc.files["Image.gz"].mirror = "x"))).toMatch(/files\["Image\.gz"\]: unknown field "mirror"/);
    expect(withDocument((doc) => (doc.files["Image.gz"] = { kind: "magnet", id: "x" }))).toMatch(/files\["Image\.gz"\]\.kind: must be one of "builtin", "url"/);
    expect(withDocument((doc) => (doc.files["Image.gz"] = { kind: "builtin" }))).toMatch(/files\["Image\.gz"\]: missing field 'id'/);
  });

  test("URLs other than plain https:", () => {
    const url = (u: string) => withDocument((doc) => (doc.files["Image.gz"] = { kind: "url", url: u }));
    expect(url("javascript:alert(1)")).toMatch(/files\["Image\.gz"\]\.url: must be an https: address, not "javascript:"/);
    expect(url("data:application/octet-stream;base64,AAAA")).toMatch(/not "data:"/);
    expect(url("http://example.org/Image.gz")).toMatch(/not "http:"/);
    expect(url("https://user:secret@example.org/Image.gz")).toMatch(/must not contain a user name or password/);
    expect(url("https://exa\nmple.org/")).toMatch(/contains a space or control character/);
    expect(url(" https://example.org/")).toMatch(/contains a space or control character/);
    expect(url("//example.org/Image.gz")).toMatch(/is not an address/);
    expect(url(`https://example.org/${"a".repeat(3000)}`)).toMatch(/longer than 2048/);
  });

  test("files missing, extra, or of the wrong kind for their use", () => {
    expect(withDocument((doc) => delete doc.files["Image.gz"])).toMatch(/files: nothing says where the kernel "Image\.gz" comes from/);
    expect(withDocument((doc) => (doc.files["notes.txt"] = { kind: "builtin", id: "notes.txt" }))).toMatch(/files\["notes\.txt"\]: the boot config names no such file/);
    expect(withDocument((doc) => (doc.files["Image.gz"] = { kind: "blank-disk", sizeBytes: 4096 }))).toMatch(/a blank disk can only be the file of a single drive \(here it is the kernel\)/);
    expect(withDocument((doc) => ((doc as { files: unknown }).files = []))).toMatch(/files: must be an object/);
    const noSource = documentOf(demoState());
    noSource.config.kernel = "constructor";
    delete noSource.files["Image.gz"];
    expect(invalid(JSON.stringify(noSource))).toMatch(/nothing says where the kernel "constructor" comes from/);
  });

  test("a blank disk must be sector-sized and within the cap, for one drive", () => {
    const disk = (sizeBytes: unknown, drives = 1) => withDocument((doc) => {
      doc.config.drives = Array.from({ length: drives }, (_, i) => ({ id: `hd${i}`, file: "disk.img", format: "raw" }));
      doc.files["disk.img"] = { kind: "blank-disk", sizeBytes };
    });
    expect(disk(1000)).toMatch(/files\["disk\.img"\]\.sizeBytes: must be a multiple of 512 bytes/);
    expect(disk(0)).toMatch(/sizeBytes: must be a whole number from 512/);
    expect(disk(2 ** 40)).toMatch(/sizeBytes: must be a whole number from 512 to 17179869184/);
    expect(disk("1G")).toMatch(/sizeBytes: must be a whole number/);
    expect(disk(4096, 2)).toMatch(/single drive \(here it is the disk image of drive "hd0" and the disk image of drive "hd1"\)/);
  });

  test("local references need a proper SHA-256 and size", () => {
    const local = (sha256: unknown, size: unknown) => withDocument((doc) => (doc.files["Image.gz"] = { kind: "local", sha256, size }));
    expect(local(SHA.toUpperCase(), 10)).toMatch(/files\["Image\.gz"\]\.sha256: must be 64 lower-case hexadecimal digits/);
    expect(local(SHA.slice(1), 10)).toMatch(/sha256: must be 64/);
    expect(local(`${SHA}0`, 10)).toMatch(/sha256: must be 64/);
    expect(local(SHA, -1)).toMatch(/size: must be a whole number from 0/);
    expect(local(SHA, 1.5)).toMatch(/size: must be a whole number/);
    expect(local(SHA, 2 ** 60)).toMatch(/size: must be a whole number/);
  });

  test("built-in ids and file names", () => {
    expect(withDocument((doc) => (doc.files["Image.gz"] = { kind: "builtin", id: "../../etc/passwd" }))).toMatch(/\.id: "\.\.\/\.\.\/etc\/passwd" is not the name of a file of the site's images/);
    expect(withDocument((doc) => (doc.files["Image.gz"] = { kind: "builtin", id: "" }))).toMatch(/\.id: "" is not the name/);
    const named = (name: string) => withDocument((doc) => {
      doc.config.kernel = name;
      doc.files = { [name]: { kind: "builtin", id: "Image.gz" }, "initramfs.cpio.gz": doc.files["initramfs.cpio.gz"] };
    });
    expect(named("boot/Image.gz")).toMatch(/the kernel: file name "boot\/Image\.gz" contains '\/'/);
    expect(named("Image\u0007.gz")).toMatch(/file name "Image\\u0007\.gz" contains a control character/);
    expect(named("..")).toMatch(/file name "\.\." is not a file name/);
    expect(named("x".repeat(256))).toMatch(/is longer than 255 characters/);
    expect(named("bad\ud800name")).toMatch(/is not well-formed Unicode/);
  });

  test("embedded data that is not base64url or not DEFLATE", () => {
    const embedded = (deflated: unknown) => withDocument((doc) => (doc.files["Image.gz"] = { kind: "embedded", deflated }));
    expect(embedded("a+b/")).toMatch(/\.deflated: is not base64url/);
    expect(embedded("____")).toMatch(/\.deflated: is not DEFLATE-compressed data/);
    expect(embedded(7)).toMatch(/\.deflated: must be a string/);
    expect(embedded("A".repeat(6000))).toMatch(/takes more than 4096 bytes compressed/);
  });

  test("config problems come from validateBootConfig, naming the field", () => {
    expect(withDocument((doc) => (doc.config.memoryBytes = 2 ** 40))).toMatch(/This share link is invalid: boot config: config\.memoryBytes: must be an integer/);
    expect(withDocument((doc) => (doc.config.devices = [{ type: "virtio-blk-device", drive: "nope" }]))).toMatch(/config\.devices\[0\]\.drive: no drive with id 'nope'/);
    expect(withDocument((doc) => (doc.config.expect = "login:"))).toMatch(/command-line test options/);
  });
});

// ---- fuzzing: whatever is done to a link, decoding gives a valid state or a ShareLinkError ----

/** A small seeded generator (mulberry32), so that a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Decode; a state must survive being made into a link again, anything else must be a ShareLinkError. */
function decodeOrExplain(fragment: string): "state" | "error" {
  let state: ShareState;
  try {
    state = decodeShareFragment(fragment);
  } catch (e) {
    if (!(e instanceof ShareLinkError)) throw new Error(`${String(e)} for ${JSON.stringify(fragment.slice(0, 200))}`);
    expect(e.message.length).toBeGreaterThan(10);
    return "error";
  }
  expect(decodeShareFragment(encodeShareFragment(state))).toEqual(state);
  return "state";
}

function fuzzStates(): ShareState[] {
  const withDisk = demoState();
  withDisk.config.drives = [{ id: "hd0", file: "disk.img", format: "raw" }, { id: "hd1", file: "base.img", format: "raw", snapshot: true }];
  withDisk.config.devices = [{ type: "virtio-blk-device", drive: "hd0" }, { type: "virtio-blk-device", drive: "hd1", serial: "s" }];
  withDisk.files["disk.img"] = { kind: "blank-disk", sizeBytes: 8 * MiB };
  withDisk.files["base.img"] = { kind: "local", sha256: SHA, size: 1024 };
  withDisk.files["Image.gz"] = { kind: "url", url: "https://example.org/Image.gz" };
  withDisk.files["initramfs.cpio.gz"] = { kind: "embedded", bytes: INIT_SCRIPT };
  const loaders: ShareState = {
    config: config({ loaders: [{ kind: "file", file: "p.bin", addr: 0x4000_0000 }, { kind: "pc", addr: 0x4000_0000, cpuNum: 0 }] }),
    files: { "p.bin": { kind: "embedded", bytes: Uint8Array.of(1, 2, 3) } },
  };
  return [demoState(), withDisk, loaders];
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)];

describe("fuzzing", () => {
  test("random edits of the link text", () => {
    const next = random(1);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=%#v";
    for (const state of fuzzStates()) {
      const good = encodeShareFragment(state);
      for (let i = 0; i < 600; i++) {
        let text = good;
        for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
          const at = Math.floor(next() * text.length);
          const op = Math.floor(next() * 4);
          if (op === 0) text = text.slice(0, at) + pick(next, [...alphabet]) + text.slice(at + 1);
          else if (op === 1) text = text.slice(0, at) + text.slice(at + 1);
          else if (op === 2) text = text.slice(0, at) + pick(next, [...alphabet]) + text.slice(at);
          else text = text.slice(0, at);
        }
        decodeOrExplain(text);
      }
    }
  });

  test("random edits of the JSON text inside a correctly packed link", () => {
    const next = random(2);
    const pieces = ['"', "{", "}", "[", "]", ",", ":", "0", "1", "-1", "1e400", "null", "true", '"x"', '"__proto__"', "\\u0000", " "];
    let accepted = 0;
    for (const state of fuzzStates()) {
      const json = JSON.stringify(documentOf(state));
      for (let i = 0; i < 1000; i++) {
        let text = json;
        for (let edits = 1 + Math.floor(next() * 2); edits > 0; edits--) {
          const at = Math.floor(next() * text.length);
          text = next() < 0.5
            ? text.slice(0, at) + pick(next, pieces) + text.slice(at + 1)
            : text.slice(0, at) + pick(next, pieces) + text.slice(at);
        }
        if (decodeOrExplain(documentFragment(text)) === "state") accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });

  test("random values put in place of parts of the document", () => {
    const next = random(3);
    const values: unknown[] = [
      null, true, 0, -1, 0.5, 2 ** 53, 1e308, "", "x", "__proto__", "Image.gz", "https://example.org/x", "javascript:void 0",
      [], [1], {}, { kind: "builtin", id: "Image.gz" }, { kind: "blank-disk", sizeBytes: 512 }, { kind: "embedded", deflated: "" },
      { kind: "local", sha256: SHA, size: 0 }, { type: "virtio-rng-device" }, { id: "hd0", file: "Image.gz", format: "raw" },
    ];
    type Container = Record<string, unknown> | unknown[];
    const slots = (value: unknown, out: [Container, string | number][] = []): [Container, string | number][] => {
      if (Array.isArray(value)) value.forEach((v, i) => (out.push([value, i]), slots(v, out)));
      else if (typeof value === "object" && value !== null) {
        for (const [k, v] of Object.entries(value)) (out.push([value as Record<string, unknown>, k]), slots(v, out));
      }
      return out;
    };
    let accepted = 0;
    for (const state of fuzzStates()) {
      for (let i = 0; i < 800; i++) {
        const doc = documentOf(state);
        for (let edits = 1 + Math.floor(next() * 2); edits > 0; edits--) {
          const [container, key] = pick(next, slots(doc));
          const choice = next();
          if (choice < 0.15 && !Array.isArray(container)) delete container[key as string];
          else if (choice < 0.3 && !Array.isArray(container)) container[`${String(key)}x`] = pick(next, values);
          else (container as Record<string | number, unknown>)[key] = structuredClone(pick(next, values));
        }
        if (decodeOrExplain(documentFragment(JSON.stringify(doc))) === "state") accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });
});

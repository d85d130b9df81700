// The pieces share links are made of: strict base64url, CRC-32 and inflating with a cap.
import { describe, test, expect } from "vitest";
import { deflateSync } from "fflate";
import { randomBytes } from "node:crypto";
import { decodeBase64url, encodeBase64url } from "../../src/ui/base64url";
import { crc32 } from "../../src/ui/crc32";
import { inflateAtMost } from "../../src/ui/bounded-inflate";

describe("base64url", () => {
  test("matches Node's encoder and decodes back, for every remainder length", () => {
    for (let length = 0; length < 70; length++) {
      const bytes = randomBytes(length);
      const text = encodeBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString("base64url"));
      expect(decodeBase64url(text)).toEqual(new Uint8Array(bytes));
    }
  });
  test("refuses anything that is not the canonical encoding", () => {
    expect(decodeBase64url("AA")).toEqual(Uint8Array.of(0));
    expect(decodeBase64url("AB")).toBeUndefined();
    expect(decodeBase64url("AAA")).toEqual(Uint8Array.of(0, 0));
    expect(decodeBase64url("AAB")).toBeUndefined();
    expect(decodeBase64url("AAAAA")).toBeUndefined();
    expect(decodeBase64url("AA==")).toBeUndefined();
    expect(decodeBase64url("a+b/")).toBeUndefined();
    expect(decodeBase64url("AAé")).toBeUndefined();
    expect(decodeBase64url("")).toEqual(new Uint8Array(0));
  });
});

test("crc32: the standard check value and an empty input", () => {
  expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  expect(crc32(new Uint8Array(0))).toBe(0);
});

describe("inflateAtMost", () => {
  test("output of exactly the cap is accepted, one byte more is not", () => {
    const data = new TextEncoder().encode("abc".repeat(5000));
    const deflated = deflateSync(data);
    expect(inflateAtMost(deflated, data.length)).toEqual({ ok: true, bytes: data });
    expect(inflateAtMost(deflated, data.length - 1)).toEqual({ ok: false, problem: "too-large" });
  });
  test("a bomb is stopped early", () => {
    expect(inflateAtMost(deflateSync(new Uint8Array(32 * 2 ** 20)), 65536)).toEqual({ ok: false, problem: "too-large" });
  });
  test("empty, truncated and non-DEFLATE input is corrupt", () => {
    const deflated = deflateSync(randomBytes(3000));
    expect(inflateAtMost(new Uint8Array(0), 100)).toEqual({ ok: false, problem: "corrupt" });
    expect(inflateAtMost(deflated.subarray(0, deflated.length - 1), 10_000)).toEqual({ ok: false, problem: "corrupt" });
    expect(inflateAtMost(Uint8Array.of(0xff, 0xff), 100)).toEqual({ ok: false, problem: "corrupt" });
  });
  test("a stream cut exactly after a complete non-final block is corrupt, not short", () => {
    // level 0: stored blocks (RFC 1951 §3.2.4) of 65535 bytes, each after a 5-byte header.
    const deflated = deflateSync(randomBytes(100_000), { level: 0 });
    expect(deflated[0] & 1).toBe(0);
    expect(inflateAtMost(deflated.subarray(0, 5 + 65535), 200_000)).toEqual({ ok: false, problem: "corrupt" });
    expect(inflateAtMost(deflated, 200_000).ok).toBe(true);
  });
});

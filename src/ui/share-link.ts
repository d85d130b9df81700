// Share links: a boot configuration and where each of its files comes from, carried in the
// fragment of the playground's address, so that opening the link reproduces the boot.
//
// Format: `boot=v1.` followed by base64url (RFC 4648 §5) of
//   CRC-32 of the rest (4 bytes, big-endian) ++ raw DEFLATE (RFC 1951) of a UTF-8 JSON document
//   { "config": BootConfig, "files": { <file name>: <source> } }
// where an embedded file's source is { "kind": "embedded", "deflated": base64url of its raw
// DEFLATE }. The checksum tells a link damaged in copying from a link that says something
// wrong; the version in front lets a later format be told apart from a broken one.
//
// Links come from anyone. decodeShareFragment() treats the text as hostile: it bounds every
// size before doing work on it (text length, inflated sizes), refuses unknown fields, checks
// the config with validateBootConfig() and every file source, and turns every problem into
// a ShareLinkError whose message can be shown to the user as is. A link only describes a
// boot: it never names code to run in the page, and its URLs are https: addresses the page
// fetches only after asking.
import { deflateSync } from "fflate";
import { validateBootConfig, type BootConfig } from "../emulator/boot-config";
import { LoadError } from "../emulator/loaders/load-error";
import { decodeBase64url, encodeBase64url } from "./base64url";
import { inflateAtMost } from "./bounded-inflate";
import { crc32 } from "./crc32";
import { isBuiltinName } from "./builtin-images";

/** Where a file the boot config names comes from.
 *  - builtin: a file of the site's public/images, by its file name (e.g. "Image.gz"); the
 *    page checks the id against its image manifest.
 *  - url: an https: address, fetched with CORS; the page asks before fetching from another
 *    origin.
 *  - embedded: the file itself, carried in the link (small files only, see canEmbed()).
 *  - local: a file the sender had on their machine, known by its SHA-256 (lower-case hex)
 *    and size; the page asks the recipient to drop a file with that hash.
 *  - blank-disk: only for a drive's file: the recipient gets a new empty disk of that size.
 *  A drive whose file is builtin, url, local or embedded is a base image: the recipient
 *  attaches it as a copy-on-write overlay, so the guest's writes never change the base. */
export type FileSource =
  | { kind: "builtin"; id: string }
  | { kind: "url"; url: string }
  | { kind: "embedded"; bytes: Uint8Array }
  | { kind: "local"; sha256: string; size: number }
  | { kind: "blank-disk"; sizeBytes: number };

/** A boot config and the source of each file it names (exactly one per name, no others). */
export interface ShareState {
  config: BootConfig;
  files: Record<string, FileSource>;
}

/** A problem with a share link, in words for the user (shown in the page as is). */
export class ShareLinkError extends Error {
  override name = "ShareLinkError";
}

export const SHARE_LINK_VERSION = 1;
/** What every share-link fragment starts with, whatever its version. */
const MARK = "boot=";
const PREFIX = `${MARK}v${SHARE_LINK_VERSION}.`;

/** Longest fragment made or read (characters, including the prefix). */
export const MAX_FRAGMENT_CHARS = 32 * 1024;
/** Largest JSON document inside a link (bytes of UTF-8, after inflating). */
export const MAX_DOCUMENT_BYTES = 256 * 1024;
/** A file can be embedded when it deflates to at most this many bytes ... */
export const MAX_EMBED_DEFLATED_BYTES = 4 * 1024;
/** ... and is at most this large itself (a bound on what a link can make the page inflate). */
export const MAX_EMBED_FILE_BYTES = 1024 * 1024;
/** All embedded files of a link together, deflated. */
export const MAX_EMBED_TOTAL_DEFLATED_BYTES = 16 * 1024;
/** All embedded files of a link together, inflated. */
export const MAX_EMBED_TOTAL_BYTES = 4 * 1024 * 1024;
/** Largest file a link may reference by hash. */
export const MAX_LOCAL_FILE_BYTES = 64 * 2 ** 30;
/** Largest blank disk a link may ask for. */
export const MAX_BLANK_DISK_BYTES = 16 * 2 ** 30;
export const MAX_FILE_NAME_CHARS = 255;
export const MAX_URL_CHARS = 2048;
const SECTOR_BYTES = 512;

const DEFLATE_OPTIONS = { level: 9 } as const;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when `fragment` (with or without its '#') is meant as a share link, of any version,
 *  working or not: the page then decodes it and shows any error, and leaves other fragments
 *  (empty, or an ordinary anchor) alone. decodeShareFragment() throws for those too. */
export function isShareFragment(fragment: string): boolean {
  return withoutHash(fragment).startsWith(MARK);
}

/** Whether a file is small enough to travel inside a link (MAX_EMBED_FILE_BYTES,
 *  MAX_EMBED_DEFLATED_BYTES); all embedded files of one link together must also stay within
 *  MAX_EMBED_TOTAL_DEFLATED_BYTES, which encodeShareFragment() checks. */
export function canEmbed(bytes: Uint8Array): boolean {
  return bytes.length <= MAX_EMBED_FILE_BYTES && deflateSync(bytes, DEFLATE_OPTIONS).length <= MAX_EMBED_DEFLATED_BYTES;
}

/** The fragment (without '#') for `state`. Throws ShareLinkError when the state is not one a
 *  link can carry (it is checked as a received link would be) or the link would be too long. */
export function encodeShareFragment(state: ShareState): string {
  const problem = (detail: string) => new ShareLinkError(`Cannot make a share link: ${detail}`);
  const files = Object.fromEntries(Object.entries(state.files).map(([name, source]) => [name, sourceToDocument(name, source, problem)]));
  const { document } = readDocumentOrThrow({ config: state.config, files }, problem);
  const json = new TextEncoder().encode(JSON.stringify(document));
  if (json.length > MAX_DOCUMENT_BYTES) throw problem(`its description would take ${json.length} bytes; at most ${MAX_DOCUMENT_BYTES} are allowed`);
  const deflated = deflateSync(json, DEFLATE_OPTIONS);
  const packed = new Uint8Array(4 + deflated.length);
  new DataView(packed.buffer).setUint32(0, crc32(deflated));
  packed.set(deflated, 4);
  const fragment = PREFIX + encodeBase64url(packed);
  if (fragment.length > MAX_FRAGMENT_CHARS) {
    const advice = Object.values(state.files).some((source) => source.kind === "embedded") ? " (embed fewer files and share them by reference instead)" : "";
    throw problem(`the link would be ${fragment.length} characters long; at most ${MAX_FRAGMENT_CHARS} are allowed${advice}`);
  }
  return fragment;
}

/** The state a share-link fragment (with or without its '#') describes. Throws ShareLinkError
 *  for anything else: a fragment that is not a share link (see isShareFragment()), a link
 *  from a newer playground, a damaged link, or one whose content is invalid. */
export function decodeShareFragment(fragment: string): ShareState {
  const text = withoutHash(fragment);
  if (!text.startsWith(MARK)) throw new ShareLinkError(`This page address does not hold a share link (share links start with '#${MARK}').`);
  if (text.length > MAX_FRAGMENT_CHARS) {
    throw new ShareLinkError(`This share link is too long (${text.length} characters; at most ${MAX_FRAGMENT_CHARS} are read).`);
  }
  checkVersion(text);
  const damaged = (detail: string) => new ShareLinkError(`This share link is damaged: ${detail}. Copy the whole link again.`);
  const payload = text.slice(PREFIX.length);
  const stray = /[^A-Za-z0-9_-]/.exec(payload);
  if (stray) throw damaged(`it contains ${JSON.stringify(stray[0])} at position ${PREFIX.length + stray.index}, which a share link never does`);
  const packed = decodeBase64url(payload);
  if (!packed) throw damaged("its data is cut off or is not base64url");
  if (packed.length < 5) throw damaged("it is too short to hold a boot configuration");
  const deflated = packed.subarray(4);
  if (new DataView(packed.buffer, packed.byteOffset).getUint32(0) !== crc32(deflated)) throw damaged("its checksum does not match its data");

  const invalid = (detail: string) => new ShareLinkError(`This share link is invalid: ${detail}.`);
  const inflated = inflateAtMost(deflated, MAX_DOCUMENT_BYTES);
  if (!inflated.ok) {
    throw inflated.problem === "too-large"
      ? invalid(`its data expands to more than ${MAX_DOCUMENT_BYTES} bytes`)
      : invalid("its data is not DEFLATE-compressed");
  }
  let json: string;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(inflated.bytes);
  } catch {
    throw invalid("its data is not UTF-8 text");
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw invalid("its data is not JSON");
  }
  return readDocumentOrThrow(value, invalid).state;
}

function withoutHash(fragment: string): string {
  return fragment.startsWith("#") ? fragment.slice(1) : fragment;
}

/** `text` starts with MARK: accept this version only, and say which when it is another. */
function checkVersion(text: string): void {
  const version = /^v([0-9]{1,6})(?![0-9])/.exec(text.slice(MARK.length));
  if (!version) throw new ShareLinkError(`This share link is damaged: it does not say which link format it uses (it should start with '${PREFIX}'). Copy the whole link again.`);
  const number = Number(version[1]);
  if (number > SHARE_LINK_VERSION) {
    throw new ShareLinkError(`This link was made by a newer version of the playground (link format v${number}; this page reads v${SHARE_LINK_VERSION}).`);
  }
  if (number !== SHARE_LINK_VERSION) {
    throw new ShareLinkError(`This share link uses link format v${number}, which this page does not read (it reads v${SHARE_LINK_VERSION}).`);
  }
  if (!text.startsWith(PREFIX)) throw new ShareLinkError(`This share link is damaged: it should start with '${PREFIX}'. Copy the whole link again.`);
}

// ---- the JSON document ----

type DocumentSource =
  | Exclude<FileSource, { kind: "embedded" }>
  | { kind: "embedded"; /** base64url of the file's raw DEFLATE */ deflated: string };

interface ShareDocument {
  config: BootConfig;
  files: Record<string, DocumentSource>;
}

/** A problem with a document, described by the field it is in. */
class DocumentError extends Error {}

function sourceToDocument(name: string, source: FileSource, problem: (detail: string) => ShareLinkError): unknown {
  if (source.kind !== "embedded") return source;
  const what = `file ${quote(name)}`;
  if (source.bytes.length > MAX_EMBED_FILE_BYTES) {
    throw problem(`${what} is too large to embed (${source.bytes.length} bytes; at most ${MAX_EMBED_FILE_BYTES}); share it by reference instead`);
  }
  const deflated = deflateSync(source.bytes, DEFLATE_OPTIONS);
  if (deflated.length > MAX_EMBED_DEFLATED_BYTES) {
    throw problem(`${what} is too large to embed (${deflated.length} bytes compressed; at most ${MAX_EMBED_DEFLATED_BYTES}); share it by reference instead`);
  }
  return { kind: "embedded", deflated: encodeBase64url(deflated) };
}

function readDocumentOrThrow(value: unknown, problem: (detail: string) => ShareLinkError): { document: ShareDocument; state: ShareState } {
  try {
    return readDocument(value);
  } catch (e) {
    if (e instanceof DocumentError || e instanceof LoadError) throw problem(e.message);
    throw e;
  }
}

/** Check a document field by field; return it cleaned (as a link carries it) and as a state. */
function readDocument(value: unknown): { document: ShareDocument; state: ShareState } {
  const fields = objectWith(value, "link data", ["config", "files"]);
  const config = validateBootConfig(fields.config);
  if (config.expect !== undefined || config.timeoutSeconds !== undefined) {
    throw new DocumentError("boot config: expect and timeoutSeconds are command-line test options, which share links do not carry");
  }
  const uses = fileUses(config);
  for (const [name, use] of uses) checkFileName(name, `boot config: the ${use.what.join(" and ")}`);

  const given = plainObject(fields.files, "files");
  for (const name of Object.keys(given)) {
    if (!uses.has(name)) throw new DocumentError(`files[${quote(name)}]: the boot config names no such file`);
  }
  const documentFiles: [string, DocumentSource][] = [];
  const stateFiles: [string, FileSource][] = [];
  const embedded: EmbeddedTotals = { deflatedBytes: 0, bytes: 0 };
  for (const [name, use] of uses) {
    if (!Object.hasOwn(given, name)) throw new DocumentError(`files: nothing says where the ${use.what.join(" and ")} ${quote(name)} comes from`);
    const { document, state } = readSource(given[name], `files[${quote(name)}]`, embedded);
    if (state.kind === "blank-disk" && (use.drives !== use.what.length || use.drives > 1)) {
      throw new DocumentError(`files[${quote(name)}]: a blank disk can only be the file of a single drive (here it is the ${use.what.join(" and the ")})`);
    }
    documentFiles.push([name, document]);
    stateFiles.push([name, state]);
  }
  return {
    document: { config, files: Object.fromEntries(documentFiles) },
    state: { config, files: Object.fromEntries(stateFiles) },
  };
}

/** The embedded files read so far, for the limits on all of them together: checked before
 *  each file is inflated, as a link may repeat one small bomb many times. */
interface EmbeddedTotals {
  deflatedBytes: number;
  bytes: number;
}

interface FileUse {
  /** What the config uses the file as, e.g. "kernel", "disk image of drive 'hd0'". */
  what: string[];
  /** How many of those uses are drives. */
  drives: number;
}

/** Every file name the config mentions, with what it is used as. */
function fileUses(config: BootConfig): Map<string, FileUse> {
  const uses = new Map<string, FileUse>();
  const add = (name: string | undefined, what: string, isDrive = false) => {
    if (name === undefined) return;
    const use = uses.get(name) ?? { what: [], drives: 0 };
    use.what.push(what);
    if (isDrive) use.drives++;
    uses.set(name, use);
  };
  add(config.kernel, "kernel");
  add(config.initrd, "initrd");
  add(config.dtb, "device tree");
  config.loaders.forEach((loader, i) => add(loader.kind === "file" ? loader.file : undefined, `file of loaders[${i}]`));
  for (const drive of config.drives) add(drive.file, `disk image of drive ${quote(drive.id)}`, true);
  return uses;
}

function checkFileName(name: string, where: string): void {
  const fail = (why: string) => {
    throw new DocumentError(`${where}: file name ${quote(name)} ${why}`);
  };
  if (name.length > MAX_FILE_NAME_CHARS) fail(`is longer than ${MAX_FILE_NAME_CHARS} characters`);
  if (name === "" || name === "." || name === "..") fail("is not a file name");
  if (name.includes("/")) fail("contains '/' (file names in share links have no directories)");
  if (CONTROL_CHARACTER.test(name)) fail("contains a control character");
  if (LONE_SURROGATE.test(name)) fail("is not well-formed Unicode");
}

function readSource(value: unknown, path: string, embedded: EmbeddedTotals): { document: DocumentSource; state: FileSource } {
  const kinds = ["builtin", "url", "embedded", "local", "blank-disk"] as const;
  const kind = plainObject(value, path).kind;
  switch (kind) {
    case "builtin": {
      const id = string(objectWith(value, path, ["kind", "id"]).id, `${path}.id`);
      if (!isBuiltinName(id)) throw new DocumentError(`${path}.id: ${quote(id)} is not the name of a file of the site's images`);
      const source = { kind, id } as const;
      return { document: source, state: source };
    }
    case "url": {
      const source = { kind, url: httpsUrl(objectWith(value, path, ["kind", "url"]).url, `${path}.url`) } as const;
      return { document: source, state: source };
    }
    case "embedded": {
      const deflated = string(objectWith(value, path, ["kind", "deflated"]).deflated, `${path}.deflated`);
      const bytes = readEmbedded(deflated, `${path}.deflated`, embedded);
      return { document: { kind, deflated }, state: { kind, bytes } };
    }
    case "local": {
      const fields = objectWith(value, path, ["kind", "sha256", "size"]);
      const sha256 = string(fields.sha256, `${path}.sha256`);
      if (!SHA256_HEX.test(sha256)) throw new DocumentError(`${path}.sha256: must be 64 lower-case hexadecimal digits`);
      const source = { kind, sha256, size: integer(fields.size, `${path}.size`, 0, MAX_LOCAL_FILE_BYTES) } as const;
      return { document: source, state: source };
    }
    case "blank-disk": {
      const sizeBytes = integer(objectWith(value, path, ["kind", "sizeBytes"]).sizeBytes, `${path}.sizeBytes`, SECTOR_BYTES, MAX_BLANK_DISK_BYTES);
      if (sizeBytes % SECTOR_BYTES) throw new DocumentError(`${path}.sizeBytes: must be a multiple of ${SECTOR_BYTES} bytes`);
      const source = { kind, sizeBytes } as const;
      return { document: source, state: source };
    }
    default:
      throw new DocumentError(`${path}.kind: must be one of ${kinds.map((k) => JSON.stringify(k)).join(", ")}`);
  }
}

function readEmbedded(text: string, path: string, totals: EmbeddedTotals): Uint8Array {
  if (text.length > Math.ceil((MAX_EMBED_DEFLATED_BYTES * 4) / 3)) {
    throw new DocumentError(`${path}: the embedded file takes more than ${MAX_EMBED_DEFLATED_BYTES} bytes compressed`);
  }
  const deflated = decodeBase64url(text);
  if (!deflated) throw new DocumentError(`${path}: is not base64url`);
  totals.deflatedBytes += deflated.length;
  if (totals.deflatedBytes > MAX_EMBED_TOTAL_DEFLATED_BYTES) {
    throw new DocumentError(`${path}: with this file the embedded files take ${totals.deflatedBytes} bytes compressed; at most ${MAX_EMBED_TOTAL_DEFLATED_BYTES} are allowed`);
  }
  const bytesLeft = MAX_EMBED_TOTAL_BYTES - totals.bytes;
  const inflated = inflateAtMost(deflated, Math.min(MAX_EMBED_FILE_BYTES, bytesLeft));
  if (!inflated.ok) {
    if (inflated.problem === "corrupt") throw new DocumentError(`${path}: is not DEFLATE-compressed data`);
    throw new DocumentError(bytesLeft < MAX_EMBED_FILE_BYTES
      ? `${path}: with this file the embedded files expand to more than ${MAX_EMBED_TOTAL_BYTES} bytes`
      : `${path}: the embedded file expands to more than ${MAX_EMBED_FILE_BYTES} bytes`);
  }
  totals.bytes += inflated.bytes.length;
  return inflated.bytes;
}

/** An https: address without credentials, normalised as the URL parser writes it. */
function httpsUrl(value: unknown, path: string): string {
  const text = string(value, path);
  if (text.length > MAX_URL_CHARS) throw new DocumentError(`${path}: is longer than ${MAX_URL_CHARS} characters`);
  if (/[\u0000-\u0020\u007f]/.test(text)) throw new DocumentError(`${path}: contains a space or control character`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DocumentError(`${path}: ${quote(text)} is not an address`);
  }
  if (url.protocol !== "https:") throw new DocumentError(`${path}: must be an https: address, not ${quote(url.protocol)}`);
  if (url.username !== "" || url.password !== "") throw new DocumentError(`${path}: must not contain a user name or password`);
  return url.href;
}

// ---- field checks ----

function plainObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new DocumentError(`${path}: must be an object`);
  return value as Record<string, unknown>;
}

/** `value` as an object with exactly the fields `keys`. */
function objectWith(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  const fields = plainObject(value, path);
  for (const key of Object.keys(fields)) if (!keys.includes(key)) throw new DocumentError(`${path}: unknown field ${quote(key)}`);
  for (const key of keys) if (!Object.hasOwn(fields, key)) throw new DocumentError(`${path}: missing field '${key}'`);
  return fields;
}

function string(value: unknown, path: string): string {
  if (typeof value !== "string") throw new DocumentError(`${path}: must be a string`);
  return value;
}

function integer(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new DocumentError(`${path}: must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** A string from a link, quoted (control characters escaped) and shortened for a message. */
function quote(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

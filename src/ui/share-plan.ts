// Between the page's state and share links (share-link.ts): which source each file of a
// configuration gets when a link is made, and what opening a link takes (files to fetch from
// other sites, files to ask the recipient for, files the link carries).
import type { BootConfig } from "../emulator/boot-config";
import { deflateSync } from "fflate";
import {
  MAX_EMBED_DEFLATED_BYTES, MAX_EMBED_FILE_BYTES, MAX_EMBED_TOTAL_DEFLATED_BYTES, type FileSource, type ShareState,
} from "./share-link";
import { formatSize, sha256Hex } from "./file-kinds";
import { bootFileNames, freeName, renameFile } from "./config-files";

/** Where a file the page boots comes from, other than the user's own files. */
export type LinkedSource = { kind: "builtin"; id: string } | { kind: "url"; url: URL };

/** The user's own file of a name, as much as a link needs of it. */
export interface OwnFile {
  bytes: () => Promise<Uint8Array>;
  size: number;
  sha256?: string;
}

export interface MadeLink {
  state: ShareState;
  /** Files the recipient will be asked to drop (not small enough to travel in the link). */
  referenced: { name: string; size: number; sha256: string }[];
  /** What the recipient will not get as the sender has it (disk contents). */
  notes: string[];
}

/** A disk a configuration attaches, as a link sees it. */
export interface SharedDisk {
  sizeBytes: number;
  /** An overlay's base image, as a built-in image id or an https URL. */
  base?: LinkedSource;
  /** Bytes the disk holds of its own. */
  usageBytes: number;
}

/** The share state of `config`: built-in images by id, linked URLs as they are, the user's
 *  small files inside the link (smallest first, while the link's budget lasts) and the
 *  others by SHA-256. */
export async function shareStateOf(
  config: BootConfig,
  own: (name: string) => OwnFile | undefined,
  linked: (name: string) => LinkedSource | undefined,
  disk: (name: string) => SharedDisk | undefined = () => undefined,
): Promise<MadeLink> {
  const files: Record<string, FileSource> = {};
  const referenced: MadeLink["referenced"] = [];
  const notes: string[] = [];
  // Disks travel as what they were made from: a blank disk of their size, or their base
  // image (the recipient gets a fresh overlay). What the guest wrote stays here.
  for (const drive of config.drives) {
    const shared = disk(drive.file);
    if (!shared) throw new Error(`disk '${drive.file}' is not in this browser`);
    if (shared.base) files[drive.file] = shared.base.kind === "url" ? { kind: "url", url: shared.base.url.href } : shared.base;
    else files[drive.file] = { kind: "blank-disk", sizeBytes: shared.sizeBytes };
    if (shared.usageBytes > 0) {
      notes.push(`disk '${drive.file}' travels ${shared.base ? "as its base image" : "as a blank disk of the same size"}: what is written on it stays in this browser (export it to send it)`);
    }
  }
  const ownNames: { name: string; file: OwnFile }[] = [];
  for (const name of bootFileNames(config)) {
    const file = own(name);
    if (file) {
      ownNames.push({ name, file });
      continue;
    }
    const source = linked(name);
    if (!source) throw new Error(`${name} is not among your files or the built-in images`);
    files[name] = source.kind === "url" ? { kind: "url", url: source.url.href } : source;
  }
  let budget = MAX_EMBED_TOTAL_DEFLATED_BYTES;
  for (const { name, file } of ownNames.sort((a, b) => a.file.size - b.file.size)) {
    if (file.size <= MAX_EMBED_FILE_BYTES) {
      const bytes = await file.bytes();
      const deflated = deflateSync(bytes, { level: 9 }).length;
      if (deflated <= MAX_EMBED_DEFLATED_BYTES && deflated <= budget) {
        budget -= deflated;
        files[name] = { kind: "embedded", bytes };
        continue;
      }
    }
    if (!file.sha256) throw new Error(`${name} (${formatSize(file.size)}) is too large to be referenced by a share link`);
    files[name] = { kind: "local", sha256: file.sha256, size: file.size };
    referenced.push({ name, size: file.size, sha256: file.sha256 });
  }
  // Test-only options of the command line never travel in links.
  const { expect: _expect, timeoutSeconds: _timeout, ...shared } = config;
  return { state: { config: shared, files }, referenced, notes };
}

/** What opening a link takes. */
export interface LinkOpening {
  /** The configuration, with names changed where the recipient has a wanted file under
   *  another name. */
  config: BootConfig;
  linked: Map<string, LinkedSource>;
  /** Files the link carries, to keep as the user's own. */
  embedded: { name: string; bytes: Uint8Array }[];
  /** Files to ask the recipient to drop. */
  missing: { name: string; sha256: string; size: number }[];
  /** Files on other sites, fetched only if the user agrees. */
  foreign: { name: string; url: URL }[];
  /** Disks to make for the link's drives: blank ones, or overlays over a base image. */
  disks: { name: string; sizeBytes?: number; base?: LinkedSource }[];
}

/** Plan the opening of a decoded link; throws (with a message for the user) when the link
 *  names built-in images this site does not have. */
export async function planLinkOpening(
  state: ShareState,
  site: {
    builtins: Readonly<Record<string, unknown>>;
    origin: string;
    bySha256: (sha256: string) => string | undefined;
    /** The SHA-256 of the user's file of this name, if they have one. */
    sha256Of: (name: string) => string | undefined;
  },
): Promise<LinkOpening> {
  let config = state.config;
  const opening: LinkOpening = { config, linked: new Map(), embedded: [], missing: [], foreign: [], disks: [] };
  const driveFiles = new Set(state.config.drives.map((d) => d.file));
  for (const [name, source] of Object.entries(state.files)) {
    if (driveFiles.has(name)) {
      opening.disks.push(diskFromLink(name, source, site.builtins));
      if (source.kind === "url" && new URL(source.url).origin !== site.origin) opening.foreign.push({ name, url: new URL(source.url) });
      continue;
    }
    switch (source.kind) {
      case "builtin":
        if (!(source.id in site.builtins)) throw new Error(`The link boots the built-in image '${source.id}', which this site does not have.`);
        opening.linked.set(name, source);
        break;
      case "url": {
        const url = new URL(source.url);
        opening.linked.set(name, { kind: "url", url });
        if (url.origin !== site.origin) opening.foreign.push({ name, url });
        break;
      }
      case "embedded": {
        const existing = site.sha256Of(name);
        // A different file of the same name stays; the link's one gets a name of its own.
        const kept = existing === undefined || existing === (await sha256Hex(new Blob([source.bytes as Uint8Array<ArrayBuffer>]))) ? name : freeName(name, (n) => site.sha256Of(n) !== undefined, "link ");
        opening.embedded.push({ name: kept, bytes: source.bytes });
        if (kept !== name) config = renameFile(config, name, kept);
        break;
      }
      case "local": {
        const have = site.bySha256(source.sha256);
        if (have === undefined) opening.missing.push({ name, sha256: source.sha256, size: source.size });
        else if (have !== name) config = renameFile(config, name, have);
        break;
      }
      case "blank-disk":
        throw new Error(`The link makes '${name}' a blank disk but does not attach it as a drive.`);
    }
  }
  opening.config = config;
  return opening;
}

/** The disk a link's drive asks for. */
function diskFromLink(name: string, source: FileSource, builtins: Readonly<Record<string, unknown>>): LinkOpening["disks"][number] {
  switch (source.kind) {
    case "blank-disk":
      return { name, sizeBytes: source.sizeBytes };
    case "builtin":
      if (!(source.id in builtins)) throw new Error(`The link's disk '${name}' is over the built-in image '${source.id}', which this site does not have.`);
      return { name, base: source };
    case "url":
      return { name, base: { kind: "url", url: new URL(source.url) } };
    case "embedded":
    case "local":
      throw new Error(`The link's disk '${name}' is a file from its author's computer; disks travel in links only as blank disks or overlays over an image on the web.`);
  }
}


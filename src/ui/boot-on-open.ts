// What the playground boots when the page opens: a kernel named in the page's address
// (?kernel=images/hello.elf), else the demo guest of images/manifest.json if this build's
// machine can boot it, else the bundled bare-metal demo images/hello.elf.
import { BOOTABLE_KINDS, type BootFile } from "../workers/vm-api";
import { detectKind, KIND_LABELS } from "./file-kinds";
import { fetchBytes, fetchHead, FetchError, type Progress } from "./fetch-bytes";

export interface OpeningBoot {
  kernel: BootFile;
  /** Why this and not the demo guest, when that matters. */
  note?: string;
}

interface Manifest {
  kernel: string;
  initrd?: string;
  append?: string;
}

const HEAD_BYTES = 64 * 1024;

function imagesUrl(name: string): URL {
  return new URL(`images/${name}`, document.baseURI);
}

async function readManifest(): Promise<Manifest | undefined> {
  let response: Response;
  try {
    response = await fetch(imagesUrl("manifest.json"));
  } catch {
    return undefined;
  }
  if (!response.ok || !response.headers.get("Content-Type")?.includes("json")) return undefined;
  const manifest: unknown = await response.json().catch(() => undefined);
  if (typeof manifest !== "object" || manifest === null || typeof (manifest as Manifest).kernel !== "string") return undefined;
  return manifest as Manifest;
}

async function fetchKernel(url: URL, onProgress: Progress): Promise<BootFile> {
  const name = decodeURIComponent(url.pathname.split("/").pop() || url.pathname);
  const bytes = await fetchBytes(url, onProgress);
  return { name, kind: await detectKind(new Blob([bytes])), bytes };
}

/** The demo guest, if the machine can boot it; otherwise why not. */
async function manifestBoot(onProgress: Progress): Promise<OpeningBoot | string | undefined> {
  const manifest = await readManifest();
  if (!manifest) return undefined;
  const url = imagesUrl(manifest.kernel);
  let kind;
  try {
    kind = await detectKind(new Blob([await fetchHead(url, HEAD_BYTES)]));
  } catch (e) {
    return `images/manifest.json names ${manifest.kernel}, but ${e instanceof FetchError ? e.message : String(e)}`;
  }
  // BootConfig carries a kernel only: an initrd or command line cannot be passed on yet.
  if (!BOOTABLE_KINDS.has(kind) || manifest.initrd || manifest.append) {
    const extras = manifest.initrd ? ` with the initramfs ${manifest.initrd}` : "";
    return `The demo guest in images/manifest.json (${manifest.kernel}: ${KIND_LABELS[kind]}${extras}) ` +
      "cannot be booted by this build's machine yet, so the bare-metal demo runs instead.";
  }
  return { kernel: await fetchKernel(url, onProgress) };
}

export async function chooseOpeningBoot(onProgress: Progress): Promise<OpeningBoot> {
  const requested = new URLSearchParams(location.search).get("kernel");
  if (requested) {
    const url = new URL(requested, document.baseURI);
    if (url.origin !== location.origin) throw new FetchError(`?kernel= must name a file on this site, not ${url.origin}`);
    return { kernel: await fetchKernel(url, onProgress) };
  }
  const demo = await manifestBoot(onProgress);
  if (typeof demo === "object") return demo;
  return { kernel: await fetchKernel(imagesUrl("hello.elf"), onProgress), note: demo };
}

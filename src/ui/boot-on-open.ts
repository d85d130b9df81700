// What the playground boots when the page opens: a kernel named in the page's address
// (?kernel=images/hello.elf), else the demo guest of images/manifest.json (kernel, initrd
// and command line), else the bundled bare-metal demo images/hello.elf.
import type { BootConfig, BootFile } from "../workers/vm-api";
import { detectKind } from "./file-kinds";
import { fetchBytes, FetchError, type Progress } from "./fetch-bytes";

export type OpeningBoot = Omit<BootConfig, "ramMiB">;

/** Progress of one file of the opening boot, by name. */
export type FileProgress = (name: string, loadedBytes: number, totalBytes: number | undefined) => void;

interface Manifest {
  kernel: string;
  initrd?: string;
  append?: string;
}

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
  if (typeof manifest !== "object" || manifest === null) return undefined;
  const { kernel, initrd, append } = manifest as Record<string, unknown>;
  if (typeof kernel !== "string") return undefined;
  return {
    kernel,
    initrd: typeof initrd === "string" ? initrd : undefined,
    append: typeof append === "string" ? append : undefined,
  };
}

async function fetchFile(url: URL, onProgress: FileProgress): Promise<BootFile> {
  const name = decodeURIComponent(url.pathname.split("/").pop() || url.pathname);
  const progress: Progress = (loaded, total) => onProgress(name, loaded, total);
  const bytes = await fetchBytes(url, progress);
  return { name, kind: await detectKind(new Blob([bytes])), bytes };
}

export async function chooseOpeningBoot(onProgress: FileProgress): Promise<OpeningBoot> {
  const requested = new URLSearchParams(location.search).get("kernel");
  if (requested) {
    const url = new URL(requested, document.baseURI);
    if (url.origin !== location.origin) throw new FetchError(`?kernel= must name a file on this site, not ${url.origin}`);
    return { kernel: await fetchFile(url, onProgress) };
  }
  const manifest = await readManifest();
  if (!manifest) return { kernel: await fetchFile(imagesUrl("hello.elf"), onProgress) };
  return {
    kernel: await fetchFile(imagesUrl(manifest.kernel), onProgress),
    initrd: manifest.initrd === undefined ? undefined : await fetchFile(imagesUrl(manifest.initrd), onProgress),
    append: manifest.append,
  };
}

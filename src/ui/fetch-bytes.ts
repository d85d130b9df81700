// Fetching boot images with progress.
import { concatBytes } from "../emulator/bytes";

export type Progress = (loadedBytes: number, totalBytes: number | undefined) => void;

export class FetchError extends Error {
  override name = "FetchError";
}

/** Boot files are loaded whole into memory: beyond this a download is refused. */
export const MAX_FETCH_BYTES = 1024 * 2 ** 20;

/** The address as the user should see it: a path on this site, the whole URL elsewhere. */
function shown(url: URL): string {
  return url.origin === location.origin ? url.pathname : url.href;
}

async function open(url: URL): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { mode: "cors", credentials: "omit" });
  } catch (e) {
    const cors = url.origin !== location.origin ? " (the server may not allow cross-origin requests: it must send Access-Control-Allow-Origin)" : "";
    throw new FetchError(`cannot fetch ${shown(url)}: ${e instanceof Error ? e.message : String(e)}${cors}`);
  }
  if (!response.ok) throw new FetchError(`cannot fetch ${shown(url)}: HTTP ${response.status} ${response.statusText}`);
  return response;
}

/** The whole file, reporting progress as it arrives. */
export async function fetchBytes(url: URL, onProgress: Progress): Promise<ArrayBuffer> {
  const response = await open(url);
  const length = Number(response.headers.get("Content-Length"));
  const total = length > 0 && !response.headers.get("Content-Encoding") ? length : undefined;
  const tooLarge = () => new FetchError(`${shown(url)} is larger than the ${MAX_FETCH_BYTES / 2 ** 20} MiB a boot file may have`);
  if (total !== undefined && total > MAX_FETCH_BYTES) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress(0, total);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    if (loaded > MAX_FETCH_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    onProgress(loaded, total);
  }
  return concatBytes(chunks, loaded).buffer as ArrayBuffer;
}

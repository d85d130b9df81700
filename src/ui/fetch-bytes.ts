// Fetching boot images with progress.

export type Progress = (loadedBytes: number, totalBytes: number | undefined) => void;

export class FetchError extends Error {
  override name = "FetchError";
}

async function open(url: URL): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new FetchError(`cannot fetch ${url.pathname}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!response.ok) throw new FetchError(`cannot fetch ${url.pathname}: HTTP ${response.status} ${response.statusText}`);
  return response;
}

/** The whole file, reporting progress as it arrives. */
export async function fetchBytes(url: URL, onProgress: Progress): Promise<ArrayBuffer> {
  const response = await open(url);
  const length = Number(response.headers.get("Content-Length"));
  const total = length > 0 && !response.headers.get("Content-Encoding") ? length : undefined;
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress(0, total);
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes.buffer;
}

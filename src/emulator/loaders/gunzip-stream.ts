// Inflating gzip files with the platform's DecompressionStream (browsers and Node): it runs
// off the calling thread's critical path, is several times faster than a portable inflate,
// and stops as soon as the output passes a limit, so a small hostile file cannot make the
// page allocate gigabytes (a gzip trailer's size field cannot be trusted for that).
import { LoadError } from "./load-error";
import { concatBytes } from "../bytes";

/** The inflated contents of gzip data; a LoadError names the problem when the data is corrupt
 *  or cut off, or inflates to more than `limit` bytes. */
export async function gunzipBounded(data: Blob | Uint8Array, name: string, limit: number): Promise<Uint8Array> {
  const blob = data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer>]);
  const reader = blob.stream().pipeThrough(new DecompressionStream("gzip")).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw new LoadError(`${name}: decompresses to more than ${limit} bytes`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError(`${name}: corrupt gzip data (${e instanceof Error ? e.message : String(e)}; is the file cut off?)`);
  }
  return concatBytes(chunks, total);
}

// Loads the compiled core for Node hosts.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const WASM_PATH = fileURLToPath(new URL("../../build/core.wasm", import.meta.url));

export async function loadCoreModule(): Promise<WebAssembly.Module> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await readFile(WASM_PATH));
  } catch {
    throw new Error(`the core is not built (${WASM_PATH} missing): run 'npm run build:core'`);
  }
  return WebAssembly.compile(bytes);
}

// Whether this browser can reserve the shared WebAssembly memory a guest of a given RAM size
// needs (the core's memory is its own state plus guest RAM, see core/layout.ts).
import { RAM_HOST_OFFSET, WASM_PAGE_BYTES } from "../emulator/core/layout";

export const RAM_CHOICES_MIB = [64, 128, 256, 512, 1024, 2048] as const;
export const DEFAULT_RAM_MIB = 256;

/** Why `ramMiB` cannot be had, or undefined when the reservation works. */
export function sharedMemoryProblem(ramMiB: number): string | undefined {
  const pages = (RAM_HOST_OFFSET + ramMiB * 2 ** 20) / WASM_PAGE_BYTES;
  try {
    new WebAssembly.Memory({ initial: 1, maximum: pages, shared: true });
    return undefined;
  } catch (e) {
    return `This browser cannot reserve ${ramMiB} MiB of shared WebAssembly memory for the guest ` +
      `(${e instanceof Error ? e.message : String(e)}). Pick less memory.`;
  }
}

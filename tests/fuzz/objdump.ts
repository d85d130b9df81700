// Disassembly of raw instruction words by binutils (aarch64-linux-gnu-objdump), the reference
// the table-driven disassembler (src/emulator/disasm.ts) is compared with.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const OBJDUMP = process.env.OBJDUMP ?? "aarch64-linux-gnu-objdump";

export function haveObjdump(): boolean {
  try {
    execFileSync(OBJDUMP, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** objdump's text for each word (tabs turned into single spaces, "// ..." comments dropped). */
export function objdumpWords(words: readonly number[]): string[] {
  if (words.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), "a64-objdump-"));
  try {
    const bin = Buffer.alloc(words.length * 4);
    words.forEach((w, i) => bin.writeUInt32LE(w >>> 0, i * 4));
    const path = join(dir, "words.bin");
    writeFileSync(path, bin);
    const out = execFileSync(OBJDUMP, ["-D", "-b", "binary", "-m", "aarch64", path], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    const texts: string[] = new Array(words.length).fill("");
    for (const line of out.split("\n")) {
      const m = /^\s*([0-9a-f]+):\t[0-9a-f]{8} \t(.*)$/.exec(line);
      if (!m) continue;
      texts[parseInt(m[1], 16) / 4] = normalizeAsm(m[2]);
    }
    return texts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace-normalized assembly without trailing comments. */
export function normalizeAsm(text: string): string {
  return text.replace(/\s*\/\/.*$/, "").replace(/\s+/g, " ").trim();
}

export function mnemonic(text: string): string {
  return text.split(" ")[0];
}

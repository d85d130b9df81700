// Generates the core's decoder and dispatch from the A64 encoding table.
//   decode(insn)  -> encoding id (0 = unallocated), a decision tree on single bits
//   execute(id, insn) -> extracts each field and calls the group's semantic function (inlined
//                        into the run loop for HOT_GROUPS and encodings with the runLoop hint,
//                        through executeOther for the rest)
// Output: src/emulator/core/generated/decoder.ts (not committed; built by `npm run build:core`).
import { mkdirSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { A64_ENCODINGS } from "../src/emulator/core/isa/table/index.ts";
import type { ParsedEncoding } from "../src/emulator/core/isa/table/types.ts";
import { byPriority as priorityOrder } from "../src/emulator/core/isa/table/match.ts";
import { generateSysregs } from "./gen-sysregs.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "src/emulator/core/generated");

const hex = (x: number) => "0x" + (x >>> 0).toString(16).padStart(8, "0");

// Most specific first; ties keep table order (the rule in isa/table/match.ts).
const byPriority = priorityOrder(A64_ENCODINGS);

/**
 * Groups whose cases are inlined into the run loop (execute is @inline): integer data
 * processing, branches and loads/stores, nearly all of what compiled code executes. The other
 * groups (FP/AdvSIMD, system, exceptions, exclusives) sit behind one call to executeOther. One
 * switch over every encoding made a single function of ~110 KB of machine code that V8 enters
 * once per instruction, with a prologue that spills and reloads for all its cases; keeping
 * the hot cases in the loop and the rest out of line made integer code ~20% faster
 * (docs/performance.md). The semantic functions of these groups are @inline: Binaryen
 * inlines a function into several callers (specialized cases) only when it is tiny, and one
 * caller only up to 200 nodes (the limit AssemblyScript sets at -O3).
 */
const HOT_GROUPS = new Set(["data-processing-immediate", "data-processing-register", "branches", "loads-stores-register", "loads-stores-pair"]);

/** Whether the run loop dispatches the encoding itself (its group's cases, or a runLoop hint). */
const inRunLoop = (e: ParsedEncoding) => HOT_GROUPS.has(e.group) || e.runLoop === true;

function checkNames(): void {
  const seen = new Set<string>();
  for (const e of A64_ENCODINGS) {
    if (seen.has(e.name)) throw new Error(`duplicate encoding name ${e.name}`);
    seen.add(e.name);
  }
}

function exclusionTest(e: ParsedEncoding): string {
  return e.exclusions.map((x) => `(insn & ${hex(x.mask)}) != ${hex(x.value)}`).join(" && ");
}

let nodes = 0;
function tree(cands: ParsedEncoding[], knownMask: number, indent: string): string {
  if (++nodes > 200000) throw new Error("decision tree too large");
  let out = "";
  while (cands.length) {
    const first = cands[0];
    const unknown = (first.mask & ~knownMask) >>> 0;
    if (unknown === 0) {
      // Every fixed bit of the most specific candidate is known to match.
      if (first.exclusions.length === 0) return out + `${indent}return ${first.id}; // ${first.name}\n`;
      out += `${indent}if (${exclusionTest(first)}) return ${first.id}; // ${first.name}\n`;
      cands = cands.slice(1);
      continue;
    }
    // Split on the unknown bit of `first` that the most candidates fix.
    let best = -1;
    let bestScore = -1;
    for (let b = 31; b >= 0; b--) {
      if (!((unknown >>> b) & 1)) continue;
      let score = 0;
      for (const c of cands) if ((c.mask >>> b) & 1) score++;
      if (score > bestScore) {
        bestScore = score;
        best = b;
      }
    }
    const bit = 1 << best;
    const zero = cands.filter((c) => !(c.mask & bit) || !(c.value & bit));
    const one = cands.filter((c) => !(c.mask & bit) || c.value & bit);
    const known = (knownMask | bit) >>> 0;
    return (
      out +
      `${indent}if (insn & ${hex(bit)}) {\n${tree(one, known, indent + "  ")}${indent}} else {\n${tree(zero, known, indent + "  ")}${indent}}\n`
    );
  }
  return out + `${indent}return 0;\n`;
}

function fieldExpr(f: { lsb: number; width: number }): string {
  if (f.width === 32) return "insn";
  const m = (2 ** f.width - 1) >>> 0;
  if (f.lsb === 0) return `insn & ${m}`;
  if (f.lsb + f.width === 32) return `insn >>> ${f.lsb}`;
  return `(insn >>> ${f.lsb}) & ${m}`;
}

function generate(): string {
  checkNames();
  const byGroup = new Map<string, string[]>();
  for (const e of A64_ENCODINGS) {
    if (!byGroup.has(e.group)) byGroup.set(e.group, []);
    byGroup.get(e.group)!.push(e.name);
  }
  const imports = [...byGroup]
    .map(([g, names]) => `import { ${names.join(", ")} } from "../isa/${g}";`)
    .join("\n");
  const dispatch = dispatchIds();
  const cases = (e: ParsedEncoding) => {
    const d = dispatch.get(e.id)!;
    const out: string[] = [];
    for (let index = 0; index < 1 << d.bits; index++) {
      const args = e.fields.map((f) => {
        const at = d.fields.indexOf(f);
        return at < 0 ? fieldExpr(f) : String(specializedFieldValue(d, at, index));
      });
      out.push(`    case ${d.base + index}: return ${e.name}(${args.join(", ")});`);
    }
    return out;
  };
  const hot = A64_ENCODINGS.filter(inRunLoop).flatMap(cases).join("\n");
  const cold = A64_ENCODINGS.filter((e) => !inRunLoop(e)).flatMap(cases).join("\n");
  const specializedCases = A64_ENCODINGS.filter((e) => dispatch.get(e.id)!.bits > 0).map((e) => {
    const d = dispatch.get(e.id)!;
    let index = "";
    let shift = d.bits;
    for (const f of d.fields) {
      shift -= f.width;
      index += `${index ? " | " : ""}${shift ? `((${fieldExpr(f)}) << ${shift})` : `(${fieldExpr(f)})`}`;
    }
    return `    case ${e.id}: return ${d.base} + (${index});`;
  }).join("\n");
  const baseIds = [0, ...A64_ENCODINGS.map((e) => dispatch.get(e.id)!.base)];
  return `// Generated by scripts/gen-decoder.ts from src/emulator/core/isa/table. Do not edit.
${imports}

export const ENCODING_COUNT: u32 = ${A64_ENCODINGS.length};

/** Encoding id of an instruction word, 0 when no table entry matches (unallocated). */
export function decode(insn: u32): u32 {
${tree(byPriority, 0, "  ")}}

/** The dispatch id execute() takes for \`insn\`, of encoding \`id\` (0 stays 0: unallocated). */
export function dispatchId(id: u32, insn: u32): u32 {
  switch (id) {
${specializedCases}
    default: return load<u16>(DISPATCH_IDS + (<usize>id << 1));
  }
}

/** Dispatch id of each encoding id (the first of its cases for a specialized encoding). */
const DISPATCH_IDS = memory.data<u16>([${baseIds.join(", ")}]);

/** Run \`insn\`, of dispatch id \`id\`; false means the fields name an unallocated encoding
 *  (UNDEFINED). The integer, branch and load/store encodings, and those with the runLoop hint,
 *  are dispatched by the caller (the run loop); the others by executeOther, a function of its own. */
@inline export function execute(id: u32, insn: u32): bool {
  switch (id) {
${hot}
    default: return executeOther(id, insn);
  }
}

function executeOther(id: u32, insn: u32): bool {
  switch (id) {
${cold}
    default: return false;
  }
}
`;
}

interface DispatchIds {
  /** Dispatch id of the encoding, or of its first field combination when specialized. */
  base: number;
  /** The `specialize` fields (none: one case). */
  fields: ParsedEncoding["fields"];
  bits: number;
}

/**
 * Dispatch ids: the cases of execute(), numbered apart from the encoding ids so that each
 * switch is dense (its cases become one jump table): the run loop's groups first, then the
 * others. An encoding with `specialize` fields has one case per combination of their values.
 */
function dispatchIds(): Map<number, DispatchIds> {
  const out = new Map<number, DispatchIds>();
  let next = 1;
  const order = [...A64_ENCODINGS.filter(inRunLoop), ...A64_ENCODINGS.filter((e) => !inRunLoop(e))];
  for (const e of order) {
    const fields = (e.specialize ?? []).map((name) => {
      const f = e.fields.find((x) => x.name === name);
      if (!f) throw new Error(`${e.name}: specialize names unknown field ${name}`);
      return f;
    });
    const bits = fields.reduce((n, f) => n + f.width, 0);
    if (bits > 4) throw new Error(`${e.name}: specialize covers ${bits} bits (at most 4)`);
    out.set(e.id, { base: next, fields, bits });
    next += 1 << bits;
  }
  return out;
}

/** Value of specialized field number `at` in combination `index` (fields packed msb first). */
function specializedFieldValue(d: DispatchIds, at: number, index: number): number {
  let shift = d.bits;
  for (let i = 0; i <= at; i++) shift -= d.fields[i].width;
  return (index >>> shift) & ((1 << d.fields[at].width) - 1);
}

mkdirSync(outDir, { recursive: true });
function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, "utf8") === text) return;
  writeFileSync(path, text);
}
writeIfChanged(join(outDir, "decoder.ts"), generate());
writeIfChanged(join(outDir, "sysregs.ts"), generateSysregs());

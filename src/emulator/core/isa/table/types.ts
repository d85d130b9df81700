// The A64 encoding table format. One entry per encoding, written like the Arm ARM's
// encoding diagrams (C4.1 "A64 instruction set encoding"), most significant bit first:
//
//   pattern: "sf:1 op:1 S:1 100010 sh:1 imm12:12 Rn:5 Rd:5"
//
// Tokens are separated by spaces. A run of 0/1 characters is a fixed bit string; "-" is a
// bit the encoding ignores; "name:width" is a field passed to the semantic function.
// Fixed bits may be constrained further inside a field with `where`, e.g. where: { opc: "!11" }
// means the field may take any value except 11 (the encoding is unallocated there, or
// belongs to another entry). The whole pattern must cover exactly 32 bits.
//
// Consumers: scripts/gen-decoder.ts turns the table into the core's decoder and dispatch
// (src/emulator/core/generated/decoder.ts), the disassembler (src/emulator/disasm.ts)
// formats instructions from `asm`, and the fuzzer draws random encodings from it.

export interface Encoding {
  /** Unique name; also the name of the semantic function exported from isa/<group>.ts. */
  name: string;
  /** Source file (without extension) in src/emulator/core/isa/ that implements it. */
  group: string;
  /** Bit pattern, see the comment above. */
  pattern: string;
  /** Field values that do NOT belong to this encoding: "!<bits>" per field (may be repeated via array). */
  where?: Record<string, string | string[]>;
  /**
   * Disassembly template: text with {expr}, {expr:format} and {expr?then:else} placeholders,
   * e.g. "{op?sub:add}{S?s:} {Rd:rsp}, {Rn:rsp}, #{imm12:hex}". The language is defined in
   * src/emulator/disasm.ts. A function of the fields (and the instruction's address) returns the
   * text itself, for encodings with aliases, or null for field values that are unallocated.
   */
  asm: string | ((f: Record<string, number>, pc: bigint) => string | null);
  /** Fuzzer class: which differential fuzzer may generate this encoding (default: none). */
  fuzz?: "int" | "fp" | "none";
  /**
   * Speed hint for encodings the run loop executes often: fields (at most 4 bits in all) whose
   * every value combination gets a dispatch case of its own, in which the field is a constant,
   * so the compiler folds the semantic function's tests on it (scripts/gen-decoder.ts).
   */
  specialize?: string[];
  /**
   * Speed hint for an often executed encoding of a group that sits behind executeOther: the run
   * loop calls its semantic function directly, one call instead of two (scripts/gen-decoder.ts).
   */
  runLoop?: boolean;
}

export interface ParsedEncoding extends Encoding {
  mask: number;
  value: number;
  /** Fields in pattern order, msb first. */
  fields: { name: string; lsb: number; width: number }[];
  /** Excluded (mask, value) pairs from `where`. */
  exclusions: { mask: number; value: number }[];
  id: number;
}

export function parsePattern(e: Encoding, id: number): ParsedEncoding {
  let bit = 32;
  let mask = 0;
  let value = 0;
  const fields: ParsedEncoding["fields"] = [];
  for (const tok of e.pattern.trim().split(/\s+/)) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*):(\d+)$/.exec(tok);
    if (m) {
      const width = Number(m[2]);
      bit -= width;
      fields.push({ name: m[1], lsb: bit, width });
      continue;
    }
    if (!/^[01-]+$/.test(tok)) throw new Error(`${e.name}: bad pattern token "${tok}"`);
    for (const c of tok) {
      bit--;
      if (c === "-") continue;
      mask |= 1 << bit;
      if (c === "1") value |= 1 << bit;
    }
  }
  if (bit !== 0) throw new Error(`${e.name}: pattern covers ${32 - bit} bits, not 32`);
  const exclusions: ParsedEncoding["exclusions"] = [];
  for (const [fname, specs] of Object.entries(e.where ?? {})) {
    const f = fields.find((x) => x.name === fname);
    if (!f) throw new Error(`${e.name}: where names unknown field ${fname}`);
    for (const spec of Array.isArray(specs) ? specs : [specs]) {
      const mm = /^!([01x]+)$/.exec(spec);
      if (!mm || mm[1].length !== f.width) throw new Error(`${e.name}: bad where spec ${fname}: ${spec}`);
      let emask = 0;
      let evalue = 0;
      [...mm[1]].forEach((c, i) => {
        const b = f.lsb + f.width - 1 - i;
        if (c === "x") return;
        emask |= 1 << b;
        if (c === "1") evalue |= 1 << b;
      });
      exclusions.push({ mask: emask | mask, value: evalue | value });
    }
  }
  return { ...e, mask: mask >>> 0, value: value >>> 0, fields, exclusions: exclusions.map((x) => ({ mask: x.mask >>> 0, value: x.value >>> 0 })), id };
}

export function fieldValue(f: { lsb: number; width: number }, insn: number): number {
  return f.width === 32 ? insn >>> 0 : (insn >>> f.lsb) & ((1 << f.width) - 1);
}

export function matches(e: ParsedEncoding, insn: number): boolean {
  if (((insn & e.mask) >>> 0) !== e.value) return false;
  for (const x of e.exclusions) if (((insn & x.mask) >>> 0) === x.value) return false;
  return true;
}

// A64 disassembler driven by the encoding table (src/emulator/core/isa/table): the entry an
// instruction word decodes to (isa/table/match.ts, the decoder's own rule) formats it with its
// `asm` template. Words no entry claims print as ".inst 0x........ ; undefined", as objdump does.
//
// Template language (the `asm` field of a table entry)
// ----------------------------------------------------
// Text is copied as is, except for placeholders in braces:
//
//   {EXPR}            the value of EXPR in decimal                    "#{imm12}"      -> "#42"
//   {EXPR:FMT}        the value of EXPR in format FMT                 "{Rd:x}"        -> "x3"
//   {EXPR?A:B}        template A when EXPR is non-zero, else B        "{S?s:}"        -> "s" / ""
//                     (A and B are templates themselves and may hold placeholders)
//
// EXPR is an integer expression (evaluated exactly, as BigInt) over:
//   - the entry's fields by name (Rd, imm12, sf, ...) and `pc`, the instruction's address;
//   - decimal or 0x literals;
//   - operators, loosest first:  ||  &&  |  ^  &  == !=  < <= > >=  << >>  + -  * / %
//     and unary - ~ !, with parentheses;
//   - functions: sext(v, bits)  sign-extends the low `bits` of v;
//                bitmask(N, immr, imms, sf)  the logical-immediate value (DecodeBitMasks,
//                  Arm ARM J1 shared pseudocode), 32 bits wide when sf is 0; a reserved
//                  combination makes the instruction disassemble as undefined.
//
// FMT, the format of a value:
//   x w r             general register Xn / Wn / by the `sf` field (X when sf=1); 31 is xzr/wzr
//   xsp wsp rsp       the same, but 31 is sp/wsp
//   b h s d q v       SIMD&FP register Bn Hn Sn Dn Qn Vn
//   hex               0x-prefixed hexadecimal (negative values as -0x...)
//   cond              condition name, 0..15 -> eq ne cs cc mi pl vs vc hi ls ge lt gt le al nv
//   shift             shift type, 0..3 -> lsl lsr asr ror
//   extend            extend type, 0..7 -> uxtb uxth uxtw uxtx sxtb sxth sxtw sxtx
//   For compatibility, x on a field that is not a register field (R...) means hex.
//
// An entry's `asm` may instead be a function of the fields (and pc) that returns the finished
// text, for encodings with aliases (e.g. "cmp" for SUBS with Rd = 31), or null when those field
// values are an unallocated encoding that only the semantic function rejects. expandTemplate()
// is exported for such functions that want to use templates after choosing one.
import { A64_ENCODINGS } from "./core/isa/table/index";
import { EncodingMatcher } from "./core/isa/table/match";
import { fieldValue, type ParsedEncoding } from "./core/isa/table/types";

export type Fields = Record<string, number>;

const matcher = new EncodingMatcher(A64_ENCODINGS);

/** The table entry of an instruction word (undefined when unallocated). */
export function encodingOf(insn: number): ParsedEncoding | undefined {
  return matcher.find(insn >>> 0);
}

/** The named fields of `insn` under entry `e`. */
export function fieldsOf(e: ParsedEncoding, insn: number): Fields {
  const f: Fields = {};
  for (const fd of e.fields) f[fd.name] = fieldValue(fd, insn);
  return f;
}

export function undefinedText(insn: number): string {
  return `.inst 0x${(insn >>> 0).toString(16).padStart(8, "0")} ; undefined`;
}

/** Disassemble one instruction word at address `pc`. */
export function disassemble(insn: number, pc: bigint = 0n): string {
  const e = encodingOf(insn);
  if (!e) return undefinedText(insn);
  const fields = fieldsOf(e, insn);
  if (typeof e.asm === "function") return e.asm(fields, pc) ?? undefinedText(insn);
  try {
    return expandTemplate(e.asm, fields, pc, e.name);
  } catch (err) {
    if (err instanceof Unallocated) return undefinedText(insn);
    throw err;
  }
}

/** Thrown while expanding a template whose values are a reserved encoding. */
class Unallocated extends Error {}

/** Expand a template (see the language above) with `fields`; `where` names the entry in errors. */
export function expandTemplate(template: string, fields: Fields, pc = 0n, where = "template"): string {
  const env: Env = { fields, pc, where };
  return compile(template, where).map((p) => p(env)).join("");
}

// ---- Template compilation ----------------------------------------------------------------

interface Env {
  fields: Fields;
  pc: bigint;
  where: string;
}
type Piece = (env: Env) => string;
type Expr = (env: Env) => bigint;

const compiled = new Map<string, Piece[]>();

function compile(template: string, where: string): Piece[] {
  let pieces = compiled.get(template);
  if (!pieces) {
    pieces = parseTemplate(template, where);
    compiled.set(template, pieces);
  }
  return pieces;
}

function parseTemplate(t: string, where: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < t.length) {
    const open = t.indexOf("{", i);
    if (open < 0) {
      const text = t.slice(i);
      pieces.push(() => text);
      break;
    }
    if (open > i) {
      const text = t.slice(i, open);
      pieces.push(() => text);
    }
    const close = matchingBrace(t, open, where);
    pieces.push(parsePlaceholder(t.slice(open + 1, close), where));
    i = close + 1;
  }
  return pieces;
}

function matchingBrace(t: string, open: number, where: string): number {
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    if (t[i] === "{") depth++;
    else if (t[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`${where}: unbalanced braces in asm template "${t}"`);
}

/** Index of the first `ch` outside braces and parentheses, or -1. */
function topLevelIndex(s: string, ch: string, from = 0): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === "{" || c === "(") depth++;
    else if (c === "}" || c === ")") depth--;
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}

function parsePlaceholder(body: string, where: string): Piece {
  const q = topLevelIndex(body, "?");
  if (q >= 0) {
    const colon = topLevelIndex(body, ":", q + 1);
    if (colon < 0) throw new Error(`${where}: conditional "{${body}}" has no ':'`);
    const cond = parseExpr(body.slice(0, q), where);
    const yes = parseTemplate(body.slice(q + 1, colon), where);
    const no = parseTemplate(body.slice(colon + 1), where);
    return (env) => (cond(env) !== 0n ? yes : no).map((p) => p(env)).join("");
  }
  const colon = topLevelIndex(body, ":");
  const exprText = colon < 0 ? body : body.slice(0, colon);
  const expr = parseExpr(exprText, where);
  if (colon < 0) return (env) => expr(env).toString();
  const fmt = body.slice(colon + 1).trim();
  const registerField = /^\s*R[A-Za-z0-9]*\s*$/.test(exprText);
  return formatter(fmt === "x" && !registerField ? "hex" : fmt, expr, where);
}

// ---- Formats ------------------------------------------------------------------------------

const CONDITIONS = ["eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le", "al", "nv"];
const SHIFTS = ["lsl", "lsr", "asr", "ror"];
const EXTENDS = ["uxtb", "uxth", "uxtw", "uxtx", "sxtb", "sxth", "sxtw", "sxtx"];

function gpr(n: bigint, wide: boolean, sp: boolean): string {
  if (n === 31n) return sp ? (wide ? "sp" : "wsp") : wide ? "xzr" : "wzr";
  return `${wide ? "x" : "w"}${n}`;
}

function sfOf(env: Env): boolean {
  const sf = env.fields.sf;
  if (sf === undefined) throw new Error(`${env.where}: format r/rsp needs an sf field`);
  return sf !== 0;
}

function hexText(v: bigint): string {
  return v < 0n ? `-0x${(-v).toString(16)}` : `0x${v.toString(16)}`;
}

function formatter(fmt: string, expr: Expr, where: string): Piece {
  const named = (names: string[]) => (env: Env) => names[Number(expr(env) & BigInt(names.length - 1))];
  switch (fmt) {
    case "x": return (env) => gpr(expr(env), true, false);
    case "w": return (env) => gpr(expr(env), false, false);
    case "r": return (env) => gpr(expr(env), sfOf(env), false);
    case "xsp": return (env) => gpr(expr(env), true, true);
    case "wsp": return (env) => gpr(expr(env), false, true);
    case "rsp": return (env) => gpr(expr(env), sfOf(env), true);
    case "b": case "h": case "s": case "d": case "q": case "v":
      return (env) => `${fmt}${expr(env)}`;
    case "hex": return (env) => hexText(expr(env));
    case "cond": return named(CONDITIONS);
    case "shift": return named(SHIFTS);
    case "extend": return named(EXTENDS);
    default: throw new Error(`${where}: unknown asm format "${fmt}"`);
  }
}

// ---- Expressions --------------------------------------------------------------------------

const BINARY_LEVELS: string[][] = [
  ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<=", ">=", "<", ">"], ["<<", ">>"], ["+", "-"], ["*", "/", "%"],
];

function binary(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case "||": return a !== 0n || b !== 0n ? 1n : 0n;
    case "&&": return a !== 0n && b !== 0n ? 1n : 0n;
    case "|": return a | b;
    case "^": return a ^ b;
    case "&": return a & b;
    case "==": return a === b ? 1n : 0n;
    case "!=": return a !== b ? 1n : 0n;
    case "<=": return a <= b ? 1n : 0n;
    case ">=": return a >= b ? 1n : 0n;
    case "<": return a < b ? 1n : 0n;
    case ">": return a > b ? 1n : 0n;
    case "<<": return a << b;
    case ">>": return a >> b;
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "/": return a / b;
    default: return a % b;
  }
}

/** DecodeBitMasks (Arm ARM J1.1.3 shared/functions/bitmasks): the wmask of a logical immediate,
 *  or undefined for the reserved encodings. */
export function decodeBitMask(N: number, immr: number, imms: number, sf: number): bigint | undefined {
  const combined = (N << 6) | (~imms & 0x3f);
  let len = -1;
  for (let b = 6; b >= 0; b--) if ((combined >> b) & 1) { len = b; break; }
  if (len < 1 || (!sf && N)) return undefined;
  const size = 1 << len;
  const levels = size - 1;
  const s = imms & levels;
  const r = immr & levels;
  if (s === levels) return undefined;
  const esize = BigInt(size);
  const welem = (1n << BigInt(s + 1)) - 1n;
  const emask = (1n << esize) - 1n;
  const rotated = ((welem >> BigInt(r)) | (welem << (esize - BigInt(r)))) & emask;
  const width = sf ? 64 : 32;
  let value = 0n;
  for (let i = 0; i < width; i += size) value |= rotated << BigInt(i);
  return value;
}

const FUNCTIONS: Record<string, { arity: number; fn: (args: bigint[], env: Env) => bigint }> = {
  sext: {
    arity: 2,
    fn: ([v, bits]) => BigInt.asIntN(Number(bits), v),
  },
  bitmask: {
    arity: 4,
    fn: ([N, immr, imms, sf], env) => {
      const v = decodeBitMask(Number(N), Number(immr), Number(imms), Number(sf));
      if (v === undefined) throw new Unallocated(`${env.where}: reserved logical immediate`);
      return v;
    },
  },
};

function parseExpr(text: string, where: string): Expr {
  const tokens = text.match(/\s*(0x[0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|\|\||&&|==|!=|<=|>=|<<|>>|[-+*/%&|^<>!~(),])/g);
  const joined = (tokens ?? []).join("");
  if (!tokens || joined.replace(/\s+/g, "") !== text.replace(/\s+/g, "")) {
    throw new Error(`${where}: cannot parse asm expression "${text}"`);
  }
  const toks = tokens.map((t) => t.trim());
  let pos = 0;
  const peek = () => toks[pos];
  const expect = (t: string) => {
    if (toks[pos] !== t) throw new Error(`${where}: expected "${t}" in asm expression "${text}"`);
    pos++;
  };

  function level(n: number): Expr {
    if (n === BINARY_LEVELS.length) return unary();
    let left = level(n + 1);
    while (BINARY_LEVELS[n].includes(peek())) {
      const op = toks[pos++];
      const l = left;
      const r = level(n + 1);
      left = (env) => binary(op, l(env), r(env));
    }
    return left;
  }

  function unary(): Expr {
    const t = peek();
    if (t === "-" || t === "~" || t === "!") {
      pos++;
      const e = unary();
      if (t === "-") return (env) => -e(env);
      if (t === "~") return (env) => ~e(env);
      return (env) => (e(env) === 0n ? 1n : 0n);
    }
    return primary();
  }

  function primary(): Expr {
    const t = toks[pos++];
    if (t === undefined) throw new Error(`${where}: truncated asm expression "${text}"`);
    if (t === "(") {
      const e = level(0);
      expect(")");
      return e;
    }
    if (/^(0x[0-9a-fA-F]+|\d+)$/.test(t)) {
      const v = BigInt(t);
      return () => v;
    }
    if (!/^[A-Za-z_]/.test(t)) throw new Error(`${where}: unexpected "${t}" in asm expression "${text}"`);
    if (peek() === "(") {
      const f = FUNCTIONS[t];
      if (!f) throw new Error(`${where}: unknown asm function ${t}()`);
      pos++;
      const args: Expr[] = [];
      while (peek() !== ")") {
        args.push(level(0));
        if (peek() === ",") pos++;
        else break;
      }
      expect(")");
      if (args.length !== f.arity) throw new Error(`${where}: ${t}() takes ${f.arity} arguments`);
      return (env) => f.fn(args.map((a) => a(env)), env);
    }
    if (t === "pc") return (env) => env.pc;
    return (env) => {
      const v = env.fields[t];
      if (v === undefined) throw new Error(`${env.where}: asm template names unknown field ${t}`);
      return BigInt(v);
    };
  }

  const e = level(0);
  if (pos !== toks.length) throw new Error(`${where}: trailing "${toks[pos]}" in asm expression "${text}"`);
  return e;
}

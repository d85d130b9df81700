// Splits a pasted shell command line into words the way a POSIX shell would (XCU 2.2
// Quoting, 2.3 Token Recognition), for the parts people paste: blanks, single and double
// quotes, backslash escapes, backslash-newline continuations and `#` comments. What a shell
// would expand or run (variables, command substitution, pipes, redirections, command lists,
// file-name patterns) is an error naming it: the page has no shell to do it.
import { LoadError } from "../emulator/loaders/load-error";

export interface ShellWord {
  text: string;
  /** 1-based line of the word's first character. */
  line: number;
  /** The word is the first after an unescaped newline (or the first of all). */
  startsLine: boolean;
}

/** XCU 2.2.3: inside double quotes a backslash escapes only these (and a newline). */
const DQUOTE_ESCAPABLE = new Set(["$", "`", '"', "\\"]);
/** XCU 2.3 rule 6: characters that start an operator. */
const OPERATOR_CHARS = "|&;<>()";
/** XCU 2.5.2: special parameters. */
const SPECIAL_PARAMETERS = "@*#?-$!0123456789";
/** Typographic quotes that word processors and chat apps put in place of ' and ". */
const TYPOGRAPHIC_QUOTES = "\u2018\u2019\u201c\u201d";

const PASTE_HINT = "paste only the qemu-system-aarch64 command";

/** What an operator (with any file-descriptor digits removed) does in a shell. */
function operatorMeaning(op: string): string {
  if (/^[<>]/.test(op) || op.startsWith("&>")) return "a redirection";
  if (op.startsWith("||") || op.startsWith("&&") || op.startsWith(";")) return "a command list";
  if (op.startsWith("|")) return "a pipe";
  if (op.startsWith("&")) return "a background job";
  return "a subshell";
}

class Scanner {
  private pos = 0;
  private line = 1;
  private readonly words: ShellWord[] = [];
  /** The word being read; undefined between words. */
  private word: ShellWord | undefined;
  private afterNewline = true;

  constructor(private readonly text: string) {}

  private fail(message: string, line = this.line): never {
    throw new LoadError(`line ${line}: ${message}`);
  }

  private peek(offset = 0): string {
    return this.text[this.pos + offset] ?? "";
  }

  private append(chars: string): void {
    if (!this.word) {
      this.word = { text: "", line: this.line, startsLine: this.afterNewline };
      this.afterNewline = false;
    }
    this.word.text += chars;
  }

  private endWord(): void {
    if (this.word) this.words.push(this.word);
    this.word = undefined;
  }

  /** Consume a newline character that is part of the text being read. */
  private newline(): void {
    this.pos++;
    this.line++;
  }

  run(): ShellWord[] {
    while (this.pos < this.text.length) {
      const c = this.peek();
      if (c === " " || c === "\t" || c === "\u00a0") {
        // A no-break space is a blank here: pages and chat apps put them into copied commands.
        this.endWord();
        this.pos++;
      } else if (c === "\n") {
        // A shell would end the command here; a pasted command split over lines without
        // backslashes is still one command, and ShellWord.startsLine lets the caller spot a
        // second one.
        this.endWord();
        this.newline();
        this.afterNewline = true;
      } else if (c === "#" && !this.word) {
        while (this.pos < this.text.length && this.peek() !== "\n") this.pos++;
      } else if (c === "\\") {
        this.backslash();
      } else if (c === "'") {
        this.singleQuoted();
      } else if (c === '"') {
        this.doubleQuoted();
      } else if (c === "$") {
        this.dollar(false);
      } else if (c === "`") {
        this.fail("command substitution with backquotes (`...`) cannot be run here; write out its result");
      } else if (OPERATOR_CHARS.includes(c)) {
        this.operator();
      } else if (c === "*" || c === "?") {
        this.fail(`'${c}' is a file-name pattern the page cannot expand; write the file name out (or quote the '${c}')`);
      } else if (TYPOGRAPHIC_QUOTES.includes(c)) {
        this.fail(`the typographic quote '${c}' is not a shell quote; replace it with ' or "`);
      } else {
        this.append(c);
        this.pos++;
      }
    }
    this.endWord();
    return this.words;
  }

  /** XCU 2.2.1, outside quotes. */
  private backslash(): void {
    this.pos++;
    if (this.pos >= this.text.length) return;
    if (this.peek() === "\n") {
      this.newline();
      return;
    }
    // A backslash followed only by blanks up to the end of the line: pasted text often gains
    // trailing blanks, and the line continuation is what the author meant.
    let end = this.pos;
    while (this.text[end] === " " || this.text[end] === "\t") end++;
    if (end > this.pos && (end === this.text.length || this.text[end] === "\n")) {
      this.pos = end;
      if (this.pos < this.text.length) this.newline();
      return;
    }
    this.append(this.peek());
    this.pos++;
  }

  /** XCU 2.2.2: everything up to the next single quote, literally. */
  private singleQuoted(): void {
    const startLine = this.line;
    this.append("");
    this.pos++;
    while (this.peek() !== "'") {
      if (this.pos >= this.text.length) this.fail("this single quote (') is never closed", startLine);
      if (this.peek() === "\n") this.line++;
      this.word!.text += this.peek();
      this.pos++;
    }
    this.pos++;
  }

  /** XCU 2.2.3. */
  private doubleQuoted(): void {
    const startLine = this.line;
    this.append("");
    this.pos++;
    while (this.peek() !== '"') {
      if (this.pos >= this.text.length) this.fail('this double quote (") is never closed', startLine);
      const c = this.peek();
      if (c === "\\" && this.peek(1) === "\n") {
        this.pos++;
        this.newline();
      } else if (c === "\\" && DQUOTE_ESCAPABLE.has(this.peek(1))) {
        this.word!.text += this.peek(1);
        this.pos += 2;
      } else if (c === "$") {
        this.dollar(true);
      } else if (c === "`") {
        this.fail("command substitution with backquotes (`...`) cannot be run here; write out its result");
      } else {
        if (c === "\n") this.line++;
        this.word!.text += c;
        this.pos++;
      }
    }
    this.pos++;
  }

  /** XCU 2.6: a `$` that starts an expansion is an error; any other `$` is literal. */
  private dollar(inDoubleQuotes: boolean): void {
    const next = this.peek(1);
    const rest = this.text.slice(this.pos);
    if (/^\$[A-Za-z_]/.test(rest)) {
      const name = /^\$[A-Za-z_][A-Za-z0-9_]*/.exec(rest)![0];
      this.fail(`the variable ${name} cannot be expanded here; write out its value`);
    }
    if (next === "{") {
      const end = rest.indexOf("}");
      this.fail(`the parameter expansion ${end < 0 ? "${" : rest.slice(0, end + 1)} cannot be expanded here; write out its value`);
    }
    if (next === "(") {
      if (this.peek(2) === "(") this.fail("arithmetic expansion $((...)) cannot be evaluated here; write out its value");
      this.fail("command substitution $(...) cannot be run here; write out its result");
    }
    if (next !== "" && SPECIAL_PARAMETERS.includes(next)) {
      this.fail(`the special parameter $${next} cannot be expanded here; write out its value`);
    }
    if (!inDoubleQuotes && (next === "'" || next === '"')) {
      this.fail(`bash's $${next}...${next} quoting is not supported; use plain '...' or "..." quotes`);
    }
    this.append("$");
    this.pos++;
  }

  /** XCU 2.3 rule 6 (operators), 2.7 (redirection: digits right before < or > name a file
   *  descriptor and belong to the operator). */
  private operator(): void {
    let end = this.pos;
    while (end < this.text.length && OPERATOR_CHARS.includes(this.text[end])) end++;
    let op = this.text.slice(this.pos, end);
    if (/^[<>]/.test(op) && this.word && /^\d+$/.test(this.word.text)) op = this.word.text + op;
    if (/[<>]&$/.test(op) && /\d|-/.test(this.text[end] ?? "")) op += this.text[end];
    this.fail(`'${op}' (${operatorMeaning(op.replace(/^\d+/, ""))}) needs a shell; ${PASTE_HINT}`);
  }
}

/** The words of a shell command line; a LoadError names the line and the construct when
 *  the text needs more of a shell than quoting. Windows line ends count as newlines. */
export function splitShellWords(text: string): ShellWord[] {
  return new Scanner(text.replaceAll("\r\n", "\n")).run();
}

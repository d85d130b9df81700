// The page's "paste a QEMU command" box: a qemu-system-aarch64 command line as users type it
// in a shell, read into a BootConfig by the command line's own parser (src/cli/args.ts), plus
// the files it names so the page can match them against the files the user dropped.
import { LoadError } from "../emulator/loaders/load-error";
import type { BootConfig } from "../emulator/boot-config";
import { parseArgs } from "../cli/args";
import { splitShellWords, type ShellWord } from "./shell-words";

export type PastedFileRole = "kernel" | "initrd" | "dtb" | "loader" | "drive";

export interface PastedFile {
  role: PastedFileRole;
  /** The name as the command writes it (the config holds this). */
  path: string;
  /** The last component of `path`: what the page matches dropped files by. */
  baseName: string;
}

export interface PastedCommand {
  /** File names in it are the paths as written; see `files`. */
  config: BootConfig;
  /** Options that were accepted but ignored or changed, as the command line reports them,
   *  then those that only make sense on the command line. */
  notices: string[];
  /** Each file the command names, in the order kernel, initrd, dtb, loader files, drives. */
  files: PastedFile[];
}

/** Programs whose options parseArgs understands: QEMU's, and this project's own CLI. */
const ACCEPTED_PROGRAMS = /^(qemu-system-aarch64(\.exe)?|arm64-playground(\.mjs)?)$/;
/** Words that may precede the program and only change how a shell runs it. */
const LAUNCHERS = new Set(["sudo", "env", "npx", "exec"]);
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** The last component of a path (after the last `/`). */
export function fileBaseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The words after the program name (and anything before it that only sets up how it runs). */
function optionWords(words: ShellWord[], notices: string[]): string[] {
  let i = 0;
  let launcher: string | undefined;
  while (i < words.length && (LAUNCHERS.has(words[i].text) || ENV_ASSIGNMENT.test(words[i].text))) {
    const w = words[i++].text;
    if (LAUNCHERS.has(w)) launcher = w;
    else notices.push(`${w.slice(0, w.indexOf("="))}=…: environment variables are ignored`);
  }
  if (i === words.length) throw new LoadError("no command: paste a qemu-system-aarch64 command line");
  const first = words[i];
  if (first.text.startsWith("-")) {
    if (launcher !== undefined) throw new LoadError(`options of ${launcher} ('${first.text}') are not supported; paste the qemu-system-aarch64 command itself`);
    return optionsFrom(words, i);
  }
  const program = fileBaseName(first.text);
  if (!ACCEPTED_PROGRAMS.test(program)) {
    if (/^qemu-system-/.test(program)) {
      throw new LoadError(`${program} emulates another architecture; the playground is an AArch64 machine (qemu-system-aarch64)`);
    }
    throw new LoadError(`the command runs '${first.text}', not qemu-system-aarch64: paste a qemu-system-aarch64 command line`);
  }
  return optionsFrom(words, i + 1);
}

/** The option words from `start`, unless a later line starts another command. */
function optionsFrom(words: ShellWord[], start: number): string[] {
  const args = words.slice(start);
  const next = args.find((w) => w.startsLine && (LAUNCHERS.has(w.text) || /^(qemu-system-|arm64-playground)/.test(fileBaseName(w.text))));
  if (next) throw new LoadError(`line ${next.line} starts another command (${next.text}); paste one command at a time`);
  return args.map((w) => w.text);
}

function namedFiles(config: BootConfig): PastedFile[] {
  const named: [PastedFileRole, string | undefined][] = [
    ["kernel", config.kernel],
    ["initrd", config.initrd],
    ["dtb", config.dtb],
    ...config.loaders.map((l): [PastedFileRole, string | undefined] => ["loader", l.kind === "file" ? l.file : undefined]),
    ...config.drives.map((d): [PastedFileRole, string] => ["drive", d.file]),
  ];
  const files: PastedFile[] = [];
  for (const [role, path] of named) {
    if (path === undefined) continue;
    const baseName = fileBaseName(path);
    if (baseName === "") throw new LoadError(`the ${role} '${path}' names a folder, not a file`);
    const clash = files.find((f) => f.baseName === baseName && f.path !== path);
    if (clash) {
      throw new LoadError(`'${clash.path}' and '${path}' have the same name, and the page tells dropped files apart by name only; rename one`);
    }
    files.push({ role, path, baseName });
  }
  return files;
}

/** Read a pasted command line. Throws a LoadError with a message for the user when the
 *  text is not a command the page can boot. */
export function parseQemuCommand(text: string): PastedCommand {
  const notices: string[] = [];
  const cli = parseArgs(optionWords(splitShellWords(text), notices));
  const config = cli.config;
  if (cli.demo) throw new LoadError("--demo is for the command line; the page boots its demo guest when it opens");
  if (cli.dumpDtb !== undefined) {
    throw new LoadError(`-M virt,dumpdtb=${cli.dumpDtb} writes the device tree to a file instead of booting; run it on the command line, or drop dumpdtb to boot here`);
  }
  if (config.kernel === undefined && config.loaders.length === 0) throw new LoadError("no kernel given (use -kernel FILE)");
  if (cli.help) notices.push("-help ignored (the command line prints its options with arm64-playground -help)");
  if (config.expect !== undefined) {
    notices.push("--expect ignored: it ends command-line test runs; the page keeps the guest running");
    delete config.expect;
  }
  if (config.timeoutSeconds !== undefined) {
    notices.push("--timeout ignored: it ends command-line test runs; the page keeps the guest running");
    delete config.timeoutSeconds;
  }
  return { config, notices: [...cli.notices, ...notices], files: namedFiles(config) };
}

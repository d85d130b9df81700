// An interactive run of the CLI: start it, wait for console text, type into the guest.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/arm64-playground.mjs", import.meta.url));

export class CliSession {
  private readonly child: ChildProcessWithoutNullStreams;
  /** Everything the guest printed so far. */
  output = "";
  stderr = "";
  private readonly exited: Promise<number | null>;
  private waiters: (() => void)[] = [];

  /** Runs our CLI with `args`, or another program (e.g. qemu-system-aarch64) when `command` is given. */
  constructor(args: string[], command?: string) {
    this.child = command
      ? spawn(command, args, { stdio: ["pipe", "pipe", "pipe"] })
      : spawn(process.execPath, [BIN, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout.setEncoding("latin1");
    this.child.stderr.setEncoding("latin1");
    this.child.stdout.on("data", (text: string) => {
      this.output += text;
      for (const w of this.waiters.splice(0)) w();
    });
    this.child.stderr.on("data", (text: string) => (this.stderr += text));
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => {
      for (const w of this.waiters.splice(0)) w();
      resolve(code);
    }));
  }

  /** Resolve once `pattern` matches the output after offset `from` (default: anywhere); reject
   *  when the process ends first or after `safetyMs` (a hang guard, not a speed assertion). */
  async waitFor(pattern: RegExp, from = 0, safetyMs = 120_000): Promise<number> {
    const deadline = Date.now() + safetyMs;
    let done = false;
    this.exited.then(() => (done = true));
    for (;;) {
      const m = pattern.exec(this.output.slice(from));
      if (m) return from + m.index + m[0].length;
      if (done) throw new Error(`guest ended before ${pattern}; output tail:\n${this.output.slice(-2000)}\nstderr: ${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`no ${pattern} within ${safetyMs} ms; output tail:\n${this.output.slice(-2000)}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 1000);
      });
    }
  }

  type(text: string): void {
    this.child.stdin.write(text);
  }

  /** Wait for the process to exit and return its status. */
  exit(): Promise<number | null> {
    return this.exited;
  }

  kill(): void {
    this.child.kill();
  }
}

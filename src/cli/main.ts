// The Node command line: runs a guest like qemu-system-aarch64 -M virt -nographic.
// stdout carries only the guest's serial output; our own messages go to stderr.
import { readFileSync } from "node:fs";
import { Machine } from "../emulator/machine";
import { LoadError } from "../emulator/loaders/load-error";
import { parseArgs, USAGE } from "./args";
import { loadCoreModule } from "./core-module";
import { openVirtioDevices } from "./virtio-options";

function fail(message: string): never {
  process.stderr.write(`arm64-playground: ${message}\n`);
  process.exit(1);
}

function readInput(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(`cannot read ${what} '${path}': ${code === "ENOENT" ? "no such file" : code ?? String(e)}`);
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(USAGE);
    return;
  }
  for (const n of opts.notices) process.stderr.write(`arm64-playground: ${n}\n`);
  if (!opts.kernel) fail("no kernel given (use -kernel FILE)");
  const kernel = readInput(opts.kernel, "kernel");

  let transcript = "";
  const machine = await Machine.create({
    coreModule: await loadCoreModule(),
    ramBytes: opts.ramBytes,
    cpuModel: opts.cpuModel,
    icountShift: opts.icountShift,
    virtioDevices: openVirtioDevices(opts.virtio),
    virtioLegacy: opts.virtio.legacy,
    onDeviceError: (message) => process.stderr.write(`arm64-playground: ${message}\n`),
    consoleOutput: (byte) => {
      process.stdout.write(Uint8Array.of(byte));
      if (opts.expect) {
        transcript += String.fromCharCode(byte);
        if (opts.expect.test(transcript)) process.exit(0);
        if (transcript.length > 65536) transcript = transcript.slice(-32768);
      }
    },
  });
  machine.loadElf(kernel, opts.kernel);
  machine.reset();
  forwardStdin(machine);

  const stop = new AbortController();
  if (opts.timeoutSeconds) setTimeout(() => stop.abort(), opts.timeoutSeconds * 1000).unref();
  const reason = await machine.run({ signal: stop.signal, yieldToHost: () => new Promise((r) => setImmediate(r)) });
  if (reason === "poweroff") exitAfterOutput(opts.expect ? 1 : 0);
  else if (reason === "reset") exitAfterOutput(0);
  else if (reason === "cpu-off") fail("the only CPU was turned off (PSCI CPU_OFF)");
  else fail(`timeout: the guest did not finish within ${opts.timeoutSeconds} s`);
}

/** Exit once the guest's output has been handed to the OS (stdout may be asynchronous, e.g.
 *  a socket to a parent process). */
function exitAfterOutput(code: number): void {
  process.stdout.write("", () => process.exit(code));
}

/** Terminal input goes to the guest's UART. On a terminal, input is raw and, as with QEMU's
 *  -nographic, Ctrl-A x quits and Ctrl-A Ctrl-A sends one Ctrl-A. */
function forwardStdin(machine: Machine): void {
  const stdin = process.stdin;
  const tty = stdin.isTTY;
  if (tty) {
    stdin.setRawMode(true);
    process.on("exit", () => stdin.setRawMode(false));
  }
  let escape = false;
  stdin.on("data", (chunk: Buffer) => {
    const bytes: number[] = [];
    for (const b of chunk) {
      if (tty && escape) {
        escape = false;
        if (b === 0x78) {
          process.stderr.write("arm64-playground: terminated\n");
          process.exit(0);
        }
        if (b !== 0x01) continue;
      } else if (tty && b === 0x01) {
        escape = true;
        continue;
      }
      bytes.push(b);
    }
    machine.sendInput(bytes);
  });
}

main().catch((e: unknown) => {
  if (e instanceof LoadError || e instanceof RangeError) fail(e.message);
  fail(`internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
});

// The Node command line: runs a guest like qemu-system-aarch64 -M virt -nographic.
// stdout carries only the guest's serial output; our own messages go to stderr.
import { readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { Machine, planVirtBoot } from "../emulator/machine";
import { LoadError } from "../emulator/loaders/load-error";
import { bootInputsFromConfig, machineShapeOf, type BootConfig } from "../emulator/boot-config";
import { writeFdt } from "../emulator/dtb/fdt-writer";
import { parseArgs, USAGE } from "./args";
import { applyDemo } from "./demo";
import { loadCoreModule } from "./core-module";
import { ConsoleWriter } from "./console-writer";
import { virtioOptionsFromConfig } from "./virtio-options";
import { openVirtioDevices } from "./open-virtio-devices";

function note(message: string): void {
  process.stderr.write(`arm64-playground: ${message}\n`);
}

function fail(message: string): never {
  note(message);
  process.exit(1);
}

function readInput(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoadError(`cannot read ${what} '${path}': ${code === "ENOENT" ? "no such file" : code ?? String(e)}`);
  }
}

const random = (n: number): Uint8Array => new Uint8Array(randomBytes(n));

async function main(): Promise<void> {
  const cli = parseArgs(process.argv.slice(2));
  if (cli.help) {
    process.stdout.write(USAGE);
    return;
  }
  const config = cli.config;
  if (cli.demo) applyDemo(config);
  for (const n of cli.notices) note(n);
  const inputs = bootInputsFromConfig(config, readInput);

  if (cli.dumpDtb !== undefined) {
    const plan = planVirtBoot(inputs, { ramBytes: config.memoryBytes, gicVersion: config.machine.gicVersion, cpuModel: config.cpu }, random);
    for (const n of plan.notices) note(n);
    if (!plan.dtb) fail("dumpdtb: QEMU would not load a device tree here (no room below the ELF kernel)");
    writeFileSync(cli.dumpDtb, writeFdt(plan.dtb.tree, { totalSize: plan.dtb.totalSize }));
    note(`dtb dumped to ${cli.dumpDtb}. Exiting.`);
    return;
  }
  if (!inputs.kernel && !config.loaders.length) fail("no kernel given (use -kernel FILE)");

  const serial = new ConsoleWriter();
  const watch = config.expect === undefined ? undefined : new ExpectWatcher(new RegExp(config.expect));
  const machine = await Machine.create({
    coreModule: await loadCoreModule(),
    ...machineShapeOf(config),
    randomBytes: random,
    virtioDevices: openVirtioDevices(virtioOptionsFromConfig(config)),
    onDeviceError: note,
    consoleOutput: (byte) => {
      serial.write(byte);
      watch?.add(byte);
    },
  });
  const plan = machine.boot(inputs);
  for (const n of plan.notices) note(n);
  machine.reset();
  forwardStdin(machine);
  await runUntilDone(machine, config, watch);
}

/** --expect: exit 0 once the console output matches. The pattern is tried at each newline
 *  and whenever the event loop gets a turn (so prompts without a newline match too), not
 *  after every byte. */
class ExpectWatcher {
  private transcript = "";
  private checkScheduled = false;

  constructor(private readonly pattern: RegExp) {}

  add(byte: number): void {
    this.transcript += String.fromCharCode(byte);
    if (byte === 0x0a) this.check();
    else if (!this.checkScheduled) {
      this.checkScheduled = true;
      setImmediate(() => {
        this.checkScheduled = false;
        this.check();
      });
    }
  }

  /** Exit 0 if the output so far matches. */
  check(): void {
    if (this.pattern.test(this.transcript)) process.exit(0);
    if (this.transcript.length > 65536) this.transcript = this.transcript.slice(-32768);
  }
}

async function runUntilDone(machine: Machine, config: BootConfig, watch: ExpectWatcher | undefined): Promise<never> {
  const stop = new AbortController();
  if (config.timeoutSeconds) setTimeout(() => stop.abort(), config.timeoutSeconds * 1000).unref();
  const expectUnmatched = (): never => {
    watch!.check();
    return fail(`the guest stopped before its output matched --expect`);
  };
  for (;;) {
    const reason = await machine.run({ signal: stop.signal, yieldToHost: () => new Promise((r) => setImmediate(r)) });
    if (reason === "reset") {
      // Like QEMU: a guest reset reboots the machine, unless -no-reboot asks to exit.
      if (!config.noReboot) {
        machine.reset();
        continue;
      }
      if (config.expect !== undefined) expectUnmatched();
      process.exit(0);
    }
    if (reason === "poweroff") {
      if (config.expect !== undefined) expectUnmatched();
      process.exit(0);
    }
    if (reason === "cpu-off") fail("the only CPU was turned off (PSCI CPU_OFF)");
    fail(`timeout: the guest did not finish within ${config.timeoutSeconds} s`);
  }
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
          note("terminated");
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

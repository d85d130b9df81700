// Parses the qemu-system-aarch64 command-line subset the playground supports, plus our
// own CI flags. Unknown or unsupported options are errors that name the option.
import { LoadError } from "../emulator/loaders/load-error";
import { parseCpuModel, type CpuModelName } from "../emulator/cpu-models";
import { addVirtioOption, VIRTIO_USAGE, type VirtioCliOptions } from "./virtio-options";

export interface CliOptions {
  machine: "virt";
  cpuModel: CpuModelName;
  ramBytes: number;
  kernel?: string;
  /** Deterministic time: QEMU's -icount shift=N, each instruction 2^N ns. */
  icountShift?: number;
  virtio: VirtioCliOptions;
  expect?: RegExp;
  timeoutSeconds?: number;
  help: boolean;
  notices: string[];
}

export const USAGE = `usage: arm64-playground [qemu-system-aarch64 options] [--expect REGEX] [--timeout SECONDS]

  -M virt                  the QEMU virt board (the only machine)
  -cpu MODEL               cortex-a53 | cortex-a57 | cortex-a72 | max (default cortex-a57)
  -m SIZE                  RAM size, e.g. 512, 512M, 1G (default 512 MiB)
  -kernel FILE             AArch64 ELF to load at its physical addresses and run at EL1
  -nographic               accepted (output is always on the terminal)
  -serial stdio|mon:stdio  accepted (the console UART is always on stdio)
  -smp 1                   one CPU
  -icount shift=N          deterministic time: each instruction takes 2^N ns
${VIRTIO_USAGE}  --expect REGEX           exit 0 as soon as the console output matches REGEX
  --timeout SECONDS        exit 1 with a message if the guest has not finished by then
`;

const RAM_DEFAULT = 512 * 2 ** 20;

export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMGT]?)i?B?$/i.exec(text.trim());
  if (!m) throw new LoadError(`invalid memory size '${text}'`);
  const unit = m[2].toUpperCase();
  // QEMU's -m takes MiB when no suffix is given.
  const scale = unit === "K" ? 2 ** 10 : unit === "G" ? 2 ** 30 : unit === "T" ? 2 ** 40 : 2 ** 20;
  return Math.round(Number(m[1]) * scale);
}

function splitKeyValues(text: string): { head: string; props: Map<string, string> } {
  const parts = text.split(",");
  const props = new Map<string, string>();
  for (const p of parts.slice(1)) {
    const eq = p.indexOf("=");
    props.set(eq < 0 ? p : p.slice(0, eq), eq < 0 ? "on" : p.slice(eq + 1));
  }
  return { head: parts[0], props };
}

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { machine: "virt", cpuModel: "cortex-a57", ramBytes: RAM_DEFAULT, virtio: { drives: [], devices: [] }, help: false, notices: [] };
  let i = 0;
  const value = (flag: string): string => {
    if (i >= argv.length) throw new LoadError(`option ${flag} needs a value`);
    return argv[i++];
  };
  while (i < argv.length) {
    const raw = argv[i++];
    // QEMU accepts --opt as well as -opt.
    const flag = raw.startsWith("--") && !["--expect", "--timeout", "--help"].includes(raw) ? raw.slice(1) : raw;
    switch (flag) {
      case "-h":
      case "-help":
      case "--help":
        o.help = true;
        break;
      case "-M":
      case "-machine": {
        const { head, props } = splitKeyValues(value(flag));
        if (head !== "virt" && !/^virt-\d/.test(head) && !(head === "" && props.size)) {
          throw new LoadError(`unsupported machine '${head}' (only 'virt' is available)`);
        }
        for (const [k] of props) throw new LoadError(`unsupported machine property '${k}'`);
        break;
      }
      case "-cpu":
        o.cpuModel = parseCpuModel(value(flag));
        break;
      case "-m": {
        const { head, props } = splitKeyValues(value(flag));
        const sizeText = head.startsWith("size=") ? head.slice(5) : props.get("size") ?? head;
        o.ramBytes = parseSize(sizeText);
        if (o.ramBytes < 16 * 2 ** 20) throw new LoadError(`-m ${sizeText}: at least 16 MiB of RAM is needed`);
        if (o.ramBytes > 3 * 2 ** 30) throw new LoadError(`-m ${sizeText}: at most 3 GiB of RAM is supported in WebAssembly`);
        if (o.ramBytes % 2 ** 16) throw new LoadError(`-m ${sizeText}: RAM size must be a multiple of 64 KiB`);
        break;
      }
      case "-kernel":
        o.kernel = value(flag);
        break;
      case "-nographic":
        break;
      case "-serial": {
        const v = value(flag);
        if (v !== "stdio" && v !== "mon:stdio") throw new LoadError(`unsupported -serial '${v}' (use stdio or mon:stdio)`);
        break;
      }
      case "-smp": {
        const { head, props } = splitKeyValues(value(flag));
        const n = Number(head.startsWith("cpus=") ? head.slice(5) : props.get("cpus") ?? head);
        if (n !== 1) throw new LoadError(`-smp ${n}: only one CPU is supported so far`);
        break;
      }
      case "-icount": {
        const { head, props } = splitKeyValues(value(flag));
        const shiftText = head.startsWith("shift=") ? head.slice(6) : props.get("shift") ?? head;
        const shift = Number(shiftText);
        if (!Number.isInteger(shift) || shift < 0 || shift > 10) throw new LoadError(`-icount: shift must be an integer 0..10, got '${shiftText}'`);
        o.icountShift = shift;
        break;
      }
      case "-drive":
      case "-device":
      case "-global":
        addVirtioOption(o.virtio, flag, value(flag));
        break;
      case "-accel":
      case "-enable-kvm":
        if (flag === "-accel") value(flag);
        o.notices.push(`${flag} ignored: the playground always emulates`);
        break;
      case "--expect": {
        const re = value(flag);
        try {
          o.expect = new RegExp(re);
        } catch {
          throw new LoadError(`--expect: invalid regular expression '${re}'`);
        }
        break;
      }
      case "--timeout": {
        const t = Number(value(flag));
        if (!(t > 0)) throw new LoadError(`--timeout needs a positive number of seconds`);
        o.timeoutSeconds = t;
        break;
      }
      default:
        throw new LoadError(raw.startsWith("-") ? `unsupported option '${raw}'` : `unexpected argument '${raw}'`);
    }
  }
  return o;
}

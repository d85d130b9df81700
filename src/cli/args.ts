// Parses the qemu-system-aarch64 command-line subset the playground supports, plus our own
// CI flags, into a BootConfig. Unknown or unsupported options are errors that name the
// option; host accelerators are accepted and ignored with a notice. No Node APIs here, so
// a browser "paste a QEMU command" box can use the same parser.
import { LoadError } from "../emulator/loaders/load-error";
import { parseCpuModel } from "../emulator/cpu-models";
import { parseLoaderProperties } from "../emulator/loaders/generic-loader";
import {
  defaultBootConfig, validateBootConfig, MIN_MEMORY_BYTES, MAX_MEMORY_BYTES, MAX_ICOUNT_SHIFT, type BootConfig,
} from "../emulator/boot-config";
import { addVirtioOption, VIRTIO_USAGE, type VirtioCliOptions } from "./virtio-options";
import { splitOptions } from "./option-text";

export interface CommandLine {
  config: BootConfig;
  /** -M virt,dumpdtb=FILE: write the device tree there and exit. */
  dumpDtb?: string;
  /** --demo: boot the demo guest (its files come from the image manifest). */
  demo: boolean;
  help: boolean;
  /** Messages about accepted-but-ignored options, for stderr. */
  notices: string[];
}

export const USAGE = `usage: arm64-playground [qemu-system-aarch64 options] [--expect REGEX] [--timeout SECONDS]

  -M virt[,gic-version=2|3][,dumpdtb=FILE]
                           the QEMU virt board (the only machine); dumpdtb writes its
                           device tree to FILE and exits
  -cpu MODEL               cortex-a53 | cortex-a57 | cortex-a72 | max (default cortex-a57)
  -m SIZE                  RAM size, e.g. 512, 512M, 1G (default 512 MiB)
  -smp 1                   one CPU
  -kernel FILE             Linux Image (plain or gzip) or AArch64 ELF
  -initrd FILE             initial ramdisk for a Linux Image
  -append CMDLINE          kernel command line (/chosen bootargs)
  -dtb FILE                use this device tree instead of the board's
  -device loader,file=F[,addr=A][,cpu-num=0][,force-raw=on]
  -device loader,addr=A,data=V,data-len=N[,data-be=on]
  -device loader,addr=A,cpu-num=0
                           QEMU's generic loader: files, values, start address
${VIRTIO_USAGE}  -nographic, -serial stdio|mon:stdio, -monitor none, -display none
                           accepted (the console UART is always on stdio)
  -no-reboot               exit when the guest resets instead of rebooting it
  -icount shift=N          deterministic time: each instruction takes 2^N ns
  -accel hvf|kvm|tcg, -enable-kvm
                           accepted and ignored: the playground always emulates
  --demo                   boot the demo Linux guest (public/images/)
  --expect REGEX           exit 0 as soon as the console output matches REGEX
  --timeout SECONDS        exit 1 with a message if the guest has not finished by then
`;

/** The -device drivers src/cli/virtio-options.ts handles. */
const VIRTIO_DEVICES = ["virtio-blk-device", "virtio-rng-device"];

/** Devices QEMU users commonly ask for that the playground does not offer, and why. */
const UNSUPPORTED_DEVICES: Record<string, string> = {
  "virtio-net-device": "networking is not available",
  "virtio-net-pci": "networking is not available",
  "virtio-blk-pci": "PCI devices are not available (use virtio-blk-device)",
  "virtio-rng-pci": "PCI devices are not available (use virtio-rng-device)",
};

export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMGT]?)i?B?$/i.exec(text.trim());
  if (!m) throw new LoadError(`invalid memory size '${text}'`);
  const unit = m[2].toUpperCase();
  // QEMU's -m takes MiB when no suffix is given.
  const scale = unit === "K" ? 2 ** 10 : unit === "G" ? 2 ** 30 : unit === "T" ? 2 ** 40 : 2 ** 20;
  return Math.round(Number(m[1]) * scale);
}

/** The option's main value: a bare first element, or `key=` given explicitly. */
function headOrKey(head: string, props: Map<string, string>, key: string): string {
  if (head.startsWith(`${key}=`)) return head.slice(key.length + 1);
  const v = props.get(key);
  props.delete(key);
  return v ?? head;
}

export function parseArgs(argv: string[]): CommandLine {
  const config = defaultBootConfig();
  const cli: CommandLine = { config, demo: false, help: false, notices: [] };
  const virtio: VirtioCliOptions = { drives: [], devices: [] };
  let i = 0;
  const value = (flag: string): string => {
    if (i >= argv.length) throw new LoadError(`option ${flag} needs a value`);
    return argv[i++];
  };
  while (i < argv.length) {
    const raw = argv[i++];
    // QEMU accepts --opt as well as -opt; our own flags are --long only.
    const flag = raw.startsWith("--") && !OUR_FLAGS.has(raw) ? raw.slice(1) : raw;
    switch (flag) {
      case "-h":
      case "-help":
      case "--help":
        cli.help = true;
        break;
      case "-M":
      case "-machine":
        parseMachine(value(flag), cli);
        break;
      case "-cpu": {
        const text = value(flag);
        const { head, props } = splitOptions(text);
        for (const k of props.keys()) throw new LoadError(`-cpu ${text}: unsupported CPU property '${k}'`);
        config.cpu = parseCpuModel(head);
        if (head === "host") cli.notices.push("-cpu host: using 'max' (the playground emulates; there is no host CPU to pass through)");
        break;
      }
      case "-m": {
        const { head, props } = splitOptions(value(flag));
        const sizeText = headOrKey(head, props, "size");
        for (const k of props.keys()) throw new LoadError(`-m: unsupported property '${k}'`);
        const bytes = parseSize(sizeText);
        if (bytes < MIN_MEMORY_BYTES) throw new LoadError(`-m ${sizeText}: at least 16 MiB of RAM is needed`);
        if (bytes > MAX_MEMORY_BYTES) throw new LoadError(`-m ${sizeText}: at most 3 GiB of RAM is supported in WebAssembly`);
        if (bytes % 2 ** 16) throw new LoadError(`-m ${sizeText}: RAM size must be a multiple of 64 KiB`);
        config.memoryBytes = bytes;
        break;
      }
      case "-smp": {
        const { head, props } = splitOptions(value(flag));
        const n = Number(headOrKey(head, props, "cpus"));
        for (const [k, v] of props) if (Number(v) !== 1) throw new LoadError(`-smp: ${k}=${v} is not supported (one CPU only)`);
        if (n !== 1) throw new LoadError(`-smp ${n}: only one CPU is supported so far`);
        break;
      }
      case "-kernel":
        config.kernel = value(flag);
        break;
      case "-initrd":
        config.initrd = value(flag);
        break;
      case "-dtb":
        config.dtb = value(flag);
        break;
      case "-append":
        config.append = value(flag);
        break;
      case "-device":
        parseDevice(value(flag), config, virtio);
        break;
      case "-drive":
      case "-global":
        addVirtioOption(virtio, flag, value(flag));
        break;
      case "-nographic":
        break;
      case "-no-reboot":
        config.noReboot = true;
        break;
      case "-serial": {
        const v = value(flag);
        if (v !== "stdio" && v !== "mon:stdio") throw new LoadError(`unsupported -serial '${v}' (use stdio or mon:stdio)`);
        break;
      }
      case "-monitor":
      case "-display": {
        const v = value(flag);
        if (v !== "none") throw new LoadError(`unsupported ${flag} '${v}' (only 'none')`);
        break;
      }
      case "-icount": {
        const { head, props } = splitOptions(value(flag));
        const shiftText = headOrKey(head, props, "shift");
        for (const k of props.keys()) throw new LoadError(`-icount: unsupported property '${k}'`);
        const shift = Number(shiftText);
        if (!/^\d+$/.test(shiftText) || shift > MAX_ICOUNT_SHIFT) {
          throw new LoadError(`-icount: shift must be an integer 0..${MAX_ICOUNT_SHIFT}, got '${shiftText}'`);
        }
        config.icountShift = shift;
        break;
      }
      case "-accel": {
        const { head, props } = splitOptions(value(flag));
        const accel = headOrKey(head, props, "accel");
        if (accel !== "tcg") cli.notices.push(`-accel ${accel} ignored: the playground always emulates`);
        break;
      }
      case "-enable-kvm":
        cli.notices.push("-enable-kvm ignored: the playground always emulates");
        break;
      case "-netdev":
      case "-nic":
      case "-net":
        throw new LoadError(`${flag}: networking is not available`);
      case "--demo":
        cli.demo = true;
        break;
      case "--expect": {
        const re = value(flag);
        try {
          new RegExp(re);
        } catch {
          throw new LoadError(`--expect: invalid regular expression '${re}'`);
        }
        config.expect = re;
        break;
      }
      case "--timeout": {
        const t = Number(value(flag));
        if (!(t > 0) || !Number.isFinite(t)) throw new LoadError(`--timeout needs a positive number of seconds`);
        config.timeoutSeconds = t;
        break;
      }
      default:
        throw new LoadError(raw.startsWith("-") ? `unsupported option '${raw}'` : `unexpected argument '${raw}'`);
    }
  }
  if (cli.demo && (config.kernel || config.initrd || config.dtb || config.append)) {
    throw new LoadError("--demo boots its own kernel, initrd and command line; drop -kernel/-initrd/-dtb/-append");
  }
  addVirtioConfig(config, virtio);
  // QEMU's own rules (vl.c): these only make sense with a kernel to pass them to.
  if (!cli.demo && config.kernel === undefined) {
    if (config.append !== "") throw new LoadError("-append only allowed with -kernel option");
    if (config.initrd !== undefined) throw new LoadError("-initrd only allowed with -kernel option");
  }
  cli.config = validateBootConfig(config);
  return cli;
}

const OUR_FLAGS = new Set(["--expect", "--timeout", "--help", "--demo"]);

function parseMachine(text: string, cli: CommandLine): void {
  const { head, props } = splitOptions(text);
  const type = headOrKey(head, props, "type");
  if (type !== "virt" && !/^virt-\d+\.\d+$/.test(type)) throw new LoadError(`unsupported machine '${type}' (only 'virt' is available)`);
  for (const [k, v] of props) {
    switch (k) {
      case "gic-version":
        // "max" is the newest GIC QEMU can emulate: GICv3.
        if (v === "2" || v === "3") cli.config.machine.gicVersion = Number(v) as 2 | 3;
        else if (v === "max") cli.config.machine.gicVersion = 3;
        else throw new LoadError(`-M virt,gic-version=${v}: use 2, 3 or max`);
        break;
      case "dumpdtb":
        cli.dumpDtb = v;
        break;
      case "accel":
        if (v !== "tcg") cli.notices.push(`-M accel=${v} ignored: the playground always emulates`);
        break;
      default:
        throw new LoadError(`unsupported machine property '${k}'`);
    }
  }
}

function parseDevice(text: string, config: BootConfig, virtio: VirtioCliOptions): void {
  const { head, props } = splitOptions(text);
  const driver = headOrKey(head, props, "driver");
  if (driver === "loader") {
    config.loaders.push(parseLoaderProperties(props, text));
  } else if (VIRTIO_DEVICES.includes(driver)) {
    addVirtioOption(virtio, "-device", text);
  } else if (UNSUPPORTED_DEVICES[driver]) {
    throw new LoadError(`-device ${driver}: ${UNSUPPORTED_DEVICES[driver]}`);
  } else {
    throw new LoadError(`unsupported device '${driver}' (supported: loader, ${VIRTIO_DEVICES.join(", ")})`);
  }
}

/** The -drive, virtio -device and -global options, in the config's terms; each virtio-blk
 *  device must name a drive of its own. */
function addVirtioConfig(config: BootConfig, virtio: VirtioCliOptions): void {
  config.drives = virtio.drives.map((d) => ({
    id: d.id, file: d.file, format: "raw" as const, ...(d.readOnly ? { readOnly: true } : {}), ...(d.snapshot ? { snapshot: true } : {}),
  }));
  const used = new Set<string>();
  config.devices = virtio.devices.map((d) => {
    if (d.driver === "virtio-rng-device") return { type: d.driver };
    if (!virtio.drives.some((x) => x.id === d.drive)) throw new LoadError(`-device virtio-blk-device: no -drive with id '${d.drive}'`);
    if (used.has(d.drive)) throw new LoadError(`-device virtio-blk-device: drive '${d.drive}' is already in use`);
    used.add(d.drive);
    return { type: d.driver, drive: d.drive, ...(d.serial !== undefined ? { serial: d.serial } : {}) };
  });
  if (virtio.legacy !== undefined) config.virtioMmioForceLegacy = virtio.legacy;
}

// The QEMU options that attach virtio-mmio devices, in the subset the playground supports:
//   -drive file=F,format=raw,if=none,id=ID[,readonly=on][,snapshot=on]
//   -device virtio-blk-device,drive=ID[,serial=S]
//   -device virtio-rng-device
//   -global virtio-mmio.force-legacy=on|off
// parsed into plain data. No Node APIs here (src/cli/args.ts runs in browsers too); opening
// the images is src/cli/open-virtio-devices.ts.
import { LoadError } from "../emulator/loaders/load-error";
import type { BootConfig } from "../emulator/boot-config";
import { splitOptions } from "./option-text";

export interface DriveOption {
  id: string;
  file: string;
  readOnly: boolean;
  /** Writes stay in memory; the image file is never written. */
  snapshot: boolean;
}

export type DeviceOption = { driver: "virtio-blk-device"; drive: string; serial?: string } | { driver: "virtio-rng-device" };

export interface VirtioCliOptions {
  drives: DriveOption[];
  devices: DeviceOption[];
  /** virtio-mmio force-legacy; undefined: the playground's default (virtio 1.x). */
  legacy?: boolean;
}

export const VIRTIO_USAGE = `  -drive file=F,format=raw,if=none,id=ID[,readonly=on][,snapshot=on]
                           a raw disk image for a virtio-blk-device
  -device virtio-blk-device,drive=ID[,serial=S]
  -device virtio-rng-device
  -global virtio-mmio.force-legacy=on|off
                           legacy (Version 1, QEMU 7.2's default) or virtio 1.x
                           transports (Version 2, the playground's default)
`;

const SUPPORTED_DEVICES = "virtio-blk-device, virtio-rng-device";

/** Record one -drive, -device or -global option. */
export function addVirtioOption(o: VirtioCliOptions, flag: "-drive" | "-device" | "-global", text: string): void {
  const { head, props } = virtioOptionParts(text);
  if (flag === "-drive") o.drives.push(parseDrive(head, props));
  else if (flag === "-device") o.devices.push(parseDevice(head, props));
  else o.legacy = parseGlobal(text);
}

/** A boot config's drives, devices and force-legacy setting as these options. */
export function virtioOptionsFromConfig(config: BootConfig): VirtioCliOptions {
  return {
    drives: config.drives.map((d) => ({ id: d.id, file: d.file, readOnly: d.readOnly ?? false, snapshot: d.snapshot ?? false })),
    devices: config.devices.map((d) => (d.type === "virtio-rng-device" ? { driver: d.type } : { driver: d.type, drive: d.drive, serial: d.serial })),
    legacy: config.virtioMmioForceLegacy,
  };
}

function parseDrive(head: string, props: Map<string, string>): DriveOption {
  if (head) throw new LoadError(`unsupported -drive property '${head}'`);
  const drive: DriveOption = { id: "", file: "", readOnly: false, snapshot: false };
  for (const [key, value] of props) {
    switch (key) {
      case "file": drive.file = value; break;
      case "id": drive.id = value; break;
      case "readonly": drive.readOnly = parseBool(`-drive ${key}`, value); break;
      case "snapshot": drive.snapshot = parseBool(`-drive ${key}`, value); break;
      case "format":
        if (value !== "raw") throw new LoadError(`-drive format=${value}: only raw images are supported`);
        break;
      case "if":
        if (value !== "none") throw new LoadError(`-drive if=${value}: only if=none is supported (attach it with -device virtio-blk-device,drive=ID)`);
        break;
      default:
        throw new LoadError(`unsupported -drive property '${key}'`);
    }
  }
  if (!drive.file) throw new LoadError("-drive needs file=IMAGE");
  if (!drive.id) throw new LoadError("-drive needs id=ID (and if=none)");
  if (!props.has("if")) throw new LoadError("-drive needs if=none (attach it with -device virtio-blk-device,drive=ID)");
  return drive;
}

function parseDevice(driver: string, props: Map<string, string>): DeviceOption {
  if (driver === "virtio-rng-device") {
    for (const [key] of props) throw new LoadError(`unsupported virtio-rng-device property '${key}'`);
    return { driver };
  }
  if (driver === "virtio-blk-device") {
    const drive = props.get("drive");
    for (const [key] of props) {
      if (key !== "drive" && key !== "serial") throw new LoadError(`unsupported virtio-blk-device property '${key}'`);
    }
    if (!drive) throw new LoadError("-device virtio-blk-device needs drive=ID");
    return { driver, drive, serial: props.get("serial") };
  }
  throw new LoadError(`unsupported device '${driver}' (supported: ${SUPPORTED_DEVICES})`);
}

function parseGlobal(text: string): boolean {
  const m = /^virtio-mmio\.force-legacy=(.*)$/.exec(text);
  if (!m) throw new LoadError(`unsupported -global '${text}' (only virtio-mmio.force-legacy)`);
  return parseBool("virtio-mmio.force-legacy", m[1]);
}

function parseBool(what: string, value: string): boolean {
  if (["on", "yes", "true", "y"].includes(value)) return true;
  if (["off", "no", "false", "n"].includes(value)) return false;
  throw new LoadError(`${what}: '${value}' is not on or off`);
}

/** "head,key=value,..." where head is a driver name (absent when the first item is a property). */
/** The option text split at single commas; a first element with "=" is a property too. */
function virtioOptionParts(text: string): { head: string; props: Map<string, string> } {
  const { head, props } = splitOptions(text);
  if (!head.includes("=")) return { head, props };
  const eq = head.indexOf("=");
  return { head: "", props: new Map([[head.slice(0, eq), head.slice(eq + 1)], ...props]) };
}

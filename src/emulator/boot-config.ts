// One description of a boot, shared by the command line, the browser worker and share
// links: the machine, CPU, memory, the files to load (by name), the devices, and the CI
// options. It is plain JSON, carries a version, and validateBootConfig() checks anything
// that comes from outside (a share link, storage) field by field.
import { LoadError } from "./loaders/load-error";
import { CPU_MODEL_NAMES, type CpuModelName } from "./cpu-models";
import { loaderToOption, type LoaderSpec } from "./loaders/generic-loader";
import type { BootFile } from "./loaders/boot-plan";
import type { BootInputs, MachineOptions } from "./machine";
import type { GicVersion } from "./board/virt";

export const BOOT_CONFIG_VERSION = 1;

export interface DriveConfig {
  id: string;
  /** File name of the disk image. */
  file: string;
  format: "raw";
  readOnly?: boolean;
  /** Writes stay in memory; the image is never written. */
  snapshot?: boolean;
}

export type DeviceConfig = { type: "virtio-blk-device"; drive: string; serial?: string } | { type: "virtio-rng-device" };

export interface BootConfig {
  version: typeof BOOT_CONFIG_VERSION;
  machine: { type: "virt"; gicVersion: GicVersion };
  cpu: CpuModelName;
  memoryBytes: number;
  smp: number;
  /** File names (paths for the CLI, keys of the file store in browsers). */
  kernel?: string;
  initrd?: string;
  dtb?: string;
  /** Kernel command line (-append). */
  append: string;
  loaders: LoaderSpec[];
  drives: DriveConfig[];
  devices: DeviceConfig[];
  /** -global virtio-mmio.force-legacy=on|off: the legacy (Version 1) virtio-mmio interface;
   *  absent: the playground's default, virtio 1.x. */
  virtioMmioForceLegacy?: boolean;
  /** -icount shift=N: each instruction takes 2^N ns of guest time. */
  icountShift?: number;
  /** -no-reboot: a guest reset ends the run instead of rebooting. */
  noReboot: boolean;
  /** Succeed as soon as the console output matches this regular expression. */
  expect?: string;
  timeoutSeconds?: number;
}

export const MIN_MEMORY_BYTES = 16 * 2 ** 20;
/** WebAssembly memories stop at 4 GiB; the core keeps 3 GiB for the guest. */
export const MAX_MEMORY_BYTES = 3 * 2 ** 30;
export const MAX_ICOUNT_SHIFT = 10;

export function defaultBootConfig(): BootConfig {
  return {
    version: BOOT_CONFIG_VERSION,
    machine: { type: "virt", gicVersion: 2 },
    cpu: "cortex-a57",
    memoryBytes: 512 * 2 ** 20,
    smp: 1,
    append: "",
    loaders: [],
    drives: [],
    devices: [],
    noReboot: false,
  };
}

// ---- validation ----

type Json = Record<string, unknown>;

class Checker {
  constructor(private readonly path: string) {}

  fail(msg: string, sub?: string): never {
    throw new LoadError(`boot config: ${sub ? `${this.path}.${sub}` : this.path}: ${msg}`);
  }

  object(v: unknown, keys: string[], required: string[] = []): Json {
    if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail("must be an object");
    const o = v as Json;
    for (const k of Object.keys(o)) if (!keys.includes(k)) this.fail(`unknown field '${k}'`);
    for (const k of required) if (o[k] === undefined) this.fail(`missing field '${k}'`);
    return o;
  }

  at(sub: string | number): Checker {
    return new Checker(typeof sub === "number" ? `${this.path}[${sub}]` : `${this.path}.${sub}`);
  }

  string(v: unknown, { optional = false, nonEmpty = true } = {}): string | undefined {
    if (v === undefined && optional) return undefined;
    if (typeof v !== "string") this.fail("must be a string");
    if (nonEmpty && v === "") this.fail("must not be empty");
    return v;
  }

  integer(v: unknown, min: number, max: number, optional = false): number | undefined {
    if (v === undefined && optional) return undefined;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min || v > max) this.fail(`must be an integer from ${min} to ${max}`);
    return v;
  }

  boolean(v: unknown, optional = false): boolean | undefined {
    if (v === undefined && optional) return undefined;
    if (typeof v !== "boolean") this.fail("must be true or false");
    return v;
  }

  oneOf<T>(v: unknown, values: readonly T[]): T {
    if (!values.includes(v as T)) this.fail(`must be one of ${values.map((x) => JSON.stringify(x)).join(", ")}`);
    return v as T;
  }

  array(v: unknown): unknown[] {
    if (!Array.isArray(v)) this.fail("must be an array");
    return v;
  }
}

const ADDRESS_MAX = Number.MAX_SAFE_INTEGER;

function validateLoader(v: unknown, c: Checker): LoaderSpec {
  const kind = c.at("kind").oneOf((v as Json | null)?.kind, ["file", "data", "pc"] as const);
  if (kind === "file") {
    const o = c.object(v, ["kind", "file", "addr", "cpuNum", "forceRaw"], ["file"]);
    return {
      kind, file: c.at("file").string(o.file)!,
      addr: c.at("addr").integer(o.addr, 0, ADDRESS_MAX, true),
      cpuNum: c.at("cpuNum").integer(o.cpuNum, 0, 0xfffffffe, true),
      forceRaw: c.at("forceRaw").boolean(o.forceRaw, true),
    };
  }
  if (kind === "data") {
    const o = c.object(v, ["kind", "addr", "data", "dataLen", "dataBigEndian", "cpuNum"], ["addr", "data", "dataLen"]);
    const data = c.at("data").string(o.data)!;
    if (!/^0x[0-9a-f]{1,16}$/.test(data)) c.fail('must be "0x" followed by 1 to 16 lower-case hex digits', "data");
    return {
      kind, addr: c.at("addr").integer(o.addr, 0, ADDRESS_MAX)!, data,
      dataLen: c.at("dataLen").integer(o.dataLen, 1, 8)!,
      dataBigEndian: c.at("dataBigEndian").boolean(o.dataBigEndian, true),
      cpuNum: c.at("cpuNum").integer(o.cpuNum, 0, 0xfffffffe, true),
    };
  }
  const o = c.object(v, ["kind", "addr", "cpuNum"], ["addr", "cpuNum"]);
  return { kind, addr: c.at("addr").integer(o.addr, 1, ADDRESS_MAX)!, cpuNum: c.at("cpuNum").integer(o.cpuNum, 0, 0xfffffffe)! };
}

/** Check a boot config from outside (a share link, storage) and return a clean copy;
 *  every problem is a LoadError naming the field. */
export function validateBootConfig(value: unknown): BootConfig {
  const c = new Checker("config");
  const o = c.object(value, [
    "version", "machine", "cpu", "memoryBytes", "smp", "kernel", "initrd", "dtb", "append", "loaders", "drives",
    "devices", "virtioMmioForceLegacy", "icountShift", "noReboot", "expect", "timeoutSeconds",
  ], ["version", "machine", "cpu", "memoryBytes"]);
  if (o.version !== BOOT_CONFIG_VERSION) c.fail(`unsupported version ${JSON.stringify(o.version)} (this build reads version ${BOOT_CONFIG_VERSION})`, "version");
  const m = c.at("machine").object(o.machine, ["type", "gicVersion"], ["type", "gicVersion"]);
  const machine = { type: c.at("machine.type").oneOf(m.type, ["virt"] as const), gicVersion: c.at("machine.gicVersion").oneOf(m.gicVersion, [2, 3] as const) };
  const memoryBytes = c.at("memoryBytes").integer(o.memoryBytes, MIN_MEMORY_BYTES, MAX_MEMORY_BYTES)!;
  if (memoryBytes % 2 ** 16) c.fail("must be a multiple of 64 KiB", "memoryBytes");

  const drives = c.at("drives").array(o.drives ?? []).map((d, i) => {
    const dc = c.at("drives").at(i);
    const dobj = dc.object(d, ["id", "file", "format", "readOnly", "snapshot"], ["id", "file", "format"]);
    return stripUndefined<DriveConfig>({
      id: dc.at("id").string(dobj.id)!, file: dc.at("file").string(dobj.file)!,
      format: dc.at("format").oneOf(dobj.format, ["raw"] as const),
      readOnly: dc.at("readOnly").boolean(dobj.readOnly, true),
      snapshot: dc.at("snapshot").boolean(dobj.snapshot, true),
    });
  });
  const ids = new Set<string>();
  for (const [i, d] of drives.entries()) {
    if (ids.has(d.id)) c.at("drives").at(i).fail(`duplicate drive id '${d.id}'`, "id");
    ids.add(d.id);
  }
  const usedDrives = new Set<string>();
  const devices = c.at("devices").array(o.devices ?? []).map((d, i): DeviceConfig => {
    const dc = c.at("devices").at(i);
    const type = dc.at("type").oneOf((d as Json | null)?.type, ["virtio-blk-device", "virtio-rng-device"] as const);
    if (type === "virtio-rng-device") {
      dc.object(d, ["type"]);
      return { type };
    }
    const dobj = dc.object(d, ["type", "drive", "serial"], ["drive"]);
    const drive = dc.at("drive").string(dobj.drive)!;
    if (!ids.has(drive)) dc.fail(`no drive with id '${drive}'`, "drive");
    if (usedDrives.has(drive)) dc.fail(`drive '${drive}' is already used by another device`, "drive");
    usedDrives.add(drive);
    return stripUndefined({ type, drive, serial: dc.at("serial").string(dobj.serial, { optional: true, nonEmpty: false }) });
  });

  const config: BootConfig = {
    version: BOOT_CONFIG_VERSION,
    machine,
    cpu: c.at("cpu").oneOf(o.cpu, CPU_MODEL_NAMES),
    memoryBytes,
    smp: c.at("smp").integer(o.smp ?? 1, 1, 1)!,
    append: c.at("append").string(o.append ?? "", { nonEmpty: false })!,
    loaders: c.at("loaders").array(o.loaders ?? []).map((l, i) => stripUndefined(validateLoader(l, c.at("loaders").at(i)))),
    drives,
    devices,
    noReboot: c.at("noReboot").boolean(o.noReboot ?? false)!,
  };
  for (const key of ["kernel", "initrd", "dtb"] as const) {
    const v = c.at(key).string(o[key], { optional: true });
    if (v !== undefined) config[key] = v;
  }
  if (config.kernel === undefined && (config.append !== "" || config.initrd !== undefined)) {
    c.fail("append and initrd need a kernel (as QEMU's -append and -initrd need -kernel)");
  }
  const legacy = c.at("virtioMmioForceLegacy").boolean(o.virtioMmioForceLegacy, true);
  if (legacy !== undefined) config.virtioMmioForceLegacy = legacy;
  const shift = c.at("icountShift").integer(o.icountShift, 0, MAX_ICOUNT_SHIFT, true);
  if (shift !== undefined) config.icountShift = shift;
  const expectText = c.at("expect").string(o.expect, { optional: true });
  if (expectText !== undefined) {
    try {
      new RegExp(expectText);
    } catch {
      c.fail("is not a valid regular expression", "expect");
    }
    config.expect = expectText;
  }
  if (o.timeoutSeconds !== undefined) {
    if (typeof o.timeoutSeconds !== "number" || !(o.timeoutSeconds > 0) || !Number.isFinite(o.timeoutSeconds)) {
      c.fail("must be a positive number of seconds", "timeoutSeconds");
    }
    config.timeoutSeconds = o.timeoutSeconds as number;
  }
  return config;
}

function stripUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

// ---- editing ----

/** `config` with disk image `file` attached as a virtio-blk device (last in -device order,
 *  under the first free drive id "diskN"); unchanged if a drive already uses the file. */
export function attachDrive(config: BootConfig, file: string): BootConfig {
  if (config.drives.some((d) => d.file === file)) return config;
  let n = 0;
  while (config.drives.some((d) => d.id === `disk${n}`)) n++;
  return {
    ...config,
    drives: [...config.drives, { id: `disk${n}`, file, format: "raw" }],
    devices: [...config.devices, { type: "virtio-blk-device", drive: `disk${n}` }],
  };
}

/** `config` without the drive of disk image `file` and its virtio-blk device. */
export function detachDrive(config: BootConfig, file: string): BootConfig {
  const drive = config.drives.find((d) => d.file === file);
  if (!drive) return config;
  return {
    ...config,
    drives: config.drives.filter((d) => d !== drive),
    devices: config.devices.filter((d) => d.type !== "virtio-blk-device" || d.drive !== drive.id),
  };
}

// ---- back to a command line ----

/** QEMU option values escape commas by doubling them. */
function escapeOptionValue(v: string): string {
  return v.replaceAll(",", ",,");
}

/** The config as qemu-system-aarch64-style arguments (plus our --expect/--timeout), such
 *  that parsing them gives the same config back. */
export function bootConfigToArgv(config: BootConfig): string[] {
  const args = ["-M", config.machine.gicVersion === 2 ? "virt" : `virt,gic-version=${config.machine.gicVersion}`];
  args.push("-cpu", config.cpu, "-m", `${config.memoryBytes / 2 ** 20}M`);
  if (config.smp !== 1) args.push("-smp", String(config.smp));
  if (config.kernel !== undefined) args.push("-kernel", config.kernel);
  if (config.initrd !== undefined) args.push("-initrd", config.initrd);
  if (config.dtb !== undefined) args.push("-dtb", config.dtb);
  if (config.append !== "") args.push("-append", config.append);
  for (const l of config.loaders) args.push("-device", loaderToOption(l.kind === "file" ? { ...l, file: escapeOptionValue(l.file) } : l));
  for (const d of config.drives) {
    const flags = `${d.readOnly ? ",readonly=on" : ""}${d.snapshot ? ",snapshot=on" : ""}`;
    args.push("-drive", `file=${escapeOptionValue(d.file)},format=${d.format},if=none,id=${d.id}${flags}`);
  }
  for (const d of config.devices) {
    if (d.type === "virtio-rng-device") args.push("-device", d.type);
    else args.push("-device", `${d.type},drive=${d.drive}${d.serial !== undefined ? `,serial=${escapeOptionValue(d.serial)}` : ""}`);
  }
  if (config.virtioMmioForceLegacy !== undefined) args.push("-global", `virtio-mmio.force-legacy=${config.virtioMmioForceLegacy ? "on" : "off"}`);
  if (config.icountShift !== undefined) args.push("-icount", `shift=${config.icountShift}`);
  if (config.noReboot) args.push("-no-reboot");
  args.push("-nographic");
  if (config.expect !== undefined) args.push("--expect", config.expect);
  if (config.timeoutSeconds !== undefined) args.push("--timeout", String(config.timeoutSeconds));
  return args;
}

// ---- to machine inputs ----

/** The machine a config describes: RAM, CPU model, interrupt controller, time, the virtio
 *  transport flavour (Machine.create's options; devices and I/O are the host's). */
export function machineShapeOf(config: BootConfig): Pick<MachineOptions, "ramBytes" | "cpuModel" | "gicVersion" | "icountShift" | "virtioLegacy"> {
  return {
    ramBytes: config.memoryBytes,
    cpuModel: config.cpu,
    gicVersion: config.machine.gicVersion,
    icountShift: config.icountShift,
    virtioLegacy: config.virtioMmioForceLegacy,
  };
}

/** The files a config names (except disk images, which the host opens as block storage),
 *  read through `readFile` (which throws for missing files), as Machine.boot() inputs. */
export function bootInputsFromConfig(config: BootConfig, readFile: (name: string, what: string) => Uint8Array): BootInputs {  const file = (name: string | undefined, what: string): BootFile | undefined =>
    name === undefined ? undefined : { name, bytes: readFile(name, what) };
  return {
    kernel: file(config.kernel, "kernel"),
    initrd: file(config.initrd, "initrd"),
    dtb: file(config.dtb, "device tree"),
    cmdline: config.append,
    loaders: config.loaders.map((spec) => ({ spec, file: spec.kind === "file" ? file(spec.file, "loader file") : undefined })),
  };
}

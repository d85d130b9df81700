// The Node side of the CLI's virtio options: opens the -drive images named in the parsed
// options (src/cli/virtio-options.ts) and gives the machine its virtio device list.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { LoadError } from "../emulator/loaders/load-error";
import { MemoryBlockStorage } from "../emulator/devices/virtio/block-storage";
import type { VirtioDeviceSpec } from "../emulator/devices/virtio/virt-board";
import { FileBlockStorage } from "./file-block-storage";
import type { DriveOption, VirtioCliOptions } from "./virtio-options";

/** The machine's virtio device list; images are opened here (relative to `baseDir`). */
export function openVirtioDevices(o: VirtioCliOptions, baseDir = "."): VirtioDeviceSpec[] {
  const used = new Set<string>();
  return o.devices.map((d): VirtioDeviceSpec => {
    if (d.driver === "virtio-rng-device") return { kind: "rng" };
    const drive = o.drives.find((x) => x.id === d.drive);
    if (!drive) throw new LoadError(`-device virtio-blk-device: no -drive with id '${d.drive}'`);
    if (used.has(drive.id)) throw new LoadError(`-device virtio-blk-device: drive '${drive.id}' is already in use`);
    used.add(drive.id);
    return { kind: "blk", storage: openImage(resolve(baseDir, drive.file), drive), serial: d.serial };
  });
}

function openImage(path: string, drive: DriveOption) {
  try {
    if (drive.snapshot) return new MemoryBlockStorage(new Uint8Array(readFileSync(path)), drive.readOnly);
    return FileBlockStorage.open(path, drive.readOnly);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LoadError(`cannot open disk image '${drive.file}': ${code === "ENOENT" ? "no such file" : code ?? String(e)}`);
  }
}

// The page's disks (kept in IndexedDB by DiskStore): making, importing, exporting, resetting
// and deleting them, and finding the disks a configuration or a share link names. Disks are
// known to configurations by name (a drive's file is its disk's name).
import type { BootConfig } from "../emulator/boot-config";
import { freeName, renameFile } from "./config-files";
import { builtinUrl } from "./builtin-images";
import { DiskStore, requestPersistentStorage, type DiskInfo } from "./disks/disk-store";
import { fetchBytes } from "./fetch-bytes";
import { sha256Hex } from "./file-kinds";
import type { LinkOpening } from "./share-plan";

/** An import or base-image download under way. */
export interface DiskTask {
  name: string;
  done: number;
  total?: number;
}

/** What the shelf needs of the page around it. */
export interface DiskShelfHost {
  /** The disks, or the task under way, changed. */
  show(change: { disks?: readonly DiskInfo[]; diskTask?: DiskTask }): void;
  /** A disk action failed: tell the user. */
  fail(message: string): void;
  /** Drive file names of the machine that runs now (empty when none runs). */
  runningDrives(): readonly string[];
  /** Save the running machine's disk writes. */
  flushRunning(): Promise<unknown>;
  /** Attach or detach a disk in the configuration being edited. */
  attach(name: string, attached: boolean): void;
}

const MiB = 2 ** 20;

export class DiskShelf {
  private readonly store = new DiskStore();
  private disks: readonly DiskInfo[] = [];

  constructor(private readonly host: DiskShelfHost) {}

  async refresh(): Promise<void> {
    try {
      this.disks = await this.store.list();
      this.host.show({ disks: this.disks });
    } catch (e) {
      this.host.fail(e instanceof Error ? e.message : String(e));
    }
  }

  /** The disk ids of the drives `config` attaches, by drive file name; throws (for the user)
   *  when one is not in this browser. */
  idsFor(config: BootConfig): Record<string, string> {
    const ids: Record<string, string> = {};
    for (const drive of config.drives) {
      const disk = this.byName(drive.file);
      if (!disk) throw new Error(`the configuration attaches disk '${drive.file}', which this browser does not have`);
      ids[drive.file] = disk.id;
    }
    return ids;
  }

  byName(name: string): DiskInfo | undefined {
    return this.disks.find((d) => d.name === name);
  }

  async create(name: string, sizeMiB: number): Promise<void> {
    await this.act(async () => {
      void requestPersistentStorage();
      const disk = await this.store.create(this.freeDiskName(name.trim() || "disk"), sizeMiB * MiB);
      await this.refresh();
      this.host.attach(disk.name, true);
    });
  }

  /** A raw disk image the user dropped or picked becomes a disk of that name. */
  async import(file: File): Promise<void> {
    await this.act(async () => {
      void requestPersistentStorage();
      const name = this.freeDiskName(file.name);
      this.host.show({ diskTask: { name, done: 0, total: file.size } });
      await this.store.importImage(name, file, (done, total) => this.host.show({ diskTask: { name, done, total } }));
    });
  }

  /** A copy-on-write disk over a read-only base image (a path on this site or an https URL):
   *  only the chunks the guest changes are stored. */
  async createOverlay(name: string, baseUrl: string): Promise<void> {
    await this.act(() => this.makeOverlay(name, new URL(baseUrl, document.baseURI)));
  }

  async delete(id: string): Promise<void> {
    const disk = this.disks.find((d) => d.id === id);
    if (!disk || this.refuseInUse(disk, "delete")) return;
    this.host.attach(disk.name, false);
    await this.act(() => this.store.delete(id));
  }

  async resetToBase(id: string): Promise<void> {
    const disk = this.disks.find((d) => d.id === id);
    if (!disk || this.refuseInUse(disk, "reset")) return;
    await this.act(() => this.store.resetToBase(id));
  }

  /** Download the whole disk as a raw image (saving the running machine's writes first). */
  async export(id: string): Promise<void> {
    const disk = this.disks.find((d) => d.id === id);
    if (!disk) return;
    await this.act(async () => {
      if (this.inUse(disk)) await this.host.flushRunning();
      const blob = await this.store.exportImage(id, async (url) => new Uint8Array(await fetchBytes(new URL(url), () => undefined)));
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = disk.name.endsWith(".img") ? disk.name : `${disk.name}.img`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
    });
  }

  /** The disks a share link's drives ask for: a disk of this browser with the same name and
   *  the same size (blank) or base is used again, else a new one is made. Returns the
   *  configuration with the drives renamed to the disks used. */
  async forLink(config: BootConfig, wanted: LinkOpening["disks"]): Promise<BootConfig> {
    try {
      for (const want of wanted) {
        const baseUrl = want.base && (want.base.kind === "url" ? want.base.url : builtinUrl(want.base.id));
        let disk = this.disks.find((d) => d.name === want.name && (baseUrl ? d.base?.url === baseUrl.href : !d.base && d.sizeBytes === want.sizeBytes));
        if (!disk && baseUrl) disk = await this.makeOverlay(want.name, baseUrl);
        else if (!disk) disk = await this.store.create(this.freeDiskName(want.name), want.sizeBytes!);
        await this.refresh();
        if (disk.name !== want.name) config = renameFile(config, want.name, disk.name);
      }
      return config;
    } finally {
      this.host.show({ diskTask: undefined });
    }
  }

  private async makeOverlay(name: string, url: URL): Promise<DiskInfo> {
    if (url.origin !== location.origin && url.protocol !== "https:") throw new Error(`${url.href}: base images from other sites must be https`);
    const label = this.freeDiskName(name.trim() || decodeURIComponent(url.pathname.split("/").pop() || "overlay"));
    this.host.show({ diskTask: { name: label, done: 0 } });
    const bytes = await fetchBytes(url, (done, total) => this.host.show({ diskTask: { name: label, done, total } }));
    const sha256 = await sha256Hex(new Blob([bytes]));
    const sizeBytes = Math.ceil(bytes.byteLength / 512) * 512;
    return this.store.create(label, sizeBytes, { url: url.href, sizeBytes: bytes.byteLength, sha256 });
  }

  /** A disk name not yet taken, from `wanted`. */
  private freeDiskName(wanted: string): string {
    return freeName(wanted, (name) => this.disks.some((d) => d.name === name));
  }

  /** Run a disk action: a failure is told to the user; the list is read again after. */
  private async act(action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
    } catch (e) {
      this.host.fail(e instanceof Error ? e.message : String(e));
    }
    this.host.show({ diskTask: undefined });
    await this.refresh();
  }

  /** Disks of the running machine cannot change under it. */
  private inUse(disk: DiskInfo): boolean {
    return this.host.runningDrives().includes(disk.name);
  }

  private refuseInUse(disk: DiskInfo, what: string): boolean {
    if (!this.inUse(disk)) return false;
    this.host.fail(`Disk '${disk.name}' is attached to the running machine: power it off before you ${what} it.`);
    return true;
  }
}

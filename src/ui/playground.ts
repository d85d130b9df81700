// The playground's state and actions, apart from how React draws them: the boot
// configuration being edited (the schema the CLI and share links use), the user's files, the
// VM client, the console sink and log, and the status line.
import { attachDrive, detachDrive, type BootConfig } from "../emulator/boot-config";
import type { VmStats } from "../workers/vm-api";
import { builtinRoles, builtinUrl, demoConfig, isBuiltinName, fetchBuiltin, readManifest, type DemoManifest } from "./builtin-images";
import { ConsoleLog } from "./console-log";
import { fetchBytes } from "./fetch-bytes";
import { FileLibrary, type LibraryFile } from "./file-library";
import { checkFile, detectKind, KIND_LABELS, roleOfKind, type FileKind, type FileRole } from "./file-kinds";
import type { DiskInfo } from "./disks/disk-store";
import { DiskShelf, type DiskTask } from "./disk-shelf";
import { sharedMemoryProblem } from "./memory-check";
import { parseQemuCommand, type PastedCommand, type PastedFileRole } from "./qemu-command";
import { bootFileNames, renameFile } from "./config-files";
import { encodeShareFragment, isShareFragment } from "./share-link";
import { shareStateOf, type LinkedSource } from "./share-plan";
import { LinkOpener, type LinkWait } from "./link-opener";
import { loadAutoBoot, loadSavedConfig, loadSavedLinked, saveAutoBoot, saveConfig, saveLinked } from "./saved-setup";
import type { Status } from "./status";
import { VmClient } from "./vm-client";

/** The file slots of a configuration the page lets the user fill. */
export type Slot = "kernel" | "initrd" | "dtb";

export interface Notice {
  tone: "error" | "info";
  text: string;
}

export interface PlaygroundView {
  status: Status;
  /** A problem that keeps the machine from running at all (shown instead of the console);
   *  it goes away with a smaller RAM size. */
  fatal?: { kind: "memory"; message: string };
  /** What the next boot boots. */
  config: BootConfig;
  files: readonly LibraryFile[];
  /** The site's built-in images and what each is for. */
  builtins: Readonly<Record<string, FileRole>>;
  /** Files fetched from the web rather than kept here (added by URL or from share links):
   *  name → address. */
  webFiles: Readonly<Record<string, string>>;
  /** Dropping a bootable file boots at once. */
  autoBoot: boolean;
  /** Boots started in this page (the console takes the keyboard focus at each). */
  boots: number;
  /** The outcome of the last action that is not shown elsewhere (a refused boot, ...). */
  notice?: Notice;
  /** The last share link made. */
  share?: { url: string; copied: boolean; referenced: { name: string; size: number; sha256: string }[]; notes: string[] };
  /** The disks kept in this browser. */
  disks: readonly DiskInfo[];
  /** A disk import or overlay download under way. */
  diskTask?: DiskTask;
  /** Guest disk writes not yet saved in the browser. */
  unsavedDiskChunks: number;
  /** A share link being opened that waits for the user: files to drop, sites to agree to. */
  link?: LinkWait;
}

const MiB = 2 ** 20;
const FLAG_OF_ROLE: Record<PastedFileRole, string> = {
  kernel: "-kernel",
  initrd: "-initrd",
  dtb: "-dtb",
  loader: "-device loader,file=",
  drive: "-drive file=",
};
const STATS_INTERVAL_MS = 1000;
/** Above this share of host time asleep, or below this speed, the status line calls the
 *  guest idle (a sleeping guest still runs its timer ticks, and the worker's time between
 *  sleeps is not counted as asleep). */
const IDLE_SHARE = 0.9;
const IDLE_MIPS = 0.5;

/** A file the configuration names that the page cannot find. */
export class MissingFileError extends Error {
  override name = "MissingFileError";
}

export class Playground {
  private view: PlaygroundView;
  private readonly listeners = new Set<() => void>();
  private vm?: VmClient;
  private readonly log = new ConsoleLog();
  private sink?: (bytes: Uint8Array) => void;
  private unsent: Uint8Array[] = [];
  private outputSinceBoot = false;
  /** A machine was booted in this page (it may have stopped since). */
  private booted = false;
  private statsTimer?: ReturnType<typeof setInterval>;
  private library?: FileLibrary;
  readonly disks: DiskShelf = new DiskShelf({
    show: (change) => this.update(change),
    fail: (message) => this.notify("error", message),
    runningDrives: () => this.runningDrives(),
    flushRunning: async () => this.vm?.flushDisks(),
    attach: (name, attached) => this.attachDisk(name, attached),
  });
  /** The configuration the machine runs (disks in it must not change under it). */
  private running?: BootConfig;
  private manifest?: DemoManifest;
  /** Files that are not the user's own: built-in images under another name and https
   *  URLs, from share links; by file name. */
  private readonly linked = new Map<string, LinkedSource>();
  /** Share links being opened, until their files are there and their sites agreed to. */
  private links?: LinkOpener;

  constructor() {
    for (const [name, source] of Object.entries(loadSavedLinked())) {
      this.linked.set(name, source.kind === "url" ? { kind: "url", url: new URL(source.url) } : source);
    }
    const saved = loadSavedConfig();
    this.view = {
      status: { phase: "loading" },
      config: saved ?? demoConfig(undefined),
      files: [],
      builtins: builtinRoles(undefined),
      webFiles: this.webFiles(),
      boots: 0,
      disks: [],
      unsavedDiskChunks: 0,
      autoBoot: loadAutoBoot(),
    };
  }

  /** Remember where a file that is not the user's own comes from. */
  private setLinked(name: string, source: LinkedSource): void {
    this.linked.set(name, source);
    if (this.view) this.update({ webFiles: this.webFiles() });
  }

  private webFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const [name, source] of this.linked) if (source.kind === "url") files[name] = source.url.href;
    return files;
  }

  get snapshot(): PlaygroundView {
    return this.view;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(change: Partial<PlaygroundView>): void {
    this.view = { ...this.view, ...change };
    for (const l of this.listeners) l();
  }

  private setStatus(status: Status): void {
    this.update({ status });
  }

  private notify(tone: Notice["tone"], text: string): void {
    this.update({ notice: { tone, text } });
  }

  dismissNotice(): void {
    this.update({ notice: undefined });
  }

  /** Where console output goes (the terminal); output that came earlier is replayed.
   *  Returns the detach function. */
  attachConsole(sink: (bytes: Uint8Array) => void): () => void {
    this.sink = sink;
    for (const chunk of this.unsent) sink(chunk);
    this.unsent = [];
    return () => {
      if (this.sink === sink) this.sink = undefined;
    };
  }

  private onOutput = (bytes: Uint8Array): void => {
    this.log.append(bytes);
    if (this.sink) this.sink(bytes);
    else this.unsent.push(bytes);
    if (!this.outputSinceBoot) {
      this.outputSinceBoot = true;
      void this.pollStats();
    }
  };

  sendInput(bytes: Uint8Array): void {
    this.vm?.sendInput(bytes);
  }

  /** Start the worker and boot what the page should boot on opening: the kernel its address
   *  names (?kernel=images/hello.elf), else the configuration booted last, else the demo. */
  async open(): Promise<void> {
    const problem = sharedMemoryProblem(this.view.config.memoryBytes / MiB);
    if (problem) {
      this.update({ fatal: { kind: "memory", message: problem }, status: { phase: "error", detail: "not enough memory" } });
      return;
    }
    this.update({ fatal: undefined });
    this.vm = new VmClient(this.onOutput);
    this.statsTimer = setInterval(() => void this.pollStats(), STATS_INTERVAL_MS);
    const [library, manifest] = await Promise.all([FileLibrary.open(), readManifest()]);
    this.library = library;
    this.manifest = manifest;
    this.update({ files: library.list(), builtins: builtinRoles(manifest) });
    await this.disks.refresh();
    addEventListener("pagehide", this.saveDisks);
    document.addEventListener("visibilitychange", this.saveDisks);
    if (!loadSavedConfig()) this.update({ config: { ...demoConfig(manifest), memoryBytes: this.view.config.memoryBytes } });
    const gone = this.view.config.drives.filter((d) => !this.disks.byName(d.file)).map((d) => d.file);
    for (const name of gone) this.attachDisk(name, false);
    if (gone.length) this.notify("info", `Detached ${gone.map((n) => `'${n}'`).join(", ")}: no longer in this browser.`);
    this.links = new LinkOpener({
      library,
      builtins: () => this.view.builtins,
      disks: this.disks,
      link: (name, source) => this.setLinked(name, source),
      showWait: (link) => this.update({ link }),
      showConfig: (config) => this.setConfig(config, false),
      filesChanged: () => this.update({ files: library.list() }),
      notify: (tone, text) => this.notify(tone, text),
      setStatus: (status) => this.setStatus(status),
      boot: (config) => this.boot(config),
      refuse: (e) => this.refuse(e),
    });
    if (isShareFragment(location.hash)) {
      await this.links.open(location.hash);
      return;
    }
    const requested = new URLSearchParams(location.search).get("kernel");
    if (requested) {
      const name = requested.replace(/^images\//, "");
      if (isBuiltinName(name)) this.update({ builtins: { ...this.view.builtins, [name]: "kernel" } });
      await this.boot({ ...demoConfig(undefined), kernel: name, memoryBytes: this.view.config.memoryBytes }, { save: false });
      return;
    }
    await this.boot(this.view.config, { save: false });
  }

  close(): void {
    removeEventListener("pagehide", this.saveDisks);
    document.removeEventListener("visibilitychange", this.saveDisks);
    clearInterval(this.statsTimer);
    this.vm?.dispose();
  }

  // ---- editing the configuration ----

  /** Change the configuration being edited; it is kept for the next visit (a reload boots
   *  it) unless `keep` is false: the demo or a ?kernel= address shown at opening. */
  private setConfig(config: BootConfig, keep = true): void {
    this.update({ config });
    if (!keep) return;
    saveConfig(config);
    saveLinked(Object.fromEntries([...this.linked].map(([name, source]) => [name, source.kind === "url" ? { kind: "url", url: source.url.href } : source])));
  }

  /** Put a file in a slot (undefined empties it). A kernel ELF takes no initramfs. */
  assign(slot: Slot, name: string | undefined): void {
    const config = { ...this.view.config };
    if (name === undefined) delete config[slot];
    else config[slot] = name;
    if (slot === "kernel" && name !== undefined && this.kindOf(name) === "elf") delete config.initrd;
    this.setConfig(config);
  }

  setAppend(append: string): void {
    this.setConfig({ ...this.view.config, append });
  }

  setGicVersion(gicVersion: 2 | 3): void {
    this.setConfig({ ...this.view.config, machine: { ...this.view.config.machine, gicVersion } });
  }

  /** RAM for the next boot; refused (with the reason) when it cannot be reserved. After a
   *  memory problem at opening, a size that works opens the playground. */
  setRam(ramMiB: number): string | undefined {
    const problem = sharedMemoryProblem(ramMiB);
    if (problem) return problem;
    const config = { ...this.view.config, memoryBytes: ramMiB * MiB };
    this.setConfig(config);
    if (this.view.fatal) void this.open();
    return undefined;
  }

  setAutoBoot(on: boolean): void {
    saveAutoBoot(on);
    this.update({ autoBoot: on });
  }

  /** Back to the site's demo guest (the user's files stay). */
  async bootDemo(): Promise<void> {
    await this.boot({ ...demoConfig(this.manifest), memoryBytes: this.view.config.memoryBytes });
  }

  private kindOf(name: string): FileKind | undefined {
    const file = this.library?.get(name);
    if (file) return file.kind;
    return name.endsWith(".elf") ? "elf" : undefined;
  }

  // ---- a pasted qemu-system-aarch64 command ----

  /** Fill the configuration from a pasted command line (and boot it when `boot`). The files
   *  it names are matched by base name against the user's files and the built-in images;
   *  when some are missing, nothing changes and the notice lists them. */
  async useCommand(text: string, { boot }: { boot: boolean }): Promise<void> {
    let pasted: PastedCommand;
    try {
      pasted = parseQemuCommand(text);
    } catch (e) {
      this.notify("error", `The command was not used: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    let config = pasted.config;
    const missing: string[] = [];
    for (const file of pasted.files) {
      const have = file.role === "drive"
        ? this.disks.byName(file.baseName)?.name
        : this.library?.get(file.baseName)?.name ?? (file.baseName in this.view.builtins ? file.baseName : undefined);
      if (have === undefined) missing.push(`${file.baseName} (${FLAG_OF_ROLE[file.role]} ${file.path})`);
      else config = renameFile(config, file.path, file.baseName);
    }
    if (missing.length) {
      this.notify("error", `The command names files this page does not have: ${missing.join(", ")}. Drop them on the page and use the command again.`);
      return;
    }
    if (boot) await this.boot(config);
    else this.setConfig(config);
    if (pasted.notices.length && this.view.notice?.tone !== "error") this.notify("info", pasted.notices.join("\n"));
  }

  // ---- the user's files ----

  /** Files dropped or picked: each is identified, checked and kept; a usable kernel,
   *  initramfs or device tree takes its slot in the configuration (and boots it at once when
   *  the user asked for that). A file that cannot be used changes nothing else. */
  async addFiles(files: Iterable<File>): Promise<void> {
    const library = this.library;
    if (!library) return;
    let placed = false;
    for (const file of files) {
      if ((await detectKind(file)) === "disk") {
        await this.disks.import(file);
        continue;
      }
      const entry = await library.add(file.name, file);
      this.update({ files: library.list() });
      if (entry.problem || this.links?.waiting) continue;
      const role = roleOfKind(entry.kind);
      if (role === "kernel" || role === "initrd" || role === "dtb") {
        this.assign(role, entry.name);
        placed = true;
      }
    }
    if (this.links?.waiting) await this.links.resume();
    else if (placed && this.view.autoBoot) await this.boot(this.view.config);
  }

  async setKind(name: string, kind: FileKind): Promise<void> {
    await this.library?.setKind(name, kind);
    this.update({ files: this.library?.list() ?? [] });
  }

  async removeFile(name: string): Promise<void> {
    await this.library?.remove(name);
    const config = { ...this.view.config };
    for (const slot of ["kernel", "initrd", "dtb"] as const) {
      if (config[slot] === name && !(name in this.view.builtins)) delete config[slot];
    }
    this.update({ files: this.library?.list() ?? [], config });
  }

  /** Use a file from the web (https, or a path on this site): it is fetched and checked now,
   *  takes its place in the configuration by kind, and is fetched again at each boot (share
   *  links carry its address). */
  async addFromUrl(address: string): Promise<void> {
    let url: URL;
    try {
      url = new URL(address.trim(), document.baseURI);
    } catch {
      this.notify("error", `'${address}' is not a web address`);
      return;
    }
    if (url.origin !== location.origin && url.protocol !== "https:") {
      this.notify("error", `${url.href}: files from other sites must be https`);
      return;
    }
    try {
      const bytes = await fetchBytes(url, (loaded, total) => this.setStatus({ phase: "loading", detail: url.href, progress: { loaded, total } }));
      const blob = new Blob([bytes]);
      let name = decodeURIComponent(url.pathname.split("/").pop() || "download");
      if (this.library?.get(name)) name = `${name} (web)`;
      const kind = await detectKind(blob);
      const problem = await checkFile(blob, name, kind);
      if (problem) throw new Error(problem);
      const role = roleOfKind(kind);
      if (role !== "kernel" && role !== "initrd" && role !== "dtb") throw new Error(`${name}: ${KIND_LABELS[kind]}; only kernels, initramfs and device trees can be used from the web (import disk images)`);
      this.setLinked(name, { kind: "url", url });
      this.assign(role, name);
      this.notify("info", `${name} from ${url.host} is the ${role === "initrd" ? "initramfs" : role === "dtb" ? "device tree" : "kernel"} now.`);
    } catch (e) {
      this.notify("error", e instanceof Error ? e.message : String(e));
    }
    if (this.booted) {
      this.setStatus({ phase: "booting" });
      void this.pollStats();
    } else this.setStatus({ phase: "off", detail: "nothing booted yet" });
  }

  // ---- disks ----

  /** Save the guest's disk writes (when the page is hidden or closed). */
  private saveDisks = (event: Event): void => {
    if (event.type === "pagehide" || document.visibilityState === "hidden") void this.vm?.flushDisks();
  };

  /** The drives of the machine that runs now (their disks must not change under it). */
  private runningDrives(): readonly string[] {
    const phase = this.view.status.phase;
    const live = phase !== "off" && phase !== "error" && phase !== "loading";
    return live ? (this.running?.drives.map((d) => d.file) ?? []) : [];
  }

  /** Attach a disk as a virtio-blk device, or detach it: in the configuration being edited
   *  and in the running machine's, so that a reset (or a reboot the guest asks for) sees it;
   *  virtio-mmio has no hot-plug. */
  attachDisk(name: string, attached: boolean): void {
    this.setConfig(attached ? attachDrive(this.view.config, name) : detachDrive(this.view.config, name));
    const disk = this.disks.byName(name);
    if (!this.running || !disk) return;
    // Until it reboots, the machine still uses a detached disk: it stays "in use".
    if (attached) {
      this.running = attachDrive(this.running, name);
      void this.vm?.attachDisk(name, disk.id);
    } else void this.vm?.detachDisk(name);
  }

  // ---- share links ----

  /** Make a link that reproduces the configuration and copy it to the clipboard (it is also
   *  shown, for browsers that refuse the clipboard). */
  async makeShareLink(): Promise<void> {
    const library = this.library;
    try {
      const made = await shareStateOf(
        this.view.config,
        (name) => {
          const file = library?.get(name);
          return file && { size: file.blob.size, sha256: file.sha256, bytes: async () => new Uint8Array(await file.blob.arrayBuffer()) };
        },
        (name) => {
          const source = this.linked.get(name);
          if (source?.kind === "url") return this.baseSource(source.url.href);
          return source ?? (name in this.view.builtins ? { kind: "builtin", id: name } : undefined);
        },
        (name) => {
          const disk = this.disks.byName(name);
          return disk && { sizeBytes: disk.sizeBytes, usageBytes: disk.usageBytes, base: disk.base && this.baseSource(disk.base.url) };
        },
      );
      const url = new URL(location.href);
      url.search = "";
      url.hash = encodeShareFragment(made.state);
      let copied = false;
      try {
        await navigator.clipboard.writeText(url.href);
        copied = true;
      } catch {
        // Shown in the page to copy by hand.
      }
      this.update({ share: { url: url.href, copied, referenced: made.referenced, notes: made.notes } });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.notify("error", message.startsWith("Cannot make a share link") ? message : `Cannot make a share link: ${message}`);
    }
  }

  /** How a link names a file from the web (an overlay's base image too): a built-in image by
   *  id, else its URL. */
  private baseSource(url: string): LinkedSource {
    const parsed = new URL(url);
    const name = decodeURIComponent(parsed.pathname.split("/").pop() ?? "");
    if (parsed.href === builtinUrl(name).href) return { kind: "builtin", id: name };
    return { kind: "url", url: parsed };
  }

  dismissShare(): void {
    this.update({ share: undefined });
  }

  /** The user agrees to fetch the pending link's files from other sites. */
  async allowLinkSites(): Promise<void> {
    await this.links?.allowSites();
  }

  /** The user declines the pending link: nothing of it boots. */
  cancelLink(): void {
    this.links?.cancel();
    this.setConfig(loadSavedConfig() ?? { ...demoConfig(this.manifest), memoryBytes: this.view.config.memoryBytes }, false);
  }

  // ---- booting ----

  /** Boot the configuration being edited. */
  bootCurrent(): Promise<void> {
    return this.boot(this.view.config);
  }

  /** Fetch or read every file `config` names and boot it on a fresh machine. A file that is
   *  missing or unusable stops the boot with a message, and whatever runs keeps running. */
  private async boot(config: BootConfig, { save = true } = {}): Promise<void> {
    this.setConfig(config, save);
    let files: Record<string, ArrayBuffer>;
    let disks: Record<string, string>;
    try {
      if (config.kernel === undefined && config.loaders.length === 0) throw new MissingFileError("no kernel chosen: drop one or pick one under Kernel");
      disks = this.disks.idsFor(config);
      files = await this.readFiles(config);
    } catch (e) {
      this.refuse(e);
      return;
    }
    this.dismissNotice();
    this.setStatus({ phase: "booting", detail: config.kernel });
    this.outputSinceBoot = false;
    try {
      this.booted = true;
      this.running = config;
      this.update({ boots: this.view.boots + 1 });
      await this.vm!.boot({ config, files, disks });
    } catch (e) {
      this.refuse(e);
      return;
    }
    await this.pollStats();
  }

  /** Say why a boot did not happen; the status line goes back to what the machine does
   *  (or shows the error when nothing was ever booted). */
  private refuse(e: unknown): void {
    const message = e instanceof Error ? e.message : String(e);
    this.notify("error", message);
    if (!this.booted) this.setStatus({ phase: "error", detail: message });
    else {
      this.setStatus({ phase: "booting" });
      void this.pollStats();
    }
  }

  /** The bytes of each file `config` names (not disks): the user's file of that name, else a
   *  file linked by URL, else the built-in image. */
  private async readFiles(config: BootConfig): Promise<Record<string, ArrayBuffer>> {
    const names = bootFileNames(config);
    // Fetched side by side: the kernel and the initramfs need not wait for each other.
    const contents = await Promise.all(names.map((name) => this.readFile(name)));
    const files: Record<string, ArrayBuffer> = {};
    names.forEach((name, i) => (files[name] = contents[i]));
    return files;
  }

  private async readFile(name: string): Promise<ArrayBuffer> {
    const progress = (loaded: number, total: number | undefined) =>
      this.setStatus({ phase: "loading", detail: name, progress: { loaded, total } });
    const own = this.library?.get(name);
    if (own) {
      if (own.problem) throw new MissingFileError(own.problem);
      return own.blob.arrayBuffer();
    }
    const linked = this.linked.get(name);
    if (linked?.kind === "url") return fetchBytes(linked.url, progress);
    const builtin = linked?.kind === "builtin" ? linked.id : name;
    if (builtin in this.view.builtins) {
      // A copy: the worker takes the bytes, the page keeps the fetched image for later boots.
      return (await fetchBuiltin(builtin, progress)).slice(0);
    }
    throw new MissingFileError(`'${name}' is not among your files or the built-in images: drop it on the page`);
  }

  async pause(): Promise<void> {
    await this.vm?.pause();
    await this.pollStats();
  }

  async resume(): Promise<void> {
    await this.vm?.resume();
    await this.pollStats();
  }

  /** Boot the running configuration again, from the same file contents. */
  async reset(): Promise<void> {
    try {
      this.outputSinceBoot = false;
      this.setStatus({ phase: "booting" });
      await this.vm?.reset();
    } catch (e) {
      this.refuse(e);
    }
    await this.pollStats();
  }

  async powerOff(): Promise<void> {
    await this.vm?.powerOff();
    await this.pollStats();
  }

  saveLog(): void {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(this.log.toBlob());
    a.download = `arm64-playground-console-${new Date().toISOString().replace(/[:.]/g, "-")}.log`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  private async pollStats(): Promise<void> {
    const vm = this.vm;
    // Before the first boot the status line says what the page does (or why it booted nothing).
    if (!vm || !this.booted || this.view.status.phase === "loading") return;
    let stats: VmStats;
    try {
      stats = await vm.stats();
    } catch {
      return;
    }
    this.setStatus(this.statusFrom(stats));
    if (stats.diskProblems.length) this.notify("error", stats.diskProblems.join("\n"));
    if (stats.unsavedDiskChunks !== this.view.unsavedDiskChunks) {
      this.update({ unsavedDiskChunks: stats.unsavedDiskChunks });
      if (stats.unsavedDiskChunks === 0) void this.disks.refresh();
    }
  }

  private statusFrom(stats: VmStats): Status {
    const { instructions, mips } = stats;
    switch (stats.state) {
      case "off": return { phase: "off", detail: stats.message, instructions };
      case "error": return { phase: "error", detail: stats.message };
      case "paused": return { phase: "paused", instructions };
      case "booting": return { phase: "booting", instructions, sinceBoot: stats.sinceBootMs / 1000 };
      case "running": break;
    }
    const phase = !this.outputSinceBoot ? "booting" : stats.idleShare > IDLE_SHARE || mips < IDLE_MIPS ? "idle" : "running";
    return { phase, mips, instructions, sinceBoot: stats.sinceBootMs / 1000 };
  }
}

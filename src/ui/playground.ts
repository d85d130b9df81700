// The playground's state and actions, apart from how React draws them: the boot
// configuration being edited (the schema the CLI and share links use), the user's files, the
// VM client, the console sink and log, and the status line.
import type { BootConfig } from "../emulator/boot-config";
import type { VmStats } from "../workers/vm-api";
import { builtinRoles, demoConfig, isBuiltinName, fetchBuiltin, readManifest, type DemoManifest } from "./builtin-images";
import { ConsoleLog } from "./console-log";
import { fetchBytes } from "./fetch-bytes";
import { FileLibrary, type LibraryFile } from "./file-library";
import { roleOfKind, type FileKind, type FileRole } from "./file-kinds";
import { sharedMemoryProblem } from "./memory-check";
import { loadAutoBoot, loadSavedConfig, saveAutoBoot, saveConfig } from "./saved-setup";
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
  /** Dropping a bootable file boots at once. */
  autoBoot: boolean;
  /** The outcome of the last action that is not shown elsewhere (a refused boot, ...). */
  notice?: Notice;
}

const MiB = 2 ** 20;
const STATS_INTERVAL_MS = 1000;
/** Above this share of host time asleep, the status line calls the guest idle. */
const IDLE_SHARE = 0.9;

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
  private manifest?: DemoManifest;
  /** Files a configuration names by https URL (share links), by name. */
  private readonly remote = new Map<string, URL>();

  constructor() {
    const saved = loadSavedConfig();
    this.view = {
      status: { phase: "loading" },
      config: saved ?? demoConfig(undefined),
      files: [],
      builtins: builtinRoles(undefined),
      autoBoot: loadAutoBoot(),
    };
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
    if (!loadSavedConfig()) this.update({ config: { ...demoConfig(manifest), memoryBytes: this.view.config.memoryBytes } });
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
    clearInterval(this.statsTimer);
    this.vm?.dispose();
  }

  // ---- editing the configuration ----

  private setConfig(config: BootConfig): void {
    this.update({ config });
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
    saveConfig(config);
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

  // ---- the user's files ----

  /** Files dropped or picked: each is identified, checked and kept; a usable kernel,
   *  initramfs or device tree takes its slot in the configuration (and boots it at once when
   *  the user asked for that). A file that cannot be used changes nothing else. */
  async addFiles(files: Iterable<File>): Promise<void> {
    const library = this.library;
    if (!library) return;
    let placed = false;
    for (const file of files) {
      const entry = await library.add(file.name, file);
      this.update({ files: library.list() });
      if (entry.problem) continue;
      const role = roleOfKind(entry.kind);
      if (role === "kernel" || role === "initrd" || role === "dtb") {
        this.assign(role, entry.name);
        placed = true;
      }
    }
    if (placed && this.view.autoBoot) await this.boot(this.view.config);
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

  // ---- booting ----

  /** Boot the configuration being edited. */
  bootCurrent(): Promise<void> {
    return this.boot(this.view.config);
  }

  /** Fetch or read every file `config` names and boot it on a fresh machine. A file that is
   *  missing or unusable stops the boot with a message, and whatever runs keeps running. */
  private async boot(config: BootConfig, { save = true } = {}): Promise<void> {
    this.setConfig(config);
    let files: Record<string, ArrayBuffer>;
    try {
      if (config.kernel === undefined && config.loaders.length === 0) throw new MissingFileError("no kernel chosen: drop one or pick one under Kernel");
      files = await this.readFiles(config);
    } catch (e) {
      this.refuse(e);
      return;
    }
    this.dismissNotice();
    this.setStatus({ phase: "booting", detail: config.kernel });
    this.outputSinceBoot = false;
    try {
      await this.vm!.boot({ config, files, disks: {} });
      this.booted = true;
    } catch (e) {
      this.refuse(e);
      return;
    }
    if (save) saveConfig(config);
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
    const names = new Set<string>();
    for (const name of [config.kernel, config.initrd, config.dtb]) if (name !== undefined) names.add(name);
    for (const loader of config.loaders) if (loader.kind === "file") names.add(loader.file);
    const files: Record<string, ArrayBuffer> = {};
    for (const name of names) files[name] = await this.readFile(name);
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
    const url = this.remote.get(name);
    if (url) return fetchBytes(url, progress);
    if (name in this.view.builtins) {
      // A copy: the worker takes the bytes, the page keeps the fetched image for later boots.
      return (await fetchBuiltin(name, progress)).slice(0);
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
    if (!vm || this.view.status.phase === "loading") return;
    let stats: VmStats;
    try {
      stats = await vm.stats();
    } catch {
      return;
    }
    this.setStatus(this.statusFrom(stats));
  }

  private statusFrom(stats: VmStats): Status {
    const { instructions, mips } = stats;
    switch (stats.state) {
      case "off": return { phase: "off", detail: stats.message, instructions };
      case "error": return { phase: "error", detail: stats.message };
      case "paused": return { phase: "paused", instructions };
      case "booting": return { phase: "booting", instructions };
      case "running": break;
    }
    const phase = !this.outputSinceBoot ? "booting" : stats.idleShare > IDLE_SHARE ? "idle" : "running";
    return { phase, mips, instructions };
  }
}

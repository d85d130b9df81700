// The playground's state and actions, apart from how React draws them: the VM client, the
// console sink and log, the status line, and the files the user brought.
import { parseElf } from "../emulator/loaders/elf";
import { BOOTABLE_KINDS, type VmStats } from "../workers/vm-api";
import { chooseOpeningBoot, type OpeningBoot } from "./boot-on-open";
import { ConsoleLog } from "./console-log";
import { detectKind, sha256Prefix, type FileKind } from "./file-kinds";
import { DEFAULT_RAM_MIB, sharedMemoryProblem } from "./memory-check";
import type { Status } from "./status";
import { VmClient } from "./vm-client";

export interface UserFile {
  id: number;
  file: File;
  detected: FileKind;
  kind: FileKind;
  /** First 16 hex digits of the SHA-256; "" while hashing; undefined when too big to hash. */
  sha256?: string;
  /** Why it could not be booted. */
  error?: string;
}

export interface PlaygroundView {
  status: Status;
  /** A problem that keeps the machine from running at all (shown instead of the console);
   *  "memory" problems go away with a smaller RAM size. */
  fatal?: { kind: "memory"; message: string };
  ramMiB: number;
  files: readonly UserFile[];
}

const STATS_INTERVAL_MS = 1000;
/** Above this share of host time asleep, the status line calls the guest idle. */
const IDLE_SHARE = 0.9;
const RAM_KEY = "arm64-playground:ram-mib";

export class Playground {
  private view: PlaygroundView;
  private readonly listeners = new Set<() => void>();
  private vm?: VmClient;
  private readonly log = new ConsoleLog();
  private sink?: (bytes: Uint8Array) => void;
  private unsent: Uint8Array[] = [];
  private outputSinceBoot = false;
  private statsTimer?: ReturnType<typeof setInterval>;
  private nextFileId = 1;

  constructor() {
    const saved = Number(localStorage.getItem(RAM_KEY));
    this.view = { status: { phase: "loading" }, ramMiB: saved > 0 ? saved : DEFAULT_RAM_MIB, files: [] };
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

  /** Start the worker and boot what the page should boot on opening. */
  async open(): Promise<void> {
    const problem = sharedMemoryProblem(this.view.ramMiB);
    if (problem) {
      this.update({ fatal: { kind: "memory", message: problem }, status: { phase: "error", detail: "not enough memory" } });
      return;
    }
    this.update({ fatal: undefined });
    this.vm = new VmClient(this.onOutput);
    this.statsTimer = setInterval(() => void this.pollStats(), STATS_INTERVAL_MS);
    this.setStatus({ phase: "loading", detail: "boot images" });
    try {
      const opening = await chooseOpeningBoot((name, loaded, total) =>
        this.setStatus({ phase: "loading", detail: name, progress: { loaded, total } }),
      );
      await this.boot(opening);
    } catch (e) {
      this.setStatus({ phase: "error", detail: e instanceof Error ? e.message : String(e) });
    }
  }

  close(): void {
    clearInterval(this.statsTimer);
    this.vm?.dispose();
  }

  private async boot(what: OpeningBoot): Promise<void> {
    this.setStatus({ phase: "booting", detail: what.kernel.name });
    this.outputSinceBoot = false;
    await this.vm!.boot({ ...what, ramMiB: this.view.ramMiB });
    await this.pollStats();
  }

  async pause(): Promise<void> {
    await this.vm?.pause();
    await this.pollStats();
  }

  async resume(): Promise<void> {
    await this.vm?.resume();
    await this.pollStats();
  }

  async reset(): Promise<void> {
    await this.act(async () => {
      this.outputSinceBoot = false;
      this.setStatus({ phase: "booting" });
      await this.vm?.reset();
    });
  }

  async powerOff(): Promise<void> {
    await this.vm?.powerOff();
    await this.pollStats();
  }

  private async act(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (e) {
      this.setStatus({ phase: "error", detail: e instanceof Error ? e.message : String(e) });
      return;
    }
    await this.pollStats();
  }

  /** RAM for the next boot or reset; refused (with the reason) when it cannot be reserved.
   *  After a memory problem at opening, a size that works opens the playground. */
  setRam(ramMiB: number): string | undefined {
    const problem = sharedMemoryProblem(ramMiB);
    if (problem) return problem;
    localStorage.setItem(RAM_KEY, String(ramMiB));
    this.update({ ramMiB });
    if (this.view.fatal) void this.open();
    return undefined;
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

  /** Files dropped or picked: each is identified and listed; an AArch64 ELF boots at once. */
  async addFiles(files: Iterable<File>): Promise<void> {
    for (const file of files) {
      const detected = await detectKind(file);
      const entry: UserFile = { id: this.nextFileId++, file, detected, kind: detected, sha256: "" };
      this.update({ files: [...this.view.files, entry] });
      void sha256Prefix(file).then((sha256) => this.patchFile(entry.id, { sha256 }));
      if (detected === "elf") await this.bootFile(entry.id);
    }
  }

  setKind(id: number, kind: FileKind): void {
    this.patchFile(id, { kind, error: undefined });
  }

  removeFile(id: number): void {
    this.update({ files: this.view.files.filter((f) => f.id !== id) });
  }

  private patchFile(id: number, change: Partial<UserFile>): void {
    this.update({ files: this.view.files.map((f) => (f.id === id ? { ...f, ...change } : f)) });
  }

  /** Boot a listed file as its kind says, unless it is not bootable or the loader refuses
   *  it; then the machine keeps running what it ran. */
  async bootFile(id: number): Promise<void> {
    const entry = this.view.files.find((f) => f.id === id);
    if (!entry || !BOOTABLE_KINDS.has(entry.kind)) return;
    const bytes = await entry.file.arrayBuffer();
    if (entry.kind === "elf") {
      try {
        parseElf(new Uint8Array(bytes), entry.file.name);
      } catch (e) {
        this.patchFile(id, { error: e instanceof Error ? e.message : String(e) });
        return;
      }
    }
    this.patchFile(id, { error: undefined });
    try {
      await this.boot({ kernel: { name: entry.file.name, kind: entry.kind, bytes } });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.patchFile(id, { error: message });
      this.setStatus({ phase: "error", detail: message });
    }
  }
}

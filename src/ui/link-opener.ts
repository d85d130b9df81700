// Opening a share link in the page: a refused link boots nothing; a link whose files are all
// here (the user's, built in, or on this site) boots at once; otherwise the page asks for the
// missing files (matched by SHA-256, any name) and for leave to fetch from other sites, and
// boots once it has both.
import type { BootConfig } from "../emulator/boot-config";
import { renameFile } from "./config-files";
import type { DiskShelf } from "./disk-shelf";
import type { FileLibrary } from "./file-library";
import type { FileRole } from "./file-kinds";
import { decodeShareFragment } from "./share-link";
import { planLinkOpening, type LinkedSource, type LinkOpening } from "./share-plan";
import type { Status } from "./status";

/** What a pending link waits for, as the page shows it. */
export interface LinkWait {
  missing: { name: string; sha256: string; size: number }[];
  foreign: { name: string; url: string }[];
}

export interface LinkOpenerHost {
  library: FileLibrary;
  builtins(): Readonly<Record<string, FileRole>>;
  disks: DiskShelf;
  /** Remember where the page fetches a file that is not the user's own. */
  link(name: string, source: LinkedSource): void;
  /** The link waits for the user (undefined: it no longer does). */
  showWait(wait: LinkWait | undefined): void;
  /** Show the link's configuration while it waits (not kept until it boots). */
  showConfig(config: BootConfig): void;
  /** The library's files changed (the link's embedded files were added). */
  filesChanged(): void;
  notify(tone: "error" | "info", text: string): void;
  setStatus(status: Status): void;
  boot(config: BootConfig): Promise<void>;
  refuse(e: Error): void;
}

export class LinkOpener {
  private pending?: LinkOpening & { consent: boolean };

  constructor(private readonly host: LinkOpenerHost) {}

  /** A link waits for files or leave. */
  get waiting(): boolean {
    return this.pending !== undefined;
  }

  async open(fragment: string): Promise<void> {
    const { library } = this.host;
    let opening: LinkOpening;
    try {
      opening = await planLinkOpening(decodeShareFragment(fragment), {
        builtins: this.host.builtins(),
        origin: location.origin,
        bySha256: (sha256) => library.findBySha256(sha256)?.name,
        sha256Of: (name) => library.get(name)?.sha256,
      });
    } catch (e) {
      this.host.notify("error", `The share link was not opened: ${e instanceof Error ? e.message : String(e)}`);
      this.host.setStatus({ phase: "error", detail: "the share link was refused; nothing was booted" });
      return;
    }
    for (const { name, bytes } of opening.embedded) await library.add(name, new Blob([bytes as Uint8Array<ArrayBuffer>]));
    this.host.filesChanged();
    this.pending = { ...opening, consent: opening.foreign.length === 0 };
    await this.resume();
  }

  /** Boot the pending link if nothing is missing any more (the user may have dropped files);
   *  else say what it waits for. */
  async resume(): Promise<void> {
    const link = this.pending;
    if (!link) return;
    const { library } = this.host;
    link.missing = link.missing.filter((m) => {
      const have = library.findBySha256(m.sha256);
      if (have) link.config = renameFile(link.config, m.name, have.name);
      return !have;
    });
    if (link.missing.length || !link.consent) {
      this.host.showWait({ missing: link.missing, foreign: link.consent ? [] : link.foreign.map((f) => ({ name: f.name, url: f.url.href })) });
      this.host.showConfig(link.config);
      this.host.setStatus({ phase: "off", detail: "the share link waits for you (see above the console)" });
      return;
    }
    this.finish();
    let config: BootConfig;
    try {
      config = await this.host.disks.forLink(link.config, link.disks);
    } catch (e) {
      this.host.refuse(new Error(`The share link's disks could not be made: ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    for (const [name, source] of link.linked) this.host.link(name, source);
    await this.host.boot(config);
  }

  /** The user agrees to fetch the link's files from other sites. */
  async allowSites(): Promise<void> {
    if (!this.pending) return;
    this.pending.consent = true;
    await this.resume();
  }

  /** The user declines the pending link: nothing of it boots. */
  cancel(): void {
    this.finish();
    this.host.notify("info", "The share link was not booted.");
    this.host.setStatus({ phase: "off", detail: "nothing booted" });
  }

  /** The link is dealt with: it leaves the page's address (a reload boots what was kept). */
  private finish(): void {
    this.pending = undefined;
    this.host.showWait(undefined);
    history.replaceState(null, "", location.pathname + location.search);
  }
}

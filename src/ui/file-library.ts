// The kernels, initramfs and device trees the user brought, kept in IndexedDB (idb-keyval)
// so that a reload keeps them and the configuration that names them. Files are known by
// name: a new file with the name of an old one replaces it, as a rebuilt initramfs should.
import { createStore, del, entries, set, type UseStore } from "idb-keyval";
import { checkFile, detectKind, sha256Hex, type FileKind } from "./file-kinds";

export interface LibraryFile {
  name: string;
  blob: Blob;
  detected: FileKind;
  /** The kind the user chose (the detected one unless re-assigned). */
  kind: FileKind;
  /** SHA-256 in lower-case hex; undefined when too large to hash. */
  sha256?: string;
  /** Why the file cannot be used as its kind. */
  problem?: string;
  /** Why the file will not survive a reload (storage full or unavailable). */
  notKept?: string;
}

/** What is stored per file: the file and what reading it whole found, so that opening the
 *  page does not read every kept file again on the UI thread. */
interface StoredFile {
  name: string;
  blob: Blob;
  kind: FileKind;
  detected: FileKind;
  sha256?: string;
  problem?: string;
}

export class FileLibrary {
  private readonly files = new Map<string, LibraryFile>();

  private constructor(private readonly store: UseStore | undefined) {}

  /** The library with the files kept from earlier visits; without IndexedDB (private
   *  browsing in some browsers) files last until the page closes. */
  static async open(): Promise<FileLibrary> {
    let store: UseStore | undefined;
    try {
      store = createStore("arm64-playground-files", "files");
      const library = new FileLibrary(store);
      for (const [, stored] of await entries<string, StoredFile>(store)) {
        if (typeof stored?.name !== "string" || !(stored.blob instanceof Blob)) continue;
        if (typeof stored.detected === "string") library.files.set(stored.name, { ...stored });
        else await library.remember(stored.name, stored.blob, stored.kind);
      }
      return library;
    } catch {
      return new FileLibrary(undefined);
    }
  }

  list(): LibraryFile[] {
    return [...this.files.values()];
  }

  get(name: string): LibraryFile | undefined {
    return this.files.get(name);
  }

  findBySha256(sha256: string): LibraryFile | undefined {
    return this.list().find((f) => f.sha256 === sha256);
  }

  /** Identify, check and keep a file (replacing one of the same name). */
  async add(name: string, blob: Blob): Promise<LibraryFile> {
    const entry = await this.remember(name, blob);
    await this.save(entry);
    return entry;
  }

  /** Re-assign a file's kind; it is checked again as that kind. */
  async setKind(name: string, kind: FileKind): Promise<LibraryFile | undefined> {
    const old = this.files.get(name);
    if (!old) return undefined;
    const entry = { ...old, kind, problem: await checkFile(old.blob, name, kind) };
    this.files.set(name, entry);
    await this.save(entry);
    return entry;
  }

  async remove(name: string): Promise<void> {
    this.files.delete(name);
    if (this.store) await del(name, this.store).catch(() => undefined);
  }

  private async remember(name: string, blob: Blob, kind?: FileKind): Promise<LibraryFile> {
    const detected = await detectKind(blob);
    const chosen = kind ?? detected;
    const entry: LibraryFile = {
      name,
      blob,
      detected,
      kind: chosen,
      sha256: await sha256Hex(blob),
      problem: await checkFile(blob, name, chosen),
    };
    this.files.set(name, entry);
    return entry;
  }

  private async save(entry: LibraryFile): Promise<void> {
    if (entry.kind === "unknown") {
      // Nothing can boot it: not worth the browser's storage.
      entry.notKept = "not kept across reloads (not a usable file)";
      if (this.store) await del(entry.name, this.store).catch(() => undefined);
      return;
    }
    if (!this.store) {
      entry.notKept = "browser storage is not available here: the file lasts until the page closes";
      return;
    }
    try {
      const { name, blob, kind, detected, sha256, problem } = entry;
      await set(name, { name, blob, kind, detected, sha256, problem } satisfies StoredFile, this.store);
      entry.notKept = undefined;
    } catch (e) {
      entry.notKept = (e as DOMException)?.name === "QuotaExceededError"
        ? "browser storage is full (quota exceeded): the file lasts until the page closes"
        : `could not keep the file in browser storage (${e instanceof Error ? e.message : String(e)})`;
    }
  }
}

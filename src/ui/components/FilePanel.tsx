// Files the user dropped or picked: name, size, SHA-256 prefix, the kind detected from the
// content (re-assignable), and why a file cannot be used when it cannot.
import { useRef, useState } from "react";
import type { Playground } from "../playground";
import type { LibraryFile } from "../file-library";
import { FILE_KINDS, KIND_LABELS, formatSize, type FileKind } from "../file-kinds";

function FileEntry({ playground, entry }: { playground: Playground; entry: LibraryFile }) {
  return (
    <li className="file-entry" data-kind={entry.kind}>
      <div className="file-title">
        <span className="file-name">{entry.name}</span>
        <button className="file-remove" aria-label={`Remove ${entry.name}`} onClick={() => void playground.removeFile(entry.name)}>×</button>
      </div>
      <div className="file-meta">
        {formatSize(entry.blob.size)} · SHA-256{" "}
        <code title={entry.sha256}>{entry.sha256?.slice(0, 16) ?? "(not computed: file too large)"}</code>
      </div>
      <div className="file-kind">
        <label>
          Kind{" "}
          <select aria-label={`Kind of ${entry.name}`} value={entry.kind} onChange={(e) => void playground.setKind(entry.name, e.target.value as FileKind)}>
            {FILE_KINDS.map((k) => (
              <option key={k} value={k}>{KIND_LABELS[k]}{k === entry.detected ? " (detected)" : ""}</option>
            ))}
          </select>
        </label>
      </div>
      {entry.problem && <p className="file-error" role="alert">{entry.problem}</p>}
      {entry.notKept && <p className="file-note">{entry.notKept}</p>}
    </li>
  );
}

/** A kernel, initramfs or device tree from the web, fetched at each boot. */
function UrlField({ playground }: { playground: Playground }) {
  const [address, setAddress] = useState("");
  return (
    <form
      className="disk-create"
      onSubmit={(e) => {
        e.preventDefault();
        void playground.addFromUrl(address);
      }}
    >
      <input type="text" aria-label="File address" placeholder="https://…/Image.gz" value={address} onChange={(e) => setAddress(e.target.value)} />
      <button type="submit" disabled={!address.trim()}>Use from the web</button>
    </form>
  );
}

export function FilePanel({ playground, files }: { playground: Playground; files: readonly LibraryFile[] }) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <section className="files panel" aria-label="Files">
      <div className="files-head">
        <h2>Your files</h2>
        <button onClick={() => picker.current?.click()}>Open files…</button>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          onChange={(e) => {
            void playground.addFiles(Array.from(e.target.files ?? []));
            e.target.value = "";
          }}
        />
      </div>
      <p className="files-hint">
        Drop files anywhere on the page. Kinds are told by content: AArch64 ELF executables and Linux arm64 Images
        (plain or gzip) are kernels, cpio archives (plain or compressed) are initramfs, FDT blobs are device trees.
        A dropped file takes its place in the boot configuration; files are kept in this browser across reloads.
      </p>
      <ul className="file-list">
        {files.map((f) => <FileEntry key={f.name} playground={playground} entry={f} />)}
      </ul>
      <UrlField playground={playground} />
    </section>
  );
}

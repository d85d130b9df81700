// Files the user dropped or picked: name, size, SHA-256 prefix, the kind detected from the
// content (re-assignable), and whether this build can boot it.
import { useRef } from "react";
import type { Playground, UserFile } from "../playground";
import { BOOTABLE_KINDS } from "../../workers/vm-api";
import { FILE_KINDS, KIND_LABELS, formatSize, type FileKind } from "../file-kinds";

/** Why a kind cannot be used today. */
const NOT_YET: Record<FileKind, string> = {
  elf: "",
  "linux-image": "",
  "linux-image-gz": "",
  initrd: "A dropped kernel boots on its own: pairing it with a dropped initramfs is not supported yet.",
  dtb: "The playground builds the device tree itself: a dropped one is not used yet.",
  disk: "Disk images need a virtio block device, which the playground does not attach yet.",
};
function FileEntry({ playground, entry }: { playground: Playground; entry: UserFile }) {
  const bootable = BOOTABLE_KINDS.has(entry.kind);
  return (
    <li className="file-entry" data-kind={entry.kind}>
      <div className="file-title">
        <span className="file-name">{entry.file.name}</span>
        <button className="file-remove" aria-label={`Remove ${entry.file.name}`} onClick={() => playground.removeFile(entry.id)}>×</button>
      </div>
      <div className="file-meta">
        {formatSize(entry.file.size)} · SHA-256{" "}
        <code>{entry.sha256 === "" ? "…" : entry.sha256 ?? "(not computed: file too large)"}</code>
      </div>
      <div className="file-kind">
        <label>
          Kind{" "}
          <select value={entry.kind} onChange={(e) => playground.setKind(entry.id, e.target.value as FileKind)}>
            {FILE_KINDS.map((k) => (
              <option key={k} value={k}>{KIND_LABELS[k]}{k === entry.detected ? " (detected)" : ""}</option>
            ))}
          </select>
        </label>
        {bootable && !entry.error && <button onClick={() => void playground.bootFile(entry.id)}>Boot</button>}
      </div>
      {!bootable && <p className="file-note">{NOT_YET[entry.kind]}</p>}
      {entry.error && <p className="file-error" role="alert">{entry.error}</p>}
    </li>
  );
}

export function FilePanel({ playground, files }: { playground: Playground; files: readonly UserFile[] }) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <section className="files" aria-label="Files">
      <div className="files-head">
        <h2>Files</h2>
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
        Drop files anywhere on the page. Kinds are told by content. This build boots AArch64 ELF executables
        (bare-metal programs such as QEMU <code>-kernel</code> ELFs; a dropped one boots at once) and Linux arm64
        Images, plain or gzip-compressed.
      </p>
      <ul className="file-list">
        {files.map((f) => <FileEntry key={f.id} playground={playground} entry={f} />)}
      </ul>
    </section>
  );
}

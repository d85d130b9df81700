// Disks kept in this browser (IndexedDB): create a blank one, import a raw image (drop it or
// pick it), make a copy-on-write overlay over a base image, attach as virtio-blk, export,
// reset to base, delete; each with its size and the space it takes.
import { useRef, useState } from "react";
import type { Playground, PlaygroundView } from "../playground";
import { formatBytes, type DiskInfo } from "../disks/disk-store";

function DiskEntry({ playground, disk, attached }: { playground: Playground; disk: DiskInfo; attached: boolean }) {
  return (
    <li className="file-entry disk-entry" data-disk={disk.name}>
      <div className="file-title">
        <span className="file-name">{disk.name}</span>
        <button className="file-remove" aria-label={`Delete disk ${disk.name}`} onClick={() => void playground.disks.delete(disk.id)}>×</button>
      </div>
      <div className="file-meta">
        {formatBytes(disk.sizeBytes)} · {formatBytes(disk.usageBytes)} stored
        {disk.base && <> · overlay over <code>{disk.base.url}</code></>}
      </div>
      <div className="file-kind">
        <label>
          <input type="checkbox" checked={attached} onChange={(e) => playground.attachDisk(disk.name, e.target.checked)} /> Attach as virtio-blk
        </label>
        <button onClick={() => void playground.disks.export(disk.id)}>Export</button>
        {disk.base && <button onClick={() => void playground.disks.resetToBase(disk.id)}>Reset to base</button>}
      </div>
    </li>
  );
}

export function DisksPanel({ playground, view }: { playground: Playground; view: PlaygroundView }) {
  const [name, setName] = useState("disk");
  const [sizeMiB, setSizeMiB] = useState(64);
  const [baseUrl, setBaseUrl] = useState("");
  const picker = useRef<HTMLInputElement>(null);
  const attached = new Set(view.config.drives.map((d) => d.file));
  const task = view.diskTask;
  return (
    <section className="disks panel" aria-label="Disks">
      <div className="files-head">
        <h2>Disks</h2>
        <button onClick={() => picker.current?.click()}>Import image…</button>
        <input
          ref={picker}
          type="file"
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void playground.disks.import(file);
            e.target.value = "";
          }}
        />
      </div>
      <p className="files-hint">
        Disks live in this browser and survive reloads; attached disks are the guest's /dev/vda, /dev/vdb… from its next
        boot or reset (virtio-mmio has no hot-plug). {view.unsavedDiskChunks > 0 ? `${view.unsavedDiskChunks} changed chunk(s) not saved yet.` : "All guest writes are saved."}
      </p>
      {task && (
        <p className="file-note" role="status">
          {task.name}: {formatBytes(task.done)}{task.total ? ` of ${formatBytes(task.total)}` : ""}
        </p>
      )}
      <ul className="file-list">
        {view.disks.map((d) => <DiskEntry key={d.id} playground={playground} disk={d} attached={attached.has(d.name)} />)}
      </ul>
      <div className="disk-create">
        <label>Name <input type="text" aria-label="New disk name" value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>
          Size (MiB){" "}
          <input type="number" aria-label="New disk size in MiB" min={1} max={65536} value={sizeMiB} onChange={(e) => setSizeMiB(Number(e.target.value))} />
        </label>
        <button onClick={() => void playground.disks.create(name, sizeMiB)} disabled={!(sizeMiB >= 1)}>Create blank disk</button>
      </div>
      <div className="disk-create">
        <label>
          Base image{" "}
          <input type="text" aria-label="Base image URL" placeholder="images/base.img or https://…" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} />
        </label>
        <button onClick={() => void playground.disks.createOverlay(name, baseUrl)} disabled={!baseUrl.trim()}>Create overlay</button>
      </div>
    </section>
  );
}

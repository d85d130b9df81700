// The playground page: toolbar, status line, console and files; files may be dropped anywhere.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type DragEvent } from "react";
import { Playground } from "../playground";
import { Console } from "./Console";
import { CommandPanel } from "./CommandPanel";
import { ConfigPanel } from "./ConfigPanel";
import { DisksPanel } from "./DisksPanel";
import { FilePanel } from "./FilePanel";
import { Notice } from "./Notice";
import { LinkPrompt } from "./SharePanel";
import { Problem } from "./Problem";
import { StatusLine } from "./StatusLine";
import { MemorySelect, Toolbar } from "./Toolbar";

export function App() {
  const playground = useMemo(() => new Playground(), []);
  const view = useSyncExternalStore(playground.subscribe, () => playground.snapshot);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);

  useEffect(() => {
    void playground.open();
    return () => playground.close();
  }, [playground]);

  if (view.fatal) {
    return (
      <Problem reason={view.fatal.message}>
        <MemorySelect playground={playground} ramMiB={view.config.memoryBytes / 2 ** 20} />
      </Problem>
    );
  }

  const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes("Files");
  return (
    <div
      className="app"
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        dragDepth.current++;
        setDragging(true);
      }}
      onDragLeave={() => {
        if (--dragDepth.current <= 0) setDragging(false);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
      }}
      onDrop={(e) => {
        e.preventDefault();
        dragDepth.current = 0;
        setDragging(false);
        void playground.addFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <header className="top">
        <h1>arm64-playground</h1>
        <Toolbar playground={playground} view={view} />
      </header>
      <StatusLine status={view.status} />
      {view.notice && <Notice notice={view.notice} onDismiss={() => playground.dismissNotice()} />}
      {view.link && <LinkPrompt playground={playground} link={view.link} />}
      <main className="workspace">
        <Console playground={playground} boots={view.boots} />
        <aside className="side">
          <ConfigPanel playground={playground} view={view} />
          <CommandPanel playground={playground} config={view.config} />
          <FilePanel playground={playground} files={view.files} />
          <DisksPanel playground={playground} view={view} />
        </aside>
      </main>
      {dragging && <div className="drop-overlay">Drop kernels, initramfs, device trees or disk images</div>}
    </div>
  );
}

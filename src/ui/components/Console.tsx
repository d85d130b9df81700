// The guest's serial console: xterm.js in screen reader mode (so its text is in the DOM),
// keyboard and paste to the UART, copy of the selection.
import { useEffect, useRef } from "react";
import { Terminal } from "@xterm/xterm";
import { FitAddon } from "@xterm/addon-fit";
import type { Playground } from "../playground";

/** Ctrl+Shift+C copies, Ctrl+Shift+V pastes; Ctrl+C copies when text is selected and is
 *  sent to the guest otherwise. Returns false for keys it handled. */
function clipboardKeys(term: Terminal): (e: KeyboardEvent) => boolean {
  return (e) => {
    if (e.type !== "keydown" || !e.ctrlKey || e.altKey || e.metaKey) return true;
    const key = e.key.toLowerCase();
    if (key === "c" && (e.shiftKey || term.hasSelection())) {
      void navigator.clipboard?.writeText(term.getSelection());
      return false;
    }
    if (key === "v" && e.shiftKey) {
      void navigator.clipboard?.readText().then((text) => term.paste(text));
      return false;
    }
    return true;
  };
}

export function Console({ playground, boots }: { playground: Playground; boots: number }) {
  const host = useRef<HTMLDivElement>(null);
  const terminal = useRef<Terminal>(undefined);

  // Each boot hands the keyboard to the guest's console.
  useEffect(() => terminal.current?.focus(), [boots]);

  useEffect(() => {
    const term = new Terminal({
      screenReaderMode: true,
      cursorBlink: true,
      scrollback: 10_000,
      fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
      fontSize: 14,
      // At 1.0 the DOM renderer clips descenders such as "_" in DejaVu Sans Mono.
      lineHeight: 1.15,
      theme: { background: "#101418", foreground: "#d8dee4" },
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(host.current!);
    fit.fit();
    terminal.current = term;
    const encoder = new TextEncoder();
    const subscriptions = [
      term.onData((data) => playground.sendInput(encoder.encode(data))),
      term.onBinary((data) => playground.sendInput(Uint8Array.from(data, (c) => c.charCodeAt(0) & 0xff))),
    ];
    term.attachCustomKeyEventHandler(clipboardKeys(term));
    const detach = playground.attachConsole((bytes) => term.write(bytes));
    const resize = new ResizeObserver(() => fit.fit());
    resize.observe(host.current!);
    term.focus();
    return () => {
      resize.disconnect();
      detach();
      for (const s of subscriptions) s.dispose();
      term.dispose();
    };
  }, [playground]);

  const copy = () => {
    const text = terminal.current?.getSelection();
    if (text) void navigator.clipboard?.writeText(text);
  };
  const paste = () => {
    void navigator.clipboard?.readText().then((text) => terminal.current?.paste(text));
  };
  return (
    <section className="console-panel" aria-label="Guest console">
      <div className="console-tools">
        <span>Serial console (PL011)</span>
        <button onClick={copy} title="Copy the selected text (Ctrl+Shift+C)">Copy</button>
        <button onClick={paste} title="Paste into the console (Ctrl+Shift+V)">Paste</button>
      </div>
      <div className="console" ref={host} />
    </section>
  );
}

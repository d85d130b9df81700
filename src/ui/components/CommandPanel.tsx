// QEMU command lines both ways: paste a qemu-system-aarch64 command to fill the boot
// configuration (and boot it), and read the configuration as a command for the CLI or QEMU.
import { useState } from "react";
import { bootConfigToArgv, type BootConfig } from "../../emulator/boot-config";
import type { Playground } from "../playground";

/** Quote a word for a POSIX shell when it needs it. */
function shellQuote(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

export function commandLineOf(config: BootConfig): string {
  return ["qemu-system-aarch64", ...bootConfigToArgv(config)].map(shellQuote).join(" ");
}

export function CommandPanel({ playground, config }: { playground: Playground; config: BootConfig }) {
  const [text, setText] = useState("");
  return (
    <details className="panel command">
      <summary>QEMU command line</summary>
      <label className="command-label">
        <span>Paste a <code>qemu-system-aarch64</code> command; the files it names are matched by name against your files.</span>
        <textarea
          aria-label="QEMU command to use"
          rows={4}
          spellCheck={false}
          value={text}
          placeholder="qemu-system-aarch64 -M virt -cpu cortex-a72 -m 1024 -nographic -kernel Image -initrd initramfs.cpio.gz -append 'console=ttyAMA0'"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="config-actions">
        <button className="primary" disabled={!text.trim()} onClick={() => void playground.useCommand(text, { boot: true })}>Boot this command</button>
        <button disabled={!text.trim()} onClick={() => void playground.useCommand(text, { boot: false })}>Fill in the configuration</button>
      </div>
      <label className="command-label">
        <span>The configuration as a command (for QEMU or <code>npx arm64-playground</code>):</span>
        <textarea aria-label="Configuration as a command" rows={3} readOnly value={commandLineOf(config)} />
      </label>
    </details>
  );
}

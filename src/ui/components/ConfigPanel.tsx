// The boot configuration being edited: kernel, initramfs and device tree (the user's files
// or built-in images), command line, interrupt controller; Boot and back-to-demo.
import type { Playground, PlaygroundView, Slot } from "../playground";
import { roleOfKind, type FileRole } from "../file-kinds";
import { MadeLink } from "./SharePanel";

const SLOT_LABELS: Record<Slot, string> = { kernel: "Kernel", initrd: "Initramfs", dtb: "Device tree" };
const EMPTY_LABELS: Record<Slot, string> = { kernel: "(none)", initrd: "(none)", dtb: "(the board's own)" };

/** Names that can fill a slot: the user's usable files of that role, then built-in images. */
function choices(view: PlaygroundView, slot: Slot): { name: string; label: string }[] {
  const role: FileRole = slot;
  const own = view.files.filter((f) => !f.problem && roleOfKind(f.kind) === role).map((f) => ({ name: f.name, label: f.name }));
  const builtin = Object.entries(view.builtins)
    .filter(([name, r]) => r === role && !own.some((o) => o.name === name))
    .map(([name]) => ({ name, label: `${name} (built-in)` }));
  const all = [...own, ...builtin];
  const current = view.config[slot];
  if (current !== undefined && !all.some((c) => c.name === current)) {
    const web = view.webFiles[current];
    all.push({ name: current, label: web ? `${current} (from ${new URL(web).host})` : `${current} (missing: drop it)` });
  }
  return all;
}

function SlotSelect({ playground, view, slot }: { playground: Playground; view: PlaygroundView; slot: Slot }) {
  const value = view.config[slot] ?? "";
  return (
    <label className="config-row">
      <span>{SLOT_LABELS[slot]}</span>
      <select aria-label={SLOT_LABELS[slot]} value={value} onChange={(e) => playground.assign(slot, e.target.value === "" ? undefined : e.target.value)}>
        <option value="">{EMPTY_LABELS[slot]}</option>
        {choices(view, slot).map((c) => <option key={c.name} value={c.name}>{c.label}</option>)}
      </select>
    </label>
  );
}

export function ConfigPanel({ playground, view }: { playground: Playground; view: PlaygroundView }) {
  const { config } = view;
  return (
    <section className="config panel" aria-label="Boot configuration">
      <h2>Boot configuration</h2>
      <SlotSelect playground={playground} view={view} slot="kernel" />
      <SlotSelect playground={playground} view={view} slot="initrd" />
      <SlotSelect playground={playground} view={view} slot="dtb" />
      <label className="config-row">
        <span>Command line</span>
        <input type="text" aria-label="Command line" spellCheck={false} value={config.append} onChange={(e) => playground.setAppend(e.target.value)} placeholder="-append: kernel command line" />
      </label>
      <label className="config-row">
        <span>GIC</span>
        <select aria-label="GIC version" value={config.machine.gicVersion} onChange={(e) => playground.setGicVersion(Number(e.target.value) === 3 ? 3 : 2)}>
          <option value={2}>GICv2</option>
          <option value={3}>GICv3</option>
        </select>
      </label>
      <label className="config-check">
        <input type="checkbox" checked={view.autoBoot} onChange={(e) => playground.setAutoBoot(e.target.checked)} />
        Boot as soon as a kernel, initramfs or device tree is dropped
      </label>
      <div className="config-actions">
        <button className="primary" onClick={() => void playground.bootCurrent()}>Boot</button>
        <button onClick={() => void playground.bootDemo()} title="Boot the built-in demo guest (your files stay)">Boot the demo</button>
        <button onClick={() => void playground.makeShareLink()} title="A link that boots this configuration">Copy link</button>
      </div>
      {view.share && <MadeLink playground={playground} share={view.share} />}
    </section>
  );
}

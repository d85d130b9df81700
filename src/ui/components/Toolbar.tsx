// Machine controls: memory size, pause/resume, reset, power off, saving the console log.
import { useState } from "react";
import type { Playground, PlaygroundView } from "../playground";
import { RAM_CHOICES_MIB } from "../memory-check";

/** Guest RAM size, used from the next boot or reset; says so when a size cannot be had. */
export function MemorySelect({ playground, ramMiB }: { playground: Playground; ramMiB: number }) {
  const [problem, setProblem] = useState<string>();
  const sizes: number[] = RAM_CHOICES_MIB.includes(ramMiB as (typeof RAM_CHOICES_MIB)[number]) ? [...RAM_CHOICES_MIB] : [...RAM_CHOICES_MIB, ramMiB].sort((a, b) => a - b);
  return (
    <>
      <label title="Guest RAM, used from the next boot or reset">
        Memory{" "}
        <select value={ramMiB} onChange={(e) => setProblem(playground.setRam(Number(e.target.value)))}>
          {sizes.map((m) => (
            <option key={m} value={m}>{m >= 1024 ? `${m / 1024} GiB` : `${m} MiB`}</option>
          ))}
        </select>
      </label>
      {problem && <p className="toolbar-problem" role="alert">{problem}</p>}
    </>
  );
}

export function Toolbar({ playground, view }: { playground: Playground; view: PlaygroundView }) {
  const phase = view.status.phase;
  const live = phase === "running" || phase === "idle" || phase === "booting";
  return (
    <div className="toolbar">
      <MemorySelect playground={playground} ramMiB={view.config.memoryBytes / 2 ** 20} />
      {phase === "paused" ? (
        <button onClick={() => void playground.resume()}>Resume</button>
      ) : (
        <button onClick={() => void playground.pause()} disabled={!live}>Pause</button>
      )}
      <button onClick={() => void playground.reset()} disabled={phase === "loading"} title="Boot the running configuration again">Reset</button>
      <button onClick={() => void playground.powerOff()} disabled={!live && phase !== "paused"}>Power off</button>
      <button onClick={() => playground.saveLog()}>Save console log</button>
    </div>
  );
}

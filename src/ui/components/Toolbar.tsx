// Machine controls: memory size, pause/resume, reset, power off, saving the console log.
import { useState } from "react";
import type { Playground, PlaygroundView } from "../playground";
import { RAM_CHOICES_MIB } from "../memory-check";

/** Guest RAM size, used from the next boot or reset; says so when a size cannot be had. */
export function MemorySelect({ playground, ramMiB }: { playground: Playground; ramMiB: number }) {
  const [problem, setProblem] = useState<string>();
  return (
    <>
      <label title="Guest RAM, used from the next boot or reset">
        Memory{" "}
        <select value={ramMiB} onChange={(e) => setProblem(playground.setRam(Number(e.target.value)))}>
          {RAM_CHOICES_MIB.map((m) => (
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
      <MemorySelect playground={playground} ramMiB={view.ramMiB} />
      {phase === "paused" ? (
        <button onClick={() => void playground.resume()}>Resume</button>
      ) : (
        <button onClick={() => void playground.pause()} disabled={!live}>Pause</button>
      )}
      <button onClick={() => void playground.reset()} disabled={phase === "loading"}>Reset</button>
      <button onClick={() => void playground.powerOff()} disabled={!live && phase !== "paused"}>Power off</button>
      <button onClick={() => playground.saveLog()}>Save console log</button>
    </div>
  );
}

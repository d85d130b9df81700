// The status line: what the machine is doing, in words.
import { formatSize } from "./file-kinds";

export type Phase = "loading" | "booting" | "running" | "idle" | "paused" | "off" | "error";

export interface Status {
  phase: Phase;
  /** What is loading, why the machine is off or failed. */
  detail?: string;
  progress?: { loaded: number; total?: number };
  /** Guest million instructions per second since the previous statistics. */
  mips?: number;
  instructions?: number;
  /** Seconds since the machine booted. */
  sinceBoot?: number;
}

const PHASE_WORDS: Record<Phase, string> = {
  loading: "Loading",
  booting: "Booting",
  running: "Running",
  idle: "Idle",
  paused: "Paused",
  off: "Powered off",
  error: "Error",
};

/** "2,032 instructions", "8.4 M instructions", "1.25 G instructions". */
function instructionCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} G instructions`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} M instructions`;
  return `${n.toLocaleString("en")} instructions`;
}

export function describeStatus(s: Status): string {
  const parts = [PHASE_WORDS[s.phase]];
  if (s.detail) parts.push(s.detail);
  if (s.progress) {
    const { loaded, total } = s.progress;
    parts.push(total ? `${Math.floor((100 * loaded) / total)}% of ${formatSize(total)}` : formatSize(loaded));
  }
  if (s.phase === "idle") parts.push("the guest waits for input or its timer");
  else if (s.mips !== undefined && (s.phase === "running" || s.phase === "booting")) {
    parts.push(`${s.mips.toFixed(s.mips < 10 ? 2 : 1)} MIPS`);
  }
  if (s.sinceBoot !== undefined && (s.phase === "running" || s.phase === "idle" || s.phase === "booting")) {
    parts.push(`${s.sinceBoot.toFixed(1)} s since boot`);
  }
  if (s.instructions !== undefined && s.phase !== "loading") parts.push(instructionCount(s.instructions));
  return parts.join(" · ");
}

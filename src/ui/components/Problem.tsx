// Shown instead of the playground when it cannot run in this browser or page.
import type { ReactNode } from "react";

export function Problem({ reason, children }: { reason: string; children?: ReactNode }) {
  return (
    <div className="problem" role="alert">
      <h1>arm64-playground cannot start here</h1>
      <p>{reason}</p>
      {children}
    </div>
  );
}

// One line saying what the machine does: loading (with progress), booting, running with the
// guest's speed, idle, paused, powered off, or the error.
import { describeStatus, type Status } from "../status";

export function StatusLine({ status }: { status: Status }) {
  const { progress } = status;
  return (
    <div className={`status status-${status.phase}`} data-phase={status.phase}>
      <span className="status-dot" aria-hidden="true" />
      <span className="status-text" role="status">{describeStatus(status)}</span>
      {progress && <progress max={progress.total ?? undefined} value={progress.total ? progress.loaded : undefined} />}
    </div>
  );
}

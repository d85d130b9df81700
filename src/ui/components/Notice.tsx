// The outcome of the user's last action when it is not shown elsewhere: why a boot, a link
// or a pasted command was refused.
import type { Notice as NoticeData } from "../playground";

export function Notice({ notice, onDismiss }: { notice: NoticeData; onDismiss: () => void }) {
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === "error" ? "alert" : "status"}>
      <span className="notice-text">{notice.text}</span>
      <button aria-label="Dismiss" onClick={onDismiss}>×</button>
    </div>
  );
}

// Share links, both ends: the link just made (with the files its recipient must drop), and
// a link being opened that waits for the user (files to drop, other sites to agree to).
import type { Playground, PlaygroundView } from "../playground";
import { formatSize } from "../file-kinds";

export function MadeLink({ playground, share }: { playground: Playground; share: NonNullable<PlaygroundView["share"]> }) {
  return (
    <div className="share-made">
      <label className="command-label">
        {share.copied ? "Link copied to the clipboard:" : "Share link (copy it from here):"}
        <input type="text" readOnly aria-label="Share link" value={share.url} onFocus={(e) => e.target.select()} />
      </label>
      {share.referenced.length > 0 && (
        <p className="file-note">
          Too large to travel in the link, so whoever opens it is asked to drop:{" "}
          {share.referenced.map((r) => `${r.name} (${formatSize(r.size)})`).join(", ")}.
        </p>
      )}
      {share.notes.map((note) => <p key={note} className="file-note">{note}.</p>)}
      <button onClick={() => playground.dismissShare()}>Close</button>
    </div>
  );
}

export function LinkPrompt({ playground, link }: { playground: Playground; link: NonNullable<PlaygroundView["link"]> }) {
  return (
    <section className="link-prompt notice notice-info" aria-label="Share link">
      <div className="notice-text">
        {link.missing.length > 0 && (
          <>
            <p>This share link boots files from its author's computer. Drop them on the page (matched by content, any name):</p>
            <ul>
              {link.missing.map((m) => (
                <li key={m.sha256}>
                  <b>{m.name}</b> · {formatSize(m.size)} · SHA-256 <code>{m.sha256}</code>
                </li>
              ))}
            </ul>
          </>
        )}
        {link.foreign.length > 0 && (
          <>
            <p>This share link boots files from other sites. Fetch them?</p>
            <ul>
              {link.foreign.map((f) => <li key={f.name}><b>{f.name}</b> from <code>{f.url}</code></li>)}
            </ul>
            <button className="primary" onClick={() => void playground.allowLinkSites()}>Fetch and boot</button>{" "}
          </>
        )}
        <button onClick={() => playground.cancelLink()}>Do not boot this link</button>
      </div>
    </section>
  );
}

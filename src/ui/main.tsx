// Entry point: make sure the page is cross-origin isolated, then start the playground (or
// say why it cannot start).
import { createRoot } from "react-dom/client";
import "@xterm/xterm/css/xterm.css";
import "./styles.css";
import { App } from "./components/App";
import { Problem } from "./components/Problem";
import { ensureIsolation } from "./isolation";

const root = createRoot(document.getElementById("root")!);
ensureIsolation().then(
  (isolation) => {
    if (isolation.state === "isolated") root.render(<App />);
    else if (isolation.state === "impossible") root.render(<Problem reason={isolation.reason} />);
  },
  (e: unknown) => root.render(<Problem reason={`The playground could not start: ${e instanceof Error ? e.message : String(e)}`} />),
);

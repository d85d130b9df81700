// SharedArrayBuffer needs a cross-origin isolated page (COOP same-origin + COEP require-corp).
// Vite's dev and preview servers send those headers; on a static host that cannot, the
// service worker public/coi-sw.js re-serves the site with them, after one reload.

export type Isolation =
  | { state: "isolated" }
  | { state: "reloading" }
  | { state: "impossible"; reason: string };

const RELOAD_FLAG = "arm64-playground:isolation-reload";

export async function ensureIsolation(): Promise<Isolation> {
  if (globalThis.crossOriginIsolated && typeof SharedArrayBuffer === "function") {
    sessionStorage.removeItem(RELOAD_FLAG);
    return { state: "isolated" };
  }
  if (globalThis.crossOriginIsolated) {
    return { state: "impossible", reason: "This browser has no SharedArrayBuffer, which the emulator needs. Use a current Chrome, Edge, Firefox or Safari." };
  }
  if (location.protocol === "file:") {
    return {
      state: "impossible",
      reason: "The page was opened from a file (file://). Browsers share memory between threads only on pages served over HTTP(S) " +
        "with cross-origin isolation: run `npm start`, or serve the dist/ directory with any web server.",
    };
  }
  if (!window.isSecureContext || !("serviceWorker" in navigator)) {
    return {
      state: "impossible",
      reason: "The page is not cross-origin isolated, and the service worker that would make it so cannot run here " +
        "(it needs HTTPS or localhost, and a browser with service workers). Serve the page over HTTPS, or with the headers " +
        "Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp.",
    };
  }
  if (sessionStorage.getItem(RELOAD_FLAG)) {
    sessionStorage.removeItem(RELOAD_FLAG);
    return {
      state: "impossible",
      reason: "The page is still not cross-origin isolated after its service worker added the headers (private browsing " +
        "or browser settings may block service workers). Serve the page with the headers Cross-Origin-Opener-Policy: " +
        "same-origin and Cross-Origin-Embedder-Policy: require-corp.",
    };
  }
  try {
    await navigator.serviceWorker.register(new URL("coi-sw.js", document.baseURI));
    await navigator.serviceWorker.ready;
  } catch (e) {
    return { state: "impossible", reason: `The service worker that adds cross-origin isolation could not be installed: ${e instanceof Error ? e.message : String(e)}` };
  }
  sessionStorage.setItem(RELOAD_FLAG, "1");
  location.reload();
  return { state: "reloading" };
}

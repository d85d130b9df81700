// The browser playground (src/ui, index.html): a static site in dist/. The dev and preview
// servers send the cross-origin isolation headers SharedArrayBuffer needs; static hosts get
// them from public/coi-sw.js.
import { defineConfig } from "vite";

const crossOriginIsolation = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  base: "./",
  appType: "mpa",
  esbuild: { jsx: "automatic" },
  worker: { format: "es" },
  server: { headers: crossOriginIsolation },
  preview: { headers: crossOriginIsolation },
  // xterm.js and React make one ~600 kB chunk; the page needs all of it at once.
  build: { outDir: "dist", target: "es2022", chunkSizeWarningLimit: 1024 },
});

// Builds the playground once (vite build into a temporary directory) and serves it twice:
// from a plain static server without headers (the service worker path) and from Vite's
// preview server (cross-origin isolation headers).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import type { TestProject } from "vitest/node";
import { serveStatic } from "./static-server";

declare module "vitest" {
  export interface ProvidedContext {
    staticUrl: string;
    previewUrl: string;
    distDir: string;
  }
}

const root = fileURLToPath(new URL("..", import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), "arm64-playground-e2e-"));
  await build({ root, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  const plain = await serveStatic(outDir);
  const previewServer = await preview({ root, logLevel: "warn", build: { outDir }, preview: { host: "127.0.0.1", port: 0 } });
  project.provide("staticUrl", plain.url);
  project.provide("previewUrl", previewServer.resolvedUrls!.local[0]);
  project.provide("distDir", outDir);
  return async () => {
    plain.server.close();
    await previewServer.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

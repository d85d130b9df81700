// A second site for e2e tests, on another origin and over https (share links name only
// https files): a throwaway self-signed certificate made with openssl, files served from
// memory with CORS headers, as a site that offers boot images to the playground would.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export async function serveHttps(files: Record<string, Uint8Array>): Promise<{ url: string; server: Server }> {
  const dir = mkdtempSync(join(tmpdir(), "arm64-playground-https-"));
  try {
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
      "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"),
    ], { stdio: "ignore" });
    const server = createServer({ key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) }, (req, res) => {
      const body = files[new URL(req.url ?? "/", "https://x").pathname.slice(1)];
      const cors = { "Access-Control-Allow-Origin": "*", "Cross-Origin-Resource-Policy": "cross-origin" };
      if (!body) {
        res.writeHead(404, cors);
        res.end();
        return;
      }
      res.writeHead(200, { ...cors, "Content-Type": "application/octet-stream", "Content-Length": body.length });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

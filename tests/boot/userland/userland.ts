// The BusyBox userland proof of the FP/AdvSIMD work: Debian's static BusyBox (glibc's string
// functions use AdvSIMD, awk uses floating point) runs these commands in the demo guest; the
// transcript must be identical to QEMU's (golden.txt, recorded by record.ts).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CliSession } from "../../support/cli-session";

const IMAGES = fileURLToPath(new URL("../../../public/images", import.meta.url));
const PROMPT = /playground:[^\n]*# /;

/** Each entry: a name and a shell command whose output is deterministic. */
export const COMMANDS: [string, string][] = [
  ["data", "seq 1 3000 | awk '{ r = $1; for (k = 0; k < 20; k++) r = (r + $1 / r) / 2; printf \"%d %.9f %s\\n\", ($1 * 7919) % 1009, r * 3.14159, substr(\"kqzxjvbwmy\", $1 % 10 + 1, 3) }' > /tmp/d; wc -l < /tmp/d"],
  ["sort", "sort -n /tmp/d | md5sum; sort -k3 -k2,2g /tmp/d | tail -3; sort -u -k3,3 /tmp/d | wc -l"],
  ["md5sum", "md5sum /tmp/d"],
  ["sha256sum", "sha256sum /tmp/d; cat /tmp/d /tmp/d /tmp/d | sha256sum"],
  ["sha1sum", "sha1sum /tmp/d"],
  ["gzip", "gzip -9 -c /tmp/d > /tmp/d.gz; wc -c < /tmp/d.gz; md5sum < /tmp/d.gz; gunzip -c /tmp/d.gz | md5sum"],
  ["awk-float", "awk 'BEGIN { x = 1; for (i = 1; i <= 60; i++) { x = x * 1.37 + 1 / i; s += (i % 7 - 3.5) / (i * i + 0.25) } printf \"%.17g %.17g %.10e %d %.6f\\n\", x, s, x * 1e280, int(x / 3), 2 / 3 }'"],
  ["awk-stats", "awk '{ n++; sum += $2; sq += $2 * $2; if ($2 > max) max = $2 } END { printf \"%d %.12f %.6f %.6f\\n\", n, sum / n, sq / n, max }' /tmp/d"],
  ["printf", "printf '%.3f %e %g\\n' 3.14159265 0.000123 1e-300"],
];

/** Boot the demo guest under `command` (our CLI when undefined), run COMMANDS, return the transcript. */
export async function runUserland(qemu?: string): Promise<string> {
  const args = ["-M", "virt", "-cpu", "cortex-a57", "-m", "512", "-nographic",
    "-kernel", join(IMAGES, "Image.gz"), "-initrd", join(IMAGES, "initramfs.cpio.gz"),
    "-append", "console=ttyAMA0", "-device", "virtio-rng-device"];
  const session = new CliSession(args, qemu);
  try {
    let at = await session.waitFor(PROMPT);
    let transcript = "";
    for (const [name, command] of COMMANDS) {
      // Markers around the output: the echoed command line may wrap, the output lines do not.
      session.type(`echo @@B; ${command}; echo @@E\n`);
      const end = await session.waitFor(/\n@@E\r?\n/, at);
      const text = session.output.slice(at, end).replace(/\x1b\[6n/g, "").replace(/\r/g, "");
      const body = /\n@@B\n([\s\S]*)\n@@E\n$/.exec(text);
      if (!body) throw new Error(`no output markers for ${name}: ${JSON.stringify(text)}`);
      transcript += `== ${name}\n${body[1]}\n`;
      at = await session.waitFor(PROMPT, end);
    }
    session.type("poweroff -f\n");
    await session.exit();
    return transcript;
  } finally {
    session.kill();
  }
}

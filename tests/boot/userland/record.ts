// Records golden.txt from QEMU: npx tsx tests/boot/userland/record.ts
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runUserland } from "./userland";

const transcript = await runUserland("qemu-system-aarch64");
writeFileSync(fileURLToPath(new URL("golden.txt", import.meta.url)), transcript);
console.log(transcript);

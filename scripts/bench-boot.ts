// npm run bench:boot: boot the demo guest (public/images) to its shell prompt five times and
// print the median time from process start to the prompt, the guest MIPS while booting, and,
// when QEMU is installed, QEMU TCG's time on the same kernel and initramfs with the ratio.
import { cpus } from "node:os";
import { measureNodeBoot, printNodeBoot } from "./node-boot-timing.ts";

console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, node ${process.version}`);
printNodeBoot(await measureNodeBoot());

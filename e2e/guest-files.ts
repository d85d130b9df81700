// Files the e2e tests drop on the page, built here: an initramfs whose /init prints a marker
// and powers the machine off, and a valid-looking PNG.
import { gzipSync } from "node:zlib";
import { concatBytes } from "../src/emulator/bytes";

/** A static AArch64 Linux program: write(1, marker) then reboot(POWER_OFF). Position
 *  independent; the marker follows the code.
 *    mov x0, #1; adr x1, msg; ldr x2, len; mov x8, #64 (write); svc #0
 *    ldr w0, =0xfee1dead; ldr w1, =0x28121969; ldr w2, =0x4321fedc (LINUX_REBOOT_CMD_POWER_OFF)
 *    mov x3, #0; mov x8, #142 (reboot); svc #0; b .
 *  len: .quad; magics; msg: */
const INIT_CODE = [
  0xd2800020, 0x10000201, 0x58000142, 0xd2800808, 0xd4000001, 0x18000120, 0x18000121, 0x18000122,
  0xd2800003, 0xd28011c8, 0xd4000001, 0x14000000,
];
const LOAD_ADDRESS = 0x400000;
const ELF_HEADER_BYTES = 64;
const PROGRAM_HEADER_BYTES = 56;

/** An ELF executable whose code prints `marker` and powers off. */
export function markerProgram(marker: string): Uint8Array {
  const message = new TextEncoder().encode(marker);
  const code = ELF_HEADER_BYTES + PROGRAM_HEADER_BYTES;
  const literals = code + INIT_CODE.length * 4;
  const size = literals + 20 + message.length;
  const bytes = new Uint8Array(size);
  const v = new DataView(bytes.buffer);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
  v.setUint16(16, 2, true); // ET_EXEC
  v.setUint16(18, 183, true); // EM_AARCH64
  v.setUint32(20, 1, true);
  v.setBigUint64(24, BigInt(LOAD_ADDRESS + code), true);
  v.setBigUint64(32, BigInt(ELF_HEADER_BYTES), true);
  v.setUint16(52, ELF_HEADER_BYTES, true);
  v.setUint16(54, PROGRAM_HEADER_BYTES, true);
  v.setUint16(56, 1, true);
  const ph = ELF_HEADER_BYTES;
  v.setUint32(ph, 1, true); // PT_LOAD of the whole file
  v.setUint32(ph + 4, 5, true); // R+X
  v.setBigUint64(ph + 16, BigInt(LOAD_ADDRESS), true);
  v.setBigUint64(ph + 24, BigInt(LOAD_ADDRESS), true);
  v.setBigUint64(ph + 32, BigInt(size), true);
  v.setBigUint64(ph + 40, BigInt(size), true);
  v.setBigUint64(ph + 48, 0x1000n, true);
  INIT_CODE.forEach((word, i) => v.setUint32(code + i * 4, word, true));
  v.setBigUint64(literals, BigInt(message.length), true);
  v.setUint32(literals + 8, 0xfee1dead, true);
  v.setUint32(literals + 12, 0x28121969, true);
  v.setUint32(literals + 16, 0x4321fedc, true);
  bytes.set(message, literals + 20);
  return bytes;
}

interface CpioEntry {
  name: string;
  mode: number;
  data?: Uint8Array;
  rdevMajor?: number;
  rdevMinor?: number;
}

/** A "newc" cpio archive (Documentation/driver-api/early-userspace/buffer-format.rst). */
export function cpioNewc(entries: CpioEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  const push = (p: Uint8Array) => {
    parts.push(p);
    length += p.length;
  };
  const pad = () => {
    if (length % 4) push(new Uint8Array(4 - (length % 4)));
  };
  const hex = (n: number) => n.toString(16).padStart(8, "0");
  [...entries, { name: "TRAILER!!!", mode: 0 }].forEach((e, ino) => {
    const data = e.data ?? new Uint8Array(0);
    const name = new TextEncoder().encode(`${e.name}\0`);
    const fields = [ino + 1, e.mode, 0, 0, 1, 0, data.length, 0, 0, e.rdevMajor ?? 0, e.rdevMinor ?? 0, name.length, 0];
    push(new TextEncoder().encode("070701" + fields.map(hex).join("")));
    push(name);
    pad();
    push(data);
    pad();
  });
  return concatBytes(parts, length);
}

/** A gzip-compressed initramfs with /dev/console and an /init that prints `marker`;
 *  `paddingBytes` of incompressible data make it as large as a test needs. */
export function markerInitramfs(marker: string, paddingBytes = 0): Uint8Array {
  const padding = new Uint8Array(paddingBytes);
  for (let i = 0, x = 0x12345678; i < paddingBytes; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    padding[i] = x & 0xff;
  }
  const entries: CpioEntry[] = [
    { name: "dev", mode: 0o40755 },
    { name: "dev/console", mode: 0o20600, rdevMajor: 5, rdevMinor: 1 },
    { name: "init", mode: 0o100755, data: markerProgram(marker) },
  ];
  if (paddingBytes) entries.push({ name: "padding", mode: 0o100644, data: padding });
  return new Uint8Array(gzipSync(cpioNewc(entries)));
}

/** The start of a PNG file (signature and an IHDR chunk), then noise. */
export function pngBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  for (let i = 16; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
  return bytes;
}

// QEMU's generic loader device (`-device loader,...`, hw/core/generic-loader.c): its three
// forms, the property checks QEMU makes (with QEMU's messages), and what each form does.
//   file=F[,addr=A][,cpu-num=C][,force-raw=on]   load an ELF at its addresses, else the raw
//                                                file at A; with cpu-num, start that CPU
//                                                at the ELF entry or at A
//   addr=A,data=V,data-len=N[,data-be=on]        store N (1..8) bytes of V at A at each reset
//   addr=A,cpu-num=C                             start CPU C at A
import { LoadError } from "./load-error";

export type LoaderSpec =
  | { kind: "file"; file: string; addr?: number; cpuNum?: number; forceRaw?: boolean }
  /** `data`: the 64-bit value as "0x" hex text (so that specs stay plain JSON). */
  | { kind: "data"; addr: number; data: string; dataLen: number; dataBigEndian?: boolean; cpuNum?: number }
  | { kind: "pc"; addr: number; cpuNum: number };

const PROPERTIES = ["file", "addr", "data", "data-len", "data-be", "cpu-num", "force-raw"];

/** Parse the properties of one `-device loader` (everything after "loader,"). */
export function parseLoaderProperties(props: Map<string, string>, optionText: string): LoaderSpec {
  // Annotated so that calls narrow types like a throw does.
  const fail: (msg: string) => never = (msg) => {
    throw new LoadError(`-device ${optionText}: ${msg}`);
  };
  for (const k of props.keys()) if (!PROPERTIES.includes(k)) fail(`unknown property '${k}'`);
  const num = (key: string, max: bigint): bigint | undefined => {
    const text = props.get(key);
    if (text === undefined) return undefined;
    const v = parseQemuUint(text);
    if (v === undefined || v > max) fail(`invalid value '${text}' for ${key}`);
    return v;
  };
  const bool = (key: string): boolean | undefined => {
    const text = props.get(key);
    if (text === undefined) return undefined;
    if (["on", "yes", "true"].includes(text)) return true;
    if (["off", "no", "false"].includes(text)) return false;
    return fail(`invalid value '${text}' for ${key} (use on or off)`);
  };
  const addr = num("addr", 0xffffffffffffffffn);
  const data = num("data", 0xffffffffffffffffn);
  const dataLen = num("data-len", 0xffn);
  const dataBe = bool("data-be");
  const cpuNum = num("cpu-num", 0xfffffffen);
  const forceRaw = bool("force-raw");
  const file = props.get("file");
  if (addr !== undefined && addr > BigInt(Number.MAX_SAFE_INTEGER)) fail(`address 0x${addr.toString(16)} is beyond the physical address space`);
  const cpu = cpuNum === undefined ? undefined : Number(cpuNum);
  const address = addr === undefined ? undefined : Number(addr);

  // The order of QEMU's checks, with its wording.
  // Like QEMU, data=0 alone does not select this form (the property is 0 by default).
  if (data || dataLen || dataBe) {
    if (file !== undefined) fail("Specifying a file is not supported when loading memory values");
    if (forceRaw) fail("Specifying force-raw is not supported when loading memory values");
    if (!dataLen) fail("Both data and data-len must be specified");
    if (dataLen > 8n) fail("data-len cannot be greater then 8 bytes");
    return { kind: "data", addr: address ?? 0, data: `0x${(data ?? 0n).toString(16)}`, dataLen: Number(dataLen), dataBigEndian: dataBe || undefined, cpuNum: cpu };
  }
  if (file !== undefined || forceRaw) {
    if (file === undefined || file === "") return fail("force-raw needs a file");
    return { kind: "file", file, addr: address, cpuNum: cpu, forceRaw: forceRaw || undefined };
  }
  if (address) {
    if (cpu === undefined) fail("cpu_num must be specified when setting a program counter");
    return { kind: "pc", addr: address, cpuNum: cpu };
  }
  return fail("please include valid arguments");
}

/** QEMU's integer property syntax (strtoull base 0): 0x hex, leading-0 octal, else decimal. */
export function parseQemuUint(text: string): bigint | undefined {
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) return BigInt(text);
  if (/^0[0-7]*$/.test(text)) return BigInt(`0o${text.slice(1) || "0"}`);
  if (/^[1-9][0-9]*$/.test(text)) return BigInt(text);
  return undefined;
}

/** The bytes a data loader stores: `dataLen` bytes of the value in the chosen byte order. */
export function loaderDataBytes(spec: { data: string; dataLen: number; dataBigEndian?: boolean }): Uint8Array {
  const value = BigInt(spec.data);
  const out = new Uint8Array(spec.dataLen);
  for (let i = 0; i < spec.dataLen; i++) {
    // QEMU converts the whole 64-bit value, then stores its first data-len bytes.
    const shift = spec.dataBigEndian ? 8n * BigInt(7 - i) : 8n * BigInt(i);
    out[i] = Number((value >> shift) & 0xffn);
  }
  return out;
}

/** Back to `-device loader,...` text (for configs shown as command lines). */
export function loaderToOption(spec: LoaderSpec): string {
  const parts = ["loader"];
  const hex = (n: number): string => `0x${n.toString(16)}`;
  if (spec.kind === "file") {
    parts.push(`file=${spec.file}`);
    if (spec.addr !== undefined) parts.push(`addr=${hex(spec.addr)}`);
    if (spec.forceRaw) parts.push("force-raw=on");
  } else if (spec.kind === "data") {
    parts.push(`addr=${hex(spec.addr)}`, `data=${spec.data}`, `data-len=${spec.dataLen}`);
    if (spec.dataBigEndian) parts.push("data-be=on");
  } else {
    parts.push(`addr=${hex(spec.addr)}`);
  }
  if (spec.cpuNum !== undefined) parts.push(`cpu-num=${spec.cpuNum}`);
  return parts.join(",");
}

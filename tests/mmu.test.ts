// Unit tests of stage 1 translation (core/mmu.ts) and the software TLB (core/tlb.ts,
// core/tlbi.ts). The core exports no hooks for this, so the test compiles a small
// AssemblyScript probe module that re-exports the core and exposes translate(), the
// memory access paths and the TLB maintenance functions. Expected values follow the
// Arm ARM (D8) and, where it leaves a choice, what QEMU 7.2 does.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { CoreInstance } from "../src/emulator/core-host";
import * as layout from "../src/emulator/core/layout";

const ROOT = resolve(__dirname, "..");
const CORE = join(ROOT, "src/emulator/core");

function probeSource(dir: string): string {
  const core = relative(dir, CORE).split("\\").join("/");
  return `
export * from "${core}/index";
import { translate, translatedPA, translatedAttrs, translatedMairAttr, translatedShareability,
  translatedPerms, translatedBlockBits } from "${core}/mmu";
import { readSized, writeSized, fetchInstruction, ACC_UNPRIV } from "${core}/memory";
import { tlbEntry, refreshTranslationRegime } from "${core}/tlb";
import { selectCpu, setELAndSPSel } from "${core}/state";
export { tlbiAll, tlbiVa, tlbiAsid, ttbrWritten, tcrWritten } from "${core}/tlbi";
export { tlbFlushAll } from "${core}/memory";

export function probeTranslate(va: u64, kind: u32, el: u32): u32 { return translate(va, kind, el, 1); }
export function probePA(): u64 { return translatedPA; }
export function probeAttrs(): u32 { return translatedAttrs; }
export function probeMemAttr(): u32 { return translatedMairAttr; }
export function probeShareability(): u32 { return translatedShareability; }
export function probePerms(): u32 { return translatedPerms; }
export function probeBlockBits(): u32 { return translatedBlockBits; }
export function probeSelect(index: u32, el: u32): void {
  selectCpu(index);
  setELAndSPSel(el, el == 0 ? 0 : 1);
  refreshTranslationRegime();
}
export function probeRead(va: u64, size: u32, unpriv: bool): u64 { return readSized(va, size, unpriv ? ACC_UNPRIV : 0); }
export function probeWrite(va: u64, size: u32, value: u64): void { writeSized(va, size, value, 0); }
export function probeFetch(va: u64): u32 { return fetchInstruction(va); }
export function probeTlbHit(kind: u32, va: u64): bool { return load<u64>(tlbEntry(kind, va, false)) == (va & ~(<u64>0xfff)); }
`;
}

interface Probe {
  probeTranslate(va: bigint, kind: number, el: number): number;
  probePA(): bigint;
  probeAttrs(): number;
  probeMemAttr(): number;
  probeShareability(): number;
  probePerms(): number;
  probeBlockBits(): number;
  probeSelect(index: number, el: number): void;
  probeRead(va: bigint, size: number, unpriv: number): bigint;
  probeWrite(va: bigint, size: number, value: bigint): void;
  probeFetch(va: bigint): number;
  probeTlbHit(kind: number, va: bigint): number;
  tlbiAll(broadcast: number): void;
  tlbiVa(va: bigint, asid: number, allAsids: number, lastLevel: number, broadcast: number): void;
  tlbiAsid(asid: number, broadcast: number): void;
  ttbrWritten(): void;
  tcrWritten(): void;
  tlbFlushAll(): void;
  configureCpuCount(n: number): void;
}

const READ = 0, WRITE = 1, FETCH = 2;
const RAM = 0x40000000n;
const RAM_BYTES = 32 * 2 ** 20;

// Descriptor bits
const VALID = 1n, TABLE = 3n, BLOCK = 1n, PAGE = 3n;
const AF = 1n << 10n, SH_IS = 3n << 8n, SH_OS = 2n << 8n;
const ATTR_DEV = 0n << 2n, ATTR_WB = 1n << 2n, ATTR_NC = 2n << 2n;
const AP_EL1RW = 0n, AP_RW = 1n << 6n, AP_EL1RO = 2n << 6n, AP_RO = 3n << 6n;
const NG = 1n << 11n, PXN = 1n << 53n, UXN = 1n << 54n;
const PXN_TABLE = 1n << 59n, UXN_TABLE = 1n << 60n, AP_TABLE_NO_EL0 = 1n << 61n, AP_TABLE_RO = 1n << 62n;
const MEM = AF | SH_IS | ATTR_WB;
const MAIR = 0x000000000444ff00n; // attr0 Device-nGnRnE, attr1 Normal WB, attr2 Normal NC, attr3 Device-nGnRE

// TCR_EL1
const tcr = (f: { t0sz?: bigint; t1sz?: bigint; tg0?: bigint; tg1?: bigint; ips?: bigint; epd0?: boolean;
  epd1?: boolean; tbi0?: boolean; tbi1?: boolean; a1?: boolean; as16?: boolean }) =>
  (f.t0sz ?? 25n) | ((f.tg0 ?? 0n) << 14n) | ((f.t1sz ?? 25n) << 16n) | ((f.tg1 ?? 2n) << 30n) |
  ((f.ips ?? 2n) << 32n) | (f.epd0 ? 1n << 7n : 0n) | (f.epd1 ? 1n << 23n : 0n) |
  (f.tbi0 ? 1n << 37n : 0n) | (f.tbi1 ? 1n << 38n : 0n) | (f.a1 ? 1n << 22n : 0n) | (f.as16 ? 1n << 36n : 0n);

// ID_AA64MMFR0_EL1: PARange 44 bits, 16-bit ASIDs; 4K and 64K granules, and 16K unless told otherwise.
const MMFR0_ALL = 0x0000000000101124n;
const MMFR0_NO16K = 0x0000000000001124n;

/** translate() results: TRANSLATION_FAULT (0x100) | FSC, or 0. */
const fsc = { addressSize: 0x100, translation: 0x104, accessFlag: 0x108, permission: 0x10c, walkAbort: 0x114 };

let module: WebAssembly.Module;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "mmu-probe-"));
  writeFileSync(join(dir, "probe.ts"), probeSource(dir));
  // Compiled asynchronously: a blocking compile on a loaded machine starves vitest's worker RPC.
  await promisify(execFile)(join(ROOT, "node_modules/.bin/asc"), [join(dir, "probe.ts"), "--config", join(ROOT, "asconfig.json"),
    "--target", "release", "--outFile", join(dir, "probe.wasm"), "--textFile", join(dir, "probe.wat")], { cwd: ROOT });
  module = new WebAssembly.Module(readFileSync(join(dir, "probe.wasm")));
}, 120_000);

class Rig {
  private next = RAM + 0x100000n;
  constructor(readonly core: CoreInstance, readonly p: Probe) {}

  static async create(cpus = 1): Promise<Rig> {
    const bus = {
      read: (pa: number) => (pa >= 0x09000000 && pa < 0x09001000 ? 0x1234 : undefined),
      write: (pa: number) => pa >= 0x09000000 && pa < 0x09001000,
    };
    const core = await CoreInstance.create(module, RAM_BYTES, bus, { nowNs: () => 0 });
    const p = core.exports as unknown as Probe;
    p.configureCpuCount(cpus);
    for (let i = cpus - 1; i >= 0; i--) {
      core.resetCpu(i, 0x40080000n);
      core.setSysreg(i, "ID_AA64MMFR0_EL1", MMFR0_ALL);
      core.setSysreg(i, "MAIR_EL1", MAIR);
    }
    return new Rig(core, p);
  }

  w64(pa: bigint, v: bigint): void {
    new DataView(this.core.memory.buffer).setBigUint64(layout.RAM_HOST_OFFSET + Number(pa - RAM), v, true);
  }
  r64(pa: bigint): bigint {
    return new DataView(this.core.memory.buffer).getBigUint64(layout.RAM_HOST_OFFSET + Number(pa - RAM), true);
  }
  /** A zeroed table of 2^bits bytes, aligned to its size. */
  table(bits = 12n): bigint {
    const size = 1n << bits;
    this.next = (this.next + size - 1n) & ~(size - 1n);
    const t = this.next;
    this.next += size;
    for (let a = t; a < t + size; a += 8n) this.w64(a, 0n);
    return t;
  }
  set(name: string, v: bigint, cpu = 0): void {
    this.core.setSysreg(cpu, name, v);
  }
  get(name: string, cpu = 0): bigint {
    return this.core.sysreg(cpu, name);
  }
  mmuOn(cpu = 0): void {
    this.set("SCTLR_EL1", this.get("SCTLR_EL1", cpu) | 1n, cpu);
  }
  /** Translate; returns 0 or TRANSLATION_FAULT | FSC. */
  t(va: bigint, kind = READ, el = 1): number {
    return this.p.probeTranslate(BigInt.asUintN(64, va), kind, el);
  }
  pa(): bigint {
    return BigInt.asUintN(64, this.p.probePA());
  }
  /** Data read through the memory path; returns the value or "fault <ESR ISS>". */
  read(va: bigint, el = 1, unpriv = false): bigint | string {
    this.p.probeSelect(0, el);
    this.set("ESR_EL1", 0xdeadn);
    const v = BigInt.asUintN(64, this.p.probeRead(BigInt.asUintN(64, va), 8, unpriv ? 1 : 0));
    const esr = this.get("ESR_EL1");
    if (esr === 0xdeadn) return v;
    return `fault ${(esr >> 26n).toString(16)}:${(esr & 0x1ffffffn).toString(16)} far=${this.get("FAR_EL1").toString(16)}`;
  }
  write(va: bigint, v: bigint, el = 1): string {
    this.p.probeSelect(0, el);
    this.set("ESR_EL1", 0xdeadn);
    this.p.probeWrite(BigInt.asUintN(64, va), 8, v);
    const esr = this.get("ESR_EL1");
    return esr === 0xdeadn ? "ok" : `fault ${(esr >> 26n).toString(16)}:${(esr & 0x1ffffffn).toString(16)}`;
  }
  hit(kind: number, va: bigint, el = 1): boolean {
    this.p.probeSelect(0, el);
    return this.p.probeTlbHit(kind, BigInt.asUintN(64, va)) !== 0;
  }
}

/** 4K granule, T0SZ = 25 (39-bit VA, walk from level 1), tables from `Rig.table`. */
function map4k(rig: Rig) {
  const l1 = rig.table(), l2 = rig.table(), l3 = rig.table();
  const data = RAM + 0x400000n;
  for (let i = 0n; i < 64n; i++) rig.w64(data + i * 0x1000n, 0xda7a0000n + i);
  rig.w64(l1 + 1n * 8n, l2 | TABLE);                                  // VA 0x40000000: L2
  rig.w64(l1 + 3n * 8n, RAM | BLOCK | MEM);                           // VA 0xc0000000: 1G block
  rig.w64(l2 + 0n * 8n, l3 | TABLE);                                  // VA 0x40000000: L3
  rig.w64(l2 + 1n * 8n, (RAM + 0x400000n) | BLOCK | MEM | AP_RO);     // VA 0x40200000: 2M block
  return { l1, l2, l3, data };
}

describe("MMU off", () => {
  let rig: Rig;
  beforeEach(async () => { rig = await Rig.create(); });

  it("maps flat: data Device-nGnRnE, fetch Normal", () => {
    expect(rig.t(0x40001234n)).toBe(0);
    expect(rig.pa()).toBe(0x40001234n);
    expect(rig.p.probeAttrs()).toBe(1);
    expect(rig.p.probeMemAttr()).toBe(0x00);
    expect(rig.t(0x40001234n, FETCH)).toBe(0);
    expect(rig.p.probeAttrs()).toBe(0);
    expect(rig.p.probeMemAttr()).toBe(0x44); // SCTLR.I = 0 after reset
  });

  it("faults above the physical address size, ignoring the top byte with TBI", () => {
    rig.set("ID_AA64MMFR0_EL1", MMFR0_NO16K);                          // 44 bits
    expect(rig.t(0x00000fffffffffffn)).toBe(0);
    expect(rig.pa()).toBe(0x00000fffffffffffn);
    expect(rig.t(0x0000100000000000n)).toBe(fsc.addressSize);
    expect(rig.t(0x5a00000040000000n)).toBe(fsc.addressSize);
    rig.set("TCR_EL1", tcr({ tbi0: true }));
    expect(rig.t(0x5a00000040000000n)).toBe(0);
    expect(rig.pa()).toBe(0x40000000n);
    expect(rig.t(0x5a00100000000000n)).toBe(fsc.addressSize);
    expect(rig.t(0x5a80000040000000n)).toBe(fsc.addressSize); // bit 55 selects TBI1
  });
});

describe("4K granule walk", () => {
  let rig: Rig;
  let m: ReturnType<typeof map4k>;
  beforeEach(async () => {
    rig = await Rig.create();
    m = map4k(rig);
    rig.set("TCR_EL1", tcr({ t0sz: 25n, epd1: true }));
    rig.set("TTBR0_EL1", m.l1);
    rig.mmuOn();
  });

  it("translates pages and blocks", () => {
    rig.w64(m.l3 + 5n * 8n, (m.data + 0x3000n) | PAGE | MEM);
    expect(rig.t(0x40005abcn)).toBe(0);
    expect(rig.pa()).toBe(m.data + 0x3abcn);
    expect(rig.p.probeBlockBits()).toBe(12);
    expect(rig.p.probeMemAttr()).toBe(0xff);
    expect(rig.p.probeShareability()).toBe(3);
    expect(rig.t(0x40312345n)).toBe(0);
    expect(rig.pa()).toBe(RAM + 0x512345n);
    expect(rig.p.probeBlockBits()).toBe(21);
    expect(rig.t(0xc1234567n)).toBe(0);
    expect(rig.pa()).toBe(0x41234567n);
    expect(rig.p.probeBlockBits()).toBe(30);
  });

  it("reports translation faults with the level", () => {
    expect(rig.t(0x80000000n)).toBe(fsc.translation + 1);           // invalid L1
    expect(rig.t(0x40400000n)).toBe(fsc.translation + 2);           // invalid L2
    expect(rig.t(0x40006000n)).toBe(fsc.translation + 3);           // invalid L3
    rig.w64(m.l3 + 6n * 8n, (m.data) | 1n | MEM);                   // reserved L3 encoding
    expect(rig.t(0x40006000n)).toBe(fsc.translation + 3);
    expect(rig.t(0x8000000000n)).toBe(fsc.translation);             // beyond T0SZ
    expect(rig.t(0xffffff8000000000n)).toBe(fsc.translation);       // TTBR1 with EPD1
  });

  it("rejects a level 0 block (4K: blocks at levels 1 and 2 only)", () => {
    const l0 = rig.table();
    rig.w64(l0, m.l1 | TABLE);
    rig.w64(l0 + 8n, RAM | BLOCK | MEM);
    rig.set("TTBR0_EL1", l0);
    rig.set("TCR_EL1", tcr({ t0sz: 16n, epd1: true }));
    expect(rig.t(0xc0000000n)).toBe(0);
    expect(rig.t(0x8040000000n)).toBe(fsc.translation);
  });

  it("faults on TxSZ outside 16..39 instead of clamping", () => {
    rig.set("TCR_EL1", tcr({ t0sz: 40n, epd1: true }));
    expect(rig.t(0x40005000n)).toBe(fsc.translation);
    rig.set("TCR_EL1", tcr({ t0sz: 15n, epd1: true }));
    expect(rig.t(0x40005000n)).toBe(fsc.translation);
  });

  it("reports the access flag and address size faults", () => {
    rig.w64(m.l3 + 7n * 8n, m.data | PAGE | (MEM & ~AF));
    expect(rig.t(0x40007000n)).toBe(fsc.accessFlag + 3);
    rig.w64(m.l2 + 2n * 8n, 0x100000000n | BLOCK | MEM);           // PA 4G with IPS 40 bits: fine
    expect(rig.t(0x40400000n)).toBe(0);
    rig.set("TCR_EL1", tcr({ t0sz: 25n, epd1: true, ips: 0n }));   // 32-bit output
    expect(rig.t(0x40400000n)).toBe(fsc.addressSize + 2);
    rig.w64(m.l2 + 3n * 8n, 0x100000000n | TABLE);                  // table above the output size
    expect(rig.t(0x40600000n)).toBe(fsc.addressSize + 2);
    rig.set("TTBR0_EL1", 0x100000000n | m.l1);                      // TTBR above the output size
    expect(rig.t(0x40005000n)).toBe(fsc.addressSize);
    rig.set("TCR_EL1", tcr({ t0sz: 25n, epd1: true, ips: 7n }));    // IPS above PARange: 44 bits
    rig.w64(m.l2 + 2n * 8n, 0x100000000000n | BLOCK | MEM);
    rig.set("TTBR0_EL1", m.l1);
    expect(rig.t(0x40400000n)).toBe(fsc.addressSize + 2);
  });

  it("reports a synchronous external abort on a walk outside memory", () => {
    rig.w64(m.l2 + 4n * 8n, 0x20000000n | TABLE);
    expect(rig.t(0x40800000n)).toBe(fsc.walkAbort + 3);
  });

  it("computes AP, UXN, PXN, implied PXN and WXN permissions", () => {
    const cases: [bigint, string, string][] = [
      // descriptor bits          EL1 rwx  EL0 rwx
      [AP_EL1RW,                  "rwx",   "--x"],
      [AP_RW,                     "rw-",   "rwx"],   // EL0-writable: PXN implied
      [AP_EL1RO,                  "r-x",   "--x"],
      [AP_RO,                     "r-x",   "r-x"],
      [AP_EL1RW | PXN,            "rw-",   "--x"],
      [AP_RO | UXN,               "r-x",   "r--"],
      [AP_EL1RW | UXN | PXN,      "rw-",   "---"],
    ];
    const perms = (el: number) => ["r", "w", "x"].map((c, k) => (rig.t(0x40008000n, k, el) === 0 ? c : "-")).join("");
    for (const [bits, el1, el0] of cases) {
      rig.w64(m.l3 + 8n * 8n, m.data | PAGE | MEM | bits);
      expect([perms(1), perms(0)]).toEqual([el1, el0]);
    }
    rig.set("SCTLR_EL1", rig.get("SCTLR_EL1") | (1n << 19n));       // WXN
    rig.w64(m.l3 + 8n * 8n, m.data | PAGE | MEM | AP_RW | PXN);
    expect([perms(1), perms(0)]).toEqual(["rw-", "rw-"]);
    rig.w64(m.l3 + 8n * 8n, m.data | PAGE | MEM | AP_EL1RW);
    expect([perms(1), perms(0)]).toEqual(["rw-", "--x"]);
    expect(rig.t(0x40008000n, FETCH, 1)).toBe(fsc.permission + 3);
  });

  it("applies APTable, UXNTable and PXNTable from every level", () => {
    rig.w64(m.l3 + 9n * 8n, m.data | PAGE | MEM | AP_RW);
    const perms = (el: number) => ["r", "w", "x"].map((c, k) => (rig.t(0x40009000n, k, el) === 0 ? c : "-")).join("");
    expect([perms(1), perms(0)]).toEqual(["rw-", "rwx"]);
    rig.w64(m.l2, m.l3 | TABLE | AP_TABLE_RO);
    expect([perms(1), perms(0)]).toEqual(["r-x", "r-x"]);
    rig.w64(m.l1 + 8n, m.l2 | TABLE | AP_TABLE_NO_EL0);
    expect([perms(1), perms(0)]).toEqual(["r-x", "--x"]);
    rig.w64(m.l2, m.l3 | TABLE | UXN_TABLE);                         // no EL0 access: no implied PXN
    expect([perms(1), perms(0)]).toEqual(["rwx", "---"]);
    rig.w64(m.l1 + 8n, m.l2 | TABLE | PXN_TABLE);
    rig.w64(m.l3 + 9n * 8n, m.data | PAGE | MEM | AP_EL1RW);
    rig.w64(m.l2, m.l3 | TABLE);
    expect([perms(1), perms(0)]).toEqual(["rw-", "--x"]);
  });

  it("reports the memory type from MAIR_EL1", () => {
    rig.w64(m.l3 + 10n * 8n, m.data | PAGE | AF | SH_OS | ATTR_DEV | UXN | PXN);
    expect(rig.t(0x4000a000n)).toBe(0);
    expect(rig.p.probeAttrs()).toBe(1);
    expect(rig.p.probeShareability()).toBe(2);
    rig.w64(m.l3 + 10n * 8n, m.data | PAGE | AF | SH_OS | ATTR_NC);
    expect(rig.t(0x4000a000n)).toBe(0);
    expect(rig.p.probeAttrs()).toBe(0);
    expect(rig.p.probeMemAttr()).toBe(0x44);
    rig.w64(m.l3 + 10n * 8n, m.data | PAGE | AF | (3n << 2n));
    expect(rig.t(0x4000a000n, FETCH)).toBe(0);                      // executable Device: allowed (as QEMU)
    expect(rig.p.probeMemAttr()).toBe(0x04);
  });

  it("selects TTBR1 by bit 55 and honours TBI", () => {
    const h1 = rig.table();
    rig.w64(h1 + 1n * 8n, RAM | BLOCK | MEM);
    rig.set("TTBR1_EL1", h1);
    rig.set("TCR_EL1", tcr({ t0sz: 25n, t1sz: 25n }));
    expect(rig.t(0xffffff8040001000n)).toBe(0);
    expect(rig.pa()).toBe(0x40001000n);
    expect(rig.t(0xfeffff8040001000n)).toBe(fsc.translation);
    rig.set("TCR_EL1", tcr({ t0sz: 25n, t1sz: 25n, tbi1: true }));
    expect(rig.t(0x00ffff8040001000n)).toBe(0);                      // bit 55 = 1, top byte ignored
    expect(rig.t(0xa5ffff8040001000n)).toBe(0);
    expect(rig.t(0x5a00000040312345n)).toBe(fsc.translation);        // TBI0 = 0
    rig.set("TCR_EL1", tcr({ t0sz: 25n, t1sz: 25n, tbi0: true }));
    expect(rig.t(0x5a00000040312345n)).toBe(0);
    expect(rig.pa()).toBe(RAM + 0x512345n);
    expect(rig.t(0x5a00000040312345n, FETCH)).toBe(0);               // ARMv8.0 TBI covers fetches too
  });
});

describe("16K and 64K granules", () => {
  let rig: Rig;
  beforeEach(async () => {
    rig = await Rig.create();
    rig.mmuOn();
  });

  it("walks a 16K table from level 0 (T0SZ 16) to a 32M block and a 16K page", () => {
    const l0 = rig.table(14n), l1 = rig.table(14n), l2 = rig.table(14n), l3 = rig.table(14n);
    rig.w64(l0, l1 | TABLE);
    rig.w64(l1, l2 | TABLE);
    rig.w64(l2 + 32n * 8n, RAM | BLOCK | MEM);                      // VA 0x40000000, 32M
    rig.w64(l2 + 1n * 8n, l3 | TABLE);                               // VA 0x02000000
    rig.w64(l3 + 1n * 8n, (RAM + 0x80000n) | PAGE | MEM);            // VA 0x02004000
    rig.w64(l0 + 8n, RAM | BLOCK | MEM);                             // level 0 block: invalid
    rig.w64(l1 + 8n, RAM | BLOCK | MEM);                             // level 1 block: invalid (no DS)
    rig.set("TTBR0_EL1", l0);
    rig.set("TCR_EL1", tcr({ t0sz: 16n, tg0: 2n, epd1: true }));
    expect(rig.t(0x41234567n)).toBe(0);
    expect(rig.pa()).toBe(0x41234567n);
    expect(rig.p.probeBlockBits()).toBe(25);
    expect(rig.t(0x02005678n)).toBe(0);
    expect(rig.pa()).toBe(RAM + 0x81678n);
    expect(rig.t(0x800000000000n)).toBe(fsc.translation + 0);
    expect(rig.t(0x001000000000n)).toBe(fsc.translation + 1);
    expect(rig.t(0x02008000n)).toBe(fsc.translation + 3);
  });

  it("falls back to 4K for 16K when ID_AA64MMFR0_EL1 does not advertise it, and for reserved TG", () => {
    const l1 = rig.table();
    rig.w64(l1 + 8n, RAM | BLOCK | MEM);
    rig.set("TTBR0_EL1", l1);
    rig.set("TCR_EL1", tcr({ t0sz: 25n, tg0: 2n, epd1: true }));
    expect(rig.t(0x40001000n)).toBe(fsc.translation + 1);           // 16K: starts at level 1, entry 0
    rig.set("ID_AA64MMFR0_EL1", MMFR0_NO16K);
    expect(rig.t(0x40001000n)).toBe(0);
    rig.set("ID_AA64MMFR0_EL1", MMFR0_ALL);
    rig.set("TCR_EL1", tcr({ t0sz: 25n, tg0: 3n, epd1: true }));
    expect(rig.t(0x40001000n)).toBe(0);
    rig.set("TTBR1_EL1", l1);
    rig.set("TCR_EL1", tcr({ t0sz: 25n, t1sz: 25n, tg1: 0n }));      // TG1 = 0 is reserved
    expect(rig.t(0xffffff8040001000n)).toBe(0);
  });

  it("walks a 64K table: level 1 (T1SZ 16), 512M block, 64K page; rejects a level 1 block", () => {
    const l1 = rig.table(16n), l2 = rig.table(16n), l3 = rig.table(16n);
    rig.w64(l1, l2 | TABLE);
    rig.w64(l1 + 8n, RAM | BLOCK | MEM);
    rig.w64(l2 + 2n * 8n, RAM | BLOCK | MEM);                       // VA +0x40000000, 512M
    rig.w64(l2 + 3n * 8n, l3 | TABLE);                               // VA +0x60000000
    rig.w64(l3 + 9n * 8n, (RAM + 0x30000n) | PAGE | MEM);            // VA +0x60090000
    rig.set("TTBR1_EL1", l1);
    rig.set("TCR_EL1", tcr({ t1sz: 16n, tg1: 3n, epd0: true }));
    expect(rig.t(0xffff000041234567n)).toBe(0);
    expect(rig.pa()).toBe(0x41234567n);
    expect(rig.p.probeBlockBits()).toBe(29);
    expect(rig.t(0xffff00006009abcdn)).toBe(0);
    expect(rig.pa()).toBe(RAM + 0x3abcdn);
    expect(rig.p.probeBlockBits()).toBe(16);
    expect(rig.t(0xffff040000000000n)).toBe(fsc.translation + 1);
    expect(rig.t(0x40000000n)).toBe(fsc.translation);                // EPD0
  });
});

describe("software TLB", () => {
  let rig: Rig;
  let m: ReturnType<typeof map4k>;
  const asid = (a: bigint) => a << 48n;
  beforeEach(async () => {
    rig = await Rig.create();
    m = map4k(rig);
    rig.w64(m.l3 + 1n * 8n, (m.data + 0x1000n) | PAGE | MEM | AP_RW | NG);
    rig.w64(m.l3 + 2n * 8n, (m.data + 0x2000n) | PAGE | MEM | AP_EL1RO);
    rig.set("TCR_EL1", tcr({ t0sz: 25n, epd1: true }));
    rig.set("TTBR0_EL1", m.l1 | asid(1n));
    rig.p.ttbrWritten();
    rig.set("SCTLR_EL1", rig.get("SCTLR_EL1") | 1n);
    rig.p.tlbFlushAll();
  });

  it("fills the arrays of the access kinds the page allows at that EL", () => {
    expect(rig.read(0x40001000n)).toBe(0xda7a0001n);
    expect(rig.hit(READ, 0x40001000n)).toBe(true);
    expect(rig.hit(WRITE, 0x40001000n)).toBe(true);
    expect(rig.hit(FETCH, 0x40001000n)).toBe(false);                 // EL0-writable: PXN
    expect(rig.hit(READ, 0x40001000n, 0)).toBe(false);               // EL0 arrays untouched
    expect(rig.read(0x40002000n)).toBe(0xda7a0002n);
    expect(rig.hit(WRITE, 0x40002000n)).toBe(false);
    expect(rig.write(0x40002000n, 1n)).toBe("fault 25:4f");
    expect(rig.read(0x40002000n, 0)).toBe("fault 24:f far=40002000");
    expect(rig.read(0x40001000n, 1, true)).toBe(0xda7a0001n);         // LDTR: checked and cached as EL0
    expect(rig.hit(READ, 0x40001000n, 0)).toBe(true);
    expect(rig.hit(WRITE, 0x40001000n, 0)).toBe(true);
    expect(rig.hit(FETCH, 0x40001000n, 0)).toBe(true);                // EL0 may execute it
    expect(rig.read(0x40002000n, 1, true)).toBe("fault 25:f far=40002000");
  });

  it("enters other permitted kinds only into empty slots", () => {
    rig.w64(m.l2 + 8n * 8n, (RAM + 0x400000n) | BLOCK | MEM);       // VA 0x41000000: 2M RW block
    expect(rig.read(0x40001000n)).toBe(0xda7a0001n);                 // fills READ and WRITE
    expect(rig.write(0x41101000n, 5n)).toBe("ok");                   // same index (1M apart)
    expect(rig.hit(WRITE, 0x41101000n)).toBe(true);
    expect(rig.hit(READ, 0x40001000n)).toBe(true);                   // not evicted
    expect(rig.hit(READ, 0x41101000n)).toBe(false);
  });

  it("keeps the entries of each ASID apart and back on switching", () => {
    expect(rig.read(0x40001000n)).toBe(0xda7a0001n);
    rig.w64(m.l3 + 1n * 8n, (m.data + 0x5000n) | PAGE | MEM | AP_RW | NG);  // no TLBI: stale under ASID 1
    expect(rig.read(0x40001000n)).toBe(0xda7a0001n);
    rig.set("TTBR0_EL1", m.l1 | asid(2n));
    rig.p.ttbrWritten();
    expect(rig.hit(READ, 0x40001000n)).toBe(false);
    expect(rig.read(0x40001000n)).toBe(0xda7a0005n);
    rig.set("TTBR0_EL1", m.l1 | asid(1n));
    rig.p.ttbrWritten();
    expect(rig.read(0x40001000n)).toBe(0xda7a0001n);                 // ASID 1's entry survived
    rig.p.tlbiAsid(1, 0);
    expect(rig.read(0x40001000n)).toBe(0xda7a0005n);
  });

  it("uses TTBR1's ASID with TCR.A1 and only 8 bits with TCR.AS = 0", () => {
    rig.set("TCR_EL1", tcr({ t0sz: 25n, epd1: true, a1: true }));
    rig.set("TTBR1_EL1", asid(0x105n));
    rig.p.tcrWritten();
    expect(rig.read(0x40001000n)).toBe(0xda7a0001n);
    rig.set("TTBR1_EL1", asid(0x205n));                              // same ASID 5 with AS = 0
    rig.p.ttbrWritten();
    expect(rig.hit(READ, 0x40001000n)).toBe(true);
    rig.p.tlbiAsid(0x305, 0);                                           // low 8 bits match
    expect(rig.hit(READ, 0x40001000n)).toBe(false);
  });

  it("invalidates by VA, including every slice of a block", () => {
    expect(rig.read(0x40001000n)).toBe(0xda7a0001n);
    expect(rig.read(0x40002000n)).toBe(0xda7a0002n);
    rig.p.tlbiVa(0x40001000n, 1, 0, 1, 0);
    expect(rig.hit(READ, 0x40001000n)).toBe(false);
    expect(rig.hit(READ, 0x40002000n)).toBe(true);
    expect(rig.read(0x40200000n)).toBe(0xda7a0000n);                 // 2M block slices
    expect(rig.read(0x40210000n)).toBe(0xda7a0010n);
    rig.p.tlbiVa(0x40300000n, 0, 1, 0, 0);                              // any VA in the block
    expect(rig.hit(READ, 0x40200000n)).toBe(false);
    expect(rig.hit(READ, 0x40210000n)).toBe(false);
    expect(rig.hit(READ, 0x40002000n)).toBe(true);
    rig.p.tlbiVa(0x5a00000040002000n, 0, 1, 0, 0);                      // the top byte is not compared
    expect(rig.hit(READ, 0x40002000n)).toBe(false);
  });

  it("drops everything on TLBI VMALLE1 and on a flush", () => {
    expect(rig.read(0x40001000n)).toBe(0xda7a0001n);
    rig.p.tlbiAll(0);
    expect(rig.hit(READ, 0x40001000n)).toBe(false);
    expect(rig.read(0x40001000n)).toBe(0xda7a0001n);
    rig.p.tlbFlushAll();
    expect(rig.hit(READ, 0x40001000n)).toBe(false);
  });

  it("caches tagged addresses under their own tag", () => {
    rig.set("TCR_EL1", tcr({ t0sz: 25n, epd1: true, tbi0: true }));
    rig.p.tcrWritten();
    expect(rig.read(0x5a00000040001000n)).toBe(0xda7a0001n);
    expect(rig.hit(READ, 0x5a00000040001000n)).toBe(true);
    expect(rig.hit(READ, 0x40001000n)).toBe(false);
    expect(rig.read(0x5a00000040006000n)).toBe("fault 25:7 far=5a00000040006000");
  });

  it("evicts the least recently used ASID bank", () => {
    for (let a = 1n; a <= 6n; a++) {
      rig.set("TTBR0_EL1", m.l1 | asid(a));
      rig.p.ttbrWritten();
      expect(rig.read(0x40001000n)).toBe(0xda7a0001n);
    }
    rig.set("TTBR0_EL1", m.l1 | asid(2n));                           // 5 banks: ASID 1 went first
    rig.p.ttbrWritten();
    expect(rig.hit(READ, 0x40001000n)).toBe(true);
    rig.set("TTBR0_EL1", m.l1 | asid(1n));
    rig.p.ttbrWritten();
    expect(rig.hit(READ, 0x40001000n)).toBe(false);
  });
});

describe("TLB maintenance and CPUs", () => {
  it("invalidates another CPU's entries with the broadcast forms only", async () => {
    const rig = await Rig.create(2);
    const m = map4k(rig);
    rig.w64(m.l3 + 1n * 8n, (m.data + 0x1000n) | PAGE | MEM);
    for (const cpu of [1, 0]) {
      rig.set("TCR_EL1", tcr({ t0sz: 25n, epd1: true }), cpu);
      rig.set("TTBR0_EL1", m.l1, cpu);
      rig.mmuOn(cpu);
      rig.p.probeSelect(cpu, 1);
      rig.p.probeRead(0x40001000n, 8, 0);
      expect(rig.p.probeTlbHit(READ, 0x40001000n)).toBe(1);
    }
    rig.p.tlbiVa(0x40001000n, 0, 1, 0, 0);
    expect(rig.p.probeTlbHit(READ, 0x40001000n)).toBe(0);
    rig.p.probeSelect(1, 1);
    expect(rig.p.probeTlbHit(READ, 0x40001000n)).toBe(1);
    rig.p.probeSelect(0, 1);
    rig.p.tlbiVa(0x40001000n, 0, 1, 0, 1);
    rig.p.probeSelect(1, 1);
    expect(rig.p.probeTlbHit(READ, 0x40001000n)).toBe(0);
  });
});

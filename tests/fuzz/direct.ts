// "Direct" runs of a batch on our core (fuzz:qemu --direct): the host does what harness.S does
// around each case (load the register file, restore the window, read back the state, hash the
// window) and the core executes only the instruction under test, one step per case. Results
// are the same records the harness prints, so they compare with QEMU's run of the same ELF.
// Useful while the instructions the harness itself needs are missing or suspect.
import { readFileSync } from "node:fs";
import { Machine } from "../../src/emulator/machine";
import { CPU_OFFSETS } from "../../src/emulator/core-host";
import { parseCpuModel } from "../../src/emulator/cpu-models";
import { RAM_BASE_PA } from "../../src/emulator/core/layout";
import type { BatchOutput, BuiltBatch, CaseResult } from "./batch";
import { Q_NZCV, Q_SP, Q_FPCR, Q_FPSR, Q_V, inputQuad, layoutOf } from "./batch";
import { WINDOW, WINDOW_SIZE, REGION, REGION_SIZE, type TestCase } from "./cases";

/** state.ts OFF_EXCL_VALID: the exclusive monitor, cleared by the harness's ERET. */
const OFF_EXCL_VALID = 0x15c;
const MASK64 = (1n << 64n) - 1n;

/** harness.S hash_range: h = (h ror 13) ^ a; h += b, over 16-byte steps. */
export function hashRange(bytes: Uint8Array): bigint {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let h = 0n;
  for (let i = 0; i < bytes.length; i += 16) {
    const a = dv.getBigUint64(i, true);
    const b = dv.getBigUint64(i + 8, true);
    h = (((h >> 13n) | (h << 51n)) & MASK64) ^ a;
    h = (h + b) & MASK64;
  }
  return h;
}

/** Run the batch's cases one step each; with a single case, also report the window quads it
 *  changed (as harness.S with DUMP_WINDOW does). */
export async function runOursDirect(coreModule: WebAssembly.Module, built: BuiltBatch, cases: TestCase[], cpu: string): Promise<BatchOutput> {
  const machine = await Machine.create({ coreModule, ramBytes: 256 * 2 ** 20, cpuModel: parseCpuModel(cpu), consoleOutput: () => {} });
  machine.loadElf(readFileSync(built.elf), built.elf);
  machine.reset();
  const core = machine.core;
  const ram = core.ram();
  const vbar = built.symbols.get("vectors");
  if (vbar === undefined) throw new Error("batch.elf has no vectors symbol");
  core.setSysreg(0, "VBAR_EL1", vbar);
  // As harness.S does: SP alignment checking off, QEMU 7.2 does not implement it.
  core.setSysreg(0, "SCTLR_EL1", core.sysreg(0, "SCTLR_EL1") & ~0x18n);
  const lay = layoutOf(cases);
  const cpacr = core.sysreg(0, "CPACR_EL1") & ~(3n << 20n);
  const vAt = core.exports.cpuStateAddress(0) + CPU_OFFSETS.v;
  const at = (pa: bigint) => Number(pa) - RAM_BASE_PA;
  for (let off = 0; off < REGION_SIZE; off += WINDOW_SIZE) ram.set(built.pristine, at(REGION) + off);
  const results = cases.map((c, i) => {
    const slot = built.slotBase + BigInt(i) * 8n;
    if (c.memory) ram.set(built.pristine, at(WINDOW));
    c.x.forEach((v, n) => core.setX(0, n, v));
    core.setX(0, 31, c.sp);
    core.setU32(0, CPU_OFFSETS.nzcv, Number(c.nzcv));
    core.setU32(0, OFF_EXCL_VALID, 0);
    // As harness.S does with FP_STATE: SIMD&FP trapped (CPACR_EL1.FPEN = 00) or not (11).
    if (c.fp) {
      core.setSysreg(0, "CPACR_EL1", c.fp.trapped ? cpacr : cpacr | (3n << 20n));
      new Uint8Array(core.memory.buffer, vAt, 512).set(c.fp.v);
      core.setU32(0, CPU_OFFSETS.fpcr, c.fp.fpcr);
      core.setU32(0, CPU_OFFSETS.fpsr, c.fp.fpsr);
    }
    core.setU64(0, CPU_OFFSETS.pc, slot);
    core.run(0, 1);
    const r: bigint[] = new Array(lay.resQuads).fill(0n);
    for (let n = 0; n < 31; n++) r[n] = core.x(0, n);
    r[Q_SP] = core.x(0, 31);
    if (c.fp) {
      r[Q_FPCR] = BigInt(core.u32(0, CPU_OFFSETS.fpcr));
      r[Q_FPSR] = BigInt(core.u32(0, CPU_OFFSETS.fpsr));
      for (let q = 0; q < 64; q++) r[Q_V + q] = core.u64(0, CPU_OFFSETS.v + q * 8);
    }
    const pc = core.pc(0);
    if (pc === slot + 4n) {
      r[Q_NZCV] = BigInt(core.u32(0, CPU_OFFSETS.nzcv));
    } else {
      r[Q_NZCV] = core.sysreg(0, "SPSR_EL1") & 0xf0000000n;
      r[lay.esr] = core.sysreg(0, "ESR_EL1");
      r[lay.far] = core.sysreg(0, "FAR_EL1");
      r[lay.elr] = core.sysreg(0, "ELR_EL1");
      r[lay.vector] = pc - vbar;
    }
    if (c.memory) r[lay.hash] = hashRange(ram.subarray(at(WINDOW), at(WINDOW) + WINDOW_SIZE));
    // As the harness prints it: the quads that differ from the input (state) or from 0.
    const printed: CaseResult = new Map();
    r.forEach((v, j) => {
      if (v !== (j < lay.state ? inputQuad(c, j) : 0n)) printed.set(j, v);
    });
    return printed;
  });
  const regionHash = hashRange(ram.subarray(at(REGION), at(REGION) + REGION_SIZE));
  if (cases.length !== 1) return { results, regionHash };
  const window = new Map<number, bigint>();
  const now = Buffer.from(ram.subarray(at(WINDOW), at(WINDOW) + WINDOW_SIZE));
  for (let off = 0; off < WINDOW_SIZE; off += 8) {
    const v = now.readBigUInt64LE(off);
    if (v !== built.pristine.readBigUInt64LE(off)) window.set(off, v);
  }
  return { results, regionHash, window };
}

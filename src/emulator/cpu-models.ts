// CPU models selectable with -cpu: identification register values written at reset.
// Identification (MIDR, cache geometry, physical address size, granules) follows QEMU 7.2's
// model of the same name; feature registers advertise only what the core implements,
// whatever the model.
import type { CoreInstance } from "./core-host";
import { LoadError } from "./loaders/load-error";

export type CpuModelName = "cortex-a53" | "cortex-a57" | "cortex-a72" | "max";

interface CpuModel {
  midr: bigint;
  revidr: bigint;
  ctr: bigint;
  clidr: bigint;
  /** CCSIDR_EL1 for CSSELR_EL1 = 0 (L1 data), 1 (L1 instruction), 2 (L2 unified). */
  ccsidr: [bigint, bigint, bigint];
  /** ID_AA64MMFR0_EL1.PARange: 0b0010 40 bits, 0b0100 44 bits, 0b0101 48 bits. */
  paRange: bigint;
  /** ID_AA64MMFR0_EL1.TGran16: whether the 16 KiB translation granule is supported. */
  tgran16: boolean;
}

const MODELS: Record<CpuModelName, CpuModel> = {
  "cortex-a53": {
    midr: 0x410fd034n, revidr: 0n, ctr: 0x84448004n, clidr: 0x0a200023n,
    ccsidr: [0x700fe01an, 0x201fe00an, 0x707fe07an], paRange: 0b0010n, tgran16: false,
  },
  "cortex-a57": {
    midr: 0x411fd070n, revidr: 0n, ctr: 0x8444c004n, clidr: 0x0a200023n,
    ccsidr: [0x701fe00an, 0x201fe012n, 0x70ffe07an], paRange: 0b0100n, tgran16: false,
  },
  "cortex-a72": {
    midr: 0x410fd083n, revidr: 0n, ctr: 0x8444c004n, clidr: 0x0a200023n,
    ccsidr: [0x701fe00an, 0x201fe012n, 0x707fe07an], paRange: 0b0100n, tgran16: false,
  },
  // QEMU's "max" is an A57 with every feature QEMU has; here: every feature the core has.
  max: {
    midr: 0x000f0510n, revidr: 0n, ctr: 0x8444c004n, clidr: 0x02000023n,
    ccsidr: [0x701fe00an, 0x201fe012n, 0x70ffe07an], paRange: 0b0101n, tgran16: true,
  },
};

// Feature registers (D13.2.x), the same for every model.
/** ID_AA64PFR0_EL1: EL0 and EL1 AArch64 only (1), no EL2/EL3 (0); GIC (bits 27:24) is 0 here
 *  and sysregs.ts reports 1 when the board has a GICv3. FP and AdvSIMD (bits 19:16, 23:20) are
 *  0: the ARMv8.0 floating-point and Advanced SIMD instructions are implemented, without the
 *  half-precision arithmetic of FEAT_FP16. */
const ID_AA64PFR0 = 0x00000011n;
/** ID_AA64DFR0_EL1: DebugVer 0b0110 (ARMv8.0 debug), PMUVer 0 (no PMU), BRPs 5 (6 breakpoints),
 *  WRPs 3 (4 watchpoints), CTX_CMPs 1 (2 context-aware breakpoints), as QEMU's cortex-a57 but
 *  without its PMU. Breakpoint and watchpoint registers exist but never generate debug events. */
const ID_AA64DFR0 = 0x10305006n;
/** ID_AA64ISAR0_EL1: CRC32 (bits 19:16 = 1), SHA2 (15:12 = 1: SHA256H/H2/SU0/SU1), SHA1
 *  (11:8 = 1), AES (7:4 = 2: AESE/AESD/AESMC/AESIMC and PMULL/PMULL2 .1Q), as QEMU's
 *  cortex-a57; no SHA-512/SHA-3/SM3/SM4, atomics, RDM or dot product. */
const ID_AA64ISAR0 = 0x00011120n;
/** ID_AA64MMFR0_EL1 without PARange and TGran16: ASIDBits 0b0010 (16 bits), little-endian
 *  only (BigEnd = BigEndEL0 = 0), no Secure memory, 4 KiB and 64 KiB granules supported. */
const ID_AA64MMFR0_BASE = 0x00000020n;
/** DCZID_EL0: DC ZVA blocks of 4 << 4 = 64 bytes. */
const DCZID = 4n;
/** CBAR_EL1: the virt board's private peripheral base (GIC), as QEMU sets it. */
const CBAR = 0x08000000n;

export const CPU_MODEL_NAMES = Object.keys(MODELS) as CpuModelName[];

export function parseCpuModel(name: string): CpuModelName {
  // "-cpu host" passes the host CPU through under KVM or HVF; users keep it next to -accel hvf,
  // which the playground ignores. QEMU itself equates the two there ("With KVM or HVF, '-cpu max'
  // is identical to '-cpu host'", target/arm/cpu64.c aarch64_max_initfn), and max is the model
  // that advertises everything the core implements, so a guest that probed a modern host CPU
  // finds the most here. args.ts reports the substitution as a notice.
  if (name === "host") return "max";
  if ((CPU_MODEL_NAMES as string[]).includes(name)) return name as CpuModelName;
  throw new LoadError(`unsupported CPU model '${name}' (supported: ${CPU_MODEL_NAMES.join(", ")}, host)`);
}

/** Write the model's identification and feature registers into CPU `index` (after resetCpu). */
export function applyCpuModel(core: CoreInstance, index: number, name: CpuModelName): void {
  const m = MODELS[name];
  core.setSysreg(index, "MIDR_EL1", m.midr);
  core.setSysreg(index, "REVIDR_EL1", m.revidr);
  // MPIDR_EL1: RES1 bit 31, U=0 (multiprocessor system), Aff0 = CPU index (psci.ts relies on it).
  core.setSysreg(index, "MPIDR_EL1", 0x80000000n | BigInt(index));
  core.setSysreg(index, "CTR_EL0", m.ctr);
  core.setSysreg(index, "DCZID_EL0", DCZID);
  core.setSysreg(index, "CLIDR_EL1", m.clidr);
  core.setSysreg(index, "CCSIDR_SEL0", m.ccsidr[0]);
  core.setSysreg(index, "CCSIDR_SEL1", m.ccsidr[1]);
  core.setSysreg(index, "CCSIDR_SEL2", m.ccsidr[2]);
  core.setSysreg(index, "CBAR_EL1", CBAR);
  core.setSysreg(index, "ID_AA64PFR0_EL1", ID_AA64PFR0);
  core.setSysreg(index, "ID_AA64DFR0_EL1", ID_AA64DFR0);
  core.setSysreg(index, "ID_AA64ISAR0_EL1", ID_AA64ISAR0);
  core.setSysreg(index, "ID_AA64MMFR0_EL1", ID_AA64MMFR0_BASE | m.paRange | (m.tgran16 ? 1n << 20n : 0n));
}

// CPU models selectable with -cpu: identification register values written at reset.
// Feature registers advertise only what the core implements, whatever the model.
import type { CoreInstance } from "./core-host";
import { LoadError } from "./loaders/load-error";

export type CpuModelName = "cortex-a53" | "cortex-a57" | "cortex-a72" | "max";

interface CpuModel {
  midr: bigint;
  revidr: bigint;
}

const MODELS: Record<CpuModelName, CpuModel> = {
  "cortex-a53": { midr: 0x410fd034n, revidr: 0n },
  "cortex-a57": { midr: 0x411fd070n, revidr: 0n },
  "cortex-a72": { midr: 0x410fd083n, revidr: 0n },
  max: { midr: 0x411fd070n, revidr: 0n },
};

export const CPU_MODEL_NAMES = Object.keys(MODELS) as CpuModelName[];

export function parseCpuModel(name: string): CpuModelName {
  // "-cpu host" is how users ask for KVM/HVF passthrough; under emulation QEMU's closest is max.
  if (name === "host") return "max";
  if ((CPU_MODEL_NAMES as string[]).includes(name)) return name as CpuModelName;
  throw new LoadError(`unsupported CPU model '${name}' (supported: ${CPU_MODEL_NAMES.join(", ")}, host)`);
}

/** Write the model's identification registers into CPU `index` (after resetCpu). */
export function applyCpuModel(core: CoreInstance, index: number, name: CpuModelName): void {
  const m = MODELS[name];
  core.setSysreg(index, "MIDR_EL1", m.midr);
  core.setSysreg(index, "REVIDR_EL1", m.revidr);
  // MPIDR_EL1: RES1 bit 31, U=0 (multiprocessor system), Aff0 = CPU index.
  core.setSysreg(index, "MPIDR_EL1", 0x80000000n | BigInt(index));
}

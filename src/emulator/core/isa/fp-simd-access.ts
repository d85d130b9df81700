// Fallback semantics for the FP/AdvSIMD encoding space (see isa/table/fp-simd-access.ts):
// with FP/AdvSIMD access disabled by CPACR_EL1.FPEN the instruction traps with EC 0x07;
// otherwise it is not an implemented instruction and is UNDEFINED.
import { checkFpAccess } from "../sysregs";

@inline function trapOrUndefined(): bool {
  return !checkFpAccess();
}

export function FP_SIMD_DATA_PROCESSING(): bool { return trapOrUndefined(); }
export function FP_SIMD_LDR_LITERAL(opc: u32): bool { return trapOrUndefined(); }
export function FP_SIMD_LDST_PAIR(opc: u32): bool { return trapOrUndefined(); }
export function FP_SIMD_LDST_REGISTER(): bool { return trapOrUndefined(); }

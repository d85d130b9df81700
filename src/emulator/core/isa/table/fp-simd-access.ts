// C4.1 top-level classes holding the FP and Advanced SIMD instructions: data processing
// (op0 = x111) and the SIMD&FP loads and stores (V = 1 in the load/store classes that have
// one; the AdvSIMD structure loads and stores are all in simd-load-store.ts). These
// entries fix few bits, so any real FP/SIMD entry is more specific and takes precedence;
// what they still match is outside the implemented FP/SIMD instructions.
import type { Encoding } from "./types";

const g = "fp-simd-access";
/** Not an instruction this core implements: disassembles as undefined. */
const asm = () => null;
export const fpSimdAccess: Encoding[] = [
  { name: "FP_SIMD_DATA_PROCESSING", group: g, pattern: "---- 111 -------------------------", asm },
  // LDR (literal, SIMD&FP): opc = 11 is unallocated
  { name: "FP_SIMD_LDR_LITERAL", group: g, pattern: "opc:2 011100 ------------------------", where: { opc: "!11" }, asm },
  // LDP/STP/LDNP/STNP (SIMD&FP): opc = 11 is unallocated
  { name: "FP_SIMD_LDST_PAIR", group: g, pattern: "opc:2 10110 - ------------------------", where: { opc: "!11" }, asm },
  // LDR/STR (SIMD&FP): immediate, register offset, unscaled
  { name: "FP_SIMD_LDST_REGISTER", group: g, pattern: "-- 11110 - ------------------------", asm },
];

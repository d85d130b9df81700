// C4.1.87 Branches, Exception Generating and System instructions: exception generation,
// and ERET (from the unconditional branch (register) class).
import type { Encoding } from "./types";

const g = "exception-generation";
export const exceptionGeneration: Encoding[] = [
  { name: "SVC", group: g, pattern: "11010100 000 imm16:16 000 01", asm: "svc #{imm16:x}" },
  { name: "HVC", group: g, pattern: "11010100 000 imm16:16 000 10", asm: "hvc #{imm16:x}" },
  { name: "SMC", group: g, pattern: "11010100 000 imm16:16 000 11", asm: "smc #{imm16:x}" },
  { name: "BRK", group: g, pattern: "11010100 001 imm16:16 000 00", asm: "brk #{imm16:x}" },
  { name: "HLT", group: g, pattern: "11010100 010 imm16:16 000 00", asm: "hlt #{imm16:x}" },
  { name: "DCPS1", group: g, pattern: "11010100 101 imm16:16 000 01", asm: "dcps1 #{imm16:x}" },
  { name: "DCPS2", group: g, pattern: "11010100 101 imm16:16 000 10", asm: "dcps2 #{imm16:x}" },
  { name: "DCPS3", group: g, pattern: "11010100 101 imm16:16 000 11", asm: "dcps3 #{imm16:x}" },
  { name: "UDF", group: g, pattern: "0000000000000000 imm16:16", asm: "udf #{imm16}" },
  { name: "ERET", group: g, pattern: "1101011 0100 11111 000000 11111 00000", asm: "eret" },
];

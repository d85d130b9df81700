// C4.1.87 Branches, Exception Generating and System instructions: exception generation
import type { Encoding } from "./types";

const g = "exception-generation";
export const exceptionGeneration: Encoding[] = [
  { name: "SVC", group: g, pattern: "11010100 000 imm16:16 000 01", asm: "svc #{imm16:x}" },
  { name: "HVC", group: g, pattern: "11010100 000 imm16:16 000 10", asm: "hvc #{imm16:x}" },
];

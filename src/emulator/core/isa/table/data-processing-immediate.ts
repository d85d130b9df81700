// C4.1.86 Data Processing -- Immediate
import type { Encoding } from "./types";

const g = "data-processing-immediate";
export const dataProcessingImmediate: Encoding[] = [
  { name: "ADD_SUB_imm", group: g, pattern: "sf:1 op:1 S:1 100010 sh:1 imm12:12 Rn:5 Rd:5",
    asm: "{op?sub:add}{S?s:} {Rd:rsp}, {Rn:rsp}, #{imm12}{sh?, lsl #12:}", fuzz: "int" },
  { name: "MOVE_WIDE", group: g, pattern: "sf:1 opc:2 100101 hw:2 imm16:16 Rd:5",
    asm: "mov{opc} {Rd:r}, #{imm16}, lsl #{hw*16}", fuzz: "int" },
];

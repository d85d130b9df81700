// C4.1 "Cryptographic AES", "Cryptographic three-register SHA", "Cryptographic two-register
// SHA" (size = 00; other sizes and opcodes are unallocated), and PMULL/PMULL2 with 64-bit
// elements (Advanced SIMD three different, size = 11; the 8-bit form is with the integer
// instructions). Disassembly follows GNU objdump.
import type { Encoding } from "./types";

const g = "crypto";
export const crypto: Encoding[] = [
  { name: "AESE_AESD", group: g, pattern: "01001110 00 10100 0010 D:1 10 Rn:5 Rd:5",
    asm: (f) => `aes${f.D ? "d" : "e"} v${f.Rd}.16b, v${f.Rn}.16b`, fuzz: "fp" },
  { name: "AESMC_AESIMC", group: g, pattern: "01001110 00 10100 0011 D:1 10 Rn:5 Rd:5",
    asm: (f) => `aes${f.D ? "imc" : "mc"} v${f.Rd}.16b, v${f.Rn}.16b`, fuzz: "fp" },
  { name: "SHA1C", group: g, pattern: "01011110 00 0 Rm:5 0 000 00 Rn:5 Rd:5", asm: (f) => `sha1c q${f.Rd}, s${f.Rn}, v${f.Rm}.4s`, fuzz: "fp" },
  { name: "SHA1P", group: g, pattern: "01011110 00 0 Rm:5 0 001 00 Rn:5 Rd:5", asm: (f) => `sha1p q${f.Rd}, s${f.Rn}, v${f.Rm}.4s`, fuzz: "fp" },
  { name: "SHA1M", group: g, pattern: "01011110 00 0 Rm:5 0 010 00 Rn:5 Rd:5", asm: (f) => `sha1m q${f.Rd}, s${f.Rn}, v${f.Rm}.4s`, fuzz: "fp" },
  { name: "SHA1SU0", group: g, pattern: "01011110 00 0 Rm:5 0 011 00 Rn:5 Rd:5", asm: (f) => `sha1su0 v${f.Rd}.4s, v${f.Rn}.4s, v${f.Rm}.4s`, fuzz: "fp" },
  { name: "SHA256H", group: g, pattern: "01011110 00 0 Rm:5 0 100 00 Rn:5 Rd:5", asm: (f) => `sha256h q${f.Rd}, q${f.Rn}, v${f.Rm}.4s`, fuzz: "fp" },
  { name: "SHA256H2", group: g, pattern: "01011110 00 0 Rm:5 0 101 00 Rn:5 Rd:5", asm: (f) => `sha256h2 q${f.Rd}, q${f.Rn}, v${f.Rm}.4s`, fuzz: "fp" },
  { name: "SHA256SU1", group: g, pattern: "01011110 00 0 Rm:5 0 110 00 Rn:5 Rd:5", asm: (f) => `sha256su1 v${f.Rd}.4s, v${f.Rn}.4s, v${f.Rm}.4s`, fuzz: "fp" },
  { name: "SHA1H", group: g, pattern: "01011110 00 10100 00000 10 Rn:5 Rd:5", asm: (f) => `sha1h s${f.Rd}, s${f.Rn}`, fuzz: "fp" },
  { name: "SHA1SU1", group: g, pattern: "01011110 00 10100 00001 10 Rn:5 Rd:5", asm: (f) => `sha1su1 v${f.Rd}.4s, v${f.Rn}.4s`, fuzz: "fp" },
  { name: "SHA256SU0", group: g, pattern: "01011110 00 10100 00010 10 Rn:5 Rd:5", asm: (f) => `sha256su0 v${f.Rd}.4s, v${f.Rn}.4s`, fuzz: "fp" },
  { name: "PMULL_1Q", group: g, pattern: "0 Q:1 0 01110 11 1 Rm:5 1110 00 Rn:5 Rd:5",
    asm: (f) => `pmull${f.Q ? "2" : ""} v${f.Rd}.1q, v${f.Rn}.${f.Q ? "2d" : "1d"}, v${f.Rm}.${f.Q ? "2d" : "1d"}`, fuzz: "fp" },
];

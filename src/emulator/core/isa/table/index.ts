// The single A64 encoding table: the concatenation of one list per instruction group.
// Order matters only between overlapping encodings of equal specificity (earlier wins).
import type { Encoding } from "./types";
import { parsePattern, type ParsedEncoding } from "./types";
import { dataProcessingImmediate } from "./data-processing-immediate";
import { dataProcessingRegister } from "./data-processing-register";
import { branches } from "./branches";
import { exceptionGeneration } from "./exception-generation";
import { fpScalar } from "./fp-scalar";
import { fpLoadStore } from "./fp-load-store";
import { system } from "./system";
import { fpSimdAccess } from "./fp-simd-access";
import { loadsStoresRegister } from "./loads-stores-register";
import { loadsStoresPair } from "./loads-stores-pair";
import { loadsStoresExclusive } from "./loads-stores-exclusive";
import { simdFpArith } from "./simd-fp-arith";
import { simdFpMisc } from "./simd-fp-misc";
import { crypto } from "./crypto";
import { simdFpUnallocated } from "./simd-fp-unallocated";

const groups: Encoding[][] = [
  dataProcessingImmediate,
  dataProcessingRegister,
  branches,
  exceptionGeneration,
  fpScalar,
  fpLoadStore,
  system,
  loadsStoresRegister,
  loadsStoresPair,
  loadsStoresExclusive,
  simdFpArith,
  simdFpMisc,
  crypto,
  simdFpUnallocated,
  // Last: fallbacks for the FP/SIMD space, which real FP/SIMD entries of equal specificity override.
  fpSimdAccess,
];

export const A64_ENCODINGS: ParsedEncoding[] = groups.flat().map((e, i) => parsePattern(e, i + 1));

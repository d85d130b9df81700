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
import { loadsStoresRegister } from "./loads-stores-register";
import { loadsStoresPair } from "./loads-stores-pair";
import { loadsStoresExclusive } from "./loads-stores-exclusive";
import { simdIntCopy } from "./simd-int-copy";
import { simdIntModifiedImmediate } from "./simd-int-modified-immediate";
import { simdIntPermute } from "./simd-int-permute";
import { simdIntThreeSame } from "./simd-int-three-same";
import { simdIntThreeDifferent } from "./simd-int-three-different";
import { simdIntTwoRegMisc } from "./simd-int-two-reg-misc";
import { simdIntAcrossLanes } from "./simd-int-across-lanes";
import { simdIntShiftImmediate } from "./simd-int-shift-immediate";
import { simdIntIndexed } from "./simd-int-indexed";
import { simdLoadStore } from "./simd-load-store";
import { simdFpArith } from "./simd-fp-arith";
import { simdFpMisc } from "./simd-fp-misc";
import { crypto } from "./crypto";

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
  simdIntCopy,
  simdIntModifiedImmediate,
  simdIntPermute,
  simdIntThreeSame,
  simdIntThreeDifferent,
  simdIntTwoRegMisc,
  simdIntAcrossLanes,
  simdIntShiftImmediate,
  simdIntIndexed,
  simdLoadStore,
  simdFpArith,
  simdFpMisc,
  crypto,
];

export const A64_ENCODINGS: ParsedEncoding[] = groups.flat().map((e, i) => parsePattern(e, i + 1));

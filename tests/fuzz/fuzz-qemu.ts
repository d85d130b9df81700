// npm run fuzz:qemu -- --count N [--seed S] [--class int|fp|all] [--batch B] [--cpu M] [--max-report R] [--keep] [--direct]
// Differential fuzzing of random instructions against QEMU (see tests/fuzz/README.md).
// Exit status: 0 when every case matched, 1 on any mismatch or failed batch, 2 on bad usage.
import { runFuzz, formatSummary, type FuzzOptions } from "./fuzzer";
import { MAX_CASES } from "./batch";
import type { FuzzClass } from "./cases";

const USAGE = `usage: npm run fuzz:qemu -- --count N [--seed S] [--class int|fp|all] [--batch B] [--cpu M] [--max-report R] [--keep] [--direct]
  --count N       test cases to run per class (default 10000)
  --seed S        seed of the case generator (default 1); the same seed gives the same cases
  --class C       fuzz class of table entries to draw from: int (integer and load/store),
                  fp (SIMD&FP, with random V0-V31, FPCR and FPSR) or all (default: int, then fp)
  --batch B       cases per ELF (default 10000, at most ${MAX_CASES})
  --cpu M         QEMU and our -cpu model (default cortex-a57)
  --max-report R  detailed mismatch reports to print (default 20)
  --keep          keep the generated ELFs and transcripts (the directory is printed)
  --direct        on our core, execute only the instructions under test, the host setting up
                  and reading back each case (when the harness's own instructions are suspect)
`;

function usage(message: string): never {
  process.stderr.write(`fuzz:qemu: ${message}\n${USAGE}`);
  process.exit(2);
}

const CLASSES: FuzzClass[] = ["int", "fp"];

function parseArgs(argv: string[]): Omit<FuzzOptions, "cls"> & { classes: FuzzClass[]; maxReports: number } {
  const o = {
    count: 10_000, seed: 1, classes: CLASSES, batchSize: 10_000, cpu: "cortex-a57", keep: false, direct: false,
    maxReports: 20, log: (line: string) => process.stderr.write(line + "\n"),
  };
  const int = (name: string, v: string | undefined, min: number, max: number) => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < min || n > max) usage(`${name} needs an integer in ${min}..${max}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case "--count": o.count = int(a, argv[++i], 1, 1e9); break;
      case "--seed": o.seed = int(a, argv[++i], 0, 2 ** 32 - 1); break;
      case "--class": {
        const c = argv[++i];
        if (c === "all") o.classes = CLASSES;
        else if (c === "int" || c === "fp") o.classes = [c];
        else usage(`unknown class ${c} (int, fp or all)`);
        break;
      }
      case "--batch": o.batchSize = int(a, argv[++i], 1, MAX_CASES); break;
      case "--cpu": o.cpu = argv[++i] ?? usage("--cpu needs a model"); break;
      case "--max-report": o.maxReports = int(a, argv[++i], 0, 1e6); break;
      case "--keep": o.keep = true; break;
      case "--direct": o.direct = true; break;
      case "-h": case "--help": process.stdout.write(USAGE); process.exit(0);
      default: usage(`unknown argument ${a}`);
    }
  }
  return o;
}

const args = parseArgs(process.argv.slice(2));
let failed = false;
for (const cls of args.classes) {
  const options: FuzzOptions = { ...args, cls };
  if (args.classes.length > 1) args.log(`class ${cls}:`);
  const summary = await runFuzz(options);
  process.stdout.write(formatSummary(summary, options, args.maxReports) + "\n");
  failed ||= summary.mismatches.length > 0 || summary.batchFailures.length > 0;
}
process.exit(failed ? 1 : 0);

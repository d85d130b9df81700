// The QEMU command-line parser runs in the browser too (the playground's "paste a QEMU
// command" box): nothing it loads at run time may need Node's built-in modules.
import { describe, test, expect } from "vitest";
import { builtinModules } from "node:module";
import { importGraph } from "../support/import-graph";

const BROWSER_ENTRIES = ["src/cli/args.ts", "src/ui/qemu-command.ts"];

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith("node:") || builtinModules.includes(specifier.split("/")[0]);
}

describe("modules the browser loads", () => {
  test.each(BROWSER_ENTRIES)("%s loads no Node built-in module", (entry) => {
    const graph = importGraph(entry);
    expect(graph.files.length).toBeGreaterThan(1);
    const builtins = graph.external.filter((e) => isNodeBuiltin(e.specifier)).map((e) => `${e.from} imports ${e.specifier}`);
    expect(builtins).toEqual([]);
  });

  test("the check sees Node built-ins where they are (the CLI's entry point)", () => {
    const specifiers = importGraph("src/cli/main.ts").external.map((e) => e.specifier);
    expect(specifiers).toContain("node:fs");
    expect(specifiers).toContain("node:path");
  });
});

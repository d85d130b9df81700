// The run-time import graph of a TypeScript module: every module it loads when it runs,
// following relative imports through the source tree. Type-only imports are left out (the
// compiler erases them); packages are listed by name but not entered.
import { readFileSync, existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import ts from "typescript";

export interface ImportEdge {
  /** The importing source file. */
  from: string;
  /** The specifier as written. */
  specifier: string;
}

export interface ImportGraph {
  /** Source files reached, the entry first. */
  files: string[];
  /** Imports of anything outside the source tree (packages, Node built-ins). */
  external: ImportEdge[];
}

const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ""));
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve '${specifier}'`);
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

/** The specifiers `file` loads at run time: static imports and re-exports that are not
 *  type-only, import("...") and require("...") with a literal argument. */
function runtimeSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !isTypeOnlyImport(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !isTypeOnlyExport(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require")) {
        found.push(node.arguments[0].text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function importGraph(entry: string): ImportGraph {
  const files = [resolve(entry)];
  const external: ImportEdge[] = [];
  for (let i = 0; i < files.length; i++) {
    for (const specifier of runtimeSpecifiers(files[i])) {
      if (specifier.startsWith(".")) {
        const target = resolveRelative(files[i], specifier);
        if (!files.includes(target)) files.push(target);
      } else {
        external.push({ from: files[i], specifier });
      }
    }
  }
  return { files, external };
}

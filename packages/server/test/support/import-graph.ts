import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The runtime import graph of a TypeScript module, read statically: what a bundler would pull
 * into a browser build. Type-only imports are left out because they are erased on compile;
 * `import { type X } from` stays in, because verbatimModuleSyntax keeps it as `import {} from`.
 */
export function runtimeSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      !node.isTypeOnly &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      found.push((node.moduleReference.expression as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      const [argument] = node.arguments;
      // A computed specifier cannot be checked, so it counts as a violation of its own.
      found.push(argument && ts.isStringLiteralLike(argument) ? argument.text : '<dynamic>');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `./a.js` names `./a.ts` in the source (NodeNext specifiers); a directory means its index. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, path.join(base, 'index.ts')];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

export interface PurityRules {
  /** Packages the graph may import (bare specifiers, subpaths included). */
  packages: string[];
  /** Whether a module reached through relative imports may be part of the graph. */
  allowFile: (file: string) => boolean;
}

/**
 * Walks the graph from `entry`: the modules it reaches, and every way it breaks the rules, each
 * with the chain of files that leads there, so a failure says which import to cut.
 */
export function walkImports(entry: string, rules: PurityRules): { files: string[]; violations: string[] } {
  const violations: string[] = [];
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  const shown = (chain: string[]) => chain.map((file) => path.relative(path.dirname(entry), file)).join(' → ');
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const chain = chains.get(file) as string[];
    if (!rules.allowFile(file)) violations.push(`${shown(chain)}: not a schema module`);
    for (const specifier of runtimeSpecifiers(file)) {
      if (!specifier.startsWith('.')) {
        const allowed = rules.packages.some((name) => specifier === name || specifier.startsWith(`${name}/`));
        if (!allowed) violations.push(`${shown(chain)}: imports '${specifier}'`);
        continue;
      }
      const target = resolveRelative(file, specifier);
      if (!target) {
        violations.push(`${shown(chain)}: cannot resolve '${specifier}'`);
      } else if (!chains.has(target)) {
        chains.set(target, [...chain, target]);
        queue.push(target);
      }
    }
  }
  return { files: [...chains.keys()], violations };
}

import ts from 'typescript';
import type { Step } from './types.js';

/**
 * Reads snippets back with the TypeScript parser, for tests only (the console never imports
 * this): the syntax errors of a JS/TS snippet, and the literal values its code passes, so a
 * test can configure a real client with exactly what a guide tells users to write.
 */

type Code = NonNullable<Step['code']>;

const scriptKinds: Partial<Record<Code['language'], ts.ScriptKind>> = {
  javascript: ts.ScriptKind.JS,
  typescript: ts.ScriptKind.TS,
  tsx: ts.ScriptKind.TSX,
};

export const isScript = (code: Code) => code.language in scriptKinds;

/** The syntax errors of a JavaScript or TypeScript snippet, as readable lines. */
export function syntaxErrors(code: Code): string[] {
  const extension = code.language === 'tsx' ? 'tsx' : code.language === 'javascript' ? 'js' : 'ts';
  const result = ts.transpileModule(code.text, {
    fileName: `snippet.${extension}`,
    reportDiagnostics: true,
    compilerOptions: { jsx: ts.JsxEmit.Preserve, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return (result.diagnostics ?? []).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

function parse(text: string): ts.SourceFile {
  return ts.createSourceFile('snippet.tsx', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
}

function visit(node: ts.Node, found: (node: ts.Node) => void): void {
  found(node);
  node.forEachChild((child) => visit(child, found));
}

/** What names outside the literal mean: `process.env.X` reads `env`, `UserScope.Email` reads `names`. */
export interface LiteralScope {
  env?: Record<string, string | undefined>;
  names?: Record<string, unknown>;
}

/** The value of a literal expression; anything else (a call, a variable) is refused by name. */
export function evaluate(node: ts.Expression, scope: LiteralScope = {}): unknown {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node))
    return evaluate(node.expression, scope);
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => evaluate(element, scope));
  if (ts.isObjectLiteralExpression(node)) {
    const object: Record<string, unknown> = {};
    for (const property of node.properties) {
      if (ts.isPropertyAssignment(property) && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)))
        object[property.name.text] = evaluate(property.initializer, scope);
      else throw new Error(`not a literal property: ${property.getText()}`);
    }
    return object;
  }
  if (ts.isIdentifier(node) && scope.names && node.text in scope.names) return scope.names[node.text];
  if (ts.isPropertyAccessExpression(node)) {
    const path = node.getText();
    const env = /^process\.env\.(\w+)$/.exec(path);
    if (env?.[1]) return scope.env?.[env[1]];
    const [head = '', ...rest] = path.split('.');
    if (head in (scope.names ?? {}))
      return rest.reduce<any>((value, key) => value?.[key], (scope.names as Record<string, unknown>)[head]);
  }
  throw new Error(`not a literal: ${node.getText()}`);
}

/** The literal a `const name = …` declaration holds. */
export function constantOf(text: string, name: string, scope?: LiteralScope): unknown {
  let found: ts.Expression | undefined;
  visit(parse(text), (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer)
      found ??= node.initializer;
  });
  if (!found) throw new Error(`no constant ${name} in the snippet`);
  return evaluate(found, scope);
}

/** The literal arguments of every call (or `new`) of `callee`, e.g. `signIn` or `logtoClient.signIn`. */
export function callsOf(text: string, callee: string, scope?: LiteralScope): unknown[][] {
  const calls: unknown[][] = [];
  visit(parse(text), (node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.expression.getText() === callee)
      calls.push((node.arguments ?? []).map((argument) => evaluate(argument, scope)));
  });
  return calls;
}

/** Every `name=value` line of a dotenv file. */
export function dotenvOf(text: string): Record<string, string> {
  const entries = text
    .split('\n')
    .map((line) => /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line.trim()))
    .filter((match) => match !== null)
    .map(([, name = '', value = '']) => [name, value.startsWith('"') ? JSON.parse(value) : value]);
  return Object.fromEntries(entries);
}

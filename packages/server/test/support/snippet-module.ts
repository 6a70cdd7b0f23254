import ts from 'typescript';

/**
 * Runs a guide's JavaScript or TypeScript snippet as a module, with its imports answered by
 * `modules` (the real client libraries, or the few lines a framework adds around them) and
 * `process.env` by `env`. Tests then drive what the snippet exports, unchanged.
 */
export function runSnippetModule(
  text: string,
  { modules = {}, env = {} }: { modules?: Record<string, unknown>; env?: Record<string, string> },
): Record<string, any> {
  const { outputText } = ts.transpileModule(text, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: false },
  });
  const require = (name: string) => {
    if (!(name in modules)) throw new Error(`the snippet imports ${name}, which the test does not provide`);
    return modules[name];
  };
  const exports: Record<string, any> = {};
  const run = new Function('exports', 'require', 'process', outputText);
  run(exports, require, { env });
  return exports;
}

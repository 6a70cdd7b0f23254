import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
export const bin = path.join(root, 'packages/server/bin/tessera.js');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Builds the server once when its output is missing (the CLI runs the built files). */
export function ensureBuiltCli(): void {
  if (!fs.existsSync(path.join(root, 'packages/server/dist/cli/index.js')))
    execFileSync('npx', ['tsc', '-b', 'packages/server'], { cwd: root, stdio: 'inherit' });
}

/** Starts the built `tessera` command as a child process with the given database. */
export function startCli(env: Record<string, string>, args: string[], input?: string) {
  return startScript(bin, env, args, input);
}

/** Starts a built entry point (the CLI, or the server's main.js) as a child process. */
export function startScript(script: string, env: Record<string, string>, args: string[] = [], input?: string) {
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, cwd: root });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  child.stdin.end(input ?? '');
  return { child, done };
}

/** Runs the built `tessera` command to its end. */
export const cli = (env: Record<string, string>, args: string[], input?: string): Promise<CliResult> =>
  startCli(env, args, input).done;

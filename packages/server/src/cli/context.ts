import type { z } from 'zod';
import type { Services } from '../app.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { RequestError } from '../http/request-error.js';

export interface OutputOptions {
  json?: boolean;
}

/**
 * The server's modules load only when a command runs, so `--help` and usage errors answer
 * at once. oidc-provider warns on import when Node is not an LTS release of 22 or later, which
 * includes Node 26 until it enters LTS (the supported range is package.json `engines`), so that
 * one line is dropped from command output.
 */
async function loadServer() {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('oidc-provider WARNING: Unsupported runtime')) warn(...args);
  };
  try {
    const [{ createServices }, { pino }] = await Promise.all([import('../app.js'), import('pino')]);
    return { createServices, pino };
  } finally {
    console.warn = warn;
  }
}

/**
 * Opens the configuration and database the server uses (same env vars, same master key
 * file), runs one command, and always closes the database again.
 */
export async function withServices<T>(run: (services: Services) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { createServices, pino } = await loadServer();
  const services = await createServices(config, pino({ level: 'silent' }));
  try {
    return await run(services);
  } finally {
    await services.invalidation.close();
    await services.storage.close();
  }
}

/** `--json` prints the value for machines; otherwise the human lines. */
export function print(options: OutputOptions, value: unknown, human: () => string[]): void {
  process.stdout.write(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${human().join('\n')}\n`);
}

/** Aligned `label: value` lines, indented under a heading. */
export function fields(rows: Array<[string, string | undefined]>): string[] {
  const shown = rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
  const width = Math.max(...shown.map(([label]) => label.length)) + 1;
  return shown.map(([label, value]) => `  ${`${label}:`.padEnd(width)} ${value}`);
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);
}

/**
 * Validates with the same schema as the Management API. Issues name the command-line
 * option (`flags` maps a schema path prefix to it) and the offending value.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, flags: Record<string, string>): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const prefixes = Object.keys(flags).sort((a, b) => b.length - a.length);
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.join('.');
    const prefix = prefixes.find((key) => path === key || path.startsWith(`${key}.`));
    const value = valueAt(input, issue.path);
    const name = prefix ? (flags[prefix] as string) : path || 'input';
    return `${name}${typeof value === 'string' ? ` "${value}"` : ''}: ${issue.message}`;
  });
  throw new RequestError('guard.invalid_input', 400, { message: problems.join('; ') });
}

/** One line for any failure: `code: message` for service errors, never a stack trace. */
export function reportError(error: unknown, json: boolean): number {
  const message = error instanceof Error ? error.message : String(error);
  let code = 'unexpected_error';
  if (error instanceof RequestError) code = error.code;
  else if (error instanceof ConfigError) code = 'config.invalid';
  else if (typeof (error as { code?: unknown })?.code === 'string') code = (error as { code: string }).code;
  const line = error instanceof RequestError ? `${code}: ${message}` : message;
  process.stderr.write(json ? `${JSON.stringify({ error: { code, message } })}\n` : `error: ${line}\n`);
  return error instanceof ConfigError ? 2 : 1;
}

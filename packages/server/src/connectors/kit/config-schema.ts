import { z } from 'zod';
import { ConnectorError } from './connector-error.js';

/**
 * Config schemas are plain zod objects; a field marked with `secret()` is encrypted at rest
 * (with the whole config), masked in every answer and listed as a secret key in the factory's
 * JSON schema. The same schema validates, types and documents the config.
 */
export const secret = <T extends z.ZodType>(schema: T, description: string): T =>
  schema.meta({ secret: true, description }) as T;

type JsonSchema = { properties?: Record<string, JsonSchema>; secret?: boolean; [key: string]: unknown };

/** The JSON schema clients see (what to send, so the input side). */
export function configJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return rest;
}

/** Dotted paths of every field marked secret (nested objects included, e.g. `auth.pass`). */
export function secretPaths(schema: z.ZodType): string[] {
  const paths: string[] = [];
  const walk = (node: JsonSchema, prefix: string) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (child.secret === true) paths.push(path);
      else walk(child, path);
    }
  };
  walk(configJsonSchema(schema) as JsonSchema, '');
  return paths;
}

/** "templates.0.content: must contain …" — the field first, so every bad field is named. */
export const describeConfigIssues = (issues: readonly z.core.$ZodIssue[]): string =>
  issues
    .map((issue) => {
      const path = issue.path.join('.');
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      return `${path || '(config)'}: ${issue.message}${keys}`;
    })
    .join('; ');

/** Validates a config with its factory's schema; a failure is `invalid_config` listing every bad field. */
export function parseConfig<S extends z.ZodType>(schema: S, config: unknown, provider: string): z.output<S> {
  const result = schema.safeParse(config);
  if (result.success) return result.data;
  throw new ConnectorError('invalid_config', {
    message: `The ${provider} configuration is invalid: ${describeConfigIssues(result.error.issues)}`,
    provider,
    issues: result.error.issues,
  });
}

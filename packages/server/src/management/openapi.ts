import { z } from 'zod';
import type { RouteSpec } from '../http/guard.js';
import { acceptedScopes, isTokenless } from '../http/route-auth.js';
import { adminRealmOnlyLevels, isManagementLevel, managementScopes } from './scopes.js';

/**
 * OpenAPI 3.1 from the route declarations themselves: the same zod schemas that validate a
 * request and its response describe it here, so the document cannot drift from the code.
 */
type JsonSchema = Record<string, unknown>;

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // Transforms (e.g. '' → null) have no JSON Schema form; their input side is what clients send.
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const errorSchema: JsonSchema = {
  type: 'object',
  properties: {
    code: { type: 'string', description: 'Stable dotted error code, e.g. entity.not_found' },
    message: { type: 'string' },
    data: {},
    details: { type: 'string' },
  },
  required: ['code', 'message'],
};

const statusText: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No content',
  400: 'Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …)',
  401: 'Missing or invalid bearer token',
  403: 'The token lacks the permission the operation lists (auth.forbidden)',
  404: 'Not found (entity.not_found)',
  422: 'The request breaks a rule (name in use, wrong role type, …)',
  503: 'Service unavailable (the database is unreachable)',
};

function parameters(spec: RouteSpec): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const json = toJsonSchema(schema, 'input');
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries((json.properties ?? {}) as Record<string, JsonSchema>)) {
      list.push({ name, in: where, required: where === 'path' || required.has(name), schema: property });
    }
  }
  return list;
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `get /api/users/:userId/roles` → `getUsersByUserIdRoles`. */
const operationId = (spec: RouteSpec) =>
  spec.method +
  spec.path
    .replace(/^\/api/, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? `By${capitalized(part.slice(1))}` : capitalized(part)))
    .join('');

/**
 * Security comes from the route's own `auth`, the same declaration its guard is built from. One
 * requirement per accepted permission: OpenAPI alternatives are ORed, the scopes of one are ANDed.
 */
function security(spec: RouteSpec): JsonSchema[] {
  if (isTokenless(spec.auth)) return [];
  const scopes = acceptedScopes(spec.auth);
  if (scopes.length === 0) return [{ bearerAuth: [] }];
  // Levels about the console itself take an administrator's token, from the admin realm's issuer.
  const scheme = isManagementLevel(spec.auth) && adminRealmOnlyLevels.has(spec.auth) ? 'consoleAdmin' : 'managementApi';
  return scopes.map((scope) => ({ [scheme]: [scope] }));
}

function operation(spec: RouteSpec): JsonSchema {
  const isPublic = isTokenless(spec.auth);
  const responses: Record<string, JsonSchema> = {
    [spec.status]: spec.response
      ? {
          description: statusText[spec.status] ?? 'OK',
          content: { 'application/json': { schema: toJsonSchema(spec.response, 'output') } },
        }
      : { description: statusText[spec.status] ?? 'OK' },
  };
  const errors = new Set([...(spec.errors ?? []), ...(isPublic ? [] : [401, 403])]);
  for (const status of [...errors].sort((a, b) => a - b)) {
    responses[status] = {
      description: statusText[status] ?? 'Error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return {
    operationId: operationId(spec),
    summary: spec.summary,
    tags: spec.tags,
    parameters: parameters(spec),
    ...(spec.body && {
      requestBody: { required: true, content: { 'application/json': { schema: toJsonSchema(spec.body, 'input') } } },
    }),
    responses,
    security: security(spec),
  };
}

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

export function buildOpenApiDocument(options: {
  title: string;
  description: string;
  serverUrl: string;
  /** Where a client gets a Management API token (client credentials). */
  tokenUrl: string;
  /** The admin realm's issuer, where the console's administrators get theirs (authorization code + PKCE). */
  adminIssuer: string;
  routes: RouteSpec[];
}): JsonSchema {
  const scopes = Object.fromEntries(Object.values(managementScopes).map((s) => [s.name, s.description]));
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const spec of options.routes) {
    const path = toOpenApiPath(spec.path);
    paths[path] = { ...paths[path], [spec.method]: operation(spec) };
  }
  return {
    openapi: '3.1.0',
    info: { title: options.title, description: options.description, version: '1.0.0' },
    servers: [{ url: options.serverUrl }],
    paths,
    components: {
      securitySchemes: {
        managementApi: {
          type: 'oauth2',
          description: 'An access token for the Management API resource (`resource` = its indicator).',
          flows: {
            clientCredentials: { tokenUrl: options.tokenUrl, scopes },
          },
        },
        consoleAdmin: {
          type: 'oauth2',
          description:
            "An administrator's access token for the Management API resource, from the admin realm (the console's sign-in); its scopes are cut to the administrator's current role.",
          flows: {
            authorizationCode: {
              authorizationUrl: `${options.adminIssuer}/auth`,
              tokenUrl: `${options.adminIssuer}/token`,
              scopes,
            },
          },
        },
        bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
      schemas: { Error: errorSchema },
    },
  };
}

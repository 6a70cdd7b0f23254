import { z } from 'zod';
import { jsonObject, text } from '../management/fields.js';
import { connectorPlatforms, connectorTypes } from './kit/kinds.js';

const phrases = z.record(z.string(), z.string());

/** What can be set up: one per installed connector, with the schema its config must match. */
export const connectorFactorySchema = z.object({
  id: z.string(),
  type: z.enum(connectorTypes),
  target: z.string(),
  platform: z.enum(connectorPlatforms).nullable(),
  name: phrases,
  description: phrases,
  logo: z.string(),
  logoDark: z.string().nullable(),
  readme: z.string().describe('Markdown: what to set up on the provider’s side, every field, an example'),
  isStandard: z.boolean(),
  isDemo: z.boolean(),
  isTokenStorageSupported: z
    .boolean()
    .describe('Whether the connector can keep the provider’s token set of each sign-in (`enableTokenStorage`)'),
  configTemplate: z.string().optional().describe('An example config, as JSON text'),
  configSchema: jsonObject.describe('JSON Schema of the config; secret fields carry `"secret": true`'),
  secretKeys: z.array(z.string()).describe('Dotted paths of the secret fields, masked in answers'),
  formItems: z
    .array(jsonObject)
    .optional()
    .describe('Logto’s config form items, for connectors installed as Logto packages'),
  packageName: z.string().optional().describe('The npm package (name@version) a connector was installed from'),
});
export type ConnectorFactoryResponse = z.output<typeof connectorFactorySchema>;

export const metadataOverridesSchema = z
  .object({
    target: text(128).min(1).optional(),
    name: phrases.optional(),
    logo: text(2048).optional(),
    logoDark: text(2048).nullable().optional(),
  })
  .strict()
  .describe('Overrides of the factory metadata (standard connectors only)');
export type MetadataOverrides = z.output<typeof metadataOverridesSchema>;

export const connectorSchema = connectorFactorySchema.omit({ id: true }).extend({
  id: z.string(),
  connectorId: z.string().describe('The factory id'),
  config: jsonObject.describe('The config, secret fields masked as ********'),
  metadata: metadataOverridesSchema,
  syncProfile: z.boolean(),
  enableTokenStorage: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type ConnectorResponse = z.output<typeof connectorSchema>;

export const createConnectorSchema = z
  .object({
    connectorId: text(128).min(1).describe('The factory id, from GET /api/connector-factories'),
    config: jsonObject.default({}),
    metadata: metadataOverridesSchema.optional(),
    syncProfile: z.boolean().optional(),
    enableTokenStorage: z
      .boolean()
      .optional()
      .describe(
        'Keep the provider’s access and refresh tokens of each sign-in, sealed (connectors with isTokenStorageSupported)',
      ),
    id: text(21)
      .min(1)
      .regex(/^[\w-]+$/, 'must hold only letters, digits, _ and -')
      .optional()
      .describe('The id of the new connector; a random one when absent'),
  })
  .strict();
export type CreateConnector = z.output<typeof createConnectorSchema>;

export const updateConnectorSchema = z
  .object({
    config: jsonObject.describe('The whole config; ******** in a secret field keeps the stored value'),
    metadata: metadataOverridesSchema,
    syncProfile: z.boolean(),
    enableTokenStorage: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateConnector = z.output<typeof updateConnectorSchema>;

export const testConnectorSchema = z
  .object({
    phone: z.string().regex(/^\d+$/, 'must be digits only, country code first, without +').max(20).optional(),
    email: z.email().max(320).optional(),
    config: jsonObject.describe('The draft config to test; ******** keeps the stored secret of this factory'),
    locale: text(32).optional(),
  })
  .strict()
  .refine((body) => (body.phone === undefined) !== (body.email === undefined), {
    message: 'give either phone or email',
    path: ['phone'],
  });
export type TestConnector = z.output<typeof testConnectorSchema>;

export const authorizationUriSchema = z
  .object({
    state: z.string().min(1).max(512).describe('A random value the caller checks when the provider redirects back'),
    redirectUri: z.url({ protocol: /^https?$/ }).max(2048),
  })
  .strict();
export type AuthorizationUriRequest = z.output<typeof authorizationUriSchema>;
export const authorizationUriResponse = z.object({ redirectTo: z.string() });

export const listConnectorsQuery = z.object({ target: z.string().max(128).optional() });

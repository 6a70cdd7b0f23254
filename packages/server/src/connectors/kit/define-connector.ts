import { z } from 'zod';
import type { EmailConnector, SmsConnector, SocialConnector } from './types.js';

/**
 * Declares a connector. Checks what a typo would break silently (a factory id that is not
 * kebab-case, a platform on an SMS connector, a config schema that is not an object) when the
 * module loads, and keeps the config type inferred from the schema in the calls.
 */
export function defineConnector<S extends z.ZodType>(connector: SmsConnector<S>): SmsConnector<S>;
export function defineConnector<S extends z.ZodType>(connector: EmailConnector<S>): EmailConnector<S>;
export function defineConnector<S extends z.ZodType>(connector: SocialConnector<S>): SocialConnector<S>;
export function defineConnector(connector: SmsConnector | EmailConnector | SocialConnector) {
  const { metadata, type, configSchema } = connector;
  const problems: string[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(metadata.id)) problems.push('metadata.id must be kebab-case');
  if (!metadata.target) problems.push('metadata.target is required');
  if (!metadata.name?.en) problems.push('metadata.name.en is required');
  if (type === 'Social' && metadata.platform === null) problems.push('a social connector needs a platform');
  if (type !== 'Social' && metadata.platform !== null) problems.push('Email and SMS connectors have platform null');
  if (!(configSchema instanceof z.ZodObject)) problems.push('configSchema must be a zod object');
  if (problems.length > 0) throw new Error(`Connector ${metadata.id}: ${problems.join('; ')}`);
  return connector;
}

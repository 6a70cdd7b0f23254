import { z } from 'zod';
import { text } from '../management/fields.js';

/** A bare email domain such as `example.com` (what follows the `@`), stored lowercased. */
export const emailDomain = text(256).regex(
  /^(?=.{1,253}$)([a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z\d-]{2,63}$/i,
  'must be an email domain such as example.com',
);

export const emailDomainSchema = z.object({ organizationId: z.string(), emailDomain: z.string() });
export const emailDomainBody = z.object({ emailDomain }).strict();
export const emailDomainsReplaceBody = z.object({ emailDomains: z.array(emailDomain).max(100) }).strict();

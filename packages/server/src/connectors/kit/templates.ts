import { z } from 'zod';
import { ConnectorError } from './connector-error.js';
import { type PasswordlessMessage, type TemplateType, templateTypes } from './types.js';

/**
 * Message templates of passwordless connectors. A config holds a list of templates keyed by
 * `usageType`; a message uses the template of its usage type, else the `Generic` one.
 */
export const usageTypeField = z
  .enum(templateTypes)
  .describe('When this template is used: SignIn, Register, ForgotPassword, Generic (any other), …');

/** Without a Generic template, these usages must each have one: the sign-in flows send them. */
export const requiredUsageTypes = ['SignIn', 'Register', 'ForgotPassword'] as const satisfies TemplateType[];

/** What a template of a usage type must carry: invitations send a link, every other usage a code. */
const placeholderFor = (usageType: unknown) => (usageType === 'OrganizationInvitation' ? '{{link}}' : '{{code}}');

/**
 * A template list schema. `codeFields` are the item fields that must carry `{{code}}` (`{{link}}`
 * for invitations; none for providers whose templates live on their side, like Aliyun). The
 * checks read the raw items so they report alongside type errors in other fields.
 */
export function templateList<T extends z.ZodType>(item: T, codeFields: string[]) {
  return z
    .array(item)
    .min(1)
    .superRefine(
      (templates, ctx) => {
        const items = templates as unknown[] as Array<Record<string, unknown> | null>;
        const seen = new Set<unknown>();
        items.forEach((template, index) => {
          const usageType = template?.usageType;
          const placeholder = placeholderFor(usageType);
          for (const field of codeFields) {
            const value = template?.[field];
            if (typeof value === 'string' && !value.includes(placeholder))
              ctx.addIssue({
                code: 'custom',
                path: [index, field],
                message: `the ${String(usageType)} template's ${field} must contain the ${placeholder} placeholder`,
              });
          }
          if (seen.has(usageType))
            ctx.addIssue({
              code: 'custom',
              path: [index, 'usageType'],
              message: `there is more than one ${String(usageType)} template`,
            });
          seen.add(usageType);
        });
        if (seen.has('Generic')) return;
        const missing = requiredUsageTypes.filter((type) => !seen.has(type));
        if (missing.length > 0)
          ctx.addIssue({
            code: 'custom',
            message: `a Generic template is required, or one for each of ${requiredUsageTypes.join(', ')} (missing: ${missing.join(', ')})`,
          });
      },
      { when: (payload) => Array.isArray(payload.value) },
    );
}

/** The template for a usage type, falling back to Generic (and, for a Generic test message, SignIn). */
export function findTemplate<T extends { usageType: TemplateType }>(
  templates: readonly T[],
  type: TemplateType,
  provider: string,
): T {
  const found =
    templates.find((template) => template.usageType === type) ??
    templates.find((template) => template.usageType === 'Generic') ??
    (type === 'Generic' ? templates.find((template) => template.usageType === 'SignIn') : undefined);
  if (found) return found;
  throw new ConnectorError('template_not_found', {
    message: `The ${provider} connector has no template for usage type ${type} and no Generic template to fall back on.`,
    provider,
    usageType: type,
  });
}

/** What a message is sent with: its custom email template when it has one, else the connector's own. */
export function messageTemplate<T extends { usageType: TemplateType; subject: string; content: string }>(
  message: PasswordlessMessage,
  templates: readonly T[],
  provider: string,
  isHtml: (template: T) => boolean,
): { subject: string; content: string; html: boolean; replyTo?: string; sendFrom?: string } {
  const custom = message.template;
  if (custom)
    return {
      subject: custom.subject,
      content: custom.content,
      // Logto's email templates are edited as HTML; plain text is asked for explicitly.
      html: custom.contentType !== 'text/plain',
      replyTo: custom.replyTo,
      sendFrom: custom.sendFrom,
    };
  const own = findTemplate(templates, message.type, provider);
  return { subject: own.subject, content: own.content, html: isHtml(own) };
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Replaces `{{code}}`, `{{link}}`… with the payload's values; unknown placeholders stay as written. */
export function renderTemplate(
  text: string,
  payload: PasswordlessMessage['payload'],
  options: { html?: boolean } = {},
): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const value = payload[key];
    if (value === undefined) return whole;
    return options.html ? escapeHtml(value) : value;
  });
}

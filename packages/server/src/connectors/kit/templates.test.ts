import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConnectorError } from './connector-error.js';
import { findTemplate, renderTemplate, templateList, usageTypeField } from './templates.js';

describe('connector templates', () => {
  const templates = [
    { usageType: 'SignIn' as const, content: 'in {{code}}' },
    { usageType: 'Generic' as const, content: 'any {{code}}' },
  ];

  it('picks the usage type, else Generic', () => {
    expect(findTemplate(templates, 'SignIn', 'X').content).toBe('in {{code}}');
    expect(findTemplate(templates, 'MfaVerification', 'X').content).toBe('any {{code}}');
  });

  it('sends a Generic message with the SignIn template when there is no Generic one', () => {
    const [signIn] = templates;
    expect(findTemplate([signIn!], 'Generic', 'X')).toBe(signIn);
  });

  it('fails with template_not_found naming the usage type', () => {
    const attempt = () => findTemplate([{ usageType: 'Register' as const }], 'BindMfa', 'Twilio');
    expect(attempt).toThrow(ConnectorError);
    expect(attempt).toThrow(/Twilio connector has no template for usage type BindMfa/);
  });

  it('replaces known placeholders, keeps unknown ones, and escapes values in HTML', () => {
    expect(renderTemplate('{{code}} / {{ link }} / {{other}}', { code: '1', link: 'https://x' })).toBe(
      '1 / https://x / {{other}}',
    );
    expect(renderTemplate('<a href="{{link}}">', { code: '1', link: '"><script>' }, { html: true })).toBe(
      '<a href="&#34;&#62;&#60;script&#62;">',
    );
  });

  it('requires {{code}} in code templates and {{link}} in invitation templates, naming the template', () => {
    const schema = templateList(z.object({ usageType: usageTypeField, content: z.string() }), ['content']);
    const invitation = { usageType: 'OrganizationInvitation', content: 'Join us: {{link}}' };
    expect(schema.safeParse([{ usageType: 'Generic', content: 'Code {{code}}' }, invitation]).success).toBe(true);
    const noCode = schema.safeParse([{ usageType: 'Generic', content: 'no placeholder' }]);
    expect(noCode.error?.issues[0]?.message).toBe(
      "the Generic template's content must contain the {{code}} placeholder",
    );
    const noLink = schema.safeParse([
      { usageType: 'Generic', content: '{{code}}' },
      { usageType: 'OrganizationInvitation', content: 'Your code {{code}}' },
    ]);
    expect(noLink.error?.issues[0]?.message).toBe(
      "the OrganizationInvitation template's content must contain the {{link}} placeholder",
    );
  });
});

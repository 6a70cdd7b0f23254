import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';
import { zhCN } from '../i18n/zh-CN';
import { filterOf, noFilters, rangeIsBackwards, searchOf, viewOf } from './log-filter-query';
import { describeLogKey, filterableLogKeys } from './log-keys';

/** The console's `t` over one catalog. */
const translator =
  (catalog: Record<MessageKey, string>): Translate =>
  (key, values) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values?.[name] ?? whole));

const t = translator(en);

describe('log keys in words', () => {
  it("says Logto's keys as people would", () => {
    expect(describeLogKey('Interaction.SignIn.Verification.Password.Submit', t)).toBe('Sign-in: password checked');
    expect(describeLogKey('Interaction.Register.Verification.EmailVerificationCode.Create', t)).toBe(
      'Registration: email code requested',
    );
    expect(describeLogKey('Interaction.ForgotPassword.Submit', t)).toBe('Password reset: completed');
    expect(describeLogKey('Interaction.SignIn.BindMfa.Totp.Submit', t)).toBe('Sign-in: authenticator app set up');
    expect(describeLogKey('ExchangeTokenBy.AuthorizationCode', t)).toBe('Token issued (authorization code)');
    expect(describeLogKey('ManagementApi.POST', t)).toBe('Management API change (POST)');
    expect(describeLogKey('TriggerHook.PostSignIn', t)).toBe('Webhook sent for PostSignIn');
  });

  it('names every key the filter offers, in English and Chinese, each differently', () => {
    for (const catalog of [en, zhCN]) {
      const said = filterableLogKeys.map((key) => describeLogKey(key, translator(catalog)));
      for (const [index, words] of said.entries()) expect(words, filterableLogKeys[index]).not.toContain('.');
      expect(new Set(said).size).toBe(said.length);
    }
  });

  it('shows a key it does not know as it is, with unknown parts kept', () => {
    expect(describeLogKey('Something.New', t)).toBe('Something.New');
    expect(describeLogKey('Interaction.SignIn.Unknown.Step.Here', t)).toBe('Interaction.SignIn.Unknown.Step.Here');
    expect(describeLogKey('Interaction.Quiz.Verification.Riddle.Submit', t)).toBe('Quiz: Riddle checked');
  });
});

describe('the log filters as an API query', () => {
  it('sends nothing for no filters, and whole days for a range (the API bounds are exclusive)', () => {
    expect(Object.values(filterOf(noFilters)).every((value) => value === undefined)).toBe(true);
    const query = filterOf({ ...noFilters, logKey: 'RevokeToken', from: '2026-03-07', to: '2026-03-08' });
    expect(query.logKey).toBe('RevokeToken');
    expect(query.start_time).toBe(new Date(2026, 2, 7).getTime() - 1);
    expect(query.end_time).toBe(new Date(2026, 2, 9).getTime());
  });

  it('refuses an end before the start, and then sends no end', () => {
    const backwards = { ...noFilters, from: '2026-03-08', to: '2026-03-07' };
    expect(rangeIsBackwards(backwards)).toBe(true);
    expect(filterOf(backwards).end_time).toBeUndefined();
    expect(rangeIsBackwards({ ...noFilters, from: '2026-03-08', to: '2026-03-08' })).toBe(false);
  });

  it('keeps the view in the address and reads it back, leaving out what is malformed', () => {
    const draft = {
      logKey: 'Interaction.SignIn.Submit',
      applicationId: 'app1',
      user: { id: 'u1', label: 'Ada Lovelace' },
      from: '2026-03-07',
      to: '2026-03-08',
    };
    expect(viewOf(searchOf(draft, 3))).toEqual({ draft, page: 3 });
    expect(searchOf(noFilters, 1)).toBe('');
    expect(viewOf('?from=yesterday&page=-2&user=u2')).toEqual({
      draft: { ...noFilters, user: { id: 'u2', label: 'u2' } },
      page: 1,
    });
  });
});

import { describe, expect, it, vi } from 'vitest';
import { appAccessConsentCheck, appAccessGrantStep } from './app-access.js';
import type { GrantContext } from './grant-steps.js';

/** The access control checks cost nothing for an app without it: no lookup of rules or tokens. */
describe('app-level access control checks', () => {
  const contextOf = (appLevelAccessControlEnabled: boolean) => {
    const find = vi.fn(async () => ({ clientId: 'app', accountId: 'user' }));
    const ctx = {
      oidc: {
        client: { clientId: 'app', appLevelAccessControlEnabled },
        session: { accountId: 'user' },
        params: { refresh_token: 'token', code: 'code' },
        provider: { RefreshToken: { find }, AuthorizationCode: { find } },
      },
    };
    return { ctx, find };
  };

  it('never asks for an app without access control', async () => {
    const allows = vi.fn(async () => false);
    const { ctx, find } = contextOf(false);
    expect(await appAccessConsentCheck(allows).check(ctx as never)).toBe(false);
    await appAccessGrantStep(allows, 'RefreshToken')(ctx as unknown as GrantContext);
    await appAccessGrantStep(allows, 'AuthorizationCode')(ctx as unknown as GrantContext);
    expect(allows).not.toHaveBeenCalled();
    expect(find).not.toHaveBeenCalled();
  });

  it('refuses with access_denied when the rules do not allow the user, and passes when they do', async () => {
    const { ctx } = contextOf(true);
    const denied = vi.fn(async () => false);
    await expect(appAccessConsentCheck(denied).check(ctx as never)).rejects.toMatchObject({ error: 'access_denied' });
    await expect(appAccessGrantStep(denied, 'RefreshToken')(ctx as unknown as GrantContext)).rejects.toMatchObject({
      error: 'access_denied',
      statusCode: 400,
    });
    expect(denied).toHaveBeenCalledWith('app', 'user');
    const allowed = vi.fn(async () => true);
    expect(await appAccessConsentCheck(allowed).check(ctx as never)).toBe(false);
    await appAccessGrantStep(allowed, 'AuthorizationCode')(ctx as unknown as GrantContext);
  });
});

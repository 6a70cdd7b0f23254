import { describe, expect, it } from 'vitest';
import { scopeClaims } from '../oidc/claims.js';
import { samlUserClaims } from './saml-applications.schemas.js';
import { scopesFor } from './saml-sign-in.service.js';

describe('SAML attribute mapping claims', () => {
  it('are exactly the claims the OIDC scopes release, so every mapped claim can be asked for', () => {
    expect(new Set(samlUserClaims)).toEqual(new Set(Object.values(scopeClaims).flat()));
  });

  it('ask only for the scopes the mapping and NameID format need', () => {
    const app = { attributeMapping: {}, nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent' };
    expect(scopesFor(app as never).sort()).toEqual(['email', 'openid', 'profile']);
    const mapped = { ...app, attributeMapping: { roles: 'groups', phone_number: 'phone' } };
    expect(scopesFor(mapped as never).sort()).toEqual(['openid', 'phone', 'profile', 'roles']);
    const byEmail = {
      attributeMapping: { sub: 'uid' },
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    };
    expect(scopesFor(byEmail as never).sort()).toEqual(['email', 'openid', 'profile']);
  });
});

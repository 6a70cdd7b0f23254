import { describe, expect, it } from 'vitest';
import { allows, levelOf } from './permission-check';

/** The console's roles hold these scopes (admin realm seed); the map comes from the OpenAPI document. */
const viewer = ['read'];
const admin = ['all'];
const owner = ['all', 'admins:manage'];

describe('permission checks', () => {
  it('let a Viewer read lists but not write or see secrets', () => {
    expect(allows(viewer, levelOf('GET', '/api/applications'))).toBe(true);
    expect(allows(viewer, levelOf('POST', '/api/applications'))).toBe(false);
    expect(allows(viewer, levelOf('DELETE', '/api/applications/{id}'))).toBe(false);
    expect(allows(viewer, levelOf('GET', '/api/applications/{id}/secrets'))).toBe(false);
  });

  it('let an Admin and an Owner write', () => {
    for (const scopes of [admin, owner]) {
      expect(allows(scopes, levelOf('GET', '/api/applications'))).toBe(true);
      expect(allows(scopes, levelOf('PATCH', '/api/sign-in-exp'))).toBe(true);
      expect(allows(scopes, levelOf('GET', '/api/applications/{id}/secrets'))).toBe(true);
    }
  });

  it('keep managing administrators to Owners, and let every role read its own account', () => {
    expect(allows(owner, levelOf('POST', '/api/admins'))).toBe(true);
    expect(allows(admin, levelOf('POST', '/api/admins'))).toBe(false);
    expect(allows(admin, levelOf('PATCH', '/api/admins/{id}'))).toBe(false);
    expect(allows(viewer, levelOf('DELETE', '/api/admins/{id}'))).toBe(false);
    for (const scopes of [viewer, admin, owner]) expect(allows(scopes, levelOf('GET', '/api/admins/me'))).toBe(true);
  });
});

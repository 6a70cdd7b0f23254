import { describe, expect, it } from 'vitest';
import { nonCanonical, surfaceOf } from './canonical-path.js';

describe('canonical paths', () => {
  it('accepts the one spelling routes use, values with needed escapes, and the pages', () => {
    for (const path of [
      '/',
      '/api',
      '/api/applications/abc/secrets/Default%20secret',
      '/api/users/%E2%9C%93',
      '/oidc/token',
      '/oidc/.well-known/openid-configuration',
      '/oidc/auth/Ab_Cd-12',
      '/sign-in',
      '/sign-in/',
      '/callback/github',
      '/admin/api/experience',
      '/admin/oidc/auth/Ab_Cd-12',
      '/admin/sign-in',
    ]) {
      expect(nonCanonical(path), path).toBeUndefined();
    }
  });

  it('names what is wrong with every other spelling', () => {
    const cases: Record<string, string> = {
      '/API/applications': 'lower case',
      '/api//applications': 'empty segment',
      '//api/applications': 'empty segment',
      '/api/./applications': 'dot segment',
      '/api/x/../applications': 'dot segment',
      '/api/%2e%2e/applications': 'must not be percent-encoded',
      '/api/applications%2Fsecrets': 'must not be percent-encoded',
      '/api/%61pplications': 'must not be percent-encoded',
      '/api/applications/': 'ends with',
      '/api\\applications': 'backslash',
      '/api/%zz': 'malformed',
      '/oidc/Token': 'lower case',
      '/oidc/token/': 'ends with',
      '/OIDC/token': 'lower case',
      '/Admin/oidc/token': 'lower case',
      '/admin/OIDC/token': 'lower case',
      '/admin/oidc/Token': 'lower case',
      '/admin/api/experience/': 'ends with',
      '/admin//api/experience': 'empty segment',
    };
    for (const [path, reason] of Object.entries(cases)) expect(nonCanonical(path), path).toContain(reason);
  });

  it('finds the API a refused spelling was aimed at', () => {
    expect(surfaceOf('/API/x')).toBe('api');
    expect(surfaceOf('//api/x')).toBe('api');
    expect(surfaceOf('/%61pi/x')).toBe('api');
    expect(surfaceOf('/./Oidc/token')).toBe('oidc');
    // Dot segments resolve as a client would resolve them, so the refusal is in the API's shape.
    expect(surfaceOf('/admin/x/../api/experience')).toBe('api');
    expect(surfaceOf('/x/../oidc/token')).toBe('oidc');
    expect(surfaceOf('/api/../sign-in')).toBeUndefined();
    expect(surfaceOf('/sign-in')).toBeUndefined();
    expect(surfaceOf('/Admin/API/experience')).toBe('api');
    expect(surfaceOf('/admin/%6fidc/token')).toBe('oidc');
    expect(surfaceOf('/admin/sign-in')).toBeUndefined();
    expect(surfaceOf('/api/%zz')).toBe('api');
    expect(surfaceOf('/%zz/api')).toBeUndefined();
  });
});

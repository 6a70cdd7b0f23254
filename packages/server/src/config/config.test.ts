import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 3001, SQLite and the /oidc issuer', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3001);
    expect(config.dbUrl).toBe('sqlite:./data/tessera.db');
    expect(config.issuer).toBe('http://localhost:3001/oidc');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('derives the issuer from ENDPOINT without a trailing slash', () => {
    expect(loadConfig({ ENDPOINT: 'https://id.example.com/' }).issuer).toBe('https://id.example.com/oidc');
  });

  it('takes the client address one proxy hop from the right unless told otherwise', () => {
    expect(loadConfig({ TESSERA_TRUST_PROXY: 'true' }).trustProxyHops).toBe(1);
    expect(loadConfig({ TESSERA_TRUST_PROXY_HOPS: '2' }).trustProxyHops).toBe(2);
    expect(() => loadConfig({ TESSERA_TRUST_PROXY_HOPS: '0' })).toThrowError(/TESSERA_TRUST_PROXY_HOPS/);
  });

  it('names every bad variable instead of falling back silently', () => {
    expect(() => loadConfig({ PORT: 'abc', DB_URL: 'mysql://x' })).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DB_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('DB_URL');
    }
  });

  it('publishes a rotated signing key for at least two reload intervals before it signs', () => {
    expect(loadConfig({})).toMatchObject({ keyReloadSeconds: 30, keyActivationDelaySeconds: 65 });
    expect(loadConfig({ TESSERA_KEY_RELOAD_SECONDS: '10' }).keyActivationDelaySeconds).toBe(25);
    expect(() =>
      loadConfig({ TESSERA_KEY_RELOAD_SECONDS: '30', TESSERA_KEY_ACTIVATION_DELAY_SECONDS: '45' }),
    ).toThrowError('TESSERA_KEY_ACTIVATION_DELAY_SECONDS: must be at least twice TESSERA_KEY_RELOAD_SECONDS');
  });

  it('keeps metrics off unless a metrics port or token is set, and refuses a weak token or the public port', () => {
    expect(loadConfig({}).metrics).toMatchObject({ enabled: false, port: undefined, token: undefined });
    expect(loadConfig({ HOST: '10.0.0.5', TESSERA_METRICS_PORT: '9464' }).metrics).toEqual({
      enabled: true,
      port: 9464,
      host: '10.0.0.5',
      token: undefined,
    });
    expect(loadConfig({ TESSERA_METRICS_TOKEN: 'a-long-enough-token' }).metrics.enabled).toBe(true);
    expect(() => loadConfig({ TESSERA_METRICS_TOKEN: 'short' })).toThrowError(/TESSERA_METRICS_TOKEN/);
    expect(() => loadConfig({ TESSERA_METRICS_TOKEN: 'has a space in it, long' })).toThrowError(
      /TESSERA_METRICS_TOKEN/,
    );
    expect(() => loadConfig({ PORT: '3001', TESSERA_METRICS_PORT: '3001' })).toThrowError(
      'TESSERA_METRICS_PORT: must differ from PORT',
    );
  });
});

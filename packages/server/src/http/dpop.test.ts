import { createHash, randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { Context } from 'koa';
import { describe, expect, it } from 'vitest';
import { createDpopCheck } from './dpop.js';

const endpoint = 'https://id.example.com';
const token = 'opaque-access-token';
const now = 1_800_000_000_000;

function fakeContext(proof: string | undefined, method = 'GET', path = '/api/my-account'): Context {
  return { method, path, get: (name: string) => (name.toLowerCase() === 'dpop' ? (proof ?? '') : '') } as Context;
}

async function setup() {
  const keys = await generateKeyPair('ES256');
  const jwk = await exportJWK(keys.publicKey);
  const jkt = await calculateJwkThumbprint(jwk);
  const seen = new Set<string>();
  const check = createDpopCheck({
    endpoint,
    now: () => now,
    replay: {
      attempt: async (target) => {
        if (seen.has(target)) return false;
        seen.add(target);
        return true;
      },
    },
  });
  const proof = async (claims: Record<string, unknown> = {}, signer = keys.privateKey, key = jwk) =>
    new SignJWT({
      htm: 'GET',
      htu: `${endpoint}/api/my-account`,
      ath: createHash('sha256').update(token).digest('base64url'),
      jti: randomUUID(),
      iat: Math.floor(now / 1000),
      ...claims,
    })
      .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: key })
      .sign(signer);
  return { check, jkt, proof };
}

const dpop = { token, scheme: 'dpop' as const };

describe('DPoP proofs at Tessera’s own APIs', () => {
  it('accepts a proof for this request, token and key once', async () => {
    const { check, jkt, proof } = await setup();
    const valid = await proof();
    await expect(check(fakeContext(valid), dpop, jkt)).resolves.toBeUndefined();
    await expect(check(fakeContext(valid), dpop, jkt)).rejects.toMatchObject({ code: 'auth.unauthorized' });
  });

  it('refuses a proof for another method, URL, token, time or key', async () => {
    const { check, jkt, proof } = await setup();
    const other = await generateKeyPair('ES256');
    const refused = [
      await proof({ htm: 'POST' }),
      await proof({ htu: `${endpoint}/api/users` }),
      await proof({ htu: 'https://elsewhere.example.com/api/my-account' }),
      await proof({ ath: createHash('sha256').update('another token').digest('base64url') }),
      await proof({ iat: Math.floor(now / 1000) - 120 }),
      await proof({ jti: '' }),
      await proof({}, other.privateKey, await exportJWK(other.publicKey)),
      'not a jwt',
    ];
    for (const value of refused)
      await expect(check(fakeContext(value), dpop, jkt)).rejects.toMatchObject({ code: 'auth.unauthorized' });
  });

  it('keeps the query out of htu, and wants the DPoP scheme only for bound tokens', async () => {
    const { check, jkt, proof } = await setup();
    await expect(
      check(fakeContext(await proof({ htu: `${endpoint}/api/my-account?x=1` })), dpop, jkt),
    ).resolves.toBeUndefined();
    await expect(check(fakeContext(await proof()), { token, scheme: 'bearer' }, jkt)).rejects.toMatchObject({
      code: 'auth.unauthorized',
    });
    await expect(check(fakeContext(undefined), dpop, undefined)).rejects.toMatchObject({ code: 'auth.unauthorized' });
    await expect(check(fakeContext(undefined), { token, scheme: 'bearer' }, undefined)).resolves.toBeUndefined();
  });
});

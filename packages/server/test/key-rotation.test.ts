import { randomBytes } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, type JSONWebKeySet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManagementCredentials } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * Two nodes on one database behind one public endpoint, as behind a load balancer. A key
 * rotated through one node must be in every node's JWKS before any node signs with it.
 */
const reloadSeconds = 1;
const delaySeconds = 6;
const env = {
  TESSERA_MASTER_KEY: randomBytes(32).toString('base64url'),
  ENDPOINT: 'http://id.tessera.test',
  TESSERA_KEY_RELOAD_SECONDS: String(reloadSeconds),
  TESSERA_KEY_ACTIVATION_DELAY_SECONDS: String(delaySeconds),
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const kidOf = (token: string) => decodeProtectedHeader(token).kid;
const kids = (set: JSONWebKeySet) => set.keys.map((key) => key.kid);

describe(`signing key rotation across nodes (${dialect})`, () => {
  let a: TestServer;
  let b: TestServer;
  let credentials: { clientId: string; clientSecret: string };

  // Each node is reached directly on its own port; both answer for the same issuer.
  const oidcBase = (node: TestServer) => `http://127.0.0.1:${node.port}/oidc`;

  async function token(node: TestServer): Promise<string> {
    const response = await fetch(`${oidcBase(node)}/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        resource: node.config.managementApiIndicator,
        scope: 'all',
      }),
    });
    const body = (await response.json()) as { access_token: string };
    expect(response.status).toBe(200);
    return body.access_token;
  }

  const jwks = async (node: TestServer) => (await (await fetch(`${oidcBase(node)}/jwks`)).json()) as JSONWebKeySet;

  /** What a resource server does with a JWKS it fetched from either node. */
  const verifies = (jwt: string, set: JSONWebKeySet) =>
    jwtVerify(jwt, createLocalJWKSet(set), { issuer: a.issuer, audience: a.config.managementApiIndicator }).then(
      () => true,
      () => false,
    );

  beforeAll(async () => {
    a = await startTestServer(env);
    b = await startTestServer({ ...env, DB_URL: a.dbUrl });
    credentials = await createManagementCredentials(a);
  });
  afterAll(async () => {
    // B first: A's data folder holds the SQLite file.
    await b?.stop();
    await a?.stop();
  });

  it('publishes a rotated key on every node before any node signs with it', async () => {
    const oldKid = kidOf(await token(a));
    expect(kidOf(await token(b))).toBe(oldKid);
    const beforeRotation = await token(b);
    const staleJwksB = await jwks(b);
    expect(kids(staleJwksB)).toEqual([oldKid]);

    const { keys, activatesAt } = await a.services.rotateSigningKeys();
    const newKid = keys[0]?.id as string;
    expect(newKid).not.toBe(oldKid);
    expect(activatesAt - Date.now()).toBeGreaterThan((delaySeconds - 2) * 1000);

    // Straight after the rotation the rotating node still signs with the old key, so a resource
    // server holding the JWKS it fetched from B a moment ago keeps accepting its tokens.
    const fromA = await token(a);
    expect(kidOf(fromA)).toBe(oldKid);
    expect(await verifies(fromA, staleJwksB)).toBe(true);
    expect(kids(await jwks(a))).toEqual([oldKid, newKid]);

    // B publishes the pending key after its next reload (every second here).
    let jwksB = await jwks(b);
    for (let waited = 0; !kids(jwksB).includes(newKid) && waited < 3000; waited += 100) {
      await sleep(100);
      jwksB = await jwks(b);
    }
    expect(kids(jwksB)).toEqual([oldKid, newKid]);
    const jwksA = await jwks(a);
    const pendingTokens = [await token(a), await token(b)];
    for (const jwt of pendingTokens) {
      expect(kidOf(jwt)).toBe(oldKid);
      expect(await verifies(jwt, jwksA)).toBe(true);
      expect(await verifies(jwt, jwksB)).toBe(true);
    }
    // The checks above ran before the activation time, or they prove nothing.
    expect(Date.now()).toBeLessThan(activatesAt);

    // At the activation time both nodes switch on their own, with no further database change.
    await sleep(activatesAt - Date.now() + 20);
    const afterA = await token(a);
    const afterB = await token(b);
    expect(kidOf(afterA)).toBe(newKid);
    expect(kidOf(afterB)).toBe(newKid);
    // Verified with the JWKS fetched earlier from the other node.
    expect(await verifies(afterA, jwksB)).toBe(true);
    expect(await verifies(afterB, jwksA)).toBe(true);
    // The old key stays published, so tokens in use still verify.
    for (const node of [a, b]) {
      const current = await jwks(node);
      expect(kids(current)).toEqual([newKid, oldKid]);
      expect(await verifies(beforeRotation, current)).toBe(true);
    }
  });
});

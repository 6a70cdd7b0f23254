import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SamlIdpMetadata } from '../src/sso/saml/saml.config.js';
import { createSamlSso, type SamlConnectorRecord } from '../src/sso/saml/saml.service.js';
import { createSamlSsoStore } from '../src/sso/saml/saml.store.js';
import { createMetadataFetcher } from '../src/sso/saml/saml-metadata-fetch.js';
import { openStorage, type Storage } from '../src/storage/database.js';
import {
  type AssertionInput,
  assertionXml,
  createTestKey,
  encode,
  idOf,
  readAuthnRequest,
  responseXml,
  type SamlIdp,
  signById,
  startSamlIdp,
  type TestKey,
} from './support/saml-idp.js';
import { dialect, freshDatabaseUrl } from './support/server.js';

const baseUrl = 'https://auth.example.com';
const redirectUri = 'https://auth.example.com/callback/sso/conn';

describe(`SAML service provider (${dialect})`, () => {
  let storage: Storage;
  let dir: string;
  let idp: SamlIdp;
  let idpKey: TestKey;
  let otherKey: TestKey;
  let saml: ReturnType<typeof createSamlSso>;
  let connector: SamlConnectorRecord;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-saml-'));
    storage = await openStorage(await freshDatabaseUrl(dir));
    idpKey = createTestKey('IdP current');
    otherKey = createTestKey('Attacker');
    idp = await startSamlIdp({ keys: [idpKey] });
    saml = createSamlSso({
      store: createSamlSsoStore(storage.db),
      fetchMetadata: createMetadataFetcher({ timeoutMs: 2000, maxBytes: 100_000, allowPrivateNetworks: true }),
    });
    connector = { id: 'conn', providerName: 'SAML', config: { metadata: idp.metadata() }, domains: ['victim.com'] };
  });
  afterAll(async () => {
    await idp.close();
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function begin(on: SamlConnectorRecord = connector) {
    const { uri, session } = await saml.authorizationUri(on, { state: 'state-1', redirectUri, baseUrl });
    return { uri, session, request: readAuthnRequest(uri) };
  }

  /** An assertion answering `request` as the IdP would, with `overrides`. */
  function assertionFor(request: ReturnType<typeof readAuthnRequest>, overrides: Partial<AssertionInput> = {}) {
    return assertionXml({
      issuer: idp.entityId,
      nameId: 'ada@victim.com',
      audience: request.issuer,
      recipient: request.acsUrl,
      inResponseTo: request.id,
      attributes: { email: 'ada@victim.com', name: 'Ada Lovelace' },
      ...overrides,
    });
  }

  const signed = (xml: string, key = idpKey) => signById(xml, idOf(xml), key);

  function responseFor(request: ReturnType<typeof readAuthnRequest>, content: string, extra = {}) {
    return encode(
      responseXml({ issuer: idp.entityId, destination: request.acsUrl, inResponseTo: request.id, content, ...extra }),
    );
  }

  const accept = (samlResponse: string, relayState?: string, on = connector) =>
    saml.acceptResponse(on, { samlResponse, relayState, baseUrl });

  /** The response is refused with `message`, and the sign-in request yields no identity. */
  async function expectRefused(
    started: Awaited<ReturnType<typeof begin>>,
    samlResponse: string,
    message: RegExp,
    on = connector,
  ) {
    await expect(accept(samlResponse, started.request.relayState, on)).rejects.toMatchObject({
      code: 'authorization_failed',
      message: expect.stringMatching(message),
    });
    await expect(saml.takeIdentity(on, { session: started.session, data: { state: 'state-1' } })).rejects.toMatchObject(
      { code: 'authorization_failed' },
    );
  }

  it('sends a deflated AuthnRequest to the IdP and signs in on a valid signed assertion, once', async () => {
    const started = await begin();
    expect(started.uri.startsWith(`${idp.signInEndpoint}?SAMLRequest=`)).toBe(true);
    expect(started.request).toMatchObject({
      issuer: `${baseUrl}/enterprise-sso/conn`,
      acsUrl: `${baseUrl}/api/authn/single-sign-on/saml/conn`,
      destination: idp.signInEndpoint,
      relayState: started.request.id,
      signed: false,
    });
    const answer = idp.respond(started.uri, { nameId: 'ada@victim.com', attributes: { email: 'Ada@Victim.com' } });
    const { redirectTo } = await accept(answer.SAMLResponse, answer.RelayState);
    expect(redirectTo).toBe(`${redirectUri}?state=state-1`);
    const identity = await saml.takeIdentity(connector, { session: started.session, data: { state: 'state-1' } });
    expect(identity).toMatchObject({
      issuer: idp.entityId,
      identityId: 'ada@victim.com',
      email: 'ada@victim.com',
      emailVerified: true,
    });
    // The identity is taken once; the same response posted again is refused.
    await expect(
      saml.takeIdentity(connector, { session: started.session, data: { state: 'state-1' } }),
    ).rejects.toMatchObject({ code: 'authorization_failed' });
    await expect(accept(answer.SAMLResponse, answer.RelayState)).rejects.toMatchObject({
      message: expect.stringMatching(/already answered/),
    });
  });

  it('counts the email as verified only when its domain is one of the connector’s domains', async () => {
    const started = await begin();
    const answer = idp.respond(started.uri, {
      nameId: 'u-17',
      attributes: { email: 'grace@elsewhere.org', givenName: 'Grace', sn: 'Hopper' },
    });
    await accept(answer.SAMLResponse, answer.RelayState);
    const identity = await saml.takeIdentity(connector, { session: started.session, data: {} });
    expect(identity).toMatchObject({ identityId: 'u-17', email: 'grace@elsewhere.org', emailVerified: false });
    expect(identity.name).toBe('Grace Hopper');
  });

  it('reads Microsoft Entra ID’s claim URIs for AzureAD connectors', async () => {
    const azure = { ...connector, id: 'azure', providerName: 'AzureAD' };
    const started = await begin(azure);
    const claims = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
    const answer = idp.respond(started.uri, {
      nameId: 'oid-123',
      attributes: {
        [`${claims}/emailaddress`]: 'ada@victim.com',
        [`${claims}/givenname`]: 'Ada',
        [`${claims}/surname`]: 'Lovelace',
        'http://schemas.microsoft.com/identity/claims/displayname': 'Ada L.',
      },
    });
    await accept(answer.SAMLResponse, answer.RelayState, azure);
    const identity = await saml.takeIdentity(azure, { session: started.session, data: {} });
    expect(identity).toMatchObject({ identityId: 'oid-123', email: 'ada@victim.com', emailVerified: true });
    expect(identity.name).toBe('Ada L.');
    expect(identity.detail).toMatchObject({ given_name: 'Ada', family_name: 'Lovelace' });
  });

  it('accepts a signed response around an unsigned assertion', async () => {
    const started = await begin();
    const xml = responseXml({
      issuer: idp.entityId,
      destination: started.request.acsUrl,
      inResponseTo: started.request.id,
      content: assertionFor(started.request),
    });
    await accept(encode(signById(xml, idOf(xml), idpKey)));
    await expect(saml.takeIdentity(connector, { session: started.session, data: {} })).resolves.toMatchObject({
      email: 'ada@victim.com',
    });
  });

  it('refuses a redirectUri off this server (the ACS would redirect there)', async () => {
    await expect(
      saml.authorizationUri(connector, { state: 's', redirectUri: 'https://evil.example.net/cb', baseUrl }),
    ).rejects.toMatchObject({ code: 'authorization_failed', message: expect.stringMatching(/on this server/) });
  });

  it('refuses an answer to an expired sign-in request, and purges expired requests and replay entries', async () => {
    let clock = Date.now();
    const timed = createSamlSso({
      store: createSamlSsoStore(storage.db),
      fetchMetadata: async () => idp.metadata(),
      now: () => clock,
      requestTtlMs: 60_000,
    });
    const request = (id: unknown) =>
      storage.db.selectFrom('saml_sso_requests').selectAll().where('id', '=', String(id)).executeTakeFirst();
    const replayEntry = (id: string) =>
      storage.db.selectFrom('saml_sso_assertions').selectAll().where('assertion_id', '=', id).executeTakeFirst();

    const late = await timed.authorizationUri(connector, { state: 's', redirectUri, baseUrl });
    const lateAnswer = idp.respond(late.uri, { nameId: 'ada@victim.com' });
    clock += 61_000;
    await expect(
      timed.acceptResponse(connector, { samlResponse: lateAnswer.SAMLResponse, baseUrl }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/unknown or expired/),
    });

    const ok = await timed.authorizationUri(connector, { state: 's', redirectUri, baseUrl });
    expect(await request(late.session.samlRequestId)).toBeUndefined();
    const answer = idp.respond(ok.uri, { nameId: 'ada@victim.com' });
    await timed.acceptResponse(connector, { samlResponse: answer.SAMLResponse, baseUrl });
    const assertionId = idOf(Buffer.from(answer.SAMLResponse, 'base64').toString().split('<saml:Assertion')[1] ?? '');
    expect(await replayEntry(assertionId)).toBeTruthy();
    clock += 60 * 60_000;
    await timed.authorizationUri(connector, { state: 's', redirectUri, baseUrl });
    expect(await replayEntry(assertionId)).toBeUndefined();
    expect(await request(ok.session.samlRequestId)).toBeUndefined();
  });

  it('refuses a wrong state at verify', async () => {
    const started = await begin();
    const answer = idp.respond(started.uri, { nameId: 'ada@victim.com' });
    await accept(answer.SAMLResponse);
    await expect(
      saml.takeIdentity(connector, { session: started.session, data: { state: 'forged' } }),
    ).rejects.toMatchObject({ code: 'state_mismatch' });
  });

  describe('refusals', () => {
    it('an unsigned assertion', async () => {
      const started = await begin();
      await expectRefused(started, responseFor(started.request, assertionFor(started.request)), /Invalid signature/);
    });

    it('an assertion signed by another key', async () => {
      const started = await begin();
      const content = signed(assertionFor(started.request), otherKey);
      await expectRefused(started, responseFor(started.request, content), /Invalid signature/);
    });

    it('an expired assertion', async () => {
      const started = await begin();
      const past = new Date(Date.now() - 10 * 60_000);
      const content = signed(
        assertionFor(started.request, { notBefore: new Date(Date.now() - 20 * 60_000), notOnOrAfter: past }),
      );
      await expectRefused(started, responseFor(started.request, content), /subject confirmation|expired/i);
    });

    it('an assertion not yet valid', async () => {
      const started = await begin();
      const content = signed(assertionFor(started.request, { notBefore: new Date(Date.now() + 10 * 60_000) }));
      await expectRefused(started, responseFor(started.request, content), /not yet valid/);
    });

    it.each([
      ['a wrong audience', { audience: 'https://other-sp.example.com' }, /audience mismatch/],
      ['a wrong recipient', { recipient: 'https://evil.example.com/acs' }, /Recipient/],
      ['an assertion from another issuer', { issuer: 'https://other-idp.example.com' }, /Issuer/],
    ] as const)('%s', async (_name, overrides, message) => {
      const started = await begin();
      await expectRefused(
        started,
        responseFor(started.request, signed(assertionFor(started.request, overrides))),
        message,
      );
    });

    it('a wrong destination', async () => {
      const started = await begin();
      const content = signed(assertionFor(started.request));
      const response = responseFor(started.request, content, { destination: 'https://evil.example.com/acs' });
      await expectRefused(started, response, /Destination/);
    });

    it('an unknown InResponseTo', async () => {
      const started = await begin();
      const content = signed(assertionFor(started.request, { inResponseTo: '_never-issued' }));
      const xml = responseXml({
        issuer: idp.entityId,
        destination: started.request.acsUrl,
        inResponseTo: '_never-issued',
        content,
      });
      await expectRefused(started, encode(xml), /unknown or expired InResponseTo/);
    });

    it('an assertion answering another request inside a response naming this one', async () => {
      const first = await begin();
      const second = await begin();
      const content = signed(assertionFor(first.request));
      await expectRefused(second, responseFor(second.request, content), /InResponseTo|SubjectConfirmation/);
    });

    it('a replayed assertion (its ID was accepted before)', async () => {
      const first = await begin();
      const assertionId = `_replayed-${Date.now()}`;
      await accept(responseFor(first.request, signed(assertionFor(first.request, { id: assertionId }))));
      const second = await begin();
      const again = signed(assertionFor(second.request, { id: assertionId }));
      await expectRefused(second, responseFor(second.request, again), /replay/);
    });
  });

  describe('XML signature wrapping', () => {
    const evil = (request: ReturnType<typeof readAuthnRequest>) =>
      assertionFor(request, { nameId: 'admin@victim.com', attributes: { email: 'admin@victim.com' } });

    it('an unsigned assertion added before the signed one', async () => {
      const started = await begin();
      const content = evil(started.request) + signed(assertionFor(started.request));
      await expectRefused(started, responseFor(started.request, content), /multiple assertions/);
    });

    it('an unsigned assertion added after the signed one', async () => {
      const started = await begin();
      const content = signed(assertionFor(started.request)) + evil(started.request);
      await expectRefused(started, responseFor(started.request, content), /multiple assertions/);
    });

    it('the signed assertion moved into Extensions, an evil one in its place', async () => {
      const started = await begin();
      const response = responseFor(started.request, evil(started.request), {
        extensions: signed(assertionFor(started.request)),
      });
      await expectRefused(started, response, /Invalid signature/);
    });

    it('the signed assertion moved into Extensions, an evil one with the same ID in its place', async () => {
      const started = await begin();
      const good = signed(assertionFor(started.request));
      const response = responseFor(started.request, evil(started.request).replace(/ID="[^"]+"/, `ID="${idOf(good)}"`), {
        extensions: good,
      });
      await expectRefused(started, response, /Invalid signature/);
    });

    it('the signature of the real assertion put inside an evil assertion', async () => {
      const started = await begin();
      const good = signed(assertionFor(started.request));
      const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(good)?.[0] ?? '';
      const bad = evil(started.request).replace('</saml:Issuer>', `</saml:Issuer>${signature}`);
      await expectRefused(
        started,
        responseFor(started.request, bad),
        /Invalid signature|ID cannot refer|Referenced node/,
      );
    });

    it('a signed response with an evil assertion injected after signing', async () => {
      const started = await begin();
      const xml = responseXml({
        issuer: idp.entityId,
        destination: started.request.acsUrl,
        inResponseTo: started.request.id,
        content: assertionFor(started.request),
      });
      const signedResponse = signById(xml, idOf(xml), idpKey);
      const injected = signedResponse.replace('<samlp:Status>', `${evil(started.request)}<samlp:Status>`);
      await expectRefused(started, encode(injected), /multiple assertions|Invalid signature/);
    });

    it('a comment injected into the signed NameID (user@evil.com<!---->.victim.com)', async () => {
      const started = await begin();
      const good = signed(
        assertionFor(started.request, { nameId: 'user@evil.com.victim.com', attributes: { email: 'x@evil.com' } }),
      );
      const injected = good.replace('user@evil.com.victim.com', 'user@evil.com<!---->.victim.com');
      await expectRefused(started, responseFor(started.request, injected), /comments are not allowed/);
    });
  });

  describe('IdP metadata and certificates', () => {
    it('imports metadata by URL and accepts the old and the new certificate during a rotation', async () => {
      const newKey = createTestKey('IdP next');
      const byUrl = { ...connector, id: 'by-url', config: { metadataUrl: idp.metadataUrl } };
      idp.publish([idpKey, newKey]);
      try {
        const config = await saml.providerConfig(byUrl, { baseUrl });
        expect(config).toMatchObject({
          serviceProvider: {
            entityId: `${baseUrl}/enterprise-sso/by-url`,
            assertionConsumerServiceUrl: `${baseUrl}/api/authn/single-sign-on/saml/by-url`,
          },
          identityProvider: { entityId: idp.entityId, signInEndpoint: idp.signInEndpoint, isCertificateValid: true },
        });
        for (const key of [idpKey, newKey]) {
          const started = await begin(byUrl);
          idp.signWith(key);
          const answer = idp.respond(started.uri, { nameId: 'ada@victim.com' });
          await accept(answer.SAMLResponse, answer.RelayState, byUrl);
          await expect(saml.takeIdentity(byUrl, { session: started.session, data: {} })).resolves.toBeTruthy();
        }
        // The old certificate is removed from the metadata: its signatures are refused.
        idp.publish([newKey]);
        idp.signWith(idpKey);
        const started = await begin(byUrl);
        const answer = idp.respond(started.uri, { nameId: 'ada@victim.com' });
        await expectRefused(started, answer.SAMLResponse, /Invalid signature/, byUrl);
      } finally {
        idp.publish([idpKey]);
        idp.signWith(idpKey);
      }
    });

    it('keeps metadata fetched by URL, and fetches it again when a response is refused with it (at most every 10 s)', async () => {
      let offset = 0;
      let fetches = 0;
      const fetcher = createMetadataFetcher({ timeoutMs: 2000, maxBytes: 100_000, allowPrivateNetworks: true });
      const entries = new Map<string, SamlIdpMetadata>();
      const cached = createSamlSso({
        store: createSamlSsoStore(storage.db),
        now: () => Date.now() + offset,
        fetchMetadata: async (url) => {
          fetches += 1;
          return fetcher(url);
        },
        metadataCache: {
          async get(key, load) {
            const value = entries.get(key) ?? (await load());
            entries.set(key, value);
            return value;
          },
          forget: (key) => void entries.delete(key),
        },
      });
      const byUrl = { ...connector, id: 'cached', config: { metadataUrl: idp.metadataUrl } };
      const rotated = createTestKey('IdP rotated');
      const signInWith = async (key: TestKey) => {
        const { uri } = await cached.authorizationUri(byUrl, { state: 'state-1', redirectUri, baseUrl });
        idp.signWith(key);
        const answer = idp.respond(uri, { nameId: 'ada@victim.com' });
        return cached.acceptResponse(byUrl, {
          samlResponse: answer.SAMLResponse,
          relayState: answer.RelayState,
          baseUrl,
        });
      };
      try {
        await signInWith(idpKey);
        await signInWith(idpKey);
        expect(fetches).toBe(1);
        // The IdP rotates: the first response signed with the new key makes Tessera fetch the metadata again.
        idp.publish([rotated]);
        await expect(signInWith(rotated)).resolves.toBeTruthy();
        expect(fetches).toBe(2);
        // Within 10 s another refused response fetches nothing; after that it may.
        idp.publish([idpKey]);
        await expect(signInWith(idpKey)).rejects.toMatchObject({ code: 'authorization_failed' });
        expect(fetches).toBe(2);
        offset = 11_000;
        await expect(signInWith(idpKey)).resolves.toBeTruthy();
        expect(fetches).toBe(3);
      } finally {
        idp.publish([idpKey]);
        idp.signWith(idpKey);
      }
    });

    it('takes a manual config with several certificates', async () => {
      const newKey = createTestKey('IdP manual next');
      const manual = {
        ...connector,
        id: 'manual',
        config: {
          entityId: idp.entityId,
          signInEndpoint: idp.signInEndpoint,
          x509Certificate: newKey.certificate + idpKey.certificate,
        },
      };
      const started = await begin(manual);
      const answer = idp.respond(started.uri, { nameId: 'ada@victim.com' });
      await accept(answer.SAMLResponse, answer.RelayState, manual);
      await expect(saml.takeIdentity(manual, { session: started.session, data: {} })).resolves.toBeTruthy();
    });

    it('refuses a metadata URL on a private address unless allowed, and malformed metadata', async () => {
      const strict = createSamlSso({
        store: createSamlSsoStore(storage.db),
        fetchMetadata: createMetadataFetcher({ timeoutMs: 2000, maxBytes: 100_000, allowPrivateNetworks: false }),
      });
      const byUrl = { ...connector, id: 'strict', config: { metadataUrl: idp.metadataUrl } };
      await expect(strict.checkConfig(byUrl)).rejects.toMatchObject({
        code: 'provider_unreachable',
        message: expect.stringMatching(/private network address/),
      });
      const config = await strict.providerConfig(byUrl, { baseUrl });
      expect(config).not.toHaveProperty('identityProvider');
      await expect(
        saml.checkConfig({ ...connector, config: { metadata: '<md:EntityDescriptor' } }),
      ).rejects.toMatchObject({ code: 'invalid_config' });
      await expect(
        saml.checkConfig({
          ...connector,
          config: { entityId: 'x', signInEndpoint: idp.signInEndpoint, x509Certificate: 'not a certificate' },
        }),
      ).rejects.toMatchObject({ code: 'invalid_config' });
    });
  });
});

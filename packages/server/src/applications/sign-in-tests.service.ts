import { createHash, randomBytes } from 'node:crypto';
import type { JSONWebKeySet } from 'jose';
import { generateId } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import type { ApplicationsService } from './applications.service.js';
import { redirectUriProblem } from './redirect-uris.js';
import { redeemTestCode, SignInTestFailure } from './sign-in-test.exchange.js';
import {
  type CreatedSignInTest,
  type CreateSignInTest,
  type SignInTest,
  type SignInTestError,
  signInTestCallbackPath,
  signInTestDefaultScopes,
} from './sign-in-tests.schemas.js';
import type { SignInTestRow, SignInTestsStore } from './sign-in-tests.store.js';

/** Long enough to sign in by hand; the callback refuses the test after this. */
const lifetimeMs = 10 * 60_000;
/** Results stay readable this long after the test expires, then the minute timer deletes them. */
const keepMs = 60 * 60_000;

const noSecret = 'The application has no valid client secret to sign in with. Add a secret, then test again.';

const random = (bytes: number) => randomBytes(bytes).toString('base64url');
const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

/** What the provider appended to the callback URL. */
export interface SignInTestCallback {
  state?: string;
  code?: string;
  error?: string;
  errorDescription?: string;
  iss?: string;
}

/** Why a callback URL redeems nothing: it names no test, or one already used or expired. */
export type SignInTestRefusal = 'unknown' | 'used' | 'expired';

export type SignInTestCallbackOutcome =
  | { redeemed: true; applicationId: string; testId: string }
  | { redeemed: false; reason: SignInTestRefusal; applicationId?: string; testId?: string };

function toTest(row: SignInTestRow, now: number): SignInTest {
  const base = { id: row.id, applicationId: row.application_id, createdAt: row.created_at, expiresAt: row.expires_at };
  if (row.status === 'succeeded') return { ...base, status: 'succeeded', result: JSON.parse(row.result ?? '{}') };
  if (row.status === 'failed') return { ...base, status: 'failed', error: JSON.parse(row.result ?? '{}') };
  // `redeeming` is the callback at work: still pending to whoever reads it.
  return { ...base, status: row.expires_at <= now ? 'expired' : 'pending' };
}

/**
 * The console's "test sign-in": a real authorization-code sign-in to an app, with its own client
 * authentication, redirect URI rules and settings, whose claims the console then shows. The
 * redirect URI is `${ENDPOINT}/console/sign-in-test/callback`, and only if the app lists it:
 * Tessera adds no hidden redirect URI to any app.
 */
export function createSignInTestsService(deps: {
  store: SignInTestsStore;
  applications: Pick<ApplicationsService, 'get' | 'findClient'>;
  resourceExists: (indicator: string) => Promise<boolean>;
  box: SecretBox;
  clock: () => number;
  endpoint: string;
  issuer: string;
  jwks: () => JSONWebKeySet;
}) {
  const { store, applications, box, clock, issuer } = deps;
  const redirectUri = `${deps.endpoint}${signInTestCallbackPath}`;

  /** The secret a Traditional app signs in with (client_secret_basic): undefined for public apps, null when none is valid. */
  async function clientSecretOf(applicationId: string): Promise<string | null | undefined> {
    const client = await applications.findClient(applicationId);
    if (client?.type !== 'Traditional') return undefined;
    return client.secrets[0] ?? null;
  }

  async function checkApplication(applicationId: string): Promise<void> {
    const app = await applications.get(applicationId);
    if (app.type === 'MachineToMachine')
      throw new RequestError('application.sign_in_test_unsupported_type', 422, {
        message: 'Machine-to-machine applications have no user sign-in to test: they use client credentials.',
      });
    // Adding a URI a Native app cannot hold would make the provider refuse every sign-in of the app.
    const problem = redirectUriProblem(app.type, redirectUri);
    if (problem)
      throw new RequestError('application.sign_in_test_callback_unsupported', 422, {
        message: `This Native application cannot use the test callback ${redirectUri}: ${problem} Run Tessera on an https ENDPOINT (or a loopback one) to test Native apps.`,
        data: { redirectUri },
      });
    if (!app.oidcClientMetadata.redirectUris.includes(redirectUri))
      throw new RequestError('application.sign_in_test_callback_missing', 422, {
        message: `Add ${redirectUri} to the application's redirect URIs to test its sign-in.`,
        data: { redirectUri },
      });
    if ((await clientSecretOf(applicationId)) === null)
      throw new RequestError('application.sign_in_test_no_secret', 422, { message: noSecret });
  }

  async function fail(id: string, error: SignInTestError): Promise<void> {
    await store.finish(id, 'failed', error);
  }

  /** Redeems a claimed test's code and stores the claims, or where it stopped. */
  async function redeem(row: SignInTestRow, callback: SignInTestCallback, providerUrl: string): Promise<void> {
    try {
      if (callback.iss !== undefined && callback.iss !== issuer)
        throw new SignInTestFailure('authorization', 'issuer_mismatch', `The response came from ${callback.iss}.`);
      if (callback.error)
        throw new SignInTestFailure('authorization', callback.error, callback.errorDescription ?? callback.error);
      if (!callback.code) throw new SignInTestFailure('authorization', 'code_missing', 'The response held no code.');
      const clientSecret = await clientSecretOf(row.application_id);
      if (clientSecret === null) throw new SignInTestFailure('token', 'no_valid_secret', noSecret);
      const result = await redeemTestCode({
        providerUrl,
        issuer,
        jwks: deps.jwks(),
        clientId: row.application_id,
        clientSecret,
        code: callback.code,
        codeVerifier: box.open(row.code_verifier_encrypted),
        redirectUri,
        nonce: row.nonce,
        resource: row.resource ?? undefined,
      });
      await store.finish(row.id, 'succeeded', result);
    } catch (error) {
      if (error instanceof SignInTestFailure) return fail(row.id, error.toError());
      await fail(row.id, { step: 'token', code: 'server_error', message: 'The test failed on the server.' });
      throw error;
    }
  }

  return {
    redirectUri,

    async create(applicationId: string, input: CreateSignInTest): Promise<CreatedSignInTest> {
      await checkApplication(applicationId);
      if (input.resource && !(await deps.resourceExists(input.resource)))
        throw new RequestError('application.sign_in_test_unknown_resource', 422, {
          message: `No API resource has the indicator ${input.resource}.`,
          data: { field: 'resource' },
        });
      const now = clock();
      const state = random(32);
      const codeVerifier = random(32);
      const row: SignInTestRow = {
        id: generateId(),
        application_id: applicationId,
        state_hash: sha256(state),
        code_verifier_encrypted: box.seal(codeVerifier),
        nonce: random(16),
        resource: input.resource ?? null,
        status: 'pending',
        result: null,
        created_at: now,
        expires_at: now + lifetimeMs,
      };
      await store.insert(row);
      const url = new URL(`${issuer}/auth`);
      const scopes = new Set([...signInTestDefaultScopes, ...(input.scopes ?? [])]);
      for (const [name, value] of Object.entries({
        client_id: applicationId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: [...scopes].join(' '),
        state,
        nonce: row.nonce,
        code_challenge: sha256(codeVerifier),
        code_challenge_method: 'S256',
        // Whoever runs the test signs in as the test user now, not with a session the browser holds.
        prompt: 'login',
        ...(input.resource && { resource: input.resource }),
      }))
        url.searchParams.set(name, value);
      return { id: row.id, authorizationUrl: url.href, redirectUri, expiresAt: row.expires_at };
    },

    async get(applicationId: string, id: string): Promise<SignInTest> {
      const row = await store.find(applicationId, id);
      if (!row) throw new RequestError('entity.not_found', 404);
      return toTest(row, clock());
    },

    /**
     * The provider's redirect back to the test callback: redeems the test its state names, once
     * and before it expires. `providerUrl` is where this server's provider answers over loopback.
     */
    async complete(callback: SignInTestCallback, providerUrl: string): Promise<SignInTestCallbackOutcome> {
      const stateHash = sha256(callback.state ?? '');
      const now = clock();
      const row = callback.state ? await store.claim(stateHash, now) : undefined;
      if (!row) {
        const known = callback.state ? await store.findByStateHash(stateHash) : undefined;
        if (!known) return { redeemed: false, reason: 'unknown' };
        const reason = known.status === 'pending' ? 'expired' : 'used';
        return { redeemed: false, reason, applicationId: known.application_id, testId: known.id };
      }
      await redeem(row, callback, providerUrl);
      return { redeemed: true, applicationId: row.application_id, testId: row.id };
    },

    /** Deletes tests that expired more than an hour ago, results included. */
    prune: () => store.deleteExpiredBefore(clock() - keepMs),
  };
}

export type SignInTestsService = ReturnType<typeof createSignInTestsService>;

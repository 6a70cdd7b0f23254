import { createHash, randomBytes } from 'node:crypto';
import type { JSONWebKeySet } from 'jose';
import { type ApplicationsService, redeemTestCode, SignInTestFailure } from '../applications/index.js';
import { generateId } from '../crypto/ids.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import { scopeClaims } from '../oidc/claims.js';
import { isUniqueViolation } from '../storage/database.js';
import {
  type SamlApplication,
  samlBindings,
  samlCallbackPath,
  samlIdpEntityPath,
  samlSingleSignOnPath,
} from './saml-applications.schemas.js';
import type { SamlApplicationDetails, SamlApplicationsService } from './saml-applications.service.js';
import type { SamlApplicationsStore } from './saml-applications.store.js';
import {
  type AuthnRequest,
  hasEnvelopedSignature,
  verifyPostSignature,
  verifyRedirectSignature,
  xmlId,
} from './saml-authn-request.js';
import { buildSamlResponse, idpMetadata } from './saml-response.js';

/** A sign-in in flight lasts this long; an AuthnRequest older than this (or as far ahead) is refused. */
const sessionLifetimeMs = 10 * 60_000;
const clockSkewMs = 60_000;
/** The assertion's window at the service provider. */
const assertionLifetimeMs = 5 * 60_000;
/** Used sessions stay this long after expiry (their request ids refuse replays), then go. */
const keepMs = 60 * 60_000;
const fallbackAttributes = ['sub', 'email', 'name'] as const;

const random = (bytes: number) => randomBytes(bytes).toString('base64url');
const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
const refused = (code: string, message: string, status = 400) => new RequestError(code, status, { message });

/** The OIDC scopes that carry the claims the app's attribute mapping (and NameID format) needs. */
export function scopesFor(app: SamlApplication): string[] {
  const claims = new Set<string>(
    Object.keys(app.attributeMapping).length > 0 ? Object.keys(app.attributeMapping) : fallbackAttributes,
  );
  if (app.nameIdFormat.endsWith(':emailAddress')) claims.add('email');
  const scopes = new Set(['openid', 'profile']);
  for (const [scope, carried] of Object.entries(scopeClaims))
    if ((carried as readonly string[]).some((claim) => claims.has(claim))) scopes.add(scope);
  return [...scopes];
}

/** SAML attribute values are text: arrays become several values, objects JSON. */
function attributeValues(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => attributeValues(item));
  if (typeof value === 'object') return [JSON.stringify(value)];
  return [String(value)];
}

function attributesOf(app: SamlApplication, claims: Record<string, unknown>) {
  const mapping: Array<[string, string]> =
    Object.keys(app.attributeMapping).length > 0
      ? (Object.entries(app.attributeMapping) as Array<[string, string]>)
      : fallbackAttributes.map((claim) => [claim, claim]);
  return mapping
    .map(([claim, name]) => ({ name, values: attributeValues(claims[claim]) }))
    .filter((attribute) => attribute.values.length > 0);
}

function nameIdOf(app: SamlApplication, claims: Record<string, unknown>): { format: string; value: string } {
  const format = app.nameIdFormat;
  if (format.endsWith(':emailAddress')) {
    if (typeof claims.email !== 'string' || claims.email === '')
      throw refused('application.saml.missing_email_address', 'The user has no email address to send as NameID.');
    if (claims.email_verified === false)
      throw refused('application.saml.email_address_unverified', 'The user’s email address is not verified.');
    return { format, value: claims.email };
  }
  if (format.endsWith(':transient')) return { format, value: xmlId() };
  return { format, value: String(claims.sub) };
}

export interface SamlCallback {
  code?: string;
  state?: string;
  error?: string;
  errorDescription?: string;
}

/**
 * Sign-in to a SAML app: an AuthnRequest (or an IdP-initiated start) becomes a session and an
 * OIDC authorization request of the app's own client to this server; the callback redeems the
 * code like any web app's back end would, and answers the service provider with a signed
 * SAMLResponse for its ACS URL.
 */
export function createSamlSignInService(deps: {
  store: SamlApplicationsStore;
  samlApplications: Pick<SamlApplicationsService, 'details'>;
  applications: Pick<ApplicationsService, 'findClient'>;
  box: SecretBox;
  clock: () => number;
  endpoint: string;
  issuer: string;
  jwks: () => JSONWebKeySet;
}) {
  const { store, box, clock, endpoint, issuer } = deps;
  const ssoUrl = (id: string) => `${endpoint}${samlSingleSignOnPath(id)}`;
  const idpEntityId = (id: string) => `${endpoint}${samlIdpEntityPath(id)}`;
  const callbackUrl = (id: string) => `${endpoint}${samlCallbackPath(id)}`;

  async function ready(id: string): Promise<Required<SamlApplicationDetails> & { entityId: string; acsUrl: string }> {
    const details = await deps.samlApplications.details(id);
    const { entityId, acsUrl } = details.application;
    if (!entityId) throw refused('application.saml.entity_id_required', 'The SAML application has no entity ID yet.');
    if (!acsUrl) throw refused('application.saml.acs_url_required', 'The SAML application has no ACS URL yet.');
    if (!details.key)
      throw refused('application.saml.no_active_secret', 'The SAML application has no active certificate.');
    return { ...details, key: details.key, entityId, acsUrl: acsUrl.url };
  }

  /** Opens a session and answers the OIDC authorization URL the browser goes to next. */
  async function open(
    id: string,
    input: { requestId?: string; relayState?: string; rawRequest?: string; forceAuthn?: boolean },
  ) {
    const details = await deps.samlApplications.details(id);
    const now = clock();
    const state = random(32);
    const codeVerifier = random(32);
    const nonce = random(16);
    const sessionId = generateId();
    try {
      await store.insertSession({
        id: sessionId,
        application_id: id,
        saml_request_id: input.requestId ?? null,
        oidc_state_hash: sha256(state),
        code_verifier_encrypted: box.seal(codeVerifier),
        nonce,
        relay_state: input.relayState ?? null,
        raw_auth_request: input.rawRequest ?? null,
        created_at: now,
        expires_at: now + sessionLifetimeMs,
        consumed_at: null,
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw refused('application.saml.auth_request_replayed', 'This AuthnRequest has already been used.');
      throw error;
    }
    const url = new URL(`${issuer}/auth`);
    for (const [name, value] of Object.entries({
      client_id: id,
      redirect_uri: callbackUrl(id),
      response_type: 'code',
      scope: scopesFor(details.application).join(' '),
      state,
      nonce,
      code_challenge: sha256(codeVerifier),
      code_challenge_method: 'S256',
      ...(input.forceAuthn && { prompt: 'login' }),
    }))
      url.searchParams.set(name, value);
    return { sessionId, sessionExpiresAt: now + sessionLifetimeMs, authorizationUrl: url.href };
  }

  return {
    idpEntityId,
    ssoUrl,

    async metadata(id: string): Promise<string> {
      const { application, key } = await deps.samlApplications.details(id);
      if (!key) throw refused('application.saml.no_active_secret', 'The SAML application has no active certificate.');
      return idpMetadata({
        entityId: idpEntityId(id),
        ssoUrl: ssoUrl(id),
        certificate: key.certificate,
        nameIdFormat: application.nameIdFormat,
        wantAuthnRequestsSigned: application.authnRequestConfig?.requireSignedAuthnRequests === true,
      });
    },

    /**
     * SP-initiated: checks the AuthnRequest against the app's registration (issuer, ACS URL,
     * binding, destination, age, signature) before anything is remembered or sent.
     */
    async startSpInitiated(
      id: string,
      request: AuthnRequest,
      binding: { type: 'redirect'; querystring: string } | { type: 'post' },
      relayState?: string,
    ) {
      const app = await ready(id);
      const now = clock();
      if (request.issuer !== app.entityId)
        throw refused(
          'application.saml.auth_request_issuer_not_match',
          'The AuthnRequest’s Issuer is not the service provider’s entity ID.',
        );
      if (request.acsUrl !== undefined && request.acsUrl !== app.acsUrl)
        throw refused(
          'application.saml.acs_url_not_match',
          'The AuthnRequest’s AssertionConsumerServiceURL is not the ACS URL registered for this application.',
        );
      if (request.protocolBinding !== undefined && request.protocolBinding !== samlBindings.post)
        throw refused('application.saml.acs_url_binding_not_supported', 'Only HTTP-POST responses are supported.');
      if (request.destination !== undefined && request.destination !== ssoUrl(id))
        throw refused('application.saml.invalid_saml_request', 'The AuthnRequest’s Destination is not this IdP.');
      if (request.issueInstant < now - sessionLifetimeMs || request.issueInstant > now + clockSkewMs)
        throw refused('application.saml.invalid_saml_request', 'The AuthnRequest is too old or from the future.');
      const { signingCertificate, requireSignedAuthnRequests } = app.application.authnRequestConfig ?? {};
      const signed =
        binding.type === 'redirect' ? /(^|&)Signature=/.test(binding.querystring) : hasEnvelopedSignature(request);
      if (requireSignedAuthnRequests && !signed)
        throw refused(
          'application.saml.auth_request_signature_required',
          'This application requires signed AuthnRequests.',
        );
      if (signed && signingCertificate) {
        const valid =
          binding.type === 'redirect'
            ? verifyRedirectSignature(binding.querystring, signingCertificate)
            : verifyPostSignature(request, signingCertificate);
        if (!valid)
          throw refused('application.saml.invalid_signature', 'The AuthnRequest’s signature does not verify.');
      }
      return open(id, { requestId: request.id, relayState, rawRequest: request.xml, forceAuthn: request.forceAuthn });
    },

    /** IdP-initiated: a session without an AuthnRequest; the response carries no InResponseTo. */
    async startIdpInitiated(id: string, relayState?: string) {
      await ready(id);
      return open(id, { relayState });
    },

    /**
     * The OIDC callback: claims the session the cookie and state name (once), redeems the code
     * with the app's own client secret and PKCE, and builds the SAMLResponse for the ACS URL.
     */
    async complete(id: string, sessionId: string | undefined, callback: SamlCallback, providerUrl: string) {
      if (callback.error) throw refused('oidc.invalid_request', callback.errorDescription ?? callback.error);
      if (!callback.code || !callback.state)
        throw refused('guard.invalid_input', 'The callback needs `code` and `state`.');
      if (!sessionId)
        throw refused(
          'application.saml.sp_initiated_saml_sso_session_not_found_in_cookies',
          'This browser holds no SAML sign-in for this application.',
        );
      const session = await store.claimSession(sessionId, sha256(callback.state), id, clock());
      if (!session)
        throw refused(
          'application.saml.sp_initiated_saml_sso_session_not_found',
          'No SAML sign-in in progress matches this callback (used, expired, or another browser’s).',
        );
      const app = await ready(id);
      const client = await deps.applications.findClient(id);
      const clientSecret = client?.secrets[0];
      if (!clientSecret)
        throw refused('application.saml.no_client_secret', 'The SAML application has no valid client secret.');
      let claims: Record<string, unknown>;
      let authTime: number;
      try {
        const result = await redeemTestCode({
          providerUrl,
          issuer,
          jwks: deps.jwks(),
          clientId: id,
          clientSecret,
          code: callback.code,
          codeVerifier: box.open(session.code_verifier_encrypted),
          redirectUri: callbackUrl(id),
          nonce: session.nonce,
        });
        claims = result.userinfo ?? {};
        if (claims.sub !== result.idTokenClaims.sub)
          throw refused('oidc.invalid_token', 'The user info is of another user.');
        authTime = typeof result.idTokenClaims.auth_time === 'number' ? result.idTokenClaims.auth_time * 1000 : clock();
      } catch (error) {
        if (error instanceof SignInTestFailure) throw refused('oidc.invalid_token', error.message);
        throw error;
      }
      const encryption = app.application.encryption;
      const samlResponse = await buildSamlResponse({
        idpEntityId: idpEntityId(id),
        spEntityId: app.entityId,
        acsUrl: app.acsUrl,
        inResponseTo: session.saml_request_id ?? undefined,
        nameId: nameIdOf(app.application, claims),
        attributes: attributesOf(app.application, claims),
        authnInstant: authTime,
        sessionIndex: session.id,
        now: clock(),
        lifetimeMs: assertionLifetimeMs,
        key: app.key,
        ...(encryption?.encryptAssertion && encryption.certificate && { encryptFor: encryption.certificate }),
      });
      return { acsUrl: app.acsUrl, samlResponse, relayState: session.relay_state ?? undefined };
    },

    prune: () => store.deleteExpiredSessions(clock() - keepMs),
  };
}

export type SamlSignInService = ReturnType<typeof createSamlSignInService>;

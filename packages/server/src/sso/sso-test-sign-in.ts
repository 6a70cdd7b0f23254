import { randomBytes } from 'node:crypto';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import type { SsoConnectorsService } from './sso-connectors.service.js';
import { mapSsoErrors } from './sso-errors.js';

/** A test sign-in's `state` starts so: the sign-in page's SSO callback hands it to the console. */
export const testStatePrefix = 'ssotest.';
const lifetimeMs = 10 * 60_000;

interface TestSession {
  connectorId: string;
  session: Record<string, unknown>;
  expiresAt: number;
}

/**
 * The console's "Test connection": a real sign-in at the provider whose answer is only shown,
 * never signed in. The driver's session travels sealed with the master key (`testSession`), so
 * nothing is stored and no other connector's or admin's test can be finished with it.
 */
export function createSsoTestSignIn(deps: {
  connectors: SsoConnectorsService;
  box: SecretBox;
  clock: () => number;
  endpoint: string;
}) {
  const { connectors, box, clock, endpoint } = deps;
  const redirectUriOf = (id: string) => `${endpoint}/callback/sso/${id}`;

  return {
    async start(connectorId: string) {
      const { driver, connector } = await connectors.loaded(connectorId);
      if (Object.keys(connector.config).length === 0)
        throw new RequestError('connector.invalid_config', 422, {
          message: 'Set up the connection of this connector before testing it.',
        });
      const state = `${testStatePrefix}${randomBytes(16).toString('base64url')}`;
      const { uri, session } = await mapSsoErrors(() =>
        driver.authorizationUri(connector, { state, redirectUri: redirectUriOf(connectorId), baseUrl: endpoint }),
      );
      const sealed: TestSession = { connectorId, session, expiresAt: clock() + lifetimeMs };
      return { authorizationUri: uri, state, testSession: box.seal(JSON.stringify(sealed)) };
    },

    async verify(connectorId: string, testSession: string, connectorData: Record<string, unknown>) {
      let sealed: TestSession;
      try {
        sealed = JSON.parse(box.open(testSession)) as TestSession;
      } catch {
        throw new RequestError('session.verification_session_not_found', 404, {
          message: 'This test sign-in is unknown; start the test again.',
        });
      }
      if (sealed.connectorId !== connectorId || sealed.expiresAt < clock())
        throw new RequestError('session.verification_session_not_found', 404, {
          message: 'This test sign-in belongs to another connector or has expired; start the test again.',
        });
      const { driver, connector } = await connectors.loaded(connectorId);
      return mapSsoErrors(() =>
        driver.verify(connector, { data: connectorData, session: sealed.session, baseUrl: endpoint }),
      );
    },
  };
}

export type SsoTestSignIn = ReturnType<typeof createSsoTestSignIn>;

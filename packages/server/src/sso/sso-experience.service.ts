import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import type { UserRow, UsersService } from '../users/index.js';
import { emailRegex } from '../users/index.js';
import type { SsoConnectorsService } from './sso-connectors.service.js';
import type { SsoStore } from './sso-connectors.store.js';
import type { SsoIdentity } from './sso-driver.js';
import { mapSsoErrors } from './sso-errors.js';
import type { SsoIdentitiesService } from './sso-identities.service.js';

/** Logto's `EnterpriseSso` verification record: the driver's session, then the verified identity. */
export interface EnterpriseSsoVerificationRecord {
  id: string;
  type: 'EnterpriseSso';
  connectorId: string;
  session: Record<string, unknown>;
  verified?: { identity: SsoIdentity; syncProfile: boolean; emailTrusted: boolean };
}

/** A new SSO identity, written at submit (past MFA), and the organizations its first sign-in joins. */
export interface SsoPendingLink {
  userId: string;
  connectorId: string;
  identity: SsoIdentity;
  profile: { name?: string; avatar?: string };
  jitOrganizationIds: string[];
}

export type SsoIdentification = { userId: string; created: boolean; pending?: SsoPendingLink };

const profileOf = (identity: SsoIdentity) => ({
  ...(identity.name && { name: identity.name.slice(0, 128) }),
  ...(identity.picture && identity.picture.length <= 2048 && /^https?:\/\//i.test(identity.picture)
    ? { avatar: identity.picture }
    : {}),
});

/**
 * The Experience API's enterprise SSO steps. An identity signs in the user holding it; a new
 * identity is linked to the account holding its email only when that email is trusted (the
 * provider verified it, or its domain is one of the connector's domains), otherwise sign-in
 * answers `user.identity_not_exist` and the client registers a new account. A new account or a
 * new link joins the organizations the connector provisions just in time.
 */
export function createSsoExperience(deps: {
  connectors: SsoConnectorsService;
  identities: SsoIdentitiesService;
  store: Pick<SsoStore, 'jitOrganizationsOf'>;
  users: UsersService;
  endpoint: string;
}) {
  const { connectors, identities, users } = deps;

  async function usable(connectorId: string) {
    const entry = await connectors.loaded(connectorId).catch(() => undefined);
    if (!entry || Object.keys(entry.connector.config).length === 0)
      throw new RequestError('session.invalid_connector_id', 422, {
        message: `There is no usable enterprise SSO connector with id ${connectorId}.`,
        data: { connectorId },
      });
    return entry;
  }

  async function linkableUser(record: EnterpriseSsoVerificationRecord): Promise<UserRow | undefined> {
    const { identity, emailTrusted } = record.verified ?? {};
    if (!identity?.email || !emailTrusted) return undefined;
    return users.findByIdentifier('email', identity.email);
  }

  return {
    connectorIdsForEmail: (email: string) => connectors.idsForEmail(email),

    async authorize(
      connectorId: string,
      request: { state: string; redirectUri: string },
    ): Promise<{ record: EnterpriseSsoVerificationRecord; authorizationUri: string }> {
      const { driver, connector } = await usable(connectorId);
      const { uri, session } = await mapSsoErrors(() =>
        driver.authorizationUri(connector, { ...request, baseUrl: deps.endpoint }),
      );
      return { record: { id: generateId(), type: 'EnterpriseSso', connectorId, session }, authorizationUri: uri };
    },

    async verify(
      record: EnterpriseSsoVerificationRecord,
      connectorData: Record<string, unknown>,
    ): Promise<EnterpriseSsoVerificationRecord> {
      const { driver, connector, row } = await usable(record.connectorId);
      const identity = await mapSsoErrors(() =>
        driver.verify(connector, { data: connectorData, session: record.session, baseUrl: deps.endpoint }),
      );
      const domain = identity.email?.split('@').pop();
      const emailTrusted =
        identity.email !== undefined &&
        emailRegex.test(identity.email) &&
        (identity.emailVerified || (domain !== undefined && connector.domains.includes(domain)));
      // The session is spent: a second verify of this record must start over.
      return { ...record, session: {}, verified: { identity, syncProfile: row.sync_profile === 1, emailTrusted } };
    },

    async identify(event: 'SignIn' | 'Register', record: EnterpriseSsoVerificationRecord): Promise<SsoIdentification> {
      const verified = record.verified;
      if (!verified)
        throw new RequestError('session.verification_failed', 400, {
          message: 'Finish the SSO verification (POST …/verify) before identifying.',
        });
      const { identity, syncProfile } = verified;
      const held = await identities.find(identity.issuer, identity.identityId);
      if (held) {
        if (event === 'Register')
          throw new RequestError('user.identity_already_in_use', 422, {
            message: 'This enterprise account already has a user; sign in instead.',
          });
        const user = await users.findOrThrow(held.user_id);
        if (user.is_suspended) throw new RequestError('user.suspended', 401);
        await identities.refresh(held, identity);
        if (syncProfile) await users.update(user.id, profileOf(identity));
        return { userId: user.id, created: false };
      }
      const jitOrganizationIds = await deps.store.jitOrganizationsOf(record.connectorId);
      const existing = await linkableUser(record);
      if (existing) {
        if (existing.is_suspended) throw new RequestError('user.suspended', 401);
        const profile = syncProfile ? profileOf(identity) : {};
        const pending = { userId: existing.id, connectorId: record.connectorId, identity, profile, jitOrganizationIds };
        return { userId: existing.id, created: false, pending };
      }
      if (event === 'SignIn')
        throw new RequestError('user.identity_not_exist', 422, {
          message:
            'No user has this enterprise account yet. Switch the interaction to Register to create one (its email is not trusted to link an existing account).',
        });
      const email =
        verified.emailTrusted && identity.email && identity.email.length <= 128 ? identity.email : undefined;
      const user = await users.create({ ...profileOf(identity), ...(email && { primaryEmail: email }) });
      await identities.link(user.id, record.connectorId, identity).catch(async (error: unknown) => {
        await users.remove(user.id);
        throw error;
      });
      return {
        userId: user.id,
        created: true,
        pending: { userId: user.id, connectorId: record.connectorId, identity, profile: {}, jitOrganizationIds },
      };
    },

    /** At submit: the new link (sign-in) is written, with the provider's profile when synced. */
    async finish(pending: SsoPendingLink, created: boolean): Promise<void> {
      if (created) return;
      await identities.link(pending.userId, pending.connectorId, pending.identity);
      if (Object.keys(pending.profile).length > 0) await users.update(pending.userId, pending.profile);
    },
  };
}

export type SsoExperience = ReturnType<typeof createSsoExperience>;

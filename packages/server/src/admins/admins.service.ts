import { createHash, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { createSharedCache } from '../cache/shared-cache.js';
import { generateSecret } from '../crypto/ids.js';
import type { Page } from '../http/pagination.js';
import { RequestError } from '../http/request-error.js';
import type { OneTimeTokensService } from '../one-time-tokens/index.js';
import { type AdminRole, adminRoles } from '../realm/admin-seed.js';
import type { RealmCore } from '../realm/realm.js';
import { checkPassword, describePasswordIssues } from '../sign-in-experience/index.js';
import type { CreateUser, User } from '../users/users.schemas.js';
import { type AdminView, adminRoleSchema, type adminSignInPolicySchema } from './admins.schemas.js';

type AdminSignInPolicy = z.output<typeof adminSignInPolicySchema>;

import type { AdminsStore, OwnerGuarded } from './admins.store.js';

export interface Admin extends User {
  role: AdminRole;
}

/** A password nobody chose: shown once to whoever created the administrator. */
const generatePassword = () => generateSecret();

const hashOf = (value: string) => createHash('sha256').update(value).digest();

const setupLifetimeMs = 3600_000;
const invitationLifetimeSeconds = 7 * 24 * 3600;
/** How late a role change or removal may reach a node's Management API guard. */
const accessCacheMs = 5_000;

const lastOwner = () =>
  new RequestError('admins.last_owner', 422, {
    message: 'This is the last Owner: make another administrator an Owner first.',
  });

function toView(user: User, role: AdminRole): AdminView {
  const { id, username, primaryEmail, name, avatar, isSuspended, lastSignInAt, createdAt } = user;
  return { id, username, primaryEmail, name, avatar, isSuspended, lastSignInAt, createdAt, role };
}

/**
 * Administrators: users of the admin realm, each holding exactly one of the Owner, Admin and
 * Viewer roles. At least one Owner always remains once the first exists; the first comes from
 * the one-time setup link, the CLI, never from a visitor.
 */
export function createAdminsService(deps: {
  realm: RealmCore;
  roleIds: Record<AdminRole, string>;
  store: AdminsStore;
  invitations: OneTimeTokensService;
  endpoint: string;
  clock: () => number;
}) {
  const { realm, roleIds, store, invitations, endpoint, clock } = deps;
  const roleByRoleId = new Map(Object.entries(roleIds).map(([role, id]) => [id, role as AdminRole]));
  const adminRoleIds = Object.values(roleIds);
  const access = createSharedCache<readonly string[]>(realm.cache, 'admin-access', { clock, ttlMs: accessCacheMs });

  /** The admin realm's password policy (at least 12 characters), checked against the new account's own names too. */
  async function guardPassword(input: CreateUser): Promise<void> {
    if (input.password === undefined) return;
    const { passwordPolicy } = await realm.signInExperience.settings();
    const issues = checkPassword(input.password, [input.username, input.primaryEmail, input.name], passwordPolicy);
    if (issues.length > 0)
      throw new RequestError('password.rejected', 422, {
        message: describePasswordIssues(issues),
        data: { result: false, issues },
      });
  }

  async function roleOf(userId: string): Promise<AdminRole | undefined> {
    const [row] = (await store.roleIdsOf([userId])).filter((entry) => roleByRoleId.has(entry.role_id));
    return row && roleByRoleId.get(row.role_id);
  }

  async function get(id: string): Promise<AdminView> {
    const user = await realm.users.get(id);
    const role = await roleOf(id);
    if (!role) throw new RequestError('entity.not_found', 404);
    return toView(user, role);
  }

  async function create(input: CreateUser & { role: AdminRole }): Promise<Admin> {
    const { role, ...profile } = input;
    await guardPassword(profile);
    const user = await realm.users.create(profile);
    try {
      await realm.stores.roleMembers.addUserRoles([{ user_id: user.id, role_id: roleIds[role] }]);
    } catch (error) {
      // An administrator without a role would be an account nobody can see the purpose of.
      await realm.users.remove(user.id).catch(() => undefined);
      throw error;
    }
    return { ...user, role };
  }

  function settle(outcome: OwnerGuarded, id: string): void {
    access.changed(id);
    if (outcome === 'not_found') throw new RequestError('entity.not_found', 404);
    if (outcome === 'last_owner') throw lastOwner();
  }

  return {
    create,
    get,

    async list(page?: Page): Promise<{ items: AdminView[]; total: number }> {
      const { items, total } = await realm.users.list({}, page ?? { offset: 0, limit: 10_000 });
      const roles = await store.roleIdsOf(items.map((user) => user.id));
      const roleOfUser = new Map(roles.map((row) => [row.user_id, roleByRoleId.get(row.role_id)]));
      return {
        items: items.flatMap((user) => {
          const role = roleOfUser.get(user.id);
          return role ? [toView(user, role)] : [];
        }),
        total,
      };
    },

    /** Management API: a password is generated when none is given, and answered this once. */
    async createWithPassword(input: CreateUser & { role: AdminRole }) {
      const password = input.password ?? generatePassword();
      const admin = await create({ ...input, password });
      return { ...toView(admin, admin.role), ...(input.password === undefined && { password }) };
    },

    async setRole(id: string, role: AdminRole): Promise<AdminView> {
      settle(await store.setRole(id, roleIds[role], adminRoleIds), id);
      return get(id);
    },

    async remove(id: string): Promise<void> {
      settle(await store.remove(id), id);
    },

    async signInPolicy() {
      const { mfa, passwordPolicy } = await realm.signInExperience.settings();
      return { mfaPolicy: mfa.policy as AdminSignInPolicy['mfaPolicy'], passwordPolicy };
    },

    /** Only the two-step policy and the password rules; the factors stay TOTP, passkeys and backup codes. */
    async updateSignInPolicy(patch: Partial<AdminSignInPolicy>) {
      const current = await realm.signInExperience.settings();
      await realm.signInExperience.update({
        ...(patch.mfaPolicy && { mfa: { ...current.mfa, policy: patch.mfaPolicy } }),
        ...(patch.passwordPolicy && { passwordPolicy: patch.passwordPolicy }),
      });
      const { mfa, passwordPolicy } = await realm.signInExperience.settings();
      return { mfaPolicy: mfa.policy as AdminSignInPolicy['mfaPolicy'], passwordPolicy };
    },

    /** The administrator's own two-step verification factors (no secrets). */
    mfaFactors: (id: string) => realm.userMfa.list(id),

    /** Asks for two-step set-up at the administrator's next sign-in, even if they skipped it before. */
    async promptMfa(id: string): Promise<void> {
      await realm.users.updateMfaConfig(id, { skipped: false, additionalBindingSuggestionSkipped: false });
    },

    /** Removes all of an administrator's factors (a lost authenticator); answers the types removed. */
    async resetMfa(id: string): Promise<string[]> {
      await get(id);
      const factors = await realm.userMfa.list(id);
      for (const factor of factors) await realm.userMfa.remove(id, factor.id).catch(() => undefined);
      await realm.users.updateMfaConfig(id, { skipped: false, additionalBindingSuggestionSkipped: false });
      return factors.map((factor) => factor.type);
    },

    /**
     * The Management API permissions an administrator holds now: their role's, or none when
     * removed or suspended. Cached briefly: every console request asks.
     */
    async currentScopes(id: string): Promise<readonly string[]> {
      return access.get(id, async () => {
        const [user, role] = await Promise.all([realm.stores.users.findById(id), roleOf(id)]);
        return user && user.is_suspended === 0 && role ? adminRoles[role].scopes : [];
      });
    },

    /**
     * With no Owner yet, a fresh single-use setup code (1 hour), replacing any older one; only its
     * hash is stored. Undefined once an Owner exists.
     */
    async ensureSetupCode(): Promise<string | undefined> {
      if ((await store.ownerCount()) > 0) return undefined;
      const code = generateSecret();
      const now = clock();
      await store.putSetup({ hash: hashOf(code).toString('hex'), expiresAt: now + setupLifetimeMs }, now);
      return code;
    },

    setupLink: (code: string) => `${endpoint}/console/setup#code=${code}`,

    /** The first Owner, from the setup code: it works once, within its hour, and only while no Owner exists. */
    async completeSetup(input: CreateUser & { code: string }): Promise<AdminView> {
      const { code, ...profile } = input;
      const invalid = new RequestError('admins.setup_code_invalid', 400, {
        message: 'This setup link is invalid, used or expired. Restart the server or run `tessera admin setup-link`.',
      });
      const setup = await store.readSetup();
      const expected = setup && Buffer.from(setup.record.hash, 'hex');
      const given = hashOf(code);
      if (!setup || !expected || expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid;
      if (setup.record.expiresAt <= clock()) throw invalid;
      // Checked before the code is spent, so a rejected password does not cost the link.
      await guardPassword(profile);
      if (!(await store.takeSetup(setup.value))) throw invalid;
      if ((await store.ownerCount()) > 0) throw invalid;
      try {
        const admin = await create({ ...profile, role: 'owner' });
        return toView(admin, 'owner');
      } catch (error) {
        // The account was refused (a taken name): the link stays usable for a corrected attempt.
        await store.restoreSetup(setup.value, clock());
        throw error;
      }
    },

    async invite(input: { email: string; role: AdminRole }) {
      const created = await invitations.create({
        email: input.email,
        expiresIn: invitationLifetimeSeconds,
        context: { role: input.role },
      });
      const link = `${endpoint}/console/accept#token=${created.token}`;
      return { ...toInvitation(created), link };
    },

    async listInvitations(page?: Page) {
      const { items, total } = await invitations.list({}, page);
      return { items: items.map(toInvitation), total };
    },

    async revokeInvitation(id: string): Promise<void> {
      await invitations.setStatus(id, 'revoked');
    },

    /** The invited person's account, with the role and email of the invitation; the link works once. */
    async acceptInvitation(input: CreateUser & { token: string }): Promise<AdminView> {
      const { token, ...profile } = input;
      const invalid = () =>
        new RequestError('admins.invitation_invalid', 400, {
          message: 'This invitation is invalid, used, revoked or expired. Ask an Owner for a new one.',
        });
      const invitation = await invitations.inspect(token).catch((error: unknown) => {
        throw error instanceof RequestError ? invalid() : error;
      });
      if (invitation.status !== 'active' || invitation.expiresAt <= clock()) throw invalid();
      await guardPassword(profile);
      const { role } = toInvitation(invitation);
      const admin = await create({ ...profile, primaryEmail: invitation.email, role });
      // Spending the link is the atomic step: of two acceptances at once, one account stays.
      try {
        await invitations.redeem(token);
      } catch (error) {
        await realm.users.remove(admin.id).catch(() => undefined);
        throw error instanceof RequestError ? invalid() : error;
      }
      return toView(admin, role);
    },
  };
}

function toInvitation(token: {
  id: string;
  email: string;
  status: 'active' | 'consumed' | 'revoked' | 'expired';
  context: object;
  expiresAt: number;
  createdAt: number;
}) {
  const role = adminRoleSchema.parse((token.context as { role?: unknown }).role);
  const { id, email, status, expiresAt, createdAt } = token;
  return { id, email, role, status, expiresAt, createdAt };
}

export type AdminsService = ReturnType<typeof createAdminsService>;

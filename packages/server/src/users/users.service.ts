import { generateUserId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import { isUniqueViolation } from '../storage/database.js';
import type { PasswordAlgorithm } from './password-digest.schemas.js';
import { importedDigestMatches, isCheapDigest } from './password-digests.js';
import { burnVerification, hashPassword, passwordEncryptionMethod, verifyPassword } from './password-hasher.js';
import { newUserRow, passwordToStore, type StoredPassword } from './user-rows.js';
import type { CreateUser, UpdateUser, User, UserFilter } from './users.schemas.js';
import type { UserRow, UsersStore, UsersTransaction } from './users.store.js';

export type Clock = () => number;

export type IdentifierType = 'username' | 'email' | 'phone';

/** Logto's `identities[<target>]`: the user's id at the provider and what the provider said about them. */
export interface SocialIdentity {
  userId: string;
  details?: Record<string, unknown>;
}
export type SocialProfile = Pick<CreateUser, 'name' | 'avatar' | 'primaryEmail' | 'primaryPhone'>;

const identitiesOf = (row: UserRow) => JSON.parse(row.identities) as Record<string, SocialIdentity | undefined>;

const columnFor = { username: 'username', email: 'primary_email', phone: 'primary_phone' } as const;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    primaryEmail: row.primary_email,
    primaryPhone: row.primary_phone,
    name: row.name,
    avatar: row.avatar,
    customData: JSON.parse(row.custom_data),
    identities: JSON.parse(row.identities),
    lastSignInAt: row.last_sign_in_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    profile: JSON.parse(row.profile),
    applicationId: row.application_id,
    isSuspended: row.is_suspended === 1,
    hasPassword: row.password_encrypted !== null,
  };
}

export function rethrowUnique(error: unknown): never {
  if (isUniqueViolation(error)) {
    const text = String((error as Error).message);
    if (text.includes('user_social_identities')) throw identityInUse();
    if (text.includes('primary_email')) throw new RequestError('user.email_already_in_use', 422);
    if (text.includes('primary_phone')) throw new RequestError('user.phone_already_in_use', 422);
    throw new RequestError('user.username_already_in_use', 422);
  }
  throw error;
}

const invalidPattern = (error: unknown) =>
  new RequestError('guard.invalid_query', 400, {
    message: `The search pattern is invalid: ${(error as Error).message}`,
  });

const identityInUse = () =>
  new RequestError('user.identity_already_in_use', 422, {
    message: 'This social account is already linked to another user.',
  });

/** Logto's per-user `logto_config`; the experience reads `mfa.skipped`. */
export interface LogtoConfig {
  mfa?: {
    enabled?: boolean;
    skipped?: boolean;
    additionalBindingSuggestionSkipped?: boolean;
    skipMfaOnSignIn?: boolean;
  };
  /** Logto's `passkeySignIn`: the user declined adding a passkey at sign-in. */
  passkeySignIn?: { skipped?: boolean };
  [key: string]: unknown;
}

/** Rules for user accounts; stores stay free of them. */
/** What happens with a new user in the transaction that inserts it (the webhook outbox). */
export interface UserCreatedListener {
  /** Called with one user (the API, sign-up) or a whole batch (`tessera users import`). */
  inTransaction(users: User | readonly User[], trx: UsersTransaction): Promise<unknown>;
  committed(): void;
}

/** What writes users needs: the store, the clock and who hears of new users (webhooks). */
export interface UserWriterDeps {
  users: UsersStore;
  clock: Clock;
  onCreated?: UserCreatedListener;
}

export function createUsersService({ users, clock, onCreated }: UserWriterDeps) {
  async function findOrThrow(id: string): Promise<UserRow> {
    const row = await users.findById(id);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }

  async function insertUser(
    input: CreateUser & { applicationId?: string },
    password: StoredPassword | null,
    identities: Record<string, SocialIdentity> = {},
  ): Promise<User> {
    const keys = Object.entries(identities).map(([target, identity]) => ({ target, identityId: identity.userId }));
    const row = newUserRow(input, password, { id: generateUserId(), now: clock(), identities });
    const user = toUser(row);
    await users.insert(row, keys, onCreated && ((trx) => onCreated.inTransaction(user, trx))).catch(rethrowUnique);
    onCreated?.committed();
    return user;
  }

  /**
   * An imported digest (bcrypt, SHA-256, Legacy, …): checked by its algorithm and, once it matches,
   * replaced by an argon2id hash of the password. The swap applies only while the row still holds
   * that digest, so a concurrent sign-in (or a new password set meanwhile) is never overwritten.
   */
  async function checkImportedPassword(row: UserRow, digest: string, password: string): Promise<boolean> {
    const algorithm = row.password_encryption_method as PasswordAlgorithm;
    if (!(await importedDigestMatches(algorithm, digest, password))) {
      if (isCheapDigest(algorithm)) await burnVerification(password);
      return false;
    }
    const rehashed = {
      password_encrypted: await hashPassword(password),
      password_encryption_method: passwordEncryptionMethod,
    };
    await users.replacePasswordDigest(row.id, digest, rehashed);
    return true;
  }

  return {
    findOrThrow,
    /** Which SQL the store speaks: some of Logto's search modes need PostgreSQL. */
    dialect: users.dialect,
    async get(id: string): Promise<User> {
      return toUser(await findOrThrow(id));
    },

    async create(input: CreateUser & { applicationId?: string }): Promise<User> {
      return insertUser(input, await passwordToStore(input));
    },

    /** Sign-up hashes the password when it is checked; the account is created later (by username, or a verified email/phone). */
    createWithEncryptedPassword(
      profile: string | Pick<CreateUser, 'username' | 'primaryEmail' | 'primaryPhone'>,
      passwordEncrypted: string | null,
    ): Promise<User> {
      const password = passwordEncrypted ? { encrypted: passwordEncrypted, method: passwordEncryptionMethod } : null;
      return insertUser(typeof profile === 'string' ? { username: profile } : profile, password);
    },

    async update(id: string, input: UpdateUser): Promise<User> {
      await findOrThrow(id);
      const changes: Partial<UserRow> = { updated_at: clock() };
      if (input.username !== undefined) changes.username = input.username;
      if (input.primaryEmail !== undefined) changes.primary_email = input.primaryEmail?.toLowerCase() ?? null;
      if (input.primaryPhone !== undefined) changes.primary_phone = input.primaryPhone;
      if (input.name !== undefined) changes.name = input.name;
      if (input.avatar !== undefined) changes.avatar = input.avatar;
      if (input.customData !== undefined) changes.custom_data = JSON.stringify(input.customData);
      if (input.profile !== undefined) changes.profile = JSON.stringify(input.profile);
      const row = await users.update(id, changes).catch(rethrowUnique);
      if (!row) throw new RequestError('entity.not_found', 404);
      return toUser(row);
    },

    async setPassword(id: string, password: string): Promise<User> {
      await findOrThrow(id);
      const row = await users.update(id, {
        password_encrypted: await hashPassword(password),
        password_encryption_method: passwordEncryptionMethod,
        is_password_expired: 0,
        updated_at: clock(),
      });
      return toUser(row as UserRow);
    },

    /** Logto's `PATCH /users/:userId/password/expiration`: an expired password signs in no more until it is reset. */
    async setPasswordExpired(id: string, isExpired: boolean): Promise<User> {
      await findOrThrow(id);
      const row = await users.update(id, { is_password_expired: isExpired ? 1 : 0, updated_at: clock() });
      return toUser(row as UserRow);
    },

    /** Merges Logto's `mfa` and `passkeySignIn` parts into the user's `logto_config`. */
    async updateLogtoConfig(id: string, parts: Pick<LogtoConfig, 'mfa' | 'passkeySignIn'>): Promise<LogtoConfig> {
      const data = await users.findLogtoConfig(id);
      const current = data ? (JSON.parse(data) as LogtoConfig) : {};
      const next: LogtoConfig = { ...current };
      if (parts.mfa) next.mfa = { ...current.mfa, ...parts.mfa };
      if (parts.passkeySignIn) next.passkeySignIn = { ...current.passkeySignIn, ...parts.passkeySignIn };
      await users.saveLogtoConfig(id, JSON.stringify(next), clock());
      return next;
    },

    async setSuspended(id: string, isSuspended: boolean): Promise<User> {
      await findOrThrow(id);
      const row = await users.update(id, { is_suspended: isSuspended ? 1 : 0, updated_at: clock() });
      return toUser(row as UserRow);
    },

    /** `actorId` is the caller; an admin user deleting their own account would lock themselves out. */
    async remove(id: string, actorId?: string): Promise<void> {
      if (id === actorId) throw new RequestError('user.cannot_delete_self', 400);
      if (!(await users.delete(id))) throw new RequestError('entity.not_found', 404);
    },

    async list(filter: UserFilter, page: { offset: number; limit: number }): Promise<{ items: User[]; total: number }> {
      const [rows, total] = await Promise.all([users.list(filter, page), users.count(filter)]).catch(
        (error: unknown) => {
          // PostgreSQL's data exceptions (class 22): a malformed `posix` or `similar_to` pattern.
          if (/^22/.test(String((error as { code?: unknown }).code))) throw invalidPattern(error);
          throw error;
        },
      );
      return { items: rows.map(toUser), total };
    },

    async getCustomData(id: string): Promise<Record<string, unknown>> {
      return JSON.parse((await findOrThrow(id)).custom_data);
    },

    async setCustomData(id: string, customData: Record<string, unknown>): Promise<Record<string, unknown>> {
      await findOrThrow(id);
      await users.update(id, { custom_data: JSON.stringify(customData), updated_at: clock() });
      return customData;
    },

    findByIdentifier(type: IdentifierType, value: string): Promise<UserRow | undefined> {
      return users.findByIdentifier(columnFor[type], type === 'email' ? value.toLowerCase() : value);
    },

    /** The user holding the social identity `identityId` of `target` (Logto's `identities[target].userId`). */
    findBySocialIdentity(target: string, identityId: string): Promise<UserRow | undefined> {
      return users.findBySocialIdentity(target, identityId);
    },

    /** Social sign-up: the account and its identity in one insert. */
    createWithSocialIdentity(profile: SocialProfile, target: string, identity: SocialIdentity): Promise<User> {
      return insertUser(profile, null, { [target]: identity });
    },

    /**
     * Records (or refreshes) a social identity; `profile` updates name and avatar too (connector
     * syncProfile). Refused with `user.identity_already_in_use` when another user holds it.
     */
    async linkSocialIdentity(id: string, target: string, identity: SocialIdentity, profile: SocialProfile = {}) {
      const row = await findOrThrow(id);
      const now = clock();
      const changes: Partial<UserRow> = {
        identities: JSON.stringify({ ...identitiesOf(row), [target]: identity }),
        updated_at: now,
      };
      if (profile.name !== undefined) changes.name = profile.name;
      if (profile.avatar !== undefined) changes.avatar = profile.avatar;
      const linked = await users.linkIdentity(id, { target, identityId: identity.userId }, changes, now);
      if (!linked) throw identityInUse();
    },

    /**
     * Logto's `DELETE /users/:userId/identities/:target`: the user no longer signs in with that
     * social account. Answers the identities left; `user.identity_not_exist` when none of `target`.
     */
    async unlinkSocialIdentity(id: string, target: string): Promise<Record<string, unknown>> {
      const { [target]: removed, ...rest } = identitiesOf(await findOrThrow(id));
      if (removed === undefined) throw new RequestError('user.identity_not_exist', 404);
      await users.unlinkIdentity(id, target, { identities: JSON.stringify(rest), updated_at: clock() });
      return rest;
    },

    /** Logto's `PATCH /users/:userId/profile`: merges the claims given and answers the whole profile. */
    async updateProfile(id: string, profile: User['profile']): Promise<User['profile']> {
      const merged = { ...JSON.parse((await findOrThrow(id)).profile), ...profile };
      await users.update(id, { profile: JSON.stringify(merged), updated_at: clock() });
      return merged;
    },

    /** Logto's `POST /users/:userId/password/verify`: 422 unless the password is the user's. */
    async verifyPassword(id: string, password: string): Promise<void> {
      const row = await findOrThrow(id);
      if (!(await this.checkPassword(row, password))) throw new RequestError('session.invalid_credentials', 422);
    },

    /**
     * Logto's `PUT /users/:userId/identities/:target`: sets the identity directly. Answers whether
     * it was new and every identity of the user; 422 when another user holds it.
     */
    async setSocialIdentity(id: string, target: string, identity: SocialIdentity) {
      const created = identitiesOf(await findOrThrow(id))[target] === undefined;
      await this.linkSocialIdentity(id, target, identity);
      return { created, identities: identitiesOf(await findOrThrow(id)) as Record<string, unknown> };
    },

    /** The exposed part of `logto_config`, as Logto's `GET /users/:userId/logto-configs`. */
    async exposedLogtoConfig(id: string): Promise<{ mfa: { skipped: boolean } }> {
      await findOrThrow(id);
      const config = await this.logtoConfig(id);
      return { mfa: { skipped: config.mfa?.skipped === true } };
    },

    async logtoConfig(id: string): Promise<LogtoConfig> {
      const data = await users.findLogtoConfig(id);
      return data ? (JSON.parse(data) as LogtoConfig) : {};
    },

    /** Merges `mfa` (and `passkeySignIn`) into the user's `logto_config`. */
    async updateMfaConfig(
      id: string,
      mfa: NonNullable<LogtoConfig['mfa']>,
      passkeySignIn?: NonNullable<LogtoConfig['passkeySignIn']>,
    ): Promise<void> {
      const data = await users.findLogtoConfig(id);
      const current = data ? (JSON.parse(data) as LogtoConfig) : {};
      const next: LogtoConfig = { ...current, mfa: { ...current.mfa, ...mfa } };
      if (passkeySignIn) next.passkeySignIn = { ...current.passkeySignIn, ...passkeySignIn };
      await users.saveLogtoConfig(id, JSON.stringify(next), clock());
    },

    /**
     * An account without a password takes as long to refuse as a wrong password does. Our own
     * argon2id hashes take the first path; imported digests are checked, then upgraded, aside.
     */
    async checkPassword(row: UserRow, password: string): Promise<boolean> {
      const encrypted = row.password_encrypted;
      if (encrypted === null) {
        await burnVerification(password);
        return false;
      }
      if (row.password_encryption_method === passwordEncryptionMethod) return verifyPassword(password, encrypted);
      return checkImportedPassword(row, encrypted, password);
    },

    async recordSignIn(id: string): Promise<void> {
      await users.update(id, { last_sign_in_at: clock() });
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;

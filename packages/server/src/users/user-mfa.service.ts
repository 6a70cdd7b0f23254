import type { SecretBox } from '../crypto/secret-box.js';
import { generateBackupCodes, hashBackupCodes, isBackupCodeSet } from '../experience/mfa.backup-codes.js';
import type { MfaRow, MfaStore, StoredBackupCode } from '../experience/mfa.store.js';
import { isValidTotpSecret, matchingTotpStep, newTotpSecret, totpQrCode } from '../experience/mfa.totp.js';
import type { NewWebAuthnCredential } from '../experience/webauthn.schemas.js';
import { RequestError } from '../http/request-error.js';
import type { CreatedUserMfa, CreateUserMfaBody, UserMfaVerification } from './user-mfa.schemas.js';
import type { UsersService } from './users.service.js';

function toVerification(row: MfaRow): UserMfaVerification {
  const base = { id: row.id, createdAt: new Date(row.created_at).toISOString(), type: row.type };
  if (row.type === 'BackupCode') {
    const codes = JSON.parse(row.codes ?? '[]') as StoredBackupCode[];
    return { ...base, remainCodes: codes.filter((c) => c.usedAt === null).length };
  }
  if (row.type === 'WebAuthn') return { ...base, agent: row.agent ?? undefined, name: row.name ?? undefined };
  return base;
}

/**
 * The Management API's view of a user's MFA factors (Logto's admin-user/mfa-verifications):
 * list them without secrets, add TOTP or backup codes for the user, remove one.
 */
export function createUserMfa({
  store,
  users,
  box,
  clock,
  issuer = 'Tessera',
}: {
  store: MfaStore;
  users: UsersService;
  box: SecretBox;
  clock: () => number;
  issuer?: string;
}) {
  async function createTotp(userId: string, given: string | undefined, code: string | undefined) {
    const secret = given?.replace(/\s+/g, '').toUpperCase() ?? newTotpSecret();
    if (!isValidTotpSecret(secret))
      throw new RequestError('user.totp_secret_invalid', 422, {
        message: 'The TOTP secret must be base32 (A–Z, 2–7), 16 to 128 characters.',
      });
    const step = code === undefined ? undefined : matchingTotpStep(secret, code, clock());
    if (code !== undefined && step === undefined) throw new RequestError('session.mfa.invalid_totp_code', 400);
    await store.bind(userId, 'Totp', { secret: box.seal(secret), totpLastStep: step }, clock());
    const user = await users.findOrThrow(userId);
    const label = user.username ?? user.primary_email ?? user.primary_phone ?? user.name ?? user.id;
    return { type: 'Totp' as const, secret, secretQrCode: await totpQrCode(secret, issuer, label) };
  }

  async function bindBackupCodes(userId: string, rows: MfaRow[], hashed: { hash: string; salt: string }[]) {
    const backup = rows.find((row) => row.type === 'BackupCode');
    if (backup && toVerification(backup).remainCodes)
      throw new RequestError('user.backup_code_already_in_use', 422, {
        message: 'The user still has unused backup codes; delete them first.',
      });
    if (!rows.some((row) => row.type !== 'BackupCode'))
      throw new RequestError('session.mfa.backup_code_can_not_be_alone', 422, {
        message: 'Backup codes can only be added beside another factor.',
      });
    await store.bind(userId, 'BackupCode', { codes: hashed.map((c) => ({ ...c, usedAt: null })) }, clock());
  }

  return {
    async list(userId: string): Promise<UserMfaVerification[]> {
      await users.findOrThrow(userId);
      return (await store.list(userId)).sort((a, b) => a.created_at - b.created_at).map(toVerification);
    },

    async create(userId: string, body: CreateUserMfaBody): Promise<CreatedUserMfa> {
      await users.findOrThrow(userId);
      const rows = await store.list(userId);
      if (body.type === 'Totp') {
        if (rows.some((row) => row.type === 'Totp')) throw new RequestError('user.totp_already_in_use', 422);
        return createTotp(userId, body.secret, body.code);
      }
      // Imported codes (Logto's `codes`) are kept as hashes like generated ones.
      const { codes, hashed } = body.codes
        ? { codes: body.codes, hashed: hashBackupCodes(body.codes) }
        : generateBackupCodes();
      await bindBackupCodes(userId, rows, hashed);
      return { type: 'BackupCode', codes };
    },

    /** Logto's `PUT /my-account/mfa-verifications/totp`: binds a TOTP secret, replacing any (the code proves it). */
    async replaceTotp(userId: string, secret: string, code: string): Promise<void> {
      await users.findOrThrow(userId);
      await createTotp(userId, secret, code);
    },

    /** Backup codes the user was shown beforehand (the Account API's generate, then bind). */
    async bindBackupCodes(userId: string, codes: string[]): Promise<void> {
      if (!isBackupCodeSet(codes))
        throw new RequestError('user.wrong_backup_code_format', 422, {
          message: 'Backup codes are the ten codes the generate call answered.',
        });
      await bindBackupCodes(userId, await store.list(userId), hashBackupCodes(codes));
    },

    /** Adds a verified passkey beside the user's others (the Account API's WebAuthn binding). */
    async addPasskey(userId: string, credential: NewWebAuthnCredential, name?: string): Promise<void> {
      if (await store.findWebAuthn(credential.id))
        throw new RequestError('user.webauthn_already_in_use', 422, { message: 'This passkey is already registered.' });
      await store.addWebAuthn(userId, credential, clock(), name);
    },

    /** Renames one of the user's passkeys; 404 when the user has no passkey with that id. */
    async renamePasskey(userId: string, id: string, name: string): Promise<void> {
      if (!(await store.renameWebAuthn(userId, id, name))) throw new RequestError('entity.not_found', 404);
    },

    /** Removes a factor; backup codes go with the last other factor, since they cannot stand alone. */
    async remove(userId: string, verificationId: string): Promise<void> {
      await users.findOrThrow(userId);
      if (!(await store.remove(userId, verificationId))) throw new RequestError('entity.not_found', 404);
      const rest = await store.list(userId);
      if (rest.length > 0 && rest.every((row) => row.type === 'BackupCode'))
        await store.removeType(userId, 'BackupCode');
    },
  };
}

export type UserMfaService = ReturnType<typeof createUserMfa>;

import type { Kysely } from 'kysely';
import type { Config } from '../config/config.js';
import { generateId } from '../crypto/ids.js';
import { managementScopes } from '../management/scopes.js';
import type { SignInExperiencePatch } from '../sign-in-experience/sign-in-experience.schemas.js';
import { defaultSignInExperience } from '../sign-in-experience/sign-in-experience.schemas.js';
import { isUniqueViolation } from '../storage/database.js';
import type { Database } from '../storage/schema.js';

/** The console's public client in the admin realm; it exists nowhere else. */
export const consoleApplicationId = 'tessera-console';

/** Management API scopes an administrator's role can hold: write, read only, and managing administrators. */
export const adminScopes = {
  write: managementScopes.all.name,
  read: managementScopes.read.name,
  owner: managementScopes.adminsManage.name,
} as const;

/** The three administrator roles (type User) and the scopes each holds. */
export const adminRoles = {
  owner: { name: 'Owner', scopes: [adminScopes.write, adminScopes.owner] },
  admin: { name: 'Admin', scopes: [adminScopes.write] },
  viewer: { name: 'Viewer', scopes: [adminScopes.read] },
} as const;
export type AdminRole = keyof typeof adminRoles;

/**
 * Nobody registers: administrators come from the CLI, the setup link or an invitation; MFA is
 * offered at sign-in. Only these fields are stored, so fields added later keep their defaults.
 */
export const adminSignInExperience = {
  signInMode: 'SignIn',
  signUp: { identifiers: ['username'], password: true, verify: false },
  signIn: {
    methods: [
      { identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true },
      { identifier: 'email', password: true, verificationCode: false, isPasswordPrimary: true },
    ],
  },
  passwordPolicy: { ...defaultSignInExperience.passwordPolicy, length: { min: 12, max: 256 } },
  mfa: { policy: 'PromptAtSignInAndSignUp', factors: ['Totp', 'WebAuthn', 'BackupCode'] },
  forgotPasswordMethods: [],
} satisfies SignInExperiencePatch;

async function seedResourceAndRoles(db: Kysely<Database>, indicator: string, now: number): Promise<void> {
  await db
    .transaction()
    .execute(async (trx) => {
      const found = await trx
        .selectFrom('resources')
        .select('id')
        .where('indicator', '=', indicator)
        .executeTakeFirst();
      if (found) return;
      const resourceId = generateId();
      await trx
        .insertInto('resources')
        .values({
          id: resourceId,
          name: 'Logto Management API',
          indicator,
          is_default: 0,
          access_token_ttl: 900,
          created_at: now,
        })
        .execute();
      const scopeIds = new Map<string, string>();
      for (const name of Object.values(adminScopes)) {
        const id = generateId();
        scopeIds.set(name, id);
        await trx
          .insertInto('scopes')
          .values({ id, resource_id: resourceId, name, description: `Management API: ${name}`, created_at: now })
          .execute();
      }
      for (const role of Object.values(adminRoles)) {
        const roleId = generateId();
        // Not default: a new account never receives a role by itself.
        await trx
          .insertInto('roles')
          .values({
            id: roleId,
            name: role.name,
            description: `Console ${role.name}`,
            type: 'User',
            is_default: 0,
            created_at: now,
          })
          .execute();
        await trx
          .insertInto('roles_scopes')
          .values(role.scopes.map((name) => ({ role_id: roleId, scope_id: scopeIds.get(name) as string })))
          .execute();
      }
    })
    .catch((error) => {
      // Another node seeded at the same moment.
      if (!isUniqueViolation(error)) throw error;
    });
}

/** The console client; its URIs follow ENDPOINT on every start. */
async function seedConsoleApplication(db: Kysely<Database>, endpoint: string, now: number): Promise<void> {
  const oidc = JSON.stringify({
    redirectUris: [`${endpoint}/console/callback`],
    postLogoutRedirectUris: [`${endpoint}/console`],
  });
  await db
    .insertInto('applications')
    .values({
      id: consoleApplicationId,
      name: 'Tessera Console',
      description: null,
      type: 'SPA',
      oidc_client_metadata: oidc,
      custom_client_metadata: '{}',
      custom_data: '{}',
      is_third_party: 0,
      created_at: now,
    })
    .onConflict((oc) => oc.column('id').doUpdateSet({ oidc_client_metadata: oidc }))
    .execute();
}

/**
 * The admin realm's fixed content, on its own handle: idempotent and safe when several nodes
 * start at once. Answers the role ids by role key.
 */
export async function seedAdminRealm(db: Kysely<Database>, config: Config): Promise<Record<AdminRole, string>> {
  const now = Date.now();
  await seedResourceAndRoles(db, config.managementApiIndicator, now);
  await seedConsoleApplication(db, config.endpoint, now);
  // The migration leaves the row empty; fill it once, so later changes (an Owner raising the MFA policy) survive restarts.
  await db
    .updateTable('sign_in_experiences')
    .set({ data: JSON.stringify(adminSignInExperience), updated_at: now })
    .where('id', '=', 'default')
    .where('data', '=', '{}')
    .execute();
  const rows = await db
    .selectFrom('roles')
    .select(['id', 'name'])
    .where(
      'name',
      'in',
      Object.values(adminRoles).map((role) => role.name),
    )
    .execute();
  const idOf = (name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`admin realm: role ${name} is missing`);
    return row.id;
  };
  return {
    owner: idOf(adminRoles.owner.name),
    admin: idOf(adminRoles.admin.name),
    viewer: idOf(adminRoles.viewer.name),
  };
}

import type { Kysely } from 'kysely';
import { generateId } from '../crypto/ids.js';
import { isUniqueViolation } from '../storage/database.js';
import type { Database } from '../storage/schema.js';
import { managementScopes } from './scopes.js';

export const managementRoleName = 'Logto Management API access';

/**
 * The Management API resource, its `all` permission and the machine-to-machine role that
 * holds it: created once, idempotent across concurrent first starts. The `read` permission is
 * added on every start where it is missing, so installations seeded before it get it too.
 */
export async function seedManagementApi(db: Kysely<Database>, indicator: string): Promise<{ roleId: string }> {
  const now = Date.now();
  await db
    .transaction()
    .execute(async (trx) => {
      let resource = await trx
        .selectFrom('resources')
        .selectAll()
        .where('indicator', '=', indicator)
        .executeTakeFirst();
      if (resource) return;
      resource = {
        id: generateId(),
        name: 'Logto Management API',
        indicator,
        is_default: 0,
        access_token_ttl: 3600,
        created_at: now,
      };
      await trx.insertInto('resources').values(resource).execute();
      const scopeId = generateId();
      await trx
        .insertInto('scopes')
        .values({
          id: scopeId,
          resource_id: resource.id,
          name: managementScopes.all.name,
          description: managementScopes.all.description,
          created_at: now,
        })
        .execute();
      const roleId = generateId();
      await trx
        .insertInto('roles')
        .values({
          id: roleId,
          name: managementRoleName,
          description: 'This default role grants access to the Management API.',
          type: 'MachineToMachine',
          is_default: 0,
          created_at: now,
        })
        .execute();
      await trx.insertInto('roles_scopes').values({ role_id: roleId, scope_id: scopeId }).execute();
    })
    .catch((error) => {
      // Another node seeded at the same moment.
      if (!isUniqueViolation(error)) throw error;
    });
  await seedReadScope(db, indicator, now);
  const role = await db
    .selectFrom('roles')
    .select('id')
    .where('name', '=', managementRoleName)
    .executeTakeFirstOrThrow();
  return { roleId: role.id };
}

/** The `read` permission on the resource (no role holds it: administrators grant it as they choose). */
async function seedReadScope(db: Kysely<Database>, indicator: string, now: number): Promise<void> {
  const resource = await db
    .selectFrom('resources')
    .select('id')
    .where('indicator', '=', indicator)
    .executeTakeFirstOrThrow();
  const { name, description } = managementScopes.read;
  const existing = await db
    .selectFrom('scopes')
    .select('id')
    .where('resource_id', '=', resource.id)
    .where('name', '=', name)
    .executeTakeFirst();
  if (existing) return;
  await db
    .insertInto('scopes')
    .values({ id: generateId(), resource_id: resource.id, name, description, created_at: now })
    .execute()
    .catch((error) => {
      // Another node added it at the same moment.
      if (!isUniqueViolation(error)) throw error;
    });
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleApplicationId, seedAdminRealm } from '../src/realm/admin-seed.js';
import { adminSchema, adminSqliteFile, openStorage } from '../src/storage/database.js';
import { migrations } from '../src/storage/migrations.js';
import { heldAdminRoles } from './support/admins.js';
import { managementApi } from './support/management-client.js';
import { dialect, freshDatabaseUrl, startTestServer, type TestServer } from './support/server.js';

const password = 'correct horse battery staple';

/** Every migration is recorded as applied in the realm's own bookkeeping table. */
async function pendingMigrations(db: TestServer['services']['db'], schema?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'tessera_migrations',
    ...(schema && { migrationTableSchema: schema }),
  });
  return (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
}

describe(`admin realm: its own namespace (${dialect})`, () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('holds the same username once per realm, and refuses it twice in one realm', async () => {
    const { services } = server;
    const endUser = await services.users.create({ username: 'alice', password });
    const admin = await services.admins.create({ username: 'alice', password, role: 'owner' });
    expect(admin.id).not.toBe(endUser.id);
    await expect(services.admins.create({ username: 'alice', password, role: 'viewer' })).rejects.toMatchObject({
      code: 'user.username_already_in_use',
    });
    await expect(services.users.create({ username: 'alice' })).rejects.toMatchObject({
      code: 'user.username_already_in_use',
    });
  });

  it('keeps each realm blind to the other realm’s users', async () => {
    const { services } = server;
    const endUser = await services.users.create({ username: 'bob-end-user', primaryEmail: 'bob@example.com' });
    const admin = await services.admins.create({
      username: 'carol-admin',
      primaryEmail: 'carol@example.com',
      password,
      role: 'admin',
    });
    expect(await services.admin.stores.users.findById(endUser.id)).toBeUndefined();
    expect(await services.stores.users.findById(admin.id)).toBeUndefined();

    const api = await managementApi(server);
    const listed = await api.get<Array<{ username: string }>>('/users?page_size=100');
    expect(listed.status).toBe(200);
    const names = listed.body.map((u) => u.username);
    expect(names).toContain('bob-end-user');
    expect(names).not.toContain('carol-admin');
    expect((await api.get(`/users/${admin.id}`)).status).toBe(404);
    // The same email in the other realm is no conflict either.
    await services.users.create({ username: 'carol-end-user', primaryEmail: 'carol@example.com' });
  });

  it('seeds the console client, the three roles and a closed sign-in policy only in the admin realm', async () => {
    const { services, config } = server;
    const roles = await services.admin.db.selectFrom('roles').select(['name', 'type', 'is_default']).execute();
    expect(roles.map((r) => r.name).sort()).toEqual(['Admin', 'Owner', 'Viewer']);
    expect(roles.every((r) => r.type === 'User' && r.is_default === 0)).toBe(true);
    const client = await services.admin.applications.get(consoleApplicationId);
    expect(client.type).toBe('SPA');
    expect(client.oidcClientMetadata.redirectUris).toEqual([`${config.endpoint}/console/callback`]);
    const policy = await services.admin.signInExperience.get();
    expect(policy.signInMode).toBe('SignIn');
    expect(policy.passwordPolicy.length.min).toBe(12);
    expect(policy.mfa.policy).toBe('PromptAtSignInAndSignUp');

    // None of it leaks into the main realm.
    await expect(services.applications.get(consoleApplicationId)).rejects.toMatchObject({ status: 404 });
    const mainRoles = await services.db.selectFrom('roles').select('name').execute();
    expect(mainRoles.map((r) => r.name)).not.toContain('Owner');
    expect((await services.signInExperience.get()).signInMode).toBe('SignInAndRegister');
  });

  it('gives an administrator exactly the role asked for and holds the admin password policy', async () => {
    const { services } = server;
    const viewer = await services.admins.create({ username: 'dave-viewer', password, role: 'viewer' });
    expect(await heldAdminRoles(services, viewer.id)).toEqual(['Viewer']);
    await expect(
      services.admins.create({ username: 'erin-admin', password: 'Short1!xq', role: 'admin' }),
    ).rejects.toMatchObject({ code: 'password.rejected', status: 422 });
    expect(await services.admin.stores.users.findByIdentifier('username', 'erin-admin')).toBeUndefined();
  });

  it('applies every migration to both realms', async () => {
    const { services } = server;
    expect(await pendingMigrations(services.db)).toEqual([]);
    expect(await pendingMigrations(services.admin.db, dialect === 'postgres' ? adminSchema : undefined)).toEqual([]);
    if (dialect === 'sqlite') {
      const file = adminSqliteFile(server.dbUrl.slice('sqlite:'.length));
      expect(path.basename(file)).toBe('tessera-admin.db');
      expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    }
  });
});

describe(`admin realm: restarts and concurrent first starts (${dialect})`, () => {
  it('starts again on the same database without seeding twice, and keeps administrators', async () => {
    const first = await startTestServer();
    const admin = await first.services.admins.create({ username: 'frank', password, role: 'owner' });
    await first.close();
    const second = await startTestServer({ DB_URL: first.dbUrl, TESSERA_DATA_DIR: first.dataDir });
    try {
      const { services, config } = second;
      expect((await services.admin.users.get(admin.id)).username).toBe('frank');
      const roles = await services.admin.db.selectFrom('roles').select('name').execute();
      expect(roles).toHaveLength(3);
      const resources = await services.admin.db.selectFrom('resources').select('indicator').execute();
      expect(resources).toEqual([{ indicator: config.managementApiIndicator }]);
      // The console's redirect follows the new ENDPOINT (a new port here).
      const client = await services.admin.applications.get(consoleApplicationId);
      expect(client.oidcClientMetadata.redirectUris).toEqual([`${config.endpoint}/console/callback`]);
    } finally {
      await second.stop();
    }
  });

  // Several nodes share one database only on PostgreSQL; a SQLite file belongs to one process.
  it.runIf(dialect === 'postgres')(
    'survives two nodes opening and seeding a fresh database at the same moment',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-realm-race-'));
      const url = await freshDatabaseUrl(dir);
      const storages = await Promise.all([openStorage(url), openStorage(url)]);
      try {
        const config = { managementApiIndicator: 'https://default.logto.app/api', endpoint: 'http://localhost:3001' };
        const seeded = await Promise.all(
          storages.map((storage) => seedAdminRealm(storage.admin, config as Parameters<typeof seedAdminRealm>[1])),
        );
        expect(seeded[0]).toEqual(seeded[1]);
        const [storage] = storages;
        if (!storage) throw new Error('no storage');
        expect(await storage.admin.selectFrom('roles').select('name').execute()).toHaveLength(3);
        expect(await storage.admin.selectFrom('scopes').select('name').execute()).toHaveLength(3);
        expect(await pendingMigrations(storage.admin, dialect === 'postgres' ? adminSchema : undefined)).toEqual([]);
      } finally {
        await Promise.all(storages.map((storage) => storage.close()));
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

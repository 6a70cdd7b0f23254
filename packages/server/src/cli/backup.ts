import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Command } from 'commander';
import { type Config, loadConfig } from '../config/config.js';
import { findMasterKey } from '../crypto/secret-box.js';
import { fromServerPackage } from '../package-dir.js';
import { holdDataLock, takeExclusiveDataLock } from '../storage/data-lock.js';
import { adminSqliteFile, schemaProblem, sqliteFile } from '../storage/database.js';
import { ArchiveError, readArchive, writeArchive } from './backup-archive.js';
import { type OutputOptions, print } from './context.js';

/**
 * `tessera backup <file>` and `tessera restore <file>` for the embedded SQLite database.
 *
 * The backup is one `.tar.gz` file: both SQLite files (end users, and the admin realm's
 * `tessera-admin.db`) and a manifest with their checksums, migrations and an identifier of the
 * master key. One file, so it is written atomically (a temporary name, then a rename), copied
 * off the machine in one piece, and inspected with `tar -tzf`. The master key itself is left
 * out on purpose: a stolen backup then holds no usable secret, and the key is kept elsewhere.
 */
const MAIN = 'tessera.db';
const ADMIN = 'tessera-admin.db';
const MANIFEST = 'manifest.json';

interface Manifest {
  format: 'tessera-backup';
  version: 1;
  createdAt: string;
  tesseraVersion: string;
  /** HMAC of a constant under the master key: tells whether a key is the right one, reveals nothing of it. */
  masterKeyId: string | null;
  files: Record<string, { bytes: number; sha256: string; migration: string | null }>;
}

class BackupError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const postgresBackup = (file: string) =>
  [
    'The database is PostgreSQL: back it up with pg_dump (both schemas, public and tessera_admin, are in the dump),',
    'with the same DB_URL the server uses:',
    '',
    `  pg_dump --format=custom --file=${file} "$DB_URL"`,
    '',
    'pg_dump takes a consistent snapshot while the nodes keep serving. Keep TESSERA_MASTER_KEY apart from the dump.',
  ].join('\n');

const postgresRestore = (file: string) =>
  [
    'The database is PostgreSQL: restore it with pg_restore, with every node stopped, into the database DB_URL names:',
    '',
    `  pg_restore --clean --if-exists --no-owner --exit-on-error --single-transaction --dbname="$DB_URL" ${file}`,
    '',
    'Then start the nodes with the TESSERA_MASTER_KEY the data was written with.',
  ].join('\n');

function masterKeyId(key: Buffer | undefined): string | null {
  return key ? createHmac('sha256', key).update('tessera master key id').digest('hex').slice(0, 16) : null;
}

function sha256(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(1 << 20);
    for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** `PRAGMA integrity_check` and the executed migrations of a database file (opened read-only). */
function inspect(file: string): { integrity: string; migrations: string[] } {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>)
      .map((row) => row.integrity_check)
      .join('; ');
    const hasTable = db
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'tessera_migrations'")
      .get();
    const migrations = hasTable
      ? (db.prepare('select name from tessera_migrations order by name').all() as Array<{ name: string }>).map(
          (row) => row.name,
        )
      : [];
    return { integrity, migrations };
  } catch (error) {
    return { integrity: (error as Error).message, migrations: [] };
  } finally {
    db.close();
  }
}

function sqliteFiles(config: Config): Record<string, string> {
  const main = path.resolve(sqliteFile(config.dbUrl));
  return { [MAIN]: main, [ADMIN]: adminSqliteFile(main) };
}

function version(): string {
  return JSON.parse(fs.readFileSync(fromServerPackage('package.json'), 'utf8')).version;
}

export async function backup(file: string): Promise<{ file: string; bytes: number; manifest: Manifest }> {
  const config = loadConfig();
  if (!config.dbUrl.startsWith('sqlite:')) throw new BackupError('backup.use_pg_dump', postgresBackup(file));
  const sources = sqliteFiles(config);
  if (sources[MAIN] === ':memory:') throw new BackupError('backup.no_database', 'An in-memory database has no backup.');
  for (const source of Object.values(sources))
    if (!fs.existsSync(source)) throw new BackupError('backup.no_database', `There is no database at ${source}.`);
  const out = path.resolve(file);
  if (fs.existsSync(out))
    throw new BackupError('backup.exists', `${out} exists: choose a new name (the backup never overwrites a file).`);
  const lock = holdDataLock(sources[MAIN] as string);
  const work = fs.mkdtempSync(path.join(path.dirname(out), '.tessera-backup-'));
  try {
    const manifest: Manifest = {
      format: 'tessera-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      tesseraVersion: version(),
      masterKeyId: masterKeyId(findMasterKey(config.masterKey, config.dataDir)),
      files: {},
    };
    for (const [name, source] of Object.entries(sources)) {
      const copy = path.join(work, name);
      // One read transaction: a consistent snapshot, taken while the server keeps writing (WAL).
      const db = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
      try {
        db.pragma('busy_timeout = 10000');
        db.prepare('vacuum into ?').run(copy);
      } finally {
        db.close();
      }
      const { integrity, migrations } = inspect(copy);
      if (integrity !== 'ok')
        throw new BackupError('backup.corrupt_source', `${source} fails SQLite's integrity check: ${integrity}`);
      manifest.files[name] = {
        bytes: fs.statSync(copy).size,
        sha256: sha256(copy),
        migration: migrations.at(-1) ?? null,
      };
    }
    const manifestFile = path.join(work, MANIFEST);
    fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    const partial = path.join(work, 'backup.tar.gz');
    await writeArchive(partial, [
      { name: MANIFEST, file: manifestFile },
      ...Object.keys(sources).map((name) => ({ name, file: path.join(work, name) })),
    ]);
    fs.renameSync(partial, out);
    return { file: out, bytes: fs.statSync(out).size, manifest };
  } finally {
    lock.release();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function readManifest(file: string | undefined): Manifest {
  try {
    const manifest = JSON.parse(fs.readFileSync(file ?? '', 'utf8')) as Manifest;
    if (manifest.format === 'tessera-backup' && manifest.version === 1 && manifest.files) return manifest;
  } catch {}
  throw new ArchiveError('its manifest is missing or unreadable');
}

export async function restore(file: string): Promise<{ restored: Record<string, string>; previous?: string }> {
  const config = loadConfig();
  if (!config.dbUrl.startsWith('sqlite:')) throw new BackupError('backup.use_pg_restore', postgresRestore(file));
  const archive = path.resolve(file);
  if (!fs.existsSync(archive)) throw new BackupError('backup.not_found', `There is no backup at ${archive}.`);
  const targets = sqliteFiles(config);
  const main = targets[MAIN] as string;
  const dir = path.dirname(main);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Next to the database, so the files move into place by a rename on the same file system.
  const work = fs.mkdtempSync(path.join(dir, '.tessera-restore-'));
  try {
    let extracted: Map<string, string>;
    let manifest: Manifest;
    try {
      extracted = await readArchive(archive, work, new Set([MANIFEST, MAIN, ADMIN]));
      manifest = readManifest(extracted.get(MANIFEST));
      for (const name of [MAIN, ADMIN]) {
        const copy = extracted.get(name);
        if (!copy || !manifest.files[name]) throw new ArchiveError(`${name} is missing`);
        if (sha256(copy) !== manifest.files[name].sha256) throw new ArchiveError(`${name} does not match its checksum`);
      }
    } catch (error) {
      if (error instanceof ArchiveError)
        throw new BackupError('backup.invalid', `${archive} is not a usable Tessera backup: ${error.message}.`);
      throw error;
    }
    for (const name of [MAIN, ADMIN]) {
      const { integrity, migrations } = inspect(extracted.get(name) as string);
      if (integrity !== 'ok')
        throw new BackupError('backup.corrupt', `The backup's ${name} fails SQLite's integrity check: ${integrity}`);
      const problem = schemaProblem(migrations, undefined, name === ADMIN ? 'admin' : 'default');
      if (problem) throw new BackupError('backup.schema_newer', `The backup cannot be restored here. ${problem}`);
    }
    const key = masterKeyId(findMasterKey(config.masterKey, config.dataDir));
    if (manifest.masterKeyId && key !== manifest.masterKeyId)
      throw new BackupError(
        'backup.master_key',
        key
          ? 'The master key here (TESSERA_MASTER_KEY, or master.key in the data folder) is not the one this backup was taken with: its signing keys and secrets could not be read. Set the right key and restore again.'
          : `There is no master key here. Set TESSERA_MASTER_KEY, or put the master.key file this backup was taken with into ${config.dataDir}, then restore again.`,
      );

    const lock = takeExclusiveDataLock(main);
    try {
      // What was there goes aside, with its write-ahead log: nothing is deleted.
      const present = Object.values(targets)
        .flatMap((target) => [target, `${target}-wal`, `${target}-shm`])
        .filter((target) => fs.existsSync(target));
      let previous: string | undefined;
      if (present.length > 0) {
        previous = path.join(dir, `pre-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`);
        fs.mkdirSync(previous, { mode: 0o700 });
        for (const target of present) fs.renameSync(target, path.join(previous, path.basename(target)));
      }
      for (const [name, target] of Object.entries(targets)) fs.renameSync(extracted.get(name) as string, target);
      const handle = fs.openSync(dir, 'r');
      fs.fsyncSync(handle);
      fs.closeSync(handle);
      return { restored: targets, ...(previous && { previous }) };
    } finally {
      lock.release();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'Back up the SQLite databases to one file while the server runs (PostgreSQL: prints the pg_dump command)',
    )
    .argument('<file>', 'the backup file to write (a .tar.gz; never overwritten)')
    .option('--json', 'print JSON')
    .action(async (file: string, options: OutputOptions) => {
      const result = await backup(file);
      print(options, result, () => [
        `Backup written to ${result.file} (${result.bytes} bytes):`,
        ...Object.entries(result.manifest.files).map(
          ([name, entry]) => `  ${name}: ${entry.bytes} bytes, migration ${entry.migration ?? 'none'}, integrity ok`,
        ),
        'The master key is not in the backup: keep it apart, where you keep secrets (docs/deployment.md).',
      ]);
    });
  program
    .command('restore')
    .description('Restore the SQLite databases from a backup file; the server must be stopped')
    .argument('<file>', 'a file written by tessera backup')
    .option('--json', 'print JSON')
    .action(async (file: string, options: OutputOptions) => {
      const result = await restore(file);
      print(options, result, () => [
        `Restored ${Object.values(result.restored).join(' and ')}.`,
        ...(result.previous ? [`The files that were there are kept in ${result.previous}.`] : []),
        'Start the server with the same master key.',
      ]);
    });
}

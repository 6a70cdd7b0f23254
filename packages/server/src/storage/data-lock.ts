import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';

/**
 * Who is using a SQLite data folder. Every process that opens the database files (servers,
 * their workers, CLI commands) holds a shared lock on `<database file>.lock` for as long as
 * they are open; `tessera restore` needs the exclusive lock, so it refuses while any of them
 * runs. The lock is an ordinary file lock of SQLite (rollback mode, never written), so the
 * operating system drops it when a process dies, even with SIGKILL: no stale lock files.
 */
export function dataLockFile(databaseFile: string): string {
  return `${databaseFile}.lock`;
}

function openLock(databaseFile: string, busyMs: number) {
  const file = dataLockFile(databaseFile);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  const lock = new SqliteDatabase(file);
  lock.pragma(`busy_timeout = ${busyMs}`);
  return lock;
}

export class DataLockedError extends Error {
  readonly code = 'storage.data_in_use';
}

/** The shared lock of a running server (or CLI command): released by `release()` or by the process ending. */
export function holdDataLock(databaseFile: string): { release(): void } {
  if (databaseFile === ':memory:') return { release: () => undefined };
  const lock = openLock(databaseFile, 5000);
  try {
    // A read transaction keeps SQLite's shared lock on the file until it ends.
    lock.exec('begin');
    lock.pragma('schema_version');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY')
      throw new DataLockedError(`${databaseFile} is being restored from a backup: start again when the restore ends.`);
    throw error;
  }
  return {
    release: () => {
      if (lock.open) lock.close();
    },
  };
}

/**
 * The exclusive lock, for replacing the files: refused at once while any process holds the
 * shared lock. Held until `release()`; a server starting meanwhile waits, then refuses.
 */
export function takeExclusiveDataLock(databaseFile: string): { release(): void } {
  const lock = openLock(databaseFile, 0);
  try {
    lock.exec('begin exclusive');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY')
      throw new DataLockedError(
        `A Tessera server (or another tessera command) is using ${databaseFile}. Stop it before restoring.`,
      );
    throw error;
  }
  return {
    release: () => {
      if (!lock.open) return;
      lock.exec('rollback');
      lock.close();
    },
  };
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { type Kysely, sql, type Transaction } from 'kysely';

interface Scope<DB> {
  trx: Transaction<DB>;
  /** False once the transaction ended: timers started inside it fall back to the database. */
  open: boolean;
  savepoints: number;
  /** Run once the transaction has ended (committed or rolled back). */
  ended: Array<() => void>;
}

/**
 * A database handle that joins the transaction of the request it runs in, when there is one.
 *
 * Management API routes that send a webhook data event run their handler in `transaction()`;
 * every store reached from that handler (they all hold this handle) then writes through that one
 * transaction, and so does the outbox row of the event. The change and its delivery commit
 * together or not at all. `db.transaction()` inside it becomes a savepoint, so a store's own
 * transaction keeps its all-or-nothing meaning, and a caught failure inside it does not abort the
 * request's transaction (PostgreSQL would refuse every later statement).
 *
 * Outside such a scope the handle is the plain database. Code of another request never sees the
 * scope (AsyncLocalStorage follows each request's own async chain).
 */
export function createAmbientDatabase<DB>(db: Kysely<DB>) {
  const storage = new AsyncLocalStorage<Scope<DB>>();

  /** `transaction().execute(fn)` inside a scope: a savepoint of the request's transaction. */
  function nested(scope: Scope<DB>) {
    const builder = {
      setIsolationLevel: () => builder,
      setAccessMode: () => builder,
      async execute<T>(fn: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
        scope.savepoints += 1;
        const name = sql.id(`tessera_sp_${scope.savepoints}`);
        await sql`savepoint ${name}`.execute(scope.trx);
        try {
          const result = await fn(scope.trx);
          await sql`release savepoint ${name}`.execute(scope.trx);
          return result;
        } catch (error) {
          await sql`rollback to savepoint ${name}`.execute(scope.trx);
          await sql`release savepoint ${name}`.execute(scope.trx);
          throw error;
        }
      },
    };
    return builder;
  }

  const handle = new Proxy(db, {
    get(_target, property) {
      const scope = storage.getStore();
      const current = scope?.open ? scope.trx : db;
      if (scope?.open && property === 'transaction') return () => nested(scope);
      // Kysely keeps its state in private fields: methods must run on the real object.
      const value = Reflect.get(current, property, current) as unknown;
      return typeof value === 'function' ? value.bind(current) : value;
    },
  }) as Kysely<DB>;

  return {
    /** The handle every store holds. */
    db: handle,
    /** Runs `fn` with every query of its async chain in one transaction (joining an open one). */
    transaction<T>(fn: () => Promise<T>): Promise<T> {
      if (storage.getStore()?.open) return fn();
      const ended: Array<() => void> = [];
      return db
        .transaction()
        .execute(async (trx) => {
          const scope: Scope<DB> = { trx, open: true, savepoints: 0, ended };
          try {
            return await storage.run(scope, fn);
          } finally {
            scope.open = false;
          }
        })
        .finally(() => {
          // After COMMIT (or ROLLBACK) went through: other nodes can now read what changed.
          for (const run of ended) run();
        });
    },
    /** Runs `fn` when the request's transaction has ended, or now when there is none. */
    afterTransaction(fn: () => void): void {
      const scope = storage.getStore();
      if (scope?.open) scope.ended.push(fn);
      else fn();
    },
  };
}

export type AmbientDatabase<DB> = ReturnType<typeof createAmbientDatabase<DB>>;

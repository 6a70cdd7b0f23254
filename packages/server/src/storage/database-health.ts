import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/**
 * Whether the database answers a trivial query within `timeoutMs`: a lost connection, a closed
 * pool or a hung server all count as down (a readiness probe must not hang with it).
 */
export async function databaseAnswers(db: Kysely<Database>, timeoutMs = 3000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = sql`select 1`.execute(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

import { type Compilable, CompiledQuery, type Kysely } from 'kysely';

/**
 * Hot-path queries built and compiled once. Kysely builds an immutable query tree and compiles
 * it to SQL on every call, which costs about as much as running a small indexed query; these
 * few run on every token and user info request. `key` names the query's shape; later calls
 * reuse its SQL with fresh `parameters`, which must be the values the builder would bind, in
 * its order: the first compilation checks that they are.
 */
export function createPreparedQueries<DB>(db: Kysely<DB>) {
  const compiled = new Map<string, string>();
  return async function prepared<Row>(
    key: string,
    build: () => Compilable<Row>,
    parameters: readonly unknown[],
  ): Promise<Row[]> {
    let sql = compiled.get(key);
    if (sql === undefined) {
      const query = build().compile();
      if (JSON.stringify(query.parameters) !== JSON.stringify(parameters))
        throw new Error(`prepared query ${key}: parameters are not the ones its builder binds`);
      sql = query.sql;
      compiled.set(key, sql);
    }
    return (await db.executeQuery<Row>(CompiledQuery.raw(sql, [...parameters]))).rows;
  };
}

export type PreparedQueries = ReturnType<typeof createPreparedQueries>;

import type { Kysely, Selectable } from 'kysely';
import { isUniqueViolation } from '../../storage/database.js';
import type { Database } from '../../storage/schema.js';
import type { SamlSsoRequestsTable } from './saml.tables.js';

export type SamlRequestRow = Selectable<SamlSsoRequestsTable>;

export type CompleteOutcome = 'ok' | 'replayed' | 'used';

/** In-flight SAML sign-ins and the assertion replay cache. SQL only. */
export function createSamlSsoStore(db: Kysely<Database>) {
  return {
    async insertRequest(row: SamlRequestRow): Promise<void> {
      await db.insertInto('saml_sso_requests').values(row).execute();
    },

    findRequest: (connectorId: string, id: string) =>
      db
        .selectFrom('saml_sso_requests')
        .selectAll()
        .where('id', '=', id)
        .where('connector_id', '=', connectorId)
        .executeTakeFirst(),

    /**
     * Records the assertion id (unique per connector) and stores the identity on the pending
     * request, in one transaction: a replayed assertion or a request already answered changes nothing.
     */
    completeRequest(input: {
      connectorId: string;
      requestId: string;
      assertionId: string;
      assertionExpiresAt: number;
      identity: string;
      now: number;
    }): Promise<CompleteOutcome> {
      return db
        .transaction()
        .execute(async (trx) => {
          try {
            await trx
              .insertInto('saml_sso_assertions')
              .values({
                connector_id: input.connectorId,
                assertion_id: input.assertionId,
                expires_at: input.assertionExpiresAt,
              })
              .execute();
          } catch (error) {
            throw isUniqueViolation(error) ? new Refused('replayed') : error;
          }
          const result = await trx
            .updateTable('saml_sso_requests')
            .set({ status: 'verified', identity: input.identity })
            .where('id', '=', input.requestId)
            .where('connector_id', '=', input.connectorId)
            .where('status', '=', 'pending')
            .where('expires_at', '>', input.now)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) throw new Refused('used');
          return 'ok' as const;
        })
        .catch((error: unknown) => {
          if (error instanceof Refused) return error.outcome;
          throw error;
        });
    },

    /** Takes the verified identity once: verified → consumed; undefined when there is none (or it was taken). */
    async takeIdentity(connectorId: string, requestId: string, now: number): Promise<string | undefined> {
      const result = await db
        .updateTable('saml_sso_requests')
        .set({ status: 'consumed' })
        .where('id', '=', requestId)
        .where('connector_id', '=', connectorId)
        .where('status', '=', 'verified')
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return undefined;
      const row = await db
        .selectFrom('saml_sso_requests')
        .select('identity')
        .where('id', '=', requestId)
        .executeTakeFirst();
      return row?.identity ?? undefined;
    },

    /** Drops expired requests and replay-cache entries. */
    async purgeExpired(now: number): Promise<void> {
      await db.deleteFrom('saml_sso_requests').where('expires_at', '<=', now).execute();
      await db.deleteFrom('saml_sso_assertions').where('expires_at', '<=', now).execute();
    },
  };
}

/** Rolls the transaction back with the reason. */
class Refused extends Error {
  constructor(readonly outcome: Exclude<CompleteOutcome, 'ok'>) {
    super(outcome);
  }
}

export type SamlSsoStore = ReturnType<typeof createSamlSsoStore>;

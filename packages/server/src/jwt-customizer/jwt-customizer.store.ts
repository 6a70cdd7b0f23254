import type { Kysely } from 'kysely';
import { createConfigRowStore } from '../storage/config-rows.js';
import type { Database } from '../storage/schema.js';
import type { JwtCustomizerKey } from './jwt-customizer.schemas.js';

/** SQL of the customizer configs, rows of `configs` keyed `jwt.accessToken` / `jwt.clientCredentials`. */
export const createJwtCustomizerStore = (db: Kysely<Database>) => createConfigRowStore<JwtCustomizerKey>(db);

export type JwtCustomizerStore = ReturnType<typeof createJwtCustomizerStore>;

import type { Kysely } from 'kysely';
import { rewriteConfigRow } from '../storage/config-rows.js';
import type { Database } from '../storage/schema.js';
import type { AccountCenter, UpdateAccountCenter } from './account-center.schemas.js';

const key = 'account_center';

/** Logto's default row: the Account API off, every field off. */
const defaults: AccountCenter = {
  tenantId: 'default',
  id: 'default',
  enabled: false,
  fields: {},
  webauthnRelatedOrigins: [],
  deleteAccountUrl: null,
  customCss: null,
};

/** The account center settings, one `configs` row (JSON); absent means Logto's defaults. */
export function createAccountCenterStore(db: Kysely<Database>) {
  const parse = (value: string | undefined): AccountCenter =>
    value ? { ...defaults, ...(JSON.parse(value) as Partial<AccountCenter>) } : defaults;

  return {
    async get(): Promise<AccountCenter> {
      const row = await db.selectFrom('configs').select('value').where('key', '=', key).executeTakeFirst();
      return parse(row?.value);
    },
    /** `fields` replaces the stored fields as a whole, as Logto's PATCH does. */
    async update(changes: UpdateAccountCenter): Promise<AccountCenter> {
      let next = defaults;
      await rewriteConfigRow(db, key, (current) => {
        const stored = parse(current);
        next = {
          ...stored,
          ...(changes.enabled !== undefined && { enabled: changes.enabled }),
          ...(changes.fields !== undefined && { fields: changes.fields }),
          ...(changes.webauthnRelatedOrigins !== undefined && {
            webauthnRelatedOrigins: [...new Set(changes.webauthnRelatedOrigins)],
          }),
          ...(changes.deleteAccountUrl !== undefined && { deleteAccountUrl: changes.deleteAccountUrl || null }),
          ...(changes.customCss !== undefined && { customCss: changes.customCss }),
        };
        return JSON.stringify(next);
      });
      return next;
    },
  };
}

export type AccountCenterStore = ReturnType<typeof createAccountCenterStore>;

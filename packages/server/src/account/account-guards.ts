import { RequestError } from '../http/request-error.js';
import type { AccountCenter, AccountCenterField } from './account-center.schemas.js';

/** The Account API's checks, as Logto answers them: field permissions and token scopes. */
export const readable = (center: AccountCenter, field: AccountCenterField) =>
  center.fields[field] === 'ReadOnly' || center.fields[field] === 'Edit';

/** Logto answers a field that is not `Edit` with 400 `account_center.field_not_editable`. */
export function guardEditable(center: AccountCenter, field: AccountCenterField): void {
  if (center.fields[field] !== 'Edit')
    throw new RequestError('account_center.field_not_editable', 400, {
      message: `The ${field} field is not editable in the account center.`,
    });
}

/** Logto answers a field that is `Off` (or unset) with 400 `account_center.field_not_enabled`. */
export function guardReadable(center: AccountCenter, field: AccountCenterField): void {
  if (!readable(center, field))
    throw new RequestError('account_center.field_not_enabled', 400, {
      message: `The ${field} field is not enabled in the account center.`,
    });
}

export function guardScope(caller: { scopes: ReadonlySet<string> }, scope: string, status = 400): void {
  if (!caller.scopes.has(scope))
    throw new RequestError('auth.unauthorized', status, { message: `The access token lacks the \`${scope}\` scope.` });
}

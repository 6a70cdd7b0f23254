import { RequestError } from '../http/request-error.js';
import { isUniqueViolation } from '../storage/database.js';
import { isForeignKeyViolation } from './relation.store.js';

/** Database refusals on organization writes, as Logto's schema router answers them (422). */
export async function mapWriteErrors<T>(work: () => Promise<T>, names?: { what: string; name?: string }): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new RequestError('entity.relation_foreign_key_not_found', 422);
    if (isUniqueViolation(error))
      throw new RequestError('entity.unique_integrity_violation', 422, {
        message: names ? `An ${names.what} with this name already exists.` : undefined,
        data: names?.name === undefined ? undefined : { name: names.name },
      });
    throw error;
  }
}

export const notFound = () => new RequestError('entity.not_found', 404);

/** Names travel space-separated in `scope`, so a permission name may not hold whitespace. */
export function checkPermissionName(name: string | undefined): void {
  if (name !== undefined && /\s/.test(name)) throw new RequestError('scope.name_with_space', 400);
}

/** Roles given to users must be User roles; to machine-to-machine apps, MachineToMachine ones. */
export function roleTypeMismatch(expected: 'User' | 'MachineToMachine', roleId: string): RequestError {
  return new RequestError('organization.role_type_mismatch', 422, {
    message: `Only ${expected} organization roles can be assigned here.`,
    data: { organizationRoleId: roleId, expectedType: expected },
  });
}

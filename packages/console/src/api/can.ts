import { useCurrentAdmin } from '../auth/current-admin';
import { useI18n } from '../i18n/i18n';
import { type Permission, permissions } from './permissions';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Operation = keyof typeof permissions;
/** The paths of the Management API that accept `method`, as the OpenAPI document spells them. */
export type PathOf<M extends Method> = Operation extends infer K ? (K extends `${M} ${infer P}` ? P : never) : never;

/** Whether scopes pass a level, as the server's guard decides (management/scopes.ts). */
export function allows(scopes: readonly string[], level: Permission): boolean {
  if (level === 'read') return scopes.includes('read') || scopes.includes('all');
  if (level === 'write') return scopes.includes('all');
  return scopes.includes('admins:manage');
}

export interface Can {
  allowed: boolean;
  /** Why not, in words, for the control's explanation; undefined while the role loads. */
  reason?: string;
}

/**
 * Whether the signed-in administrator may call an operation. Pages disable (never hide) a
 * control that is not allowed and show `reason`; the API refuses the call anyway.
 */
export function useCan<M extends Method>(method: M, path: PathOf<M>): Can {
  const { t } = useI18n();
  const admin = useCurrentAdmin();
  const level = permissions[`${method} ${path}` as Operation] as Permission;
  if (!admin.data) return { allowed: false };
  if (allows(admin.data.scopes, level)) return { allowed: true };
  const role = t(admin.data.role ? `role.${admin.data.role}` : 'role.none');
  return { allowed: false, reason: t(`permission.${level}`, { role }) };
}

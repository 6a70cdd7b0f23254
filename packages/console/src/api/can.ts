import { useCurrentAdmin } from '../auth/current-admin';
import { useI18n } from '../i18n/i18n';
import { allows, levelOf, type Method, type PathOf } from './permission-check';

export interface Can {
  allowed: boolean;
  /** Why not, in words, for the control's explanation; undefined while the role loads. */
  reason?: string;
}

/**
 * Whether the signed-in administrator may call an operation. Pages disable (never hide) a
 * control that is not allowed and show `reason` next to it; the API refuses the call anyway.
 */
export function useCan<M extends Method>(method: M, path: PathOf<M>): Can {
  const { t } = useI18n();
  const admin = useCurrentAdmin();
  const level = levelOf(method, path);
  if (!admin.data) return { allowed: false };
  if (allows(admin.data.scopes, level)) return { allowed: true };
  return { allowed: false, reason: t(`permission.${level}`, { role: t(`role.${admin.data.role}`) }) };
}

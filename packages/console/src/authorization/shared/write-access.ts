import { useQueryClient } from '@tanstack/react-query';
import { useCan } from '../../api/can';
import type { Method, PathOf } from '../../api/permission-check';

/**
 * Why the signed-in administrator may not make this call (a Viewer), or undefined when they may.
 * Controls stay visible and say so; the API refuses the call anyway.
 */
export function useWriteReason<M extends Method>(method: M, path: PathOf<M>): string | undefined {
  const can = useCan(method, path);
  return can.allowed ? undefined : can.reason;
}

/** After a write: every list and record of this area loads again where it is shown. */
export function useRefresh(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['authz'] });
}

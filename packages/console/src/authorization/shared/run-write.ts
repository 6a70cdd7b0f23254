import { errorMessage } from '../../api/errors';
import { useStatus } from '../../ui/status';
import { useRefresh } from './write-access';

/** After a write: reload this area's data where it is shown, and say what happened. */
export function useAfterWrite(): (done: string) => Promise<void> {
  const announce = useStatus();
  const refresh = useRefresh();
  return async (done) => {
    await refresh();
    announce(done, 'success');
  };
}

/**
 * A one-click write (a switch): runs it, reloads this area's data and announces the outcome in
 * words, success or failure, in the status region.
 */
export function useRunWrite() {
  const announce = useStatus();
  const afterWrite = useAfterWrite();
  return async (work: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await work();
    } catch (error) {
      announce(errorMessage(error), 'error');
      return false;
    }
    await afterWrite(done);
    return true;
  };
}

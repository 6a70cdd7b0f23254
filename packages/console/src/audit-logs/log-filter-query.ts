import type { PickerItem } from '../ui/search-picker';
import type { LogFilter } from './logs-queries';

export const all = 'all';

/** What the administrator chose; dates are the `YYYY-MM-DD` of a date field. */
export interface FilterDraft {
  logKey: string;
  applicationId: string;
  user: PickerItem | null;
  from: string;
  to: string;
}

export const noFilters: FilterDraft = { logKey: all, applicationId: all, user: null, from: '', to: '' };

/** Local midnight of a `YYYY-MM-DD` day, or of the day `days` later (a DST day is 23 or 25 hours). */
function startOfDay(date: string, days = 0): number {
  const day = new Date(`${date}T00:00`);
  day.setDate(day.getDate() + days);
  return day.getTime();
}

/** The end date comes before the start date: the range matches nothing. */
export const rangeIsBackwards = (draft: FilterDraft) =>
  draft.from !== '' && draft.to !== '' && startOfDay(draft.to) < startOfDay(draft.from);

/** The API's query for a draft: whole local days, both ends included (the API's bounds are exclusive). */
export function filterOf(draft: FilterDraft): LogFilter {
  const from = draft.from ? startOfDay(draft.from) : Number.NaN;
  const to = draft.to ? startOfDay(draft.to, 1) : Number.NaN;
  return {
    logKey: draft.logKey === all ? undefined : draft.logKey,
    applicationId: draft.applicationId === all ? undefined : draft.applicationId,
    userId: draft.user?.id,
    start_time: Number.isFinite(from) && from > 0 ? from - 1 : undefined,
    end_time: Number.isFinite(to) && !rangeIsBackwards(draft) ? to : undefined,
  };
}

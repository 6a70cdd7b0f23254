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

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The filters and page as the list's address keeps them, so Back (and a shared link) shows the same view. */
export function searchOf(draft: FilterDraft, page: number): string {
  const params = new URLSearchParams();
  if (draft.logKey !== all) params.set('event', draft.logKey);
  if (draft.applicationId !== all) params.set('application', draft.applicationId);
  if (draft.user) params.set('user', draft.user.id);
  if (draft.user && draft.user.label !== draft.user.id) params.set('userName', draft.user.label);
  if (draft.from) params.set('from', draft.from);
  if (draft.to) params.set('to', draft.to);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The view an address names; anything malformed is left out. */
export function viewOf(search: string): { draft: FilterDraft; page: number } {
  const params = new URLSearchParams(search);
  const user = params.get('user');
  const from = params.get('from');
  const to = params.get('to');
  return {
    draft: {
      logKey: params.get('event') || all,
      applicationId: params.get('application') || all,
      user: user ? { id: user, label: params.get('userName') || user } : null,
      from: isDay(from) ? from : '',
      to: isDay(to) ? to : '',
    },
    page: Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1),
  };
}

import type { SignInExperienceSettings } from '@tessera/server/schemas';
import type { FieldErrors } from '../api/form-errors';

/** The settings the form edits: the API's sign-in experience without its id. */
export type Settings = SignInExperienceSettings;

/** What every tab gets: the draft, a way to change it, the errors of its fields, and whether it may. */
export interface TabProps {
  draft: Settings;
  update: (patch: Partial<Settings>) => void;
  errors: FieldErrors;
  readOnly: boolean;
}

/** Structural equality of JSON values (key order ignored; an absent key equals undefined). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => sameValue(left[key], right[key]));
}

/** The top-level fields the draft changed: the PATCH body (the API replaces each whole). */
export function changedFields(saved: Settings, draft: Settings): Partial<Settings> {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as Array<keyof Settings>)
    if (!sameValue(saved[key], draft[key])) patch[key] = draft[key];
  return patch as Partial<Settings>;
}

/** The list with the item at `from` moved to `to` (both in range). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** An optional text field's value: empty means unset (null for nullable fields). */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

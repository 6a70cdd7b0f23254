import { useSyncExternalStore } from 'react';

/** The console's own small router: the History API, read through one React store. */
const changed = 'tessera:navigate';

/**
 * A page that must not be left silently (unsaved changes): it answers true when it holds the
 * navigation, and then calls `proceed` once the administrator agrees to leave.
 */
export type LeaveGuard = (to: string, proceed: () => void) => boolean;
let leaveGuard: LeaveGuard | undefined;
/** Where the console is, so Back and Forward can be undone while a guard holds them. */
let shown = location.pathname + location.search;

/** Installs a guard; the returned function removes it. */
export function guardLeaving(guard: LeaveGuard): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = undefined;
  };
}

// Registered before any subscriber, so a held Back or Forward never reaches the pages.
window.addEventListener('popstate', (event) => {
  const to = location.pathname + location.search;
  if (to !== shown && leaveGuard?.(to, () => navigate(to, { force: true }))) {
    event.stopImmediatePropagation();
    history.pushState(null, '', shown);
    return;
  }
  shown = to;
});

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(changed, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(changed, onChange);
  };
}

/** The current path, without query or fragment. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

/** Goes to a path of this origin without reloading the page; a leave guard may hold it first. */
export function navigate(to: string, options: { replace?: boolean; force?: boolean } = {}): void {
  // Going to where the console already is (a page's own nav link) leaves nothing.
  const leaving = to !== shown;
  if (leaving && !options.force && leaveGuard?.(to, () => navigate(to, { ...options, force: true }))) return;
  // The same place again (its own link) adds no step to Back.
  if (options.replace || !leaving) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  shown = location.pathname + location.search;
  window.dispatchEvent(new Event(changed));
}

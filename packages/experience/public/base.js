// The realm this page signs in to: '' for end users, '/admin' for administrators (the server
// names it in <meta name="tessera-base">). Every address the page builds starts with it.
export const base = document.querySelector('meta[name="tessera-base"]')?.getAttribute('content') ?? '';

/** The page path without the realm's base: `/admin/sign-in` → `/sign-in`. */
export const pagePath = () => location.pathname.slice(base.length);

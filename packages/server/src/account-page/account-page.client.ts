import type { ClientRecord } from '../applications/index.js';
import { builtInPageClient } from '../demo-app/index.js';

/** The hosted account page's client id (built in, like the demo app; not a Logto client). */
export const accountPageClientId = 'account-center';
/** Where the page is served, and where the provider sends the browser back (after sign-in and sign-out). */
export const accountPagePath = '/account';

/**
 * The hosted account page at `<ENDPOINT>/account` signs the user in as this first-party public
 * client of the main realm; its token (no resource) is the one the Account API takes.
 */
export const accountPageClient = (endpoint: string): ClientRecord =>
  builtInPageClient(accountPageClientId, endpoint, accountPagePath);

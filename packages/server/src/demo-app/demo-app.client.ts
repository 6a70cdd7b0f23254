import type { ClientRecord } from '../applications/index.js';

/** Logto's fixed id of the built-in "live preview" app. */
const demoAppId = 'demo-app';
/** Where the page is served, and where the provider sends the browser back (after sign-in and sign-out). */
export const demoAppPath = '/demo-app';

/**
 * A built-in page of the main realm signing in as a public single page app whose only redirect and
 * post-logout redirect URI is `<ENDPOINT><path>`. It is synthesized from the configuration at
 * start, never stored in `applications`: it cannot be listed, edited or deleted through the
 * Management API, a changed ENDPOINT moves it along, and no restart can duplicate it.
 */
export function builtInPageClient(id: string, endpoint: string, path: string): ClientRecord {
  const uri = `${endpoint}${path}`;
  return {
    id,
    type: 'SPA',
    redirectUris: [uri],
    postLogoutRedirectUris: [uri],
    custom: {},
    secrets: [],
    isThirdParty: false,
    consentUserScopes: [],
  };
}

/** The built-in demo app of the main realm, as Logto has it. */
export const demoAppClient = (endpoint: string): ClientRecord => builtInPageClient(demoAppId, endpoint, demoAppPath);

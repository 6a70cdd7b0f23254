import type { ClientRecord } from '../applications/index.js';

/** Logto's fixed id of the built-in "live preview" app. */
const demoAppId = 'demo-app';
/** Where the page is served, and where the provider sends the browser back (after sign-in and sign-out). */
export const demoAppPath = '/demo-app';

/**
 * The built-in demo app of the main realm, as Logto has it: a public single page app whose only
 * redirect and post-logout redirect URI is `<ENDPOINT>/demo-app`. It is synthesized from the
 * configuration at start, never stored in `applications`: it cannot be listed, edited or deleted
 * through the Management API, a changed ENDPOINT moves it along, and no restart can duplicate it.
 */
export function demoAppClient(endpoint: string): ClientRecord {
  const uri = `${endpoint}${demoAppPath}`;
  return {
    id: demoAppId,
    type: 'SPA',
    redirectUris: [uri],
    postLogoutRedirectUris: [uri],
    custom: {},
    secrets: [],
    isThirdParty: false,
    consentUserScopes: [],
  };
}

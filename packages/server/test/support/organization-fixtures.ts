import LogtoClient, { type LogtoConfig } from '@logto/node';
import { password } from './oidc-fixtures.js';
import type { TestServer } from './server.js';
import { Browser, signIn } from './sign-in.js';

/** Fixtures shared by the RBAC and organization tests (real @logto/node SDK, real sign-in). */

export const callbackUri = 'http://localhost:3000/callback';

/** @logto/node with the adapters a web framework integration provides: a session store and a redirect. */
export function createSdk(config: LogtoConfig) {
  const storage = new Map<string, string>();
  const navigations: { url: string; for: string }[] = [];
  const client = new LogtoClient(config, {
    storage: {
      getItem: async (key) => storage.get(key) ?? null,
      setItem: async (key, value) => {
        storage.set(key, value);
      },
      removeItem: async (key) => {
        storage.delete(key);
      },
    },
    navigate: (url, parameters) => {
      navigations.push({ url, for: parameters.for });
    },
  });
  const lastNavigation = (purpose: string) => {
    const found = navigations.filter((n) => n.for === purpose).at(-1);
    if (!found) throw new Error(`the SDK did not navigate for ${purpose}`);
    return found.url;
  };
  return { client, storage, lastNavigation };
}

/** Signs `username` in through the sign-in page with the SDK; the SDK then holds the tokens. */
export async function signedInSdk(server: TestServer, config: LogtoConfig, username: string) {
  const sdk = createSdk(config);
  const browser = new Browser(server.url);
  await sdk.client.signIn(callbackUri);
  const authorizationUrl = new URL(sdk.lastNavigation('sign-in'));
  const callback = await signIn(browser, authorizationUrl, { username, password });
  await sdk.client.handleSignInCallback(callback.href);
  return { ...sdk, browser, authorizationUrl };
}

import LogtoClient, { type LogtoConfig } from '@logto/node';

/**
 * @logto/node with the adapters a web framework integration provides: a session store (a Map)
 * and a navigation the test reads instead of a browser following it.
 */
export function createLogtoNodeSdk(config: LogtoConfig) {
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

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { operations } from '../api/schema';
import type { JsonSchema } from './config-draft';

export type Factory = operations['getConnectorFactoriesById']['responses'][200]['content']['application/json'];
export type Connector = operations['getConnectorsById']['responses'][200]['content']['application/json'];
export type ConnectorType = Factory['type'];

/** The kinds a URL names (`/console/connectors/new/sms`). */
export const kindsByPath: Record<string, ConnectorType> = { sms: 'Sms', email: 'Email', social: 'Social' };
export const pathOfKind = (type: ConnectorType) => type.toLowerCase();

export const schemaOf = (factory: Pick<Factory, 'configSchema'>) => factory.configSchema as JsonSchema;

/** A name in the console's language, else English, else the first one given. */
export const nameIn = (names: Record<string, string>, language: string, fallback = '') =>
  names[language] ?? names.en ?? Object.values(names)[0] ?? fallback;

const key = ['connectors'];

export function useFactories() {
  return useQuery({ queryKey: [...key, 'factories'], queryFn: () => unwrap(api.GET('/api/connector-factories')) });
}

export function useConnectorList() {
  return useQuery({ queryKey: [...key, 'list'], queryFn: () => unwrap(api.GET('/api/connectors')) });
}

export function useConnector(id: string) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: () => unwrap(api.GET('/api/connectors/{id}', { params: { path: { id } } })),
  });
}

/** The targets whose buttons the sign-in page shows (Sign-in experience), to say which connectors are in use. */
export function useShownTargets() {
  return useQuery({
    queryKey: [...key, 'shown-targets'],
    queryFn: async () => (await unwrap(api.GET('/api/sign-in-exp'))).socialSignInConnectorTargets,
  });
}

/** After a write: connector lists and records load again, and the Sign-in experience sees the change. */
export function useRefreshConnectors(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: key }),
      client.invalidateQueries({ queryKey: ['sign-in-experience', 'connectors'] }),
    ]);
  };
}

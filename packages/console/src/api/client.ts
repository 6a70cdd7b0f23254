import createClient, { type Middleware } from 'openapi-fetch';
import { logto, managementApi } from '../auth/logto';
import { ApiError } from './errors';
import type { paths } from './schema';

/** The administrator's Management API token, refreshed by the SDK when it nears expiry. */
export async function authorization(): Promise<string> {
  return `Bearer ${await logto.getAccessToken(managementApi)}`;
}

const bearer: Middleware = {
  async onRequest({ request }) {
    request.headers.set('Authorization', await authorization());
    return request;
  },
};

/** The typed Management API client: paths, bodies and answers come from the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: location.origin });
api.use(bearer);

/** The data of a successful call, or an ApiError in the server's error shape. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.of(response, error);
  return data as T;
}

/** One page of a list and the total the server reports in `Total-Number` (Logto's pagination). */
export async function unwrapPage<T>(
  call: Promise<{ data?: T[]; error?: unknown; response: Response }>,
): Promise<{ items: T[]; total: number }> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.of(response, error);
  const items = data ?? [];
  return { items, total: Number(response.headers.get('Total-Number') ?? items.length) };
}

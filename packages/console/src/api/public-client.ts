import createClient from 'openapi-fetch';
import type { paths } from './schema';

/**
 * For the pages used before anyone is signed in (first-run setup, accepting an invitation): the
 * same typed API, without a token. Only the routes the server declares public answer it.
 */
export const publicApi = createClient<paths>({ baseUrl: location.origin });

import { ConnectorError } from './connector-error.js';

/**
 * Outbound HTTP for connectors: one base URL per provider, a hard timeout, and every way a
 * provider can fail before answering properly (timeout, network error, 5xx) turned into a
 * ConnectorError that names the provider. 4xx answers are returned: only the connector knows
 * how its provider words errors.
 */
export interface ProviderResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export interface ProviderRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface ProviderHttp {
  readonly baseUrl: string;
  request(path: string, init?: ProviderRequest): Promise<ProviderResponse>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const describeCause = (error: unknown): string => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
};

export function createProviderHttp(options: { provider: string; baseUrl: string; timeoutMs: number }): ProviderHttp {
  const { provider, baseUrl, timeoutMs } = options;
  return {
    baseUrl,
    async request(path, init = {}) {
      // Without a base URL (generic social connectors) only absolute URLs from the config are reached.
      const url = baseUrl ? new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`) : new URL(path);
      let response: Response;
      let text: string;
      try {
        // One signal covers connecting, the headers and reading the body.
        response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
        text = await response.text();
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError')
          throw new ConnectorError('general', {
            message: `${provider} did not answer within ${timeoutMs / 1000} s. Nothing was sent; try again later.`,
            provider,
            upstream: 'timeout',
          });
        throw new ConnectorError('general', {
          message: `${provider} could not be reached (${describeCause(error)}).`,
          provider,
          upstream: 'network',
        });
      }
      const json = parseJson(text);
      if (response.status >= 500)
        throw new ConnectorError('general', {
          message: `${provider} failed on its side (HTTP ${response.status}). Try again later.`,
          provider,
          upstream: 'server_error',
          providerStatus: response.status,
        });
      return { status: response.status, headers: response.headers, text, json };
    },
  };
}

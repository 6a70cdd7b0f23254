import { scriptFetch } from '../../sandbox/index.js';

export interface MetadataFetchPolicy {
  timeoutMs: number;
  maxBytes: number;
  /** Loopback and private addresses are refused unless set (a developer's own IdP). */
  allowPrivateNetworks: boolean;
}

export class MetadataFetchError extends Error {}

/**
 * GETs an IdP's metadata document: http(s) only, one deadline, a size limit, private and loopback
 * destinations refused (checked at connect time), redirects not followed, 200 only.
 */
export function createMetadataFetcher(policy: MetadataFetchPolicy) {
  return async (url: string): Promise<string> => {
    const answer = await scriptFetch(
      { url, method: 'GET', headers: { accept: 'application/samlmetadata+xml, application/xml, text/xml' } },
      { ...policy, maxResponseBytes: policy.maxBytes, maxRequests: 1 },
      policy.timeoutMs,
      AbortSignal.timeout(policy.timeoutMs),
    );
    if ('error' in answer) throw new MetadataFetchError(`The IdP metadata could not be fetched (${answer.error}).`);
    if (answer.status !== 200)
      throw new MetadataFetchError(`The IdP metadata URL answered ${answer.status} (200 expected).`);
    return answer.body;
  };
}

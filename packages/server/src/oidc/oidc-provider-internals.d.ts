/**
 * The oidc-provider internals Tessera reads: the registry of grant handlers, to run a step
 * ahead of a built-in grant (grant-steps.ts). Typed here because the package exposes no types
 * for its lib/ modules.
 */
declare module 'oidc-provider/lib/helpers/weak_cache.js' {
  interface ProviderInternals {
    grantTypeHandlers: Map<string, (ctx: unknown) => Promise<void>>;
    grantTypeParams: Map<string | undefined, Set<string>>;
    grantTypeDupes: Map<string, Set<string>>;
  }
  export default function instance(provider: object): ProviderInternals | undefined;
}

/** oidc-provider's list of special-use IP ranges (its own SSRF check), reused by metadata-document-fetch.ts. */
declare module 'oidc-provider/lib/helpers/fetch_request.js' {
  export function isSpecialUseIP(address: string): boolean;
}

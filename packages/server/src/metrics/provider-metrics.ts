import type Provider from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';
import type { Metrics, RealmLabel } from './metrics.js';

/** Counts each successful token response by grant type (oidc-provider's `grant.success`). */
export function observeGrants(provider: Provider, metrics: Metrics, realm: RealmLabel): void {
  if (!metrics.enabled) return;
  provider.on('grant.success', (ctx: KoaContextWithOIDC) => {
    metrics.tokenIssued(realm, (ctx.oidc?.params as { grant_type?: unknown } | undefined)?.grant_type);
  });
}

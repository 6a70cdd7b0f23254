import type Provider from 'oidc-provider';
import { errors, type TokenEndpointGrantContext } from 'oidc-provider';
import providerInternals from 'oidc-provider/lib/helpers/weak_cache.js';

export type GrantContext = TokenEndpointGrantContext<{ organization_id?: string }>;
export type GrantStep = (ctx: GrantContext) => Promise<void> | void;

/**
 * Runs `step` ahead of oidc-provider's own handler for `grantType`, and lets that grant take
 * `extraParams` as well. The step sees the request as the provider parsed it (`ctx.oidc.params`)
 * once the client has authenticated, so nothing upstream of the provider reads or rewrites the
 * body; it may refuse (throw an oidc-provider error) or fill in parameters. The wrapper is
 * registered with the public `registerGrantType`; only finding the built-in handler reads the
 * provider's registry, and a missing one fails at start rather than on a request.
 */
export function runBeforeGrant(provider: Provider, grantType: string, extraParams: string[], step: GrantStep): void {
  const internals = providerInternals(provider);
  const handler = internals?.grantTypeHandlers.get(grantType);
  const params = internals?.grantTypeParams.get(grantType);
  if (!handler || !params) throw new Error(`oidc-provider has no ${grantType} grant to extend`);
  provider.registerGrantType(
    grantType,
    async (ctx: GrantContext) => {
      refuseNulBytes(ctx);
      await step(ctx);
      await handler(ctx);
    },
    [...params, ...extraParams],
    internals?.grantTypeDupes.get(grantType),
  );
}

/** Logto refuses NUL bytes in token requests; PostgreSQL could not compare them with stored text either. */
export function refuseNulBytes(ctx: GrantContext): void {
  for (const value of Object.values(ctx.oidc.params)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((item) => typeof item === 'string' && item.includes('\0')))
      throw new errors.InvalidRequest('the request contains a NUL byte');
  }
}

/** `resource=a,b` names two resources, as Logto reads it. */
export function splitResources(ctx: GrantContext): void {
  const { params } = ctx.oidc;
  if (typeof params.resource === 'string' && params.resource.includes(','))
    params.resource = params.resource.split(',');
}

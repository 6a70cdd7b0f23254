import type { KoaContextWithOIDC } from 'oidc-provider';

type Client = NonNullable<KoaContextWithOIDC['oidc']['client']>;

/**
 * Who may introspect or revoke a token: only the application it was issued to. oidc-provider's
 * default would let any confidential client introspect every other app's tokens (and read
 * their subject and scopes); an app learns nothing about tokens that are not its own.
 */
export async function ownTokensOnly(_ctx: KoaContextWithOIDC, client: Client, token: { clientId?: string }) {
  return token.clientId === client.clientId;
}

import { z } from 'zod';
import { ConnectorError, type ProviderHttp } from '../../kit/index.js';

/** The parts of the provider metadata (OpenID Connect Discovery 1.0 §3) the sign-in uses. */
const metadataSchema = z.object({
  issuer: z.string().min(1),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  userinfo_endpoint: z.url().optional(),
  code_challenge_methods_supported: z.array(z.string()).optional(),
});
export type ProviderMetadata = z.output<typeof metadataSchema>;

const withoutSlash = (url: string) => url.replace(/\/+$/, '');

/**
 * Reads `<issuer>/.well-known/openid-configuration`. The document must name the same issuer
 * (Discovery §4.3), or its ID tokens could come from anyone the document points at.
 */
export async function discover(http: ProviderHttp, issuer: string, provider: string): Promise<ProviderMetadata> {
  const url = `${withoutSlash(issuer)}/.well-known/openid-configuration`;
  const response = await http.request(url, { headers: { accept: 'application/json' } });
  const parsed = metadataSchema.safeParse(response.json);
  if (response.status !== 200 || !parsed.success)
    throw new ConnectorError('invalid_response', {
      message: `${provider} has no usable OpenID configuration at ${url} (HTTP ${response.status}${
        parsed.success
          ? ''
          : `; ${parsed.error.issues.map((issue) => issue.path.join('.') || 'body').join(', ')} missing or invalid`
      }). Check the issuer.`,
      provider,
      providerStatus: response.status,
    });
  if (withoutSlash(parsed.data.issuer) !== withoutSlash(issuer))
    throw new ConnectorError('invalid_config', {
      message: `The OpenID configuration at ${url} names the issuer ${parsed.data.issuer}, not ${issuer}. Set the issuer exactly as the provider names it.`,
      provider,
    });
  return parsed.data;
}

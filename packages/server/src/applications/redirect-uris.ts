import type { ApplicationType } from './applications.schemas.js';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);
const forbiddenSchemes = new Set(['javascript:', 'vbscript:', 'data:', 'blob:', 'file:', 'about:']);

/**
 * Why oidc-provider would refuse this redirect (or post-logout) URI for an app of this type, in
 * words, or undefined when it is fine. The provider checks a client's URIs each time it loads
 * the client, and one bad URI makes the whole client invalid: every sign-in of the app fails.
 * So the same rules run when the URIs are saved. Web apps (SPA, Traditional) take http(s) only;
 * Native apps follow RFC 8252: http only on a loopback host, https never on one, or a custom
 * scheme.
 */
export function redirectUriProblem(type: ApplicationType, uri: string): string | undefined {
  const url = URL.parse(uri);
  if (!url) return `${uri} is not a valid URI.`;
  const { protocol, hostname } = url;
  const web = protocol === 'http:' || protocol === 'https:';
  if (type !== 'Native')
    return web ? undefined : `Only Native applications may use custom-scheme redirect URIs (got ${uri}).`;
  if (protocol === 'http:' && !loopbackHosts.has(hostname))
    return `Native applications may use http only on a loopback host (localhost, 127.0.0.1 or [::1]); use https or a custom scheme (got ${uri}).`;
  if (protocol === 'https:' && loopbackHosts.has(hostname))
    return `Native applications cannot use https on a loopback host; use http://${hostname} or a custom scheme (got ${uri}).`;
  if (forbiddenSchemes.has(protocol))
    return `The ${protocol.slice(0, -1)} scheme cannot be a redirect URI (got ${uri}).`;
  return undefined;
}

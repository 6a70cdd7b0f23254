import type { GuideValues, SecretPlaceholder } from './types.js';

/** Quoting and small shared pieces, so every value lands in a snippet as a valid literal. */

export const secretPlaceholder = (values: GuideValues): SecretPlaceholder => values.appSecret ?? '<your-app-secret>';

export const issuerOf = (endpoint: string) => `${endpoint.replace(/\/+$/, '')}/oidc`;

/** The ID token claims the SDK guides ask for besides the SDKs' defaults (openid, profile, offline_access). */
export const userScopes = ['email'];

/** A JavaScript/TypeScript string literal, single-quoted as the console's own code is. */
export const js = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

/** A JavaScript array of strings: on one line when short, else one item per line at `indent`. */
export function jsArray(items: readonly string[], indent = '  '): string {
  const inline = `[${items.map(js).join(', ')}]`;
  if (inline.length <= 72) return inline;
  return `[\n${items.map((item) => `${indent}  ${js(item)},`).join('\n')}\n${indent}]`;
}

/** A Python string literal (JSON's escapes are Python's too). */
export const py = (value: string) => JSON.stringify(value);

/** A Dart string literal: `$` would interpolate, so it is escaped too. */
export const dart = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\$/g, '\\$')}'`;

/** A shell word that stays one word and is never expanded. */
export const sh = (value: string) => `'${value.replace(/'/g, "'\\''")}'`;

/** An XML attribute value's text. */
export const xmlAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The path of a redirect URI (what a route or callback page listens on); read without a URL parser, which refuses placeholders such as `<extension-id>`. */
export function pathOf(uri: string): string {
  const match = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(uri);
  return match?.[1] || '/';
}

/** The scheme of a custom-scheme redirect URI, without `:`. */
export function schemeOf(uri: string): string {
  const match = /^([a-z][a-z\d+.-]*):/i.exec(uri);
  return match?.[1] ?? 'io.tessera.app';
}

/** The scopes an SDK config lists: the guide's user claims, then the picked permissions, once each. */
export const sdkScopes = (values: GuideValues) => [...new Set([...userScopes, ...values.scopes])];

/** The `scope` parameter of a raw OIDC request. */
export const oidcScope = (values: GuideValues) =>
  [...new Set(['openid', 'offline_access', 'profile', ...userScopes, ...values.scopes])].join(' ');

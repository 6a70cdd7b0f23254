import { createHmac } from 'node:crypto';

/**
 * Aliyun's RPC signature (signature method HMAC-SHA1, version 1.0), as its signature
 * documentation describes it:
 *  1. percent-encode every name and value (RFC 3986: only A–Z a–z 0–9 - _ . ~ stay as they are,
 *     so a space is %20, `*` is %2A and `+` is %2B), sort by name, join as `name=value&…`;
 *  2. StringToSign = METHOD & percentEncode("/") & percentEncode(canonicalized query);
 *  3. Signature = Base64(HMAC-SHA1(key = AccessKeySecret + "&", StringToSign)).
 */
export function percentEncode(value: string): string {
  // encodeURIComponent already leaves only the unreserved set and ! ' ( ) * unencoded.
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function canonicalizedQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .sort()
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name] as string)}`)
    .join('&');
}

export function stringToSign(method: 'GET' | 'POST', params: Record<string, string>): string {
  return `${method}&${percentEncode('/')}&${percentEncode(canonicalizedQuery(params))}`;
}

export function rpcSignature(method: 'GET' | 'POST', params: Record<string, string>, accessKeySecret: string): string {
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign(method, params), 'utf8').digest('base64');
}

/** Aliyun's timestamp: ISO 8601 in UTC without milliseconds (2016-02-23T12:46:24Z). */
export const rpcTimestamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

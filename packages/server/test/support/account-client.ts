import { expect } from 'vitest';
import type { ManagementApi } from './management-client.js';
import { password } from './oidc-fixtures.js';
import type { TestServer } from './server.js';

/** The Account API as a signed-in user calls it: the user's access token, and `logto-verification-id` when given. */
export function accountApiCall(serverUrl: string, accessToken: string) {
  return async function call(method: string, path: string, body?: unknown, verificationId?: string) {
    const response = await fetch(`${serverUrl}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${accessToken}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(verificationId && { 'logto-verification-id': verificationId }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}

/** Every account center field editable, as Logto's tests enable them. */
export const allAccountFields = {
  name: 'Edit',
  avatar: 'Edit',
  profile: 'Edit',
  email: 'Edit',
  phone: 'Edit',
  password: 'Edit',
  username: 'Edit',
  social: 'Edit',
  customData: 'Edit',
  mfa: 'Edit',
  session: 'Edit',
};

export async function setAccountCenter(api: ManagementApi, body: Record<string, unknown>) {
  const patched = await api.patch('/account-center', body);
  expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  return patched.body;
}

/**
 * A client of the Account API with a user's access token, as Logto's Account Center docs show:
 * a sensitive change carries a verification record in `logto-verification-id`. `mailCode` reads
 * the last code mailed to an address (the SMTP fake), for `verifyEmail`.
 */
export function accountClientWithToken(server: TestServer, accessToken: string, mailCode?: (to: string) => string) {
  const call = accountApiCall(server.url, accessToken);
  return {
    accessToken,
    call,
    /** Logto's docs: verify the password, then pass the record id in the header. */
    async verifyPassword(secret = password): Promise<string> {
      const verified = await call('POST', '/verifications/password', { password: secret });
      expect(verified.status, JSON.stringify(verified.body)).toBe(201);
      return verified.body.verificationRecordId as string;
    },
    /** Sends a code to an email, reads it from the SMTP fake and verifies it. */
    async verifyEmail(email: string): Promise<string> {
      const identifier = { type: 'email', value: email };
      const sent = await call('POST', '/verifications/verification-code', { identifier });
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
      const { verificationRecordId } = sent.body;
      const verified = await call('POST', '/verifications/verification-code/verify', {
        identifier,
        verificationId: verificationRecordId,
        code: mailCode?.(email),
      });
      expect(verified.status, JSON.stringify(verified.body)).toBe(200);
      expect(verified.body).toEqual({ verificationRecordId });
      return verificationRecordId as string;
    },
  };
}

/** A multipart upload of `bytes` as the `file` field, with the bearer token given (if any). */
export async function uploadFile(
  url: string,
  bytes: Uint8Array,
  {
    type = 'image/png',
    filename = 'avatar.png',
    token,
    headers = {},
  }: {
    type?: string;
    filename?: string;
    token?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), filename);
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...headers },
    body: form,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** The smallest PNG: a 1×1 transparent pixel. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

// The Account API from the account page: the signed-in user's access token on every call, the
// identity record in `logto-verification-id` when a change needs one, errors in the page's words.
import { requestJson } from './api.js';
import { has, t } from './i18n.js';

const endpoint = document.querySelector('meta[name="tessera-endpoint"]')?.getAttribute('content') ?? location.origin;

/** The words for an error of the Account API: the account page's own, else the sign-in pages', else the server's. */
export const words = (error) =>
  error?.code && has(`account.error.${error.code}`) ? t(`account.error.${error.code}`) : error?.message;

/** Calls `<ENDPOINT>/api<path>` as the user of `token()`; `verificationId` proves the user's identity. */
export function createAccountApi(token) {
  return (method, path, body, verificationId) =>
    requestJson(`${endpoint}/api${path}`, {
      method,
      body,
      headers: {
        Authorization: `Bearer ${token()}`,
        ...(verificationId && { 'logto-verification-id': verificationId }),
      },
    });
}

/** An anonymous read of this server's API (the account center and sign-in experience settings). */
export const publicGet = (path) => requestJson(`${endpoint}/api${path}`);

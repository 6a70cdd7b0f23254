// The Account API from the account page: the signed-in user's access token on every call, the
// identity record in `logto-verification-id` when a change needs one, errors in the page's words.
import { requestJson } from './api.js';
import { has, t } from './i18n.js';

export const endpoint =
  document.querySelector('meta[name="tessera-endpoint"]')?.getAttribute('content') ?? location.origin;

/** The words for an error of the Account API: the account page's own, else the sign-in pages', else the server's. */
export const words = (error) =>
  error?.code && has(`account.error.${error.code}`) ? t(`account.error.${error.code}`) : error?.message;

/**
 * Calls `<ENDPOINT>/api<path>` as the user of `token()`; `verificationId` proves the user's
 * identity. A refused token (expired, revoked, signed out elsewhere) calls `onRefused` first.
 */
export function createAccountApi(token, onRefused) {
  return async (method, path, body, verificationId) => {
    try {
      return await requestJson(`${endpoint}/api${path}`, {
        method,
        body,
        headers: {
          Authorization: `Bearer ${token()}`,
          ...(verificationId && { 'logto-verification-id': verificationId }),
        },
      });
    } catch (error) {
      if (error.status === 401 && error.code === 'auth.unauthorized') onRefused();
      throw error;
    }
  };
}

/** An anonymous read of this server's API (the account center and sign-in experience settings). */
export const publicGet = (path) => requestJson(`${endpoint}/api${path}`);

// The Experience API from the page: JSON in and out, errors as Error objects carrying the
// API's `code` and `data`, with a message in the page's language.

import { base } from './base.js';
import { has, t } from './i18n.js';
import { isPreview } from './preview.js';

/** The words for an API error: ours for known codes, the password rules one by one, else the server's. */
function messageFor(code, data, status) {
  const issues = Array.isArray(data?.data?.issues) ? data.data.issues : [];
  if (code === 'password.rejected' && issues.length > 0 && issues.every((issue) => has(issue?.code))) {
    return issues.map((issue) => t(issue.code, issue.interpolation)).join(t('password_rejected.separator'));
  }
  if (code && has(`error.${code}`)) return t(`error.${code}`);
  return data?.message ?? t('error.request_failed', { status });
}

export async function api(method, path, body) {
  // Preview mode never reaches the Experience API: the action stops here with a notice.
  if (isPreview) throw Object.assign(new Error(t('notice.preview')), { preview: true });
  return requestJson(`${base}/api/experience${path}`, { method, body, credentials: 'same-origin' });
}

/**
 * A JSON request to this server's API: the answer's JSON, or an Error in the page's words that
 * carries the API's `code`, `data` and HTTP `status`.
 */
export async function requestJson(url, { method = 'GET', body, headers = {}, credentials } = {}) {
  let response;
  try {
    response = await fetch(url, {
      method,
      credentials,
      headers: body ? { ...headers, 'content-type': 'application/json' } : headers,
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new Error(t('error.network'));
  }
  const text = response.status === 204 ? '' : await response.text();
  let data;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const error = new Error(messageFor(data?.code, data, response.status));
    error.code = data?.code;
    error.data = data?.data;
    error.status = response.status;
    throw error;
  }
  return data;
}

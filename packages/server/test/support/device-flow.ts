import type { Browser } from './sign-in.js';

/** The device flow's hosted pages driven over HTTP: the forms a person fills in a browser. */

const xsrfOf = (html: string) => /name="xsrf" value="([^"]*)"/.exec(html)?.[1] ?? '';

/** Opens the "enter the code" page and submits `userCode`; answers the page that comes back. */
export async function submitUserCode(browser: Browser, userCode: string) {
  const input = await browser.request('/oidc/device');
  const html = await input.text();
  const response = await browser.request('/oidc/device', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ xsrf: xsrfOf(html), user_code: userCode }),
  });
  return { status: response.status, html: await response.text() };
}

/** Presses "Yes, continue" (or "Cancel") on the confirmation page; answers the response. */
export async function confirmUserCode(browser: Browser, confirmPage: string, userCode: string, abort = false) {
  return browser.request('/oidc/device', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      xsrf: xsrfOf(confirmPage),
      user_code: userCode,
      ...(abort ? { abort: 'yes' } : { confirm: 'yes' }),
    }),
  });
}

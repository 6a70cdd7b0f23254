import { randomBytes } from 'node:crypto';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { escapeHtml, page } from '../http/html.js';

/** Sign-out confirms itself, as Logto's does: the RP asked for it and the form carries the xsrf token. */
export async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  const nonce = randomBytes(16).toString('base64');
  ctx.set('Content-Security-Policy', `default-src 'self'; script-src 'nonce-${nonce}'; form-action 'self' *`);
  ctx.type = 'html';
  ctx.body = page(
    'Signing out',
    `<h1>Signing out…</h1>${form}<input type="hidden" form="op.logoutForm" name="logout" value="yes">
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>`,
    { nonce, script: `document.getElementById('op.logoutForm').submit();` },
  );
}

export async function postLogoutSuccessSource(ctx: KoaContextWithOIDC): Promise<void> {
  ctx.type = 'html';
  ctx.body = page('Signed out', '<h1>You are signed out</h1><p>You can close this window.</p>');
}

export async function renderError(
  ctx: KoaContextWithOIDC,
  out: { error: string; error_description?: string },
): Promise<void> {
  ctx.type = 'html';
  ctx.body = page(
    'Something went wrong',
    `<h1>Something went wrong</h1>
<p role="alert"><strong>${escapeHtml(out.error)}</strong>${out.error_description ? `: ${escapeHtml(out.error_description)}` : ''}</p>
<p>Go back to the application and try again.</p>`,
  );
}

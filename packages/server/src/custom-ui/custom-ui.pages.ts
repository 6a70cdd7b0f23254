import path from 'node:path';
import type { Context, Next } from 'koa';
import type { SignInExperienceService } from '../sign-in-experience/index.js';
import type { CustomUi } from './custom-ui.service.js';

/**
 * The pages a custom UI answers, as Logto's experience app routes them: the ones the provider
 * sends the browser to (`/sign-in`, `/register`, …), the social callback, and their sub-paths.
 * `/sign-in/assets/*` stays the built-in pages' (the account page and demo app use it).
 */
const uiRoots = [
  '/sign-in',
  '/register',
  '/forgot-password',
  '/identifier-sign-in',
  '/identifier-register',
  '/verification-code',
  '/mfa-verification',
  '/mfa-binding',
  '/continue',
  '/social',
  '/direct',
  '/callback',
  '/single-sign-on',
  '/unknown-session',
  '/springboard',
];
/** What a custom UI's files may never shadow: the server's own surfaces. */
const reserved = /^\/(api|oidc|admin|console|account|demo-app|user-assets|metrics|\.well-known|sign-in\/assets)(\/|$)/;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/**
 * The custom UI's own policy: its scripts and styles from this origin only (inline styles
 * allowed, as bundlers emit them), the Experience API on this origin, never framed.
 */
export const customUiCsp =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

const isUiPage = (pathname: string) =>
  !pathname.startsWith('/sign-in/assets/') &&
  uiRoots.some((root) => pathname === root || pathname.startsWith(`${root}/`));

/**
 * When the sign-in experience names a custom UI (`customUiAssets.id`), it replaces the built-in
 * pages: a UI page answers its `index.html`, a path with an extension its file from the zip (when
 * the zip has it). Only the zip's bytes are served, as static files with a type chosen by
 * extension; nothing in them runs on the server.
 */
export function createCustomUiPages(deps: {
  signInExperience: Pick<SignInExperienceService, 'settings'>;
  customUi: Pick<CustomUi, 'files'>;
}) {
  return async (ctx: Context, next: Next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const pathname = ctx.path;
    const page = isUiPage(pathname) && !path.posix.extname(pathname);
    const file = !page && !reserved.test(pathname) && path.posix.extname(pathname) !== '';
    if (!page && !file) return next();
    const { customUiAssets } = await deps.signInExperience.settings();
    if (!customUiAssets) return next();
    const files = await deps.customUi.files(customUiAssets.id);
    let name = 'index.html';
    try {
      if (!page) name = decodeURIComponent(pathname.slice(1));
    } catch {
      return next();
    }
    const bytes = files?.get(name);
    if (!bytes) return next();
    ctx.set('Content-Security-Policy', customUiCsp);
    ctx.set('Cache-Control', page || name === 'index.html' ? 'no-store' : 'public, max-age=300');
    ctx.set('Content-Type', types[path.posix.extname(name).toLowerCase()] ?? 'application/octet-stream');
    ctx.body = Buffer.from(bytes);
    return undefined;
  };
}

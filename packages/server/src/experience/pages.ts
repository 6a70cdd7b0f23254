import fs from 'node:fs';
import path from 'node:path';
import type { Context, Next } from 'koa';
import { accountPagePath } from '../account-page/index.js';
import { type CaptchaService, captchaCspSources } from '../captcha/index.js';
import { demoAppPath } from '../demo-app/index.js';
import { escapeHtml } from '../http/html.js';
import { serverPackageDir } from '../package-dir.js';
import { type BrandingLayers, type SignInExperienceService, withBrandingLayers } from '../sign-in-experience/index.js';

const publicDir = path.resolve(serverPackageDir, '../experience/public');
const assetTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const pageRoutes = new Set(['/sign-in', '/register', '/forgot-password', '/single-sign-on']);
/** The enterprise SSO provider's redirect: the sign-in page finishes it (sso.js). */
const ssoCallback = /^\/callback\/sso\/[\w-]{1,128}$/;
/** `extra`: the CAPTCHA widget's script and frame origins, on the sign-in pages when CAPTCHA is on. */
const pageCsp = (frameAncestors: string, extra: { script: string[]; frame: string[] } = { script: [], frame: [] }) =>
  [
    `default-src 'self'; script-src ${["'self'", ...extra.script].join(' ')}; style-src 'self'; img-src 'self' data: https:`,
    ...(extra.frame.length > 0 ? [`frame-src ${extra.frame.join(' ')}`] : []),
    `frame-ancestors ${frameAncestors}; form-action 'self'`,
  ].join('; ');
/**
 * The built-in pages (demo app, account page) talk to this origin only (discovery, token, user
 * info, Account API) and are never framed. The account page shows the user's avatar, any https image.
 */
const builtInPageCsp = (images: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; img-src ${images}; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'`;
const builtInPages = new Map([
  [demoAppPath, { file: 'demo-app.html', csp: builtInPageCsp("'self' data:") }],
  [accountPagePath, { file: 'account.html', csp: builtInPageCsp("'self' data: https:") }],
]);
const accountSocialCallback = /^\/account\/callback\/social\/[\w-]{1,128}$/;

/** The page's `app_id` and `organization_id`, which choose whose custom CSS and look apply. */
function brandingQuery(ctx: Context): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of ['app_id', 'organization_id']) {
    const value = ctx.query[name];
    if (typeof value === 'string' && value.length > 0 && value.length <= 64) query.set(name, value);
  }
  return query;
}

/**
 * The page for a realm under `basePath` (it names the base for the scripts), linking the custom
 * CSS of the page's application and organization.
 */
function page(html: Buffer, basePath: string, ctx: Context): string {
  const query = brandingQuery(ctx).toString();
  const href = escapeHtml(`${basePath}/sign-in/assets/custom.css${query ? `?${query}` : ''}`);
  const text = html.toString('utf8').replace('href="/sign-in/assets/custom.css"', `href="${href}"`);
  return basePath ? text.replace('<head>', `<head>\n<meta name="tessera-base" content="${basePath}">`) : text;
}

/**
 * Serves the hosted sign-in pages; files are read once and kept in memory (they are small).
 * `/sign-in/assets/custom.css` is the settings' `customCss` (or the one of the page's application
 * or organization, see branding-layers.ts), served as a stylesheet of our own origin so the page
 * keeps `style-src 'self'` (the CSS can only style: it is never HTML).
 * `?preview=1` (the Admin Console's live preview, same origin) may be framed by our own pages.
 */
export function createPages(deps: {
  signInExperience: Pick<SignInExperienceService, 'settings'>;
  /** The application's and organization's own look over the realm's (main realm only). */
  brandingLayers?: BrandingLayers;
  /** The realm's base path: `''`, or `/admin` for administrators' pages (`/admin/sign-in`). */
  basePath?: string;
  /**
   * The main realm serves the built-in demo app at `/demo-app` and the account page at `/account`;
   * their pages are told the server's ENDPOINT.
   */
  builtIn?: { endpoint: string };
  /** Whether the browser holds a live interaction (Logto's `unknownSessionRedirectUrl` applies when not). */
  hasInteraction?: (ctx: Context) => Promise<boolean>;
  /** The realm's CAPTCHA, when on: its widget's origins join the sign-in pages' CSP. */
  captcha?: Pick<CaptchaService, 'publicConfig'>;
}) {
  const basePath = deps.basePath ?? '';
  const cache = new Map<string, Buffer>();
  const read = (name: string): Buffer | undefined => {
    let file = cache.get(name);
    if (!file) {
      const full = path.join(publicDir, name);
      if (!fs.existsSync(full)) return undefined;
      file = fs.readFileSync(full);
      cache.set(name, file);
    }
    return file;
  };

  return async (ctx: Context, next: Next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const pageRoute = ctx.path.slice(basePath.length);
    if (
      ctx.path.startsWith(`${basePath}/`) &&
      (pageRoutes.has(pageRoute) || (!basePath && ssoCallback.test(pageRoute)))
    ) {
      const preview = ctx.query.preview === '1';
      // Logto's `unknownSessionRedirectUrl`: a sign-in page opened without an interaction (a bookmark,
      // an expired session) sends the browser there instead of showing a page that cannot finish.
      if (!preview && deps.hasInteraction) {
        const { unknownSessionRedirectUrl } = await deps.signInExperience.settings();
        if (unknownSessionRedirectUrl && !(await deps.hasInteraction(ctx))) {
          ctx.set('Cache-Control', 'no-store');
          ctx.redirect(unknownSessionRedirectUrl);
          return undefined;
        }
      }
      const widget = preview ? undefined : await deps.captcha?.publicConfig();
      ctx.set('Content-Security-Policy', pageCsp(preview ? "'self'" : "'none'", captchaCspSources(widget)));
      if (preview) ctx.set('X-Frame-Options', 'SAMEORIGIN');
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'html';
      ctx.body = page(read('index.html') as Buffer, basePath, ctx);
      return undefined;
    }
    // Third-party applications' consent page (main realm: administrators never meet one).
    if (!basePath && ctx.path === '/consent') {
      ctx.set('Content-Security-Policy', pageCsp("'none'"));
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'html';
      ctx.body = page(read('consent.html') as Buffer, basePath, ctx);
      return undefined;
    }
    // The account page also finishes linking a social account at /account/callback/social/:connectorId.
    const pagePath = accountSocialCallback.test(ctx.path) ? accountPagePath : ctx.path;
    const builtInPage = deps.builtIn && !basePath ? builtInPages.get(pagePath) : undefined;
    if (deps.builtIn && builtInPage) {
      ctx.set('Content-Security-Policy', builtInPage.csp);
      ctx.set('Cache-Control', 'no-store');
      // The page's addresses (issuer, redirect URI) come from ENDPOINT, whatever host name the browser used.
      ctx.type = 'html';
      ctx.body = (read(builtInPage.file) as Buffer)
        .toString('utf8')
        .replace('<head>', `<head>\n<meta name="tessera-endpoint" content="${escapeHtml(deps.builtIn.endpoint)}">`);
      return undefined;
    }
    if (ctx.path === `${basePath}/sign-in/assets/custom.css`) {
      const settings = await deps.signInExperience.settings();
      const query = brandingQuery(ctx);
      const layers = deps.brandingLayers
        ? await deps.brandingLayers({
            appId: query.get('app_id') ?? undefined,
            organizationId: query.get('organization_id') ?? undefined,
          })
        : [];
      ctx.set('Content-Type', 'text/css; charset=utf-8');
      ctx.set('Cache-Control', 'no-store');
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.body = withBrandingLayers(settings, layers).customCss ?? '';
      return undefined;
    }
    // The scripts and styles are the same for every realm: served once, at /sign-in/assets.
    const match = basePath ? null : /^\/sign-in\/assets\/([\w-]+\.(js|css))$/.exec(ctx.path);
    const asset = match?.[1] ? read(match[1]) : undefined;
    if (match?.[1] && asset) {
      ctx.set('Content-Type', assetTypes[path.extname(match[1])] as string);
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = asset;
      return undefined;
    }
    return next();
  };
}

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Context, Next } from 'koa';
import { serverPackageDir } from '../package-dir.js';
import { escapeHtml } from './html.js';
import { RequestError } from './request-error.js';

/** Where `npm run build` puts the console (scripts/build-console.mjs). */
const defaultDistDir = path.resolve(serverPackageDir, '../console/dist');

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

interface Asset {
  type: string;
  identity: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

interface Bundle {
  /** index.html cut where the per-response tags go (right after `<head>`). */
  head: string;
  rest: string;
  assets: Map<string, Asset>;
}

/** The built console, read into memory once (about 1 MB with its precompressed copies). */
function loadBundle(distDir: string): Bundle | undefined {
  const indexFile = path.join(distDir, 'index.html');
  if (!fs.existsSync(indexFile)) return undefined;
  const html = fs.readFileSync(indexFile, 'utf8');
  const cut = html.indexOf('<head>') + '<head>'.length;
  if (cut < '<head>'.length) throw new Error(`${indexFile} has no <head>`);
  const assets = new Map<string, Asset>();
  const assetsDir = path.join(distDir, 'assets');
  const names = fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir) : [];
  const sibling = (name: string, suffix: string) =>
    names.includes(name + suffix) ? fs.readFileSync(path.join(assetsDir, name + suffix)) : undefined;
  for (const name of names) {
    if (name.endsWith('.gz') || name.endsWith('.br')) continue;
    assets.set(name, {
      type: contentTypes[path.extname(name)] ?? 'application/octet-stream',
      identity: fs.readFileSync(path.join(assetsDir, name)),
      br: sibling(name, '.br'),
      gzip: sibling(name, '.gz'),
    });
  }
  return { head: html.slice(0, cut), rest: html.slice(cut), assets };
}

/**
 * The console page's policy: scripts only from our origin; styles from our origin plus React
 * Aria's two small `<style>` elements, which carry the nonce it reads from `meta[name=csp-nonce]`.
 * `frame-src 'self'` lets the sign-in experience page show its own preview.
 */
const consoleCsp = (nonce: string) =>
  [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');

const isConsolePath = (p: string) => p === '/console' || p.startsWith('/console/');
const isAssetPath = (p: string) => p === '/console/assets' || p.startsWith('/console/assets/');

function serveAsset(ctx: Context, asset: Asset | undefined): void {
  if (!asset) {
    // Never index.html: a stale tab asking for an old hash must not cache HTML as a script.
    ctx.status = 404;
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text';
    ctx.body = 'No such console asset. Reload the console to get the current version.';
    return;
  }
  // The name carries the content's hash, so the file never changes under it.
  ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
  ctx.vary('Accept-Encoding');
  ctx.type = asset.type;
  const encoding = ctx.acceptsEncodings('br', 'gzip', 'identity');
  if (encoding === 'br' && asset.br) {
    ctx.set('Content-Encoding', 'br');
    ctx.body = asset.br;
  } else if (encoding === 'gzip' && asset.gzip) {
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = asset.gzip;
  } else {
    ctx.body = asset.identity;
  }
}

/**
 * The Admin Console at /console: hashed assets from memory, and index.html for every other
 * path under /console (the console routes in the browser), with a fresh CSP nonce each time.
 */
export function createConsolePages(options: { managementApiIndicator: string; distDir?: string }) {
  const distDir = options.distDir ?? defaultDistDir;
  const indicatorMeta = `<meta name="tessera-management-api" content="${escapeHtml(options.managementApiIndicator)}">`;
  let bundle: Bundle | undefined;

  return async (ctx: Context, next: Next) => {
    if (!isConsolePath(ctx.path)) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      ctx.set('Allow', 'GET, HEAD');
      ctx.body = new RequestError('request.method_not_allowed', 405, {
        message: `The console's pages can only be read (GET), not sent ${ctx.method}.`,
      }).toBody();
      return undefined;
    }
    if (ctx.path.endsWith('/')) {
      // One address per page: `/console/` is `/console`. The target stays under /console.
      ctx.status = 308;
      ctx.set('Location', ctx.path.replace(/\/+$/, '') + (ctx.querystring ? `?${ctx.querystring}` : ''));
      return undefined;
    }
    // Read once it exists, so a server started before the first build serves it without a restart.
    bundle ??= loadBundle(distDir);
    if (!bundle) {
      ctx.status = 503;
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'text';
      ctx.body =
        'The Admin Console is not built. Run `npm run build` (it builds packages/console into packages/console/dist), then open /console again.';
      return undefined;
    }
    if (isAssetPath(ctx.path)) {
      serveAsset(ctx, bundle.assets.get(ctx.path.slice('/console/assets/'.length)));
      return undefined;
    }
    const nonce = randomBytes(16).toString('base64');
    ctx.set('Content-Security-Policy', consoleCsp(nonce));
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Frame-Options', 'DENY');
    ctx.type = 'html';
    ctx.body = `${bundle.head}\n<meta name="csp-nonce" nonce="${nonce}">\n${indicatorMeta}${bundle.rest}`;
    return undefined;
  };
}

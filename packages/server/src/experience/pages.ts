import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Next } from 'koa';

const publicDir = path.resolve(fileURLToPath(import.meta.url), '../../../../experience/public');
const assetTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const pageRoutes = new Set(['/sign-in', '/register']);
const pageCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; frame-ancestors 'none'; form-action 'self'";

/** Serves the hosted sign-in pages; files are read once and kept in memory (they are small). */
export function createPages() {
  const cache = new Map<string, Buffer>();
  const read = (name: string) => {
    let file = cache.get(name);
    if (!file) {
      file = fs.readFileSync(path.join(publicDir, name));
      cache.set(name, file);
    }
    return file;
  };

  return async (ctx: Context, next: Next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (pageRoutes.has(ctx.path)) {
      ctx.set('Content-Security-Policy', pageCsp);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'html';
      ctx.body = read('index.html');
      return undefined;
    }
    const match = /^\/sign-in\/assets\/([\w-]+\.(js|css))$/.exec(ctx.path);
    if (match?.[1]) {
      ctx.set('Content-Type', assetTypes[path.extname(match[1])] as string);
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = read(match[1]);
      return undefined;
    }
    return next();
  };
}

import type Router from '@koa/router';
import type { Context, Next } from 'koa';
import type Provider from 'oidc-provider';
import { interactionState } from '../experience/interaction-state.js';
import { createRouter, defineRoute, type RouteRegistry } from '../http/guard.js';
import { readUploadedFile } from '../http/multipart.js';
import { maxUploadFileSize, userAssetsResponse, userAssetsServiceStatusResponse } from './user-assets.schemas.js';
import type { UserAssets } from './user-assets.service.js';

const tags = ['User assets'];

/** Management API: `POST /api/user-assets` (upload an image) and its `service-status`. */
export function registerUserAssetRoutes(router: Router, registry: RouteRegistry, assets: UserAssets): void {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: '/user-assets/service-status',
      summary: 'Whether uploads work, and which types and size they accept',
      tags,
      response: userAssetsServiceStatusResponse,
      status: 200,
    },
    () => assets.status(),
  );
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/user-assets',
      summary: 'Upload an image (multipart `file`; PNG, JPEG, GIF or WebP, recognised by its content)',
      tags,
      response: userAssetsResponse,
      status: 200,
      errors: [400, 415],
    },
    async ({ ctx }) => assets.upload(await readUploadedFile(ctx, maxUploadFileSize)),
  );
}

/** Experience API: `POST /api/experience/user-assets/avatar`, an avatar for the person signing up or in. */
export function createExperienceUserAssetsRouter(deps: {
  getProvider: () => Provider;
  assets: UserAssets;
  registry: RouteRegistry;
}): Router {
  const router = createRouter('/api/experience');
  const { load, stateOf } = interactionState(deps.getProvider);
  defineRoute(
    router,
    deps.registry,
    {
      method: 'post',
      auth: 'interaction:upload',
      path: '/user-assets/avatar',
      summary: 'Upload an avatar during the interaction (multipart `file`)',
      tags: ['Experience'],
      response: userAssetsResponse,
      status: 200,
      errors: [400, 403, 415],
    },
    async ({ ctx }) => {
      const state = stateOf(await load(ctx));
      await deps.assets.guardUploadRate(`ip:${ctx.ip}`);
      return deps.assets.upload(await readUploadedFile(ctx, maxUploadFileSize), state.userId);
    },
  );
  return router;
}

/**
 * `GET /user-assets/<id>.<ext>`: the stored image, public (avatars appear in other sites' pages),
 * with headers that keep it an image: its proven type, no sniffing, and a sandbox CSP in case a
 * browser is asked to render it as a document.
 */
export function serveUserAssets(assets: UserAssets) {
  return async (ctx: Context, next: Next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith('/user-assets/')) return next();
    const found = await assets.find(ctx.path.slice('/user-assets/'.length));
    if (!found) {
      ctx.status = 404;
      ctx.body = { code: 'entity.not_found', message: 'The resource does not exist.' };
      return;
    }
    ctx.set('Content-Type', found.type);
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
    ctx.set('Content-Disposition', 'inline');
    ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    ctx.body = found.bytes;
  };
}

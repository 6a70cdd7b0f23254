import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { readUploadedFile } from '../http/multipart.js';
import type { CustomUi } from './custom-ui.service.js';
import { customUiLimits } from './custom-ui.zip.js';

export const customUiAssetResponse = z.object({ customUiAssetId: z.string() });

/** Management API: `POST /api/sign-in-exp/default/custom-ui-assets`, a custom sign-in UI as a zip. */
export function registerCustomUiRoutes(router: Router, registry: RouteRegistry, customUi: CustomUi): void {
  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: '/sign-in-exp/default/custom-ui-assets',
      summary:
        'Upload a custom sign-in UI (multipart `file`: a zip with index.html at its root, at most 20 MB, 200 files of 10 MB); set its id as `customUiAssets` to serve it',
      tags: ['Sign-in experience'],
      response: customUiAssetResponse,
      status: 200,
      errors: [400, 415],
    },
    async ({ ctx }) => customUi.upload(await readUploadedFile(ctx, customUiLimits.zipBytes)),
  );
}

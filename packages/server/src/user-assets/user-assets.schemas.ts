import { z } from 'zod';

/**
 * Uploaded images (Logto's user assets), zod only. Tessera accepts the raster types it can
 * recognise by their first bytes; SVG is refused (it can carry scripts), and so is anything else.
 */
export const allowUploadMimeTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type UploadMimeType = (typeof allowUploadMimeTypes)[number];
/** 2 MiB: an avatar needs no more, and the bytes live in the database. */
export const maxUploadFileSize = 2 * 1024 * 1024;

/** Logto's `userAssetsGuard`: where the uploaded file is served. */
export const userAssetsResponse = z.object({ url: z.string() });

/** Logto's `GET /api/user-assets/service-status`. */
export const userAssetsServiceStatusResponse = z.object({
  status: z.literal('ready'),
  allowUploadMimeTypes: z.array(z.string()),
  maxUploadFileSize: z.number(),
});

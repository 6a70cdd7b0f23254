import { generateId } from '../crypto/ids.js';
import type { UploadedFile } from '../http/multipart.js';
import { RequestError } from '../http/request-error.js';
import type { CustomUiStore } from './custom-ui.store.js';
import { unpackCustomUi } from './custom-ui.zip.js';

/** The declared types a zip upload may carry (browsers and curl differ); the bytes decide anyway. */
const zipTypes = new Set(['application/zip', 'application/x-zip-compressed', 'application/octet-stream', '']);

/**
 * Custom sign-in UIs (Logto's "bring your own UI"): an uploaded zip is checked whole (paths,
 * sizes, `index.html`) and stored in the database; the sign-in experience's `customUiAssets.id`
 * then names the one served. Each node unpacks a UI once and keeps the files in memory (an id's
 * content never changes, so the cache needs no invalidation).
 */
export function createCustomUi(deps: { store: CustomUiStore; clock: () => number }) {
  const cache = new Map<string, Promise<Map<string, Uint8Array> | undefined>>();
  const load = async (id: string) => {
    const row = await deps.store.find(id);
    return row ? unpackCustomUi(Buffer.from(row.data, 'base64')) : undefined;
  };
  return {
    async upload(file: UploadedFile): Promise<{ customUiAssetId: string }> {
      if (!zipTypes.has(file.declaredType))
        throw new RequestError('guard.mime_type_not_allowed', 400, { message: 'Upload the UI as a zip file.' });
      unpackCustomUi(file.bytes);
      const customUiAssetId = generateId(8);
      await deps.store.insert({
        id: customUiAssetId,
        size: file.bytes.length,
        data: file.bytes.toString('base64'),
        created_at: deps.clock(),
      });
      return { customUiAssetId };
    },

    /** The files of the UI `id`, or undefined when no such upload exists. */
    files(id: string): Promise<Map<string, Uint8Array> | undefined> {
      let files = cache.get(id);
      if (!files) {
        // One or two UIs live at a time (the current one, the one being tried): keep the last few.
        if (cache.size >= 4) cache.delete(cache.keys().next().value as string);
        files = load(id).then(
          (found) => {
            if (!found) cache.delete(id);
            return found;
          },
          (error) => {
            cache.delete(id);
            throw error;
          },
        );
        cache.set(id, files);
      }
      return files;
    },
  };
}
export type CustomUi = ReturnType<typeof createCustomUi>;

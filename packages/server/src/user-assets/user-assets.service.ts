import { generateId } from '../crypto/ids.js';
import type { UploadedFile } from '../http/multipart.js';
import { RequestError } from '../http/request-error.js';
import type { Sentinel } from '../sentinel/sentinel.js';
import { allowUploadMimeTypes, maxUploadFileSize, type UploadMimeType } from './user-assets.schemas.js';
import type { UserAssetsStore } from './user-assets.store.js';

const extensionOf: Record<UploadMimeType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** The image type the bytes themselves say (their magic number); undefined for anything else. */
export function sniffImageType(bytes: Buffer): UploadMimeType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}

/** A declared type that says nothing (curl's default, none at all) defers to the bytes. */
const uninformative = new Set(['', 'application/octet-stream']);

const notAllowed = (message: string) => new RequestError('guard.mime_type_not_allowed', 400, { message });

/**
 * Uploaded images, stored in the database (so every node behind a load balancer serves them
 * without a shared disk) and served at a stable public URL, `<endpoint>/user-assets/<id>.<ext>`.
 * The type is the one the bytes prove; a declared type must agree with it.
 */
export function createUserAssets(deps: {
  store: UserAssetsStore;
  endpoint: string;
  clock: () => number;
  /** Uploads per end user (or per address, during sign-in) in a window: the database is not a free disk. */
  uploadLimit: Pick<Sentinel, 'attempt'>;
}) {
  const { store, clock } = deps;
  const urlOf = (id: string, type: UploadMimeType) => `${deps.endpoint}/user-assets/${id}.${extensionOf[type]}`;
  return {
    status: () => ({ status: 'ready' as const, allowUploadMimeTypes: [...allowUploadMimeTypes], maxUploadFileSize }),

    /** Counts an end user's upload (`user:<id>` or `ip:<address>`) before its body is read; 429 over the limit. */
    async guardUploadRate(uploader: string): Promise<void> {
      if (!(await deps.uploadLimit.attempt(uploader, 'user_asset_upload')))
        throw new RequestError('user_assets.too_many_uploads', 429, {
          message: 'Too many uploads. Please try again later.',
        });
    },

    async upload(file: UploadedFile, userId?: string): Promise<{ url: string }> {
      if (file.bytes.length === 0)
        throw new RequestError('guard.invalid_input', 400, { message: 'The file is empty.' });
      const type = sniffImageType(file.bytes);
      if (!type) throw notAllowed(`Only ${allowUploadMimeTypes.join(', ')} images are accepted.`);
      if (!uninformative.has(file.declaredType) && file.declaredType !== type)
        throw notAllowed(`The file says it is ${file.declaredType}, but its content is ${type}.`);
      const id = generateId();
      await store.insert({
        id,
        user_id: userId ?? null,
        content_type: type,
        size: file.bytes.length,
        data: file.bytes.toString('base64'),
        created_at: clock(),
      });
      return { url: urlOf(id, type) };
    },

    /** The file named `<id>.<ext>`, when the extension is the stored type's. */
    async find(name: string): Promise<{ type: UploadMimeType; bytes: Buffer } | undefined> {
      const match = /^([a-z0-9]{21})\.([a-z]{3,4})$/.exec(name);
      if (!match) return undefined;
      const row = await store.find(match[1] as string);
      const type = row?.content_type as UploadMimeType | undefined;
      if (!row || !type || extensionOf[type] !== match[2]) return undefined;
      return { type, bytes: Buffer.from(row.data, 'base64') };
    },
  };
}
export type UserAssets = ReturnType<typeof createUserAssets>;

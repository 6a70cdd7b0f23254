import type { Context } from 'koa';
import { RequestError } from './request-error.js';

/** Room for the multipart envelope (boundaries, part headers) around the file itself. */
const envelopeBytes = 16 * 1024;

const tooLarge = (maxBytes: number) =>
  new RequestError('guard.file_size_exceeded', 400, {
    message: `The file is larger than the ${maxBytes} bytes allowed.`,
  });

/** One uploaded file: its bytes, and the type and name the client declared (neither trusted). */
export interface UploadedFile {
  bytes: Buffer;
  declaredType: string;
  filename: string;
}

/**
 * Reads a `multipart/form-data` body holding a file in `field` (Logto's `file`), never more
 * than `maxBytes` of file plus a small envelope: a longer body is refused while it streams.
 */
export async function readUploadedFile(ctx: Context, maxBytes: number, field = 'file'): Promise<UploadedFile> {
  const type = ctx.get('content-type');
  if (type.split(';')[0]?.trim().toLowerCase() !== 'multipart/form-data')
    throw new RequestError('guard.unsupported_media_type', 415, {
      message: 'Upload the file as multipart/form-data.',
    });
  const limit = maxBytes + envelopeBytes;
  if (Number(ctx.get('content-length') || 0) > limit) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(maxBytes);
    chunks.push(chunk as Buffer);
  }
  let form: FormData;
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { 'content-type': type } }).formData();
  } catch {
    throw new RequestError('guard.invalid_input', 400, { message: 'The multipart body could not be read.' });
  }
  const file = form.get(field);
  if (!(file instanceof Blob))
    throw new RequestError('guard.invalid_input', 400, { message: `The body needs a file in the \`${field}\` field.` });
  if (file.size > maxBytes) throw tooLarge(maxBytes);
  return {
    bytes: Buffer.from(await file.arrayBuffer()),
    declaredType: file.type.split(';')[0]?.trim().toLowerCase() ?? '',
    filename: 'name' in file && typeof file.name === 'string' ? file.name : '',
  };
}

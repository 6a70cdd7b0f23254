import { authorization } from './client';
import { ApiError } from './errors';

/**
 * Sends one file as `multipart/form-data` (field `file`) to a Management API path, reporting how
 * much has gone (0–100) as it goes; answers the parsed JSON, or throws an ApiError in the server's
 * `{ code, message }` shape. XMLHttpRequest, because fetch reports no upload progress.
 */
export async function uploadFile<T>(path: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  const header = await authorization();
  const form = new FormData();
  form.append('file', file);
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', new URL(path, location.origin));
    request.setRequestHeader('Authorization', header);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    });
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) resolve(request.response as T);
      else
        reject(
          ApiError.of(new Response(null, { status: request.status, statusText: request.statusText }), request.response),
        );
    });
    request.addEventListener('error', () => reject(new Error(`Upload to ${path} failed: no answer from the server.`)));
    request.send(form);
  });
}

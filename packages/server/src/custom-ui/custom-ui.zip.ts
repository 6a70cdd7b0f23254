import { unzipSync } from 'fflate';
import { RequestError } from '../http/request-error.js';

/** Logto's limits for a custom UI: the zip, each file in it, and how many files. */
export const customUiLimits = { zipBytes: 20 * 1024 * 1024, fileBytes: 10 * 1024 * 1024, files: 200 } as const;
/** The unpacked total a zip may declare (every file at its limit would be far more than any UI needs). */
const totalBytes = 50 * 1024 * 1024;

const refused = (message: string) => new RequestError('guard.invalid_input', 400, { message });

/**
 * A file's path inside the zip, as served: `a/b.js`. Refuses what could leave the UI's root or
 * mean something else to a file system or a browser: `..` and `.` segments, absolute paths,
 * backslashes, drive letters, control characters, empty segments.
 */
export function safeEntryPath(name: string): string {
  const problem =
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
    /[\u0000-\u001f\u007f]/.test(name) ||
    name.split('/').some((segment) => segment === '..' || segment === '.' || segment === '');
  if (problem) throw refused(`The zip holds an entry with an unsafe path: ${JSON.stringify(name.slice(0, 200))}.`);
  return name;
}

/** Entries that are not part of the UI: folders, and macOS's resource forks. */
const skipped = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/');

/**
 * The files of a custom UI zip, by path. Sizes are checked from the central directory before
 * anything is inflated, and inflation never writes past the declared size, so a zip bomb costs
 * no more than the limits allow. The UI needs `index.html` at the root.
 */
export function unpackCustomUi(zip: Uint8Array): Map<string, Uint8Array> {
  if (zip.length > customUiLimits.zipBytes)
    throw new RequestError('guard.file_size_exceeded', 400, {
      message: `The zip is larger than the ${customUiLimits.zipBytes} bytes allowed.`,
    });
  let count = 0;
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter: (file) => {
        if (skipped(file.name)) return false;
        safeEntryPath(file.name);
        count += 1;
        declared += file.originalSize;
        if (count > customUiLimits.files) throw refused(`The zip holds more than ${customUiLimits.files} files.`);
        if (file.originalSize > customUiLimits.fileBytes)
          throw new RequestError('guard.file_size_exceeded', 400, {
            message: `${file.name} is larger than the ${customUiLimits.fileBytes} bytes a file may be.`,
          });
        if (declared > totalBytes) throw refused(`The zip unpacks to more than ${totalBytes} bytes.`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof RequestError) throw error;
    throw refused('The file is not a zip archive that can be read.');
  }
  const files = new Map(Object.entries(entries));
  if (!files.has('index.html')) throw refused('The zip needs an index.html file at its root.');
  return files;
}

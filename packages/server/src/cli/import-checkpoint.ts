import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { RequestError } from '../http/request-error.js';

/**
 * The checkpoint of `tessera users import`: where the last committed batch ended in the input,
 * the totals so far, and a fingerprint of the input (size, modification time, hash of its first
 * KiB) so that a changed file is never resumed. `seed` derives each row's user id from its line
 * number, so a batch committed just before an interruption (and re-run) is recognised by its ids.
 */
export interface Checkpoint {
  version: 1;
  input: Fingerprint;
  format: 'jsonl' | 'csv';
  seed: string;
  /** CSV: the header row, read once. */
  header?: string[];
  offset: number;
  line: number;
  imported: number;
  present: number;
  rejected: number;
  reasons: Record<string, number>;
  /** Size of the rejects file after the last committed batch (it is cut back to this on resume). */
  rejectsBytes: number;
  completedAt?: number;
}

export interface Fingerprint {
  size: number;
  mtimeMs: number;
  head: string;
}

export function fingerprint(file: string): Fingerprint {
  const { size, mtimeMs } = fs.statSync(file);
  const head = Buffer.alloc(1024);
  const fd = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return { size, mtimeMs, head: createHash('sha256').update(head.subarray(0, read)).digest('hex') };
  } finally {
    fs.closeSync(fd);
  }
}

export const defaultCheckpointPath = (input: string) => `${input}.tessera-import.json`;

export function freshCheckpoint(input: Fingerprint, format: Checkpoint['format']): Checkpoint {
  return {
    version: 1,
    input,
    format,
    seed: randomBytes(32).toString('hex'),
    offset: 0,
    line: 0,
    imported: 0,
    present: 0,
    rejected: 0,
    reasons: {},
    rejectsBytes: 0,
  };
}

/** The checkpoint to continue from, or undefined when there is none. Refuses a changed input. */
export function loadCheckpoint(path: string, input: Fingerprint, format: Checkpoint['format']): Checkpoint | undefined {
  if (!fs.existsSync(path)) return undefined;
  let saved: Checkpoint;
  try {
    saved = JSON.parse(fs.readFileSync(path, 'utf8')) as Checkpoint;
  } catch {
    throw new RequestError('import.checkpoint_unreadable', 400, {
      message: `The checkpoint ${path} can not be read: remove it, or run with --restart to import from the beginning.`,
    });
  }
  const changed = (['size', 'mtimeMs', 'head'] as const).filter((key) => saved.input?.[key] !== input[key]);
  if (saved.version !== 1 || changed.length > 0 || saved.format !== format)
    throw new RequestError('import.input_changed', 409, {
      message:
        `The input changed since the interrupted import recorded in ${path} (${changed.length > 0 ? changed.join(', ') : 'format'} differ), so it can not be resumed. ` +
        'Run with --restart to import the file from the beginning: users imported already are then rejected as duplicates of their username, email or phone.',
    });
  return saved;
}

/** Written to a temporary file and renamed over the old one: a crash leaves the old or the new, never half. */
export function saveCheckpoint(path: string, checkpoint: Checkpoint): void {
  const temporary = `${path}.tmp`;
  const fd = fs.openSync(temporary, 'w', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(checkpoint, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, path);
}

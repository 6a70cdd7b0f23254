import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'zod';
import { deriveId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import type { ImportEntry, UserTransfer } from '../users/index.js';
import { createUserSchema } from '../users/users.schemas.js';
import {
  type Checkpoint,
  defaultCheckpointPath,
  fingerprint,
  freshCheckpoint,
  loadCheckpoint,
  saveCheckpoint,
} from './import-checkpoint.js';
import { createProgress } from './import-progress.js';
import { csvHeaderIssue, csvRecords, csvRowValue, type InputRecord, jsonlRecords, readLines } from './import-reader.js';

/**
 * `tessera users import <file>`: reads JSON Lines or CSV as a stream, validates each row with
 * the Management API's create-user schema, and writes `batchSize` rows per transaction. After
 * each committed batch the checkpoint records where it ended; an interrupted run (Ctrl-C, kill,
 * crash) continues from there when the same command runs again.
 */
export interface ImportOptions {
  file: string;
  format: 'jsonl' | 'csv';
  batchSize: number;
  checkpointPath: string;
  rejectsPath?: string;
  restart: boolean;
  progress: { tty: boolean; every: number; write: (text: string) => void };
  /** Test-only: a pause after each committed batch, so a test can interrupt between batches. */
  batchDelayMs: number;
  interrupted: () => boolean;
}

export interface ImportSummary {
  file: string;
  format: 'jsonl' | 'csv';
  /** Totals over every run of this import (resumed runs add to them). */
  imported: number;
  /** Rows an interrupted run had committed just before it stopped, found again on resume. */
  alreadyImported: number;
  rejected: number;
  reasons: Record<string, number>;
  /** The first rejected rows of this run (all of them are in the rejects file). */
  rejections: Rejection[];
  resumedFromLine?: number;
  lastLine: number;
  completed: boolean;
  alreadyCompleted?: boolean;
  rejectsFile?: string;
  checkpoint: string;
  elapsedMs: number;
  rowsPerSecond: number;
}

export interface Rejection {
  line: number;
  code: string;
  reason: string;
}

export const inferFormat = (file: string): 'jsonl' | 'csv' | undefined => {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  return undefined;
};

function describeIssues(error: z.ZodError): { code: string; reason: string } {
  const first = error.issues[0];
  const code =
    (first?.code === 'custom' && (first.params as { code?: string } | undefined)?.code) || 'guard.invalid_input';
  const reason = error.issues.map((issue) => `${issue.path.join('.') || 'row'}: ${issue.message}`).join('; ');
  return { code, reason };
}

/** The records of the input from the checkpoint on (CSV: after the header, read once). */
async function* inputRecords(options: ImportOptions, checkpoint: Checkpoint): AsyncGenerator<InputRecord> {
  const stream = fs.createReadStream(options.file, { start: checkpoint.offset, highWaterMark: 256 * 1024 });
  const lines = readLines(stream, { offset: checkpoint.offset, line: checkpoint.line });
  if (options.format === 'jsonl') {
    yield* jsonlRecords(lines);
    return;
  }
  for await (const record of csvRecords(lines)) {
    if (!checkpoint.header) {
      if (!record.fields)
        throw new RequestError('import.bad_header', 400, { message: `line ${record.line}: ${record.error}` });
      const issue = csvHeaderIssue(record.fields);
      if (issue) throw new RequestError('import.bad_header', 400, { message: `line ${record.line}: ${issue}` });
      checkpoint.header = record.fields;
      continue;
    }
    if (!record.fields) {
      yield record;
      continue;
    }
    const row = csvRowValue(checkpoint.header, record.fields);
    yield 'error' in row
      ? { line: record.line, end: record.end, raw: record.fields.join(','), error: row.error }
      : { line: record.line, end: record.end, value: row.value };
  }
}

interface Pending {
  record: InputRecord;
  entry?: ImportEntry;
  rejection?: { code: string; reason: string };
}

export async function runImport(transfer: UserTransfer, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const input = fingerprint(options.file);
  if (options.restart) fs.rmSync(options.checkpointPath, { force: true });
  const saved = loadCheckpoint(options.checkpointPath, input, options.format);
  const checkpoint = saved ?? freshCheckpoint(input, options.format);
  const resumedAt = saved && !saved.completedAt && saved.line > 0 ? saved.line + 1 : undefined;
  const summary = (handled: number, completed: boolean, rejections: Rejection[]): ImportSummary => {
    const elapsedMs = Date.now() - started;
    return {
      file: options.file,
      format: options.format,
      imported: checkpoint.imported + checkpoint.present,
      alreadyImported: checkpoint.present,
      rejected: checkpoint.rejected,
      reasons: checkpoint.reasons,
      rejections,
      ...(resumedAt && { resumedFromLine: resumedAt }),
      lastLine: checkpoint.line,
      completed,
      ...(options.rejectsPath && { rejectsFile: options.rejectsPath }),
      checkpoint: options.checkpointPath,
      elapsedMs,
      rowsPerSecond: elapsedMs > 0 ? Math.round((handled * 1000) / elapsedMs) : handled,
    };
  };
  if (saved?.completedAt) return { ...summary(0, true, []), alreadyCompleted: true };
  // Written before the first batch, so the seed behind the ids is kept whatever happens next.
  saveCheckpoint(options.checkpointPath, checkpoint);

  const rejects = options.rejectsPath ? openRejects(options.rejectsPath, checkpoint.rejectsBytes) : undefined;
  const progress = createProgress({ totalBytes: input.size, startBytes: checkpoint.offset, ...options.progress });
  const rejections: Rejection[] = [];
  let handled = 0;
  let batch: Pending[] = [];

  const commit = async () => {
    if (batch.length === 0) return;
    const valid = batch.filter((item) => item.entry);
    const outcomes = await transfer.importBatch(valid.map((item) => item.entry as ImportEntry));
    valid.forEach((item, index) => {
      const outcome = outcomes[index];
      if (outcome?.status === 'imported') checkpoint.imported += 1;
      else if (outcome?.status === 'present') checkpoint.present += 1;
      else if (outcome?.status === 'rejected') item.rejection = { code: outcome.code, reason: outcome.message };
    });
    const lines: string[] = [];
    for (const { record, rejection } of batch) {
      if (!rejection) continue;
      checkpoint.rejected += 1;
      checkpoint.reasons[rejection.code] = (checkpoint.reasons[rejection.code] ?? 0) + 1;
      if (rejections.length < 20) rejections.push({ line: record.line, ...rejection });
      lines.push(
        `${JSON.stringify({ line: record.line, code: rejection.code, reason: rejection.reason, row: record.value ?? record.raw ?? null })}\n`,
      );
    }
    if (rejects && lines.length > 0) checkpoint.rejectsBytes += rejects.append(lines.join(''));
    const last = batch.at(-1) as Pending;
    checkpoint.offset = last.record.end;
    checkpoint.line = last.record.line;
    handled += batch.length;
    batch = [];
    saveCheckpoint(options.checkpointPath, checkpoint);
    progress.update(handled, checkpoint.offset);
    if (options.batchDelayMs > 0) await sleep(options.batchDelayMs);
  };

  try {
    for await (const record of inputRecords(options, checkpoint)) {
      batch.push(toPending(record, checkpoint.seed));
      if (batch.length >= options.batchSize) {
        await commit();
        if (options.interrupted()) break;
      }
    }
    if (!options.interrupted()) await commit();
  } finally {
    rejects?.close();
  }
  const completed = !options.interrupted();
  if (completed) {
    checkpoint.completedAt = Date.now();
    saveCheckpoint(options.checkpointPath, checkpoint);
  }
  progress.finish(handled, checkpoint.offset);
  return summary(handled, completed, rejections);
}

function toPending(record: InputRecord, seed: string): Pending {
  if (record.error) return { record, rejection: { code: 'import.unreadable_row', reason: record.error } };
  const parsed = createUserSchema.safeParse(record.value);
  if (!parsed.success) return { record, rejection: describeIssues(parsed.error) };
  return { record, entry: { id: deriveId(seed, `line:${record.line}`), input: parsed.data } };
}

/** The rejects file, cut back to what the last committed batch left (mode 0600: rows may hold passwords). */
function openRejects(file: string, size: number) {
  const fd = fs.openSync(file, fs.existsSync(file) ? 'r+' : 'w', 0o600);
  fs.fchmodSync(fd, 0o600);
  fs.ftruncateSync(fd, size);
  let position = size;
  return {
    append(text: string): number {
      const bytes = Buffer.from(text);
      fs.writeSync(fd, bytes, 0, bytes.length, position);
      fs.fsyncSync(fd);
      position += bytes.length;
      return bytes.length;
    },
    close: () => fs.closeSync(fd),
  };
}

export { defaultCheckpointPath };

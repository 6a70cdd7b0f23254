/**
 * Streaming readers for `tessera users import`: the input is read chunk by chunk and yields one
 * record at a time with the byte offset just past it, which the checkpoint records so that a
 * resumed import starts reading there. Nothing holds more than one record (≤ 1 MiB) in memory.
 *
 * CSV is parsed here rather than with a library because resuming needs the exact byte offset of
 * each record's end, which streaming CSV parsers report only approximately (after their own
 * buffering). RFC 4180 over complete records is short: a record runs on to the next physical
 * line while its double quotes are unbalanced, then splits on commas outside quotes.
 */

import { createUserFields } from '../users/users.schemas.js';

export const maxRecordBytes = 1024 * 1024;

/** One physical line: its number (from 1), the bytes it spans and its text without the line break. */
export interface Line {
  line: number;
  end: number;
  text: string;
  /** Longer than maxRecordBytes: the text is dropped. */
  tooLong?: boolean;
}

export interface Position {
  offset: number;
  line: number;
}

/** Splits a byte stream on LF (CRLF too), keeping exact byte offsets. */
export async function* readLines(source: AsyncIterable<Uint8Array>, start: Position = { offset: 0, line: 0 }) {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let offset = start.offset;
  let line = start.line;
  const emit = (tail: Buffer): Line => {
    offset += length + tail.length + 1;
    line += 1;
    const bytes = tooLong ? Buffer.alloc(0) : Buffer.concat([...parts, tail]);
    let text = bytes.toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (line === 1) text = text.replace(/^\uFEFF/, '');
    const result: Line = { line, end: offset, text, ...(tooLong && { tooLong }) };
    parts = [];
    length = 0;
    tooLong = false;
    return result;
  };
  for await (const data of source) {
    const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data);
    let from = 0;
    for (let at = chunk.indexOf(10, from); at !== -1; at = chunk.indexOf(10, from)) {
      yield emit(chunk.subarray(from, at));
      from = at + 1;
    }
    const rest = chunk.subarray(from);
    length += rest.length;
    if (length > maxRecordBytes) tooLong = true;
    else parts.push(rest);
  }
  if (length > 0) {
    const last = emit(Buffer.alloc(0));
    yield { ...last, end: last.end - 1 };
  }
}

/** A record read from the input: its parsed value, or why it could not be read. */
export interface InputRecord {
  line: number;
  end: number;
  value?: unknown;
  error?: string;
  /** The text, kept for the rejects file when it could not be parsed. */
  raw?: string;
}

/** JSON Lines: one object per line; blank lines are skipped. */
export async function* jsonlRecords(lines: AsyncIterable<Line>): AsyncGenerator<InputRecord> {
  for await (const { line, end, text, tooLong } of lines) {
    if (tooLong) {
      yield { line, end, error: `the line is longer than ${maxRecordBytes} bytes` };
      continue;
    }
    if (text.trim() === '') continue;
    try {
      yield { line, end, value: JSON.parse(text) };
    } catch (error) {
      yield { line, end, raw: text, error: `not valid JSON (${(error as Error).message})` };
    }
  }
}

/** The fields of one complete CSV record, or why it is malformed. */
export function splitCsvRecord(text: string): string[] | { error: string } {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    if (text[at] === '"') {
      let value = '';
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote === -1) return { error: 'a quoted field is not closed' };
        value += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        value += '"';
        at += 1;
      }
      if (at < text.length && text[at] !== ',') return { error: 'a closing quote is followed by more than a comma' };
      fields.push(value);
    } else {
      const comma = text.indexOf(',', at);
      const end = comma === -1 ? text.length : comma;
      const value = text.slice(at, end);
      if (value.includes('"')) return { error: 'a field holds a double quote without being quoted' };
      fields.push(value);
      at = end;
    }
    if (at >= text.length) return fields;
    at += 1;
  }
}

const quoteCount = (text: string) => text.split('"').length - 1;

/** CSV records (RFC 4180): a quoted field may hold commas, doubled quotes and line breaks. */
export async function* csvRecords(lines: AsyncIterable<Line>): AsyncGenerator<InputRecord & { fields?: string[] }> {
  let pending: { line: number; text: string; quotes: number } | undefined;
  let lastEnd = 0;
  for await (const { line, end, text, tooLong } of lines) {
    lastEnd = end;
    if (tooLong) {
      pending = undefined;
      yield { line, end, error: `the line is longer than ${maxRecordBytes} bytes` };
      continue;
    }
    const record = pending
      ? { line: pending.line, text: `${pending.text}\n${text}`, quotes: pending.quotes + quoteCount(text) }
      : { line, text, quotes: quoteCount(text) };
    if (record.quotes % 2 === 1 && record.text.length <= maxRecordBytes) {
      pending = record;
      continue;
    }
    pending = undefined;
    if (record.text.trim() === '') continue;
    const fields = record.quotes % 2 === 1 ? { error: 'a quoted field is not closed' } : splitCsvRecord(record.text);
    if (Array.isArray(fields)) yield { line: record.line, end, fields };
    else yield { line: record.line, end, raw: record.text, error: `malformed CSV: ${fields.error}` };
  }
  if (pending)
    yield { line: pending.line, end: lastEnd, raw: pending.text, error: 'malformed CSV: a quoted field is not closed' };
}

/** The columns a CSV header may name: the create-user fields (the Management API's schema). */
export const csvColumns = Object.keys(createUserFields.shape) as (keyof typeof createUserFields.shape)[];
/** Cells holding JSON objects. */
const jsonColumns = new Set(['customData', 'profile']);

/** Checks a header row: every column known, none twice. */
export function csvHeaderIssue(header: string[]): string | undefined {
  const unknown = header.filter((column) => !(csvColumns as readonly string[]).includes(column));
  if (unknown.length > 0)
    return `unknown CSV column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}: the header row may name ${csvColumns.join(', ')}`;
  const twice = header.find((column, index) => header.indexOf(column) !== index);
  return twice && `the CSV column "${twice}" appears twice`;
}

/** A CSV record as the create-user object: empty cells are left out, JSON cells parsed. */
export function csvRowValue(
  header: string[],
  fields: string[],
): { value: Record<string, unknown> } | { error: string } {
  if (fields.length !== header.length)
    return { error: `the row has ${fields.length} fields where the header has ${header.length}` };
  const value: Record<string, unknown> = {};
  for (const [index, column] of header.entries()) {
    const cell = fields[index] as string;
    if (cell === '') continue;
    if (!jsonColumns.has(column)) {
      value[column] = cell;
      continue;
    }
    try {
      value[column] = JSON.parse(cell);
    } catch {
      return { error: `${column}: the cell is not valid JSON` };
    }
  }
  return { value };
}

import { once } from 'node:events';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import type { ExportedUser, UserTransfer } from '../users/index.js';
import { csvColumns } from './import-reader.js';

/**
 * `tessera users export`: every user of the end users' realm, page by page in id order (keyset
 * pagination), in the shape `tessera users import` and `POST /api/users` accept, with each
 * password hash as `passwordDigest` + `passwordAlgorithm`.
 */
export type ExportFormat = 'jsonl' | 'csv';

const exportColumns = csvColumns.filter((column) => column !== 'password');

const needsQuotes = /[",\r\n]|^\s|\s$/;
const csvCell = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export const csvLine = (user: ExportedUser) =>
  `${exportColumns.map((column) => csvCell(user[column as keyof ExportedUser])).join(',')}\n`;

/** Writes with back-pressure: a slow disk or pipe holds the export, never the memory. */
async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

export async function runExport(
  transfer: UserTransfer,
  { format, out, pageSize }: { format: ExportFormat; out: Writable; pageSize: number },
): Promise<number> {
  if (format === 'csv') await write(out, `${exportColumns.join(',')}\n`);
  let count = 0;
  let after: string | undefined;
  for (;;) {
    const page = await transfer.exportPage(after, pageSize);
    if (page.users.length === 0) return count;
    const text = page.users.map((user) => (format === 'csv' ? csvLine(user) : `${JSON.stringify(user)}\n`)).join('');
    await write(out, text);
    count += page.users.length;
    after = page.lastId;
  }
}

/** The output file, readable by its owner only: it holds password hashes. */
export function openExportFile(file: string): fs.WriteStream {
  const fd = fs.openSync(file, 'w', 0o600);
  fs.fchmodSync(fd, 0o600);
  return fs.createWriteStream(file, { fd });
}

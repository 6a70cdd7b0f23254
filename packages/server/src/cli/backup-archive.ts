import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/**
 * The backup file: a gzip-compressed tar archive (ustar) of a few regular files, readable with
 * `tar -xzf`. Written here rather than with a dependency because only this much is needed.
 */
const BLOCK = 512;

function header(name: string, size: number, mtime: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, 100, 'utf8');
  block.write('0000600\0', 100, 'ascii');
  block.write('0000000\0', 108, 'ascii');
  block.write('0000000\0', 116, 'ascii');
  if (size < 8 ** 11) block.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  else {
    // GNU base-256 for files of 8 GiB and more.
    block[124] = 0x80;
    block.writeBigUInt64BE(BigInt(size), 128);
  }
  block.write(
    `${Math.floor(mtime / 1000)
      .toString(8)
      .padStart(11, '0')}\0`,
    136,
    'ascii',
  );
  block.write('        ', 148, 'ascii');
  block.write('0', 156, 'ascii');
  block.write('ustar\u000000', 257, 'ascii');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}

async function* tarEntries(entries: Array<{ name: string; file: string }>) {
  for (const { name, file } of entries) {
    const { size, mtimeMs } = fs.statSync(file);
    yield header(name, size, mtimeMs);
    for await (const chunk of fs.createReadStream(file)) yield chunk as Buffer;
    if (size % BLOCK) yield Buffer.alloc(BLOCK - (size % BLOCK));
  }
  yield Buffer.alloc(2 * BLOCK);
}

/** Writes the archive to `out` (created with mode 0600, flushed to disk before it resolves). */
export async function writeArchive(out: string, entries: Array<{ name: string; file: string }>): Promise<void> {
  await pipeline(
    Readable.from(tarEntries(entries)),
    zlib.createGzip(),
    fs.createWriteStream(out, { flags: 'wx', mode: 0o600 }),
  );
  const handle = await fs.promises.open(out, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export class ArchiveError extends Error {
  readonly code = 'backup.invalid';
}

function octal(block: Buffer, offset: number, length: number): number {
  if ((block[offset] ?? 0) & 0x80) return Number(block.readBigUInt64BE(offset + length - 8));
  return Number.parseInt(
    block
      .toString('ascii', offset, offset + length)
      .replace(/\0.*$/s, '')
      .trim() || '0',
    8,
  );
}

/**
 * Extracts the archive's files into `dir`; only names in `allowed` (plain names, no folders)
 * are accepted, anything else makes it "not a Tessera backup". Returns name → extracted path.
 */
export async function readArchive(archive: string, dir: string, allowed: Set<string>): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  let buffered = Buffer.alloc(0);
  let current: { fd: number; remaining: number; padding: number } | undefined;
  let ended = false;
  try {
    for await (const chunk of fs.createReadStream(archive).pipe(zlib.createGunzip())) {
      buffered = Buffer.concat([buffered, chunk as Buffer]);
      while (!ended) {
        if (current) {
          const take = Math.min(current.remaining, buffered.length);
          if (take > 0) fs.writeSync(current.fd, buffered, 0, take);
          buffered = buffered.subarray(take);
          current.remaining -= take;
          if (current.remaining > 0) break;
          if (buffered.length < current.padding) break;
          buffered = buffered.subarray(current.padding);
          fs.closeSync(current.fd);
          current = undefined;
        }
        if (buffered.length < BLOCK) break;
        const block = buffered.subarray(0, BLOCK);
        buffered = buffered.subarray(BLOCK);
        if (block.every((byte) => byte === 0)) {
          ended = true;
          break;
        }
        const name = block.toString('utf8', 0, 100).replace(/\0.*$/s, '');
        const type = block.toString('ascii', 156, 157);
        let sum = 0;
        for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] ?? 0);
        if (sum !== octal(block, 148, 8)) throw new ArchiveError('a header checksum does not match');
        if (!allowed.has(name) || (type !== '0' && type !== '\0') || files.has(name))
          throw new ArchiveError(`unexpected entry "${name}"`);
        const size = octal(block, 124, 12);
        const target = path.join(dir, name);
        files.set(name, target);
        current = { fd: fs.openSync(target, 'wx', 0o600), remaining: size, padding: (BLOCK - (size % BLOCK)) % BLOCK };
      }
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`it cannot be read (${(error as Error).message})`);
  } finally {
    if (current) fs.closeSync(current.fd);
  }
  if (!ended || current) throw new ArchiveError('it ends early (truncated)');
  return files;
}

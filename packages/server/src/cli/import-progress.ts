/**
 * Progress of a long import on stderr. On a terminal: one line rewritten in place (rows, rate,
 * percentage, time left, estimated from the bytes read). Otherwise a plain line every `every` rows.
 */
export interface ProgressOptions {
  totalBytes: number;
  startBytes: number;
  tty: boolean;
  every: number;
  write: (text: string) => void;
  now?: () => number;
}

const duration = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  const [h, m] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60)];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
};

export function createProgress({ totalBytes, startBytes, tty, every, write, now = Date.now }: ProgressOptions) {
  const started = now();
  let lastDrawn = 0;
  let lastLine = 0;
  let drawn = false;
  const describe = (rows: number, bytes: number) => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? rows / seconds : 0;
    const done = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1;
    const byteRate = seconds > 0 ? (bytes - startBytes) / seconds : 0;
    const left = byteRate > 0 ? (totalBytes - bytes) / byteRate : undefined;
    return `${rows.toLocaleString('en-US')} rows  ${Math.round(rate).toLocaleString('en-US')} rows/s  ${(done * 100).toFixed(0)}%${left === undefined ? '' : `  ETA ${duration(left)}`}`;
  };
  return {
    /** `rows` handled in this run, `bytes` read up to (absolute offset). */
    update(rows: number, bytes: number) {
      if (tty) {
        if (now() - lastDrawn < 100) return;
        lastDrawn = now();
        drawn = true;
        write(`\r\x1b[2K${describe(rows, bytes)}`);
      } else if (every > 0 && rows - lastLine >= every) {
        lastLine = rows - (rows % every);
        write(`${describe(rows, bytes)}\n`);
      }
    },
    /** Ends the in-place line so the summary starts on its own. */
    finish(rows: number, bytes: number) {
      if (tty && drawn) write(`\r\x1b[2K${describe(rows, bytes)}\n`);
    },
  };
}

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvRecords, csvRowValue, jsonlRecords, type Line, readLines, splitCsvRecord } from './import-reader.js';

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

const chunks = (...parts: string[]) => Readable.from(parts.map((part) => Buffer.from(part)));

describe('import reader', () => {
  it('streams: the first record comes out before the rest of the input has been read', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled += 1;
        yield Buffer.from(`{"username":"u${pulled}"}\n`);
      }
    }
    const records = jsonlRecords(readLines(endless()));
    const first = await records.next();
    expect(first.value).toMatchObject({ line: 1, value: { username: 'u1' } });
    // An endless input would never end if the reader loaded it whole.
    expect(pulled).toBe(1);
    await records.return(undefined);
  });

  it('keeps exact byte offsets over CRLF, multi-byte text and chunk borders, and resumes from one', async () => {
    const text = 'é1\r\n{"a":"ü"}\n\nlast';
    const lines = await collect(readLines(chunks(text.slice(0, 3), text.slice(3, 9), text.slice(9))));
    expect(lines.map((l) => l.text)).toEqual(['é1', '{"a":"ü"}', '', 'last']);
    const bytes = Buffer.from(text);
    expect(lines.map((l) => l.end)).toEqual([
      bytes.indexOf('\n') + 1,
      bytes.indexOf('\n\n') + 1,
      bytes.indexOf('\n\n') + 2,
      bytes.length,
    ]);
    const second = lines[0] as Line;
    const resumed = await collect(
      readLines(Readable.from([bytes.subarray(second.end)]), { offset: second.end, line: second.line }),
    );
    expect(resumed).toEqual(lines.slice(1));
  });

  it('reads JSON Lines, skipping blank lines and reporting bad JSON with its line', async () => {
    const records = await collect(jsonlRecords(readLines(chunks('{"x":1}\n\n  \nnot json\n{"y":2}'))));
    expect(records.map(({ line, value, error }) => ({ line, value, error: error && 'bad' }))).toEqual([
      { line: 1, value: { x: 1 }, error: undefined },
      { line: 4, value: undefined, error: 'bad' },
      { line: 5, value: { y: 2 }, error: undefined },
    ]);
  });

  it('parses RFC 4180 CSV: quotes, doubled quotes, commas and line breaks inside quoted fields', async () => {
    expect(splitCsvRecord('a,"b,c","say ""hi""",')).toEqual(['a', 'b,c', 'say "hi"', '']);
    expect(splitCsvRecord('a,b"c')).toEqual({ error: 'a field holds a double quote without being quoted' });
    expect(splitCsvRecord('"a"b')).toEqual({ error: 'a closing quote is followed by more than a comma' });
    const input = '\uFEFFusername,name\r\nann,"Ann\r\nSmith"\r\nbob,Bob\r\nbad,"open\n';
    const records = await collect(csvRecords(readLines(chunks(input))));
    expect(records.map(({ line, fields, error }) => ({ line, fields, error }))).toEqual([
      { line: 1, fields: ['username', 'name'], error: undefined },
      { line: 2, fields: ['ann', 'Ann\nSmith'], error: undefined },
      { line: 4, fields: ['bob', 'Bob'], error: undefined },
      { line: 5, fields: undefined, error: 'malformed CSV: a quoted field is not closed' },
    ]);
    expect(records[1]?.end).toBe(Buffer.from(input).indexOf('bob'));
  });

  it('maps a CSV row to the create-user shape: empty cells left out, JSON cells parsed', () => {
    const header = ['username', 'customData', 'profile', 'name'];
    expect(csvRowValue(header, ['ann', '{"plan":"pro"}', '', ''])).toEqual({
      value: { username: 'ann', customData: { plan: 'pro' } },
    });
    expect(csvRowValue(header, ['ann', '{oops', '', ''])).toEqual({ error: 'customData: the cell is not valid JSON' });
    expect(csvRowValue(header, ['ann'])).toEqual({ error: 'the row has 1 fields where the header has 4' });
  });
});

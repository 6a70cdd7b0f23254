import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown';

describe('the connector READMEs’ Markdown', () => {
  it('reads headings, paragraphs, lists (with a code block inside), tables and code', () => {
    const source = [
      '# Twilio SMS',
      '',
      'Sends one-time codes',
      'by SMS.',
      '',
      '1. Note the **Account SID**.',
      '2. Create a service',
      '   and note its SID.',
      '',
      '   ```js',
      '   await call();',
      '   ```',
      '',
      '| field | meaning |',
      '| --- | --- |',
      '| `authToken` | secret \\| masked |',
    ].join('\n');
    expect(parseMarkdown(source)).toEqual([
      { kind: 'heading', level: 1, text: 'Twilio SMS' },
      { kind: 'paragraph', text: 'Sends one-time codes by SMS.' },
      {
        kind: 'list',
        ordered: true,
        start: 1,
        items: ['Note the **Account SID**.', 'Create a service and note its SID.'],
      },
      { kind: 'code', text: 'await call();' },
      { kind: 'table', head: ['field', 'meaning'], rows: [['`authToken`', 'secret | masked']] },
    ]);
  });

  it('keeps inline code, bold and http(s) links, and leaves other link schemes as text', () => {
    expect(parseInline('Use `id`, **not** [docs](https://example.test/a) or [x](javascript:alert(1))')).toEqual([
      { kind: 'text', text: 'Use ' },
      { kind: 'code', text: 'id' },
      { kind: 'text', text: ', ' },
      { kind: 'strong', text: 'not' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'docs', href: 'https://example.test/a' },
      { kind: 'text', text: ' or [x](javascript:alert(1))' },
    ]);
  });
});

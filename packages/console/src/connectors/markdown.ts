/**
 * The little Markdown the connector READMEs (docs/connectors/*.md) use, parsed into blocks the
 * page renders as React elements: headings, paragraphs, lists, tables and code blocks, with
 * inline code, bold and http(s) links. Nothing becomes HTML from text, so a README cannot inject
 * markup.
 */
export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] }
  | { kind: 'code'; text: string }
  | { kind: 'table'; head: string[]; rows: string[][] };

export type Inline = { kind: 'text' | 'code' | 'strong'; text: string } | { kind: 'link'; text: string; href: string };

const fence = /^\s*```/;
const heading = /^(#{1,6})\s+(.*)$/;
const listItem = /^\s*(?:([-*])|(\d+)\.)\s+(.*)$/;

/** `| a | b \| c |` → ["a", "b | c"]. */
const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let index = 0;
  const at = () => lines[index] as string;
  while (index < lines.length) {
    const line = at();
    if (line.trim() === '') {
      index++;
    } else if (fence.test(line)) {
      const indent = line.length - line.trimStart().length;
      const body: string[] = [];
      for (index++; index < lines.length && !fence.test(at()); index++) body.push(at().slice(indent));
      index++;
      blocks.push({ kind: 'code', text: body.join('\n') });
    } else if (heading.test(line)) {
      const [, hashes = '#', text = ''] = heading.exec(line) ?? [];
      blocks.push({ kind: 'heading', level: hashes.length, text });
      index++;
    } else if (line.trimStart().startsWith('|')) {
      const rows: string[][] = [];
      for (; index < lines.length && at().trimStart().startsWith('|'); index++)
        if (!/^\s*\|[\s:|-]+\|\s*$/.test(at())) rows.push(cells(at()));
      blocks.push({ kind: 'table', head: rows[0] ?? [], rows: rows.slice(1) });
    } else if (listItem.test(line)) {
      const [, , number] = listItem.exec(line) ?? [];
      const items: string[] = [];
      while (index < lines.length && at().trim() !== '' && !fence.test(at())) {
        const item = listItem.exec(at());
        if (item) items.push(item[3] ?? '');
        else items[items.length - 1] += ` ${at().trim()}`;
        index++;
      }
      blocks.push({ kind: 'list', ordered: number !== undefined, start: Number(number ?? 1), items });
    } else {
      const text: string[] = [];
      for (; index < lines.length; index++) {
        const next = at();
        if (next.trim() === '' || fence.test(next) || heading.test(next) || listItem.test(next)) break;
        if (next.trimStart().startsWith('|')) break;
        text.push(next.trim());
      }
      blocks.push({ kind: 'paragraph', text: text.join(' ') });
    }
  }
  return blocks;
}

const inline = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(inline)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    const [, code, strong, label, href] = match;
    if (code !== undefined) parts.push({ kind: 'code', text: code });
    else if (strong !== undefined) parts.push({ kind: 'strong', text: strong });
    else parts.push({ kind: 'link', text: label ?? '', href: href ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

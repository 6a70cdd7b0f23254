import { Fragment } from 'react';
import { type Block, parseInline, parseMarkdown } from './markdown';

function Text({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((part, index) => {
        // Parts of one line of text, in order; they never move.
        const key = index;
        if (part.kind === 'code') return <code key={key}>{part.text}</code>;
        if (part.kind === 'strong') return <strong key={key}>{part.text}</strong>;
        if (part.kind === 'link')
          return (
            <a key={key} href={part.href} target="_blank" rel="noopener noreferrer">
              {part.text}
            </a>
          );
        return <Fragment key={key}>{part.text}</Fragment>;
      })}
    </>
  );
}

/** A README's headings sit under the page's own (h1) and the guide's summary: # becomes h3. */
function Heading({ level, text }: { level: number; text: string }) {
  const content = <Text text={text} />;
  if (level <= 1) return <h3>{content}</h3>;
  if (level === 2) return <h4>{content}</h4>;
  if (level === 3) return <h5>{content}</h5>;
  return <h6>{content}</h6>;
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading':
      return <Heading level={block.level} text={block.text} />;
    case 'paragraph':
      return (
        <p>
          <Text text={block.text} />
        </p>
      );
    case 'code':
      return (
        <pre>
          <code>{block.text}</code>
        </pre>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed text, in order
        <li key={index}>
          <Text text={item} />
        </li>
      ));
      return block.ordered ? <ol start={block.start}>{items}</ol> : <ul>{items}</ul>;
    }
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.head.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed text, in order
                <th key={index} scope="col">
                  <Text text={cell} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed text, in order
              <tr key={rowIndex}>
                {row.map((cell, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed text, in order
                  <td key={index}>
                    <Text text={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** A connector's README (docs/connectors/<factory id>.md, served with the factory), rendered. */
export function Readme({ source }: { source: string }) {
  return (
    <div className="readme">
      {parseMarkdown(source).map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed text, in order
        <BlockView key={index} block={block} />
      ))}
    </div>
  );
}

import { useI18n } from '../i18n/i18n';
import { CopyButton } from '../ui/copy-button';
import type { CodeLanguage } from './snippets/types';

/** Language names are product names: the same in every console language. */
const languageNames: Record<CodeLanguage, string> = {
  bash: 'Shell',
  dart: 'Dart',
  dotenv: '.env',
  html: 'HTML',
  javascript: 'JavaScript',
  json: 'JSON',
  python: 'Python',
  tsx: 'TSX',
  typescript: 'TypeScript',
  url: 'URL',
  xml: 'XML',
  yaml: 'YAML',
};

/**
 * A snippet: its language and file in the caption, a copy button, and the code in plain
 * <pre><code> (focusable, so keyboard users can scroll long lines).
 */
export function CodeBlock({
  language,
  filename,
  text,
  copyLabel,
}: {
  language: CodeLanguage;
  filename?: string;
  text: string;
  copyLabel: string;
}) {
  const { t } = useI18n();
  const name = languageNames[language];
  return (
    <figure className="code-block">
      <figcaption className="code-caption">
        <span>
          {filename ? t('guides.codeIn', { language: name, filename }) : t('guides.codeOnly', { language: name })}
        </span>
        <CopyButton value={text} label={copyLabel} />
      </figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard */}
      <pre className="code" tabIndex={0}>
        <code>{text}</code>
      </pre>
    </figure>
  );
}

import { useI18n } from '../i18n/i18n';
import { CodePanel } from '../ui/code-panel';
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

/** A snippet: its language and file in the caption, a copy button, and the code. */
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
  const caption = filename
    ? t('guides.codeIn', { language: name, filename })
    : t('guides.codeOnly', { language: name });
  return <CodePanel caption={caption} text={text} copyLabel={copyLabel} />;
}

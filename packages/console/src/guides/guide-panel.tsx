import './guide-panel.css';
import { Fragment, type ReactNode, useId, useState } from 'react';
import type { paths } from '../api/schema';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { CopyButton } from '../ui/copy-button';
import { ApiAccessPicker, type PickedAccess } from './api-access-picker';
import { CodeBlock } from './code-block';
import { type Framework, type FrameworkId, frameworks } from './frameworks';
import { guideUris, guideValues } from './guide-values';
import { guides } from './snippets';
import { issuerOf } from './snippets/format';

export type GuideApplication = paths['/api/applications/{id}']['get']['responses'][200]['content']['application/json'];

/** Text with `code` marked by backticks, as the step bodies write it. */
function withCode(text: string): ReactNode[] {
  return text.split('`').map((part, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string never reorder
    index % 2 === 1 ? <code key={index}>{part}</code> : <Fragment key={index}>{part}</Fragment>,
  );
}

/**
 * A framework's integration guide for one application: its values, the URIs it still has to
 * register, the API access to ask for, and numbered steps whose snippets hold all of them.
 * Reads only the app's id and URIs, so a secret in `app` never reaches a snippet.
 */
export default function GuidePanel({
  framework: frameworkOrId,
  app,
  endpoint,
  missingAction,
}: {
  /** Usually `frameworkOf(app)`; an id works too. */
  framework: Framework | FrameworkId;
  app: GuideApplication;
  /** The instance's base URL (ENDPOINT), e.g. `location.origin`. */
  endpoint: string;
  /** A control shown with the URIs the app lacks (the app page's "Add them"). */
  missingAction?: ReactNode;
}) {
  const { t } = useI18n();
  const framework =
    typeof frameworkOrId === 'string'
      ? (frameworks.find((entry) => entry.id === frameworkOrId) as Framework)
      : frameworkOrId;
  const headingId = useId();
  const [picked, setPicked] = useState<PickedAccess>(new Map());
  const uris = guideUris(framework.id, app);
  const values = guideValues(framework.id, app, endpoint, {
    resources: [...picked.keys()],
    scopes: [...picked.values()].flat(),
  });
  const steps = guides[framework.id](values);
  const placeholders = {
    endpoint: values.endpoint,
    issuer: issuerOf(values.endpoint),
    appId: values.appId,
    redirectUri: values.redirectUri,
    postSignOutRedirectUri: values.postSignOutRedirectUri,
  };

  const facts: Array<[MessageKey, string]> = [
    ['guides.value.endpoint', placeholders.endpoint],
    ['guides.value.issuer', placeholders.issuer],
    ['guides.value.appId', placeholders.appId],
  ];
  if (values.redirectUri) facts.push(['guides.value.redirectUri', values.redirectUri]);
  if (values.postSignOutRedirectUri) facts.push(['guides.value.postSignOutRedirectUri', values.postSignOutRedirectUri]);

  return (
    <section className="guide" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('guides.title', { framework: framework.name })}</h2>
      <p className="intro">{t('guides.intro')}</p>

      <h3>{t('guides.values')}</h3>
      <dl className="facts endpoints">
        {facts.map(([label, value]) => (
          <div key={label} className="endpoint">
            <dt>{t(label)}</dt>
            <dd>
              <code>{value}</code>
              <CopyButton value={value} label={t(label)} />
            </dd>
          </div>
        ))}
      </dl>

      {uris.missing.length > 0 && (
        <div className="guide-missing" role="note" aria-labelledby={`${headingId}-missing`}>
          <h3 id={`${headingId}-missing`}>{t('guides.missing.title')}</h3>
          <p>{t('guides.missing.body')}</p>
          <ul>
            {uris.missing.map((field) => (
              <li key={field}>
                {t(`guides.value.${field}`)}: <code>{uris[field]}</code>
              </li>
            ))}
          </ul>
          {uris.missing.some((field) => uris[field].includes('<extension-id>')) && (
            <p className="note">{t('guides.missing.extensionId')}</p>
          )}
          {missingAction}
        </div>
      )}

      <h3>{t('guides.access.title')}</h3>
      <p className="note">{t('guides.access.intro')}</p>
      <ApiAccessPicker value={picked} onChange={setPicked} />

      <h3>{t('guides.steps')}</h3>
      <ol className="guide-steps">
        {steps.map((step, index) => (
          <li key={`${step.titleKey}-${step.code?.filename ?? index}`} className="guide-step">
            <h4>{t(step.titleKey)}</h4>
            <p>{withCode(t(step.bodyKey, placeholders))}</p>
            {step.code && <CodeBlock {...step.code} copyLabel={t('guides.code', { step: index + 1 })} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

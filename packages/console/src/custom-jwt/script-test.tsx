import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { errorMessage } from '../api/errors';
import type { FieldErrors } from '../api/form-errors';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Progress } from '../ui/progress';
import { CodeEditor } from './code-editor';
import { type Draft, environmentOf, parseJsonObject } from './draft';
import { asJson, contextSamples, type TokenKind, tokenSamples } from './samples';

type Outcome = { claims: Record<string, unknown> } | { error: string };

/**
 * Runs the draft (not the saved script) on the samples through `POST /api/configs/jwt-customizer/test`,
 * which uses the sandbox and limits of real token issuance. Viewers may test too: nothing is saved.
 */
export function ScriptTest({
  kind,
  draft,
  errors,
  onChange,
}: {
  kind: TokenKind;
  draft: Draft;
  errors: FieldErrors;
  onChange: (patch: Partial<Draft>) => void;
}) {
  const { t } = useI18n();
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const [sampleErrors, setSampleErrors] = useState<FieldErrors>({});

  async function run() {
    const token = parseJsonObject(draft.tokenSample, t);
    const context = parseJsonObject(draft.contextSample, t);
    const environment = environmentOf(draft.environment, t);
    const found: FieldErrors = {
      ...('error' in token && { tokenSample: token.error }),
      ...('error' in context && { contextSample: context.error }),
    };
    setSampleErrors(found);
    if ('error' in token || 'error' in context) return;
    setRunning(true);
    setOutcome(undefined);
    try {
      const claims = await unwrap(
        api.POST('/api/configs/jwt-customizer/test', {
          body: {
            tokenType: kind,
            script: draft.script,
            environmentVariables: environment.variables,
            token: token.value,
            context: context.value,
          },
        }),
      );
      setOutcome({ claims: claims as Record<string, unknown> });
    } catch (error) {
      setOutcome({ error: errorMessage(error) });
    } finally {
      setRunning(false);
    }
  }

  return (
    <section className="script-test" aria-labelledby="script-test-heading">
      <h2 id="script-test-heading">{t('customJwt.test')}</h2>
      <p className="hint">{t('customJwt.test.intro')}</p>
      <div className="samples">
        <CodeEditor
          label={t('customJwt.test.token')}
          language="json"
          value={draft.tokenSample}
          onChange={(tokenSample) => onChange({ tokenSample })}
          error={sampleErrors.tokenSample ?? errors.tokenSample}
          minLines={8}
        />
        <CodeEditor
          label={t('customJwt.test.context')}
          language="json"
          value={draft.contextSample}
          onChange={(contextSample) => onChange({ contextSample })}
          error={sampleErrors.contextSample ?? errors.contextSample}
          minLines={8}
        />
      </div>
      <div className="form-actions">
        <Button onPress={run} isDisabled={running}>
          {t('customJwt.test.run')}
        </Button>
        <Button
          variant="quiet"
          onPress={() =>
            onChange({ tokenSample: asJson(tokenSamples[kind]), contextSample: asJson(contextSamples[kind]) })
          }
        >
          {t('customJwt.test.reset')}
        </Button>
      </div>
      <div className="test-result" aria-live="polite">
        {running && <Progress label={t('customJwt.test.running')} />}
        {outcome && (
          <>
            <h3>{t('customJwt.test.result')}</h3>
            {'claims' in outcome ? (
              <>
                <p>{t('customJwt.test.claims')}</p>
                <pre className="claims">{asJson(outcome.claims)}</pre>
              </>
            ) : (
              <p role="alert" className="field-error">
                {t('customJwt.test.failed', { message: outcome.error })}
              </p>
            )}
          </>
        )}
      </div>
    </section>
  );
}

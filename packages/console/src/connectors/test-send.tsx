import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { api, unwrap } from '../api/client';
import { errorMessage } from '../api/errors';
import { useWriteReason } from '../authorization/shared/write-access';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Progress } from '../ui/progress';
import { TextField } from '../ui/text-field';
import { type Refusal, refusalOf } from './api-errors';
import type { Factory } from './queries';

interface TestSendProps {
  factory: Factory;
  name: string;
  /** The form's config as it stands (saved or not), or undefined when fields need fixing first. */
  checkedConfig: () => Record<string, unknown> | undefined;
  /** The API's message about the phone number or address. */
  recipientError?: string;
  onRefused: (refusal: Refusal) => void;
  onStart: () => void;
}

/** "+1 (555) 010-0000" → "15550100000": the API takes the digits, country code first. */
const phoneDigits = (text: string) => text.replace(/[\s().+-]/g, '');

/**
 * Sends a test code with the draft config (POST /api/connectors/:factoryId/test; nothing is
 * saved) and says what the provider answered, in words, beside the form.
 */
export function TestSend({ factory, name, checkedConfig, recipientError, onRefused, onStart }: TestSendProps) {
  const { t, language } = useI18n();
  const reason = useWriteReason('POST', '/api/connectors/{factoryId}/test');
  const isSms = factory.type === 'Sms';
  const [recipient, setRecipient] = useState('');
  const [missing, setMissing] = useState(false);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ sent: boolean; text: string }>();

  async function send(event: FormEvent) {
    event.preventDefault();
    onStart();
    setResult(undefined);
    const to = isSms ? phoneDigits(recipient) : recipient.trim();
    setMissing(to === '');
    if (to === '') return;
    const config = checkedConfig();
    if (!config) {
      setResult({ sent: false, text: t('connectors.test.failed', { message: t('connectors.form.fix') }) });
      return;
    }
    setPending(true);
    try {
      const body = { config, locale: language, ...(isSms ? { phone: to } : { email: to }) };
      await unwrap(api.POST('/api/connectors/{factoryId}/test', { params: { path: { factoryId: factory.id } }, body }));
      setResult({ sent: true, text: t('connectors.test.sent', { name, to: isSms ? `+${to}` : to }) });
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal && Object.keys(refusal.fields).length > 0) onRefused(refusal);
      setResult({ sent: false, text: t('connectors.test.failed', { message: errorMessage(error) }) });
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="connector-test" aria-labelledby="connector-test-heading">
      <h2 id="connector-test-heading">{t('connectors.test.title')}</h2>
      <p className="note">{t('connectors.test.intro')}</p>
      <Form onSubmit={send} validationBehavior="aria" className="connector-test-form">
        <TextField
          label={t(isSms ? 'connectors.test.phone' : 'connectors.test.email')}
          description={isSms ? t('connectors.test.phoneHelp') : undefined}
          type={isSms ? 'tel' : 'email'}
          autoComplete="off"
          value={recipient}
          onChange={setRecipient}
          error={missing ? t('connectors.test.recipientRequired') : recipientError}
        />
        <div className="actions">
          <Button type="submit" isDisabled={pending} disabledReason={reason}>
            {t('connectors.test.send')}
          </Button>
        </div>
      </Form>
      {pending && <Progress label={t('connectors.test.sending')} />}
      <div role="status" aria-live="polite" className="connector-test-result">
        {result && <p className={result.sent ? 'test-sent' : 'field-error'}>{result.text}</p>}
      </div>
    </section>
  );
}

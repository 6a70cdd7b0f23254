import './administrators.css';
import { useState } from 'react';
import type { unwrap } from '../api/client';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { Button } from '../ui/button';
import { Page } from '../ui/page';
import { AccountForm, type NewAccount } from './account-form';
import { takeFragmentValue } from './fragment';

interface LinkPageText {
  title: MessageKey;
  intro: MessageKey;
  missing: MessageKey;
  submit: MessageKey;
  done: MessageKey;
}

/**
 * A public page that spends a one-time link (`#<param>=…`) on a new administrator's account;
 * it never signs anyone in: afterwards the person signs in like every administrator.
 */
export function LinkAccountPage(props: {
  param: string;
  text: LinkPageText;
  withEmail: boolean;
  create: (secret: string, account: NewAccount) => ReturnType<typeof unwrap<{ username: string | null }>>;
}) {
  const { t } = useI18n();
  const [secret] = useState(() => takeFragmentValue(props.param));
  const [created, setCreated] = useState<string>();
  const { text } = props;
  return (
    <Page title={t(text.title)} intro={created ? undefined : t(text.intro)}>
      {created ? (
        <div className="form">
          <p role="status">{t(text.done, { name: created })}</p>
          <Button variant="primary" onPress={() => navigate('/console')}>
            {t('setup.signIn')}
          </Button>
        </div>
      ) : secret ? (
        <AccountForm
          submitLabel={t(text.submit)}
          withEmail={props.withEmail}
          onSubmit={async (account) => {
            const admin = await props.create(secret, account);
            setCreated(admin.username ?? account.username);
          }}
        />
      ) : (
        <p role="alert">{t(text.missing)}</p>
      )}
    </Page>
  );
}

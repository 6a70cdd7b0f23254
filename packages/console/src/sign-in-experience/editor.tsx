import { signInExperienceSettingsSchema } from '@tessera/server/schemas';
import { type FormEvent, useState } from 'react';
import type { FieldErrors } from '../api/form-errors';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useStatus } from '../ui/status';
import { Tab, TabList, TabPanel, Tabs } from '../ui/tabs';
import { UnsavedChangesGuard } from '../ui/unsaved-changes-guard';
import { BrandingTab } from './branding-tab';
import { ChangeTable, ReviewChangesDialog } from './change-summary';
import { ContentTab } from './content-tab';
import { type Change, describeChanges } from './describe-changes';
import { LivePreview } from './live-preview';
import { MfaTab } from './mfa-tab';
import { PasswordPolicyTab } from './password-policy-tab';
import { type SocialConnector, useSaveSettings } from './queries';
import { draftErrors, type SaveFailure, saveFailure, type TabId, tabOf, tabs } from './save-errors';
import { changedFields, type Settings, sameValue } from './settings';
import { SignUpSignInTab } from './sign-up-sign-in-tab';
import { connectorNameOf } from './social-buttons';

const tabLabels: Record<TabId, MessageKey> = {
  branding: 'signInExperience.tab.branding',
  signUpAndSignIn: 'signInExperience.tab.signUpAndSignIn',
  mfa: 'signInExperience.tab.mfa',
  passwordPolicy: 'signInExperience.tab.passwordPolicy',
  content: 'signInExperience.tab.content',
};

/** The draft's problems by the server's own schema (bad colours, addresses, numbers). */
function validate(draft: Settings): FieldErrors {
  const result = signInExperienceSettingsSchema.safeParse(draft);
  return result.success ? {} : draftErrors(result.error.issues, draft);
}

/**
 * The form and its live preview: edits stay a draft until saved; Save shows what will change,
 * then sends only the changed fields; a refusal shows next to the field it is about.
 */
export function SignInExperienceEditor(props: {
  saved: Settings;
  social: readonly SocialConnector[];
  readOnly: boolean;
}) {
  const { t, language } = useI18n();
  const announce = useStatus();
  const save = useSaveSettings();
  const [base, setBase] = useState(props.saved);
  const [draft, setDraft] = useState(props.saved);
  // Bumped on discard, so fields that keep their own text (custom words) start again.
  const [revision, setRevision] = useState(0);
  const [tab, setTab] = useState<TabId>('branding');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [needs, setNeeds] = useState<SaveFailure['needs']>();
  // After a refused attempt, fields are checked again as they change.
  const [checking, setChecking] = useState(false);
  const [review, setReview] = useState<Change[]>();
  const [lastSaved, setLastSaved] = useState<Change[]>();
  const { social, readOnly } = props;
  const dirty = !sameValue(base, draft);
  const words = { t, connectorName: connectorNameOf(social, language) };

  const replace = (next: Settings) => {
    setDraft(next);
    setNeeds(undefined);
    setErrors(checking ? validate(next) : {});
  };
  const update = (patch: Partial<Settings>) => replace({ ...draft, ...patch });

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first !== undefined && first !== '') setTab(tabOf(first));
  };

  const askToSave = (event?: FormEvent) => {
    event?.preventDefault();
    if (!dirty || readOnly) return;
    const found = validate(draft);
    if (Object.keys(found).length > 0) {
      setChecking(true);
      showErrors(found);
      announce(t('signInExperience.save.invalid'), 'error');
      return;
    }
    // A new attempt: the last refusal's explanations give way to this attempt's answer.
    setErrors({});
    setNeeds(undefined);
    setReview(describeChanges(base, draft, words));
  };

  const confirmSave = async () => {
    try {
      const answer = await save.mutateAsync(changedFields(base, draft));
      setLastSaved(describeChanges(base, answer, words));
      setBase(answer);
      setDraft(answer);
      setErrors({});
      setChecking(false);
      announce(t('signInExperience.save.done'), 'success');
    } catch (error) {
      const failure = saveFailure(error, draft, t);
      setNeeds(failure.needs);
      showErrors(failure.errors);
      announce(t('signInExperience.save.refused'), 'error');
    } finally {
      setReview(undefined);
    }
  };

  const discard = async () => {
    setDraft(base);
    setErrors({});
    setNeeds(undefined);
    setChecking(false);
    setRevision((n) => n + 1);
  };

  const tabProps = { draft, update, errors, readOnly };
  const errorCount = (id: TabId) => Object.keys(errors).filter((field) => field !== '' && tabOf(field) === id).length;
  const generalError = errors[''];

  return (
    <div className="sie-layout">
      <form className="sie-form" onSubmit={askToSave} noValidate aria-label={t('signInExperience.formLabel')}>
        {(generalError || Object.keys(errors).length > 0) && (
          <div role="alert" className="sie-alert">
            {generalError ?? t('signInExperience.save.fixFields')}
          </div>
        )}
        <Tabs selected={tab} onChange={setTab}>
          <TabList label={t('signInExperience.tabsLabel')}>
            {tabs.map((id) => (
              <Tab key={id} id={id}>
                {t(tabLabels[id])}
                {errorCount(id) > 0 && (
                  <span className="tab-errors">{t('signInExperience.tab.errors', { count: errorCount(id) })}</span>
                )}
              </Tab>
            ))}
          </TabList>
          <div key={revision}>
            <TabPanel id="branding">
              <BrandingTab {...tabProps} />
            </TabPanel>
            <TabPanel id="signUpAndSignIn">
              <SignUpSignInTab {...tabProps} replace={replace} needs={needs} social={social} />
            </TabPanel>
            <TabPanel id="mfa">
              <MfaTab {...tabProps} />
            </TabPanel>
            <TabPanel id="passwordPolicy">
              <PasswordPolicyTab {...tabProps} />
            </TabPanel>
            <TabPanel id="content">
              <ContentTab {...tabProps} />
            </TabPanel>
          </div>
        </Tabs>
        <div className="sie-save-bar">
          <span className="sie-dirty" role="status">
            {dirty ? t('signInExperience.save.unsaved') : t('signInExperience.save.clean')}
          </span>
          {dirty && !readOnly && (
            <ConfirmDialog
              triggerLabel={t('signInExperience.discard.button')}
              title={t('signInExperience.discard.title')}
              losses={describeChanges(base, draft, words).map((c) =>
                t('signInExperience.discard.loss', { label: c.label, after: c.after }),
              )}
              confirmLabel={t('signInExperience.discard.confirm')}
              onConfirm={discard}
            />
          )}
          <Button variant="primary" type="submit" isDisabled={!dirty || readOnly}>
            {t('signInExperience.save.button')}
          </Button>
        </div>
        {lastSaved && !dirty && (
          <section className="sie-saved" aria-labelledby="sie-saved-heading">
            <h2 id="sie-saved-heading">{t('signInExperience.saved.title')}</h2>
            <ChangeTable
              changes={lastSaved}
              caption={t('signInExperience.saved.caption', { count: lastSaved.length })}
            />
          </section>
        )}
      </form>
      <LivePreview draft={draft} social={social} />
      <ReviewChangesDialog
        changes={review}
        pending={save.isPending}
        onCancel={() => setReview(undefined)}
        onConfirm={confirmSave}
      />
      <UnsavedChangesGuard
        dirty={dirty}
        text={{
          title: t('signInExperience.unsaved.title'),
          body: t('signInExperience.unsaved.body'),
          stay: t('signInExperience.unsaved.stay'),
          leave: t('signInExperience.unsaved.leave'),
        }}
      />
    </div>
  );
}

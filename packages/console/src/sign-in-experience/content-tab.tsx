import { useI18n } from '../i18n/i18n';
import { Checkbox } from '../ui/checkbox';
import { Select } from '../ui/select';
import { TextField } from '../ui/text-field';
import { orNull, type Settings, type TabProps } from './settings';

const agreeToTermsPolicies = ['Automatic', 'ManualRegistrationOnly', 'Manual'] as const;
/** The languages the hosted pages speak (packages/experience/public/phrases.js). */
const pageLanguages = [
  { id: 'en', label: 'English' },
  { id: 'zh-CN', label: '简体中文' },
];

type UrlField = 'termsOfUseUrl' | 'privacyPolicyUrl' | 'supportWebsiteUrl';

/** Terms and privacy links, the agreement, languages, support contacts. */
export function ContentTab({ draft, update, errors, readOnly }: TabProps) {
  const { t } = useI18n();
  const info = draft.languageInfo;
  const languages = pageLanguages.some((l) => l.id === info.fallbackLanguage)
    ? pageLanguages
    : [...pageLanguages, { id: info.fallbackLanguage, label: info.fallbackLanguage }];
  const url = (field: UrlField, hint?: string) => (
    <TextField
      label={t(`signInExperience.field.${field}`)}
      type="url"
      value={draft[field] ?? ''}
      onChange={(value) => update({ [field]: orNull(value) } as Partial<Settings>)}
      error={errors[field]}
      description={hint}
      isReadOnly={readOnly}
    />
  );
  return (
    <div className="sie-fields">
      <h3>{t('signInExperience.content.terms')}</h3>
      {url('termsOfUseUrl')}
      {url('privacyPolicyUrl')}
      <Select
        label={t('signInExperience.field.agreeToTerms')}
        value={draft.agreeToTermsPolicy}
        onChange={(agreeToTermsPolicy) => update({ agreeToTermsPolicy })}
        options={agreeToTermsPolicies.map((id) => ({ id, label: t(`signInExperience.agreeToTerms.${id}`) }))}
        error={errors.agreeToTermsPolicy}
        isDisabled={readOnly}
      />
      <h3>{t('signInExperience.content.languages')}</h3>
      <Checkbox
        label={t('signInExperience.field.autoDetect')}
        description={t('signInExperience.content.autoDetectHint')}
        isSelected={info.autoDetect}
        onChange={(autoDetect) => update({ languageInfo: { ...info, autoDetect } })}
        isReadOnly={readOnly}
      />
      <Select
        label={t('signInExperience.field.fallbackLanguage')}
        description={t('signInExperience.content.fallbackHint')}
        value={info.fallbackLanguage}
        onChange={(fallbackLanguage) => update({ languageInfo: { ...info, fallbackLanguage } })}
        options={languages.map((l) => ({ ...l, lang: l.id }))}
        error={errors['languageInfo.fallbackLanguage']}
        isDisabled={readOnly}
      />
      <h3>{t('signInExperience.content.support')}</h3>
      <TextField
        label={t('signInExperience.field.supportEmail')}
        type="email"
        value={draft.supportEmail ?? ''}
        onChange={(value) => update({ supportEmail: orNull(value) })}
        error={errors.supportEmail}
        isReadOnly={readOnly}
      />
      {url('supportWebsiteUrl')}
    </div>
  );
}

import { useI18n } from '../i18n/i18n';
import { Checkbox } from '../ui/checkbox';
import { NumberField } from '../ui/number-field';
import { TextAreaField } from '../ui/text-area-field';
import type { Settings, TabProps } from './settings';

type Policy = Settings['passwordPolicy'];
type Reject = 'pwned' | 'repetitionAndSequence' | 'userInfo';
const rejects: ReadonlyArray<[Reject, 'rejectPwned' | 'rejectRepetition' | 'rejectUserInfo']> = [
  ['pwned', 'rejectPwned'],
  ['repetitionAndSequence', 'rejectRepetition'],
  ['userInfo', 'rejectUserInfo'],
];

/** Custom words, one per line; blank lines are not words. */
const wordsOf = (value: string) =>
  value
    .split('\n')
    .map((word) => word.trim())
    .filter(Boolean);

/** What a new password must be: length, kinds of characters, what it may not be. */
export function PasswordPolicyTab({ draft, update, errors, readOnly }: TabProps) {
  const { t } = useI18n();
  const policy = draft.passwordPolicy;
  const set = (patch: Partial<Policy>) => update({ passwordPolicy: { ...policy, ...patch } });
  return (
    <div className="sie-fields">
      <p className="note">{t('signInExperience.password.intro')}</p>
      <div className="sie-row">
        <NumberField
          label={t('signInExperience.field.minLength')}
          value={policy.length.min}
          minValue={1}
          maxValue={256}
          onChange={(min) => set({ length: { ...policy.length, min } })}
          error={errors['passwordPolicy.length.min']}
          isReadOnly={readOnly}
        />
        <NumberField
          label={t('signInExperience.field.maxLength')}
          value={policy.length.max}
          minValue={1}
          maxValue={256}
          onChange={(max) => set({ length: { ...policy.length, max } })}
          error={errors['passwordPolicy.length.max']}
          isReadOnly={readOnly}
        />
      </div>
      <NumberField
        label={t('signInExperience.field.characterTypes')}
        description={t('signInExperience.password.characterTypesHint')}
        value={policy.characterTypes.min}
        minValue={1}
        maxValue={4}
        onChange={(min) => set({ characterTypes: { min } })}
        error={errors['passwordPolicy.characterTypes.min']}
        isReadOnly={readOnly}
      />
      <h3>{t('signInExperience.password.rejects')}</h3>
      {rejects.map(([field, label]) => (
        <Checkbox
          key={field}
          label={t(`signInExperience.field.${label}`)}
          isSelected={policy.rejects[field]}
          onChange={(value) => set({ rejects: { ...policy.rejects, [field]: value } })}
          isReadOnly={readOnly}
        />
      ))}
      <TextAreaField
        label={t('signInExperience.field.rejectWords')}
        description={t('signInExperience.password.wordsHint')}
        // One word per line; the draft keeps the words, so a line being typed stays as typed.
        defaultValue={policy.rejects.words.join('\n')}
        onChange={(value) => set({ rejects: { ...policy.rejects, words: wordsOf(value) } })}
        error={errors['passwordPolicy.rejects.words'] ?? firstWordError(errors)}
        isReadOnly={readOnly}
      />
    </div>
  );
}

/** A word's own error (`passwordPolicy.rejects.words.3`) shown on the words field. */
function firstWordError(errors: Record<string, string>): string | undefined {
  const key = Object.keys(errors).find((field) => field.startsWith('passwordPolicy.rejects.words.'));
  return key ? errors[key] : undefined;
}

import { mfaFactors, mfaPolicies } from '@tessera/server/schemas';
import { useI18n } from '../i18n/i18n';
import { Checkbox } from '../ui/checkbox';
import { CheckboxGroup } from '../ui/checkbox-group';
import { RadioGroup } from '../ui/radio-group';
import type { Settings, TabProps } from './settings';

type Factor = Settings['mfa']['factors'][number];

/** Two-step verification for end users: which factors they may use, and when they are asked. */
export function MfaTab({ draft, update, errors, readOnly }: TabProps) {
  const { t } = useI18n();
  const { mfa } = draft;
  return (
    <div className="sie-fields">
      <p className="note">{t('signInExperience.mfa.intro')}</p>
      <CheckboxGroup
        label={t('signInExperience.field.mfaFactors')}
        value={mfa.factors}
        // Kept in the schema's order, so the change summary does not report a mere reordering.
        onChange={(next) =>
          update({ mfa: { ...mfa, factors: mfaFactors.filter((f) => next.includes(f)) as Factor[] } })
        }
        error={errors['mfa.factors']}
        isReadOnly={readOnly}
      >
        {mfaFactors.map((factor) => (
          <Checkbox
            key={factor}
            value={factor}
            label={t(`signInExperience.mfaFactor.${factor}`)}
            description={t(`signInExperience.mfaFactorHint.${factor}`)}
          />
        ))}
      </CheckboxGroup>
      <RadioGroup
        label={t('signInExperience.field.mfaPolicy')}
        value={mfa.policy}
        onChange={(policy) => update({ mfa: { ...mfa, policy } })}
        options={mfaPolicies.map((id) => ({
          id,
          label: t(`signInExperience.mfaPolicy.${id}`),
          description: t(`signInExperience.mfaPolicyHint.${id}`),
        }))}
        error={errors['mfa.policy']}
        isReadOnly={readOnly}
      />
    </div>
  );
}

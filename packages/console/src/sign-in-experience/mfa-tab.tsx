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
      <PasskeySignIn draft={draft} update={update} readOnly={readOnly} />
    </div>
  );
}

/** Passkeys as the first factor: the switch, and how the sign-in page offers them. */
function PasskeySignIn({ draft, update, readOnly }: Pick<TabProps, 'draft' | 'update' | 'readOnly'>) {
  const { t } = useI18n();
  const { passkeySignIn } = draft;
  const set = (change: Partial<Settings['passkeySignIn']>) =>
    update({ passkeySignIn: { ...passkeySignIn, ...change } });
  return (
    <section className="sie-group" aria-labelledby="sie-passkey-heading">
      <h3 id="sie-passkey-heading">{t('signInExperience.passkey.title')}</h3>
      <Checkbox
        label={t('signInExperience.field.passkeySignIn')}
        description={t('signInExperience.passkey.enabledHint')}
        isSelected={passkeySignIn.enabled}
        onChange={(enabled) => set({ enabled })}
        isReadOnly={readOnly}
      />
      <Checkbox
        label={t('signInExperience.field.passkeyButton')}
        isSelected={passkeySignIn.showPasskeyButton}
        onChange={(showPasskeyButton) => set({ showPasskeyButton })}
        isReadOnly={readOnly}
      />
      <Checkbox
        label={t('signInExperience.field.passkeyAutofill')}
        description={t('signInExperience.passkey.autofillHint')}
        isSelected={passkeySignIn.allowAutofill}
        onChange={(allowAutofill) => set({ allowAutofill })}
        isReadOnly={readOnly}
      />
    </section>
  );
}

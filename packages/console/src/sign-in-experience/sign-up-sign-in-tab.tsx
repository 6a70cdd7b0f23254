import { useI18n } from '../i18n/i18n';
import { Checkbox } from '../ui/checkbox';
import { CheckboxGroup } from '../ui/checkbox-group';
import { Select } from '../ui/select';
import { ConnectorLink } from './connector-link';
import { type SignUpChoice, signUpChoiceOf } from './describe-changes';
import type { SocialConnector } from './queries';
import type { SaveFailure } from './save-errors';
import type { Settings, TabProps } from './settings';
import { SignInMethods } from './sign-in-methods';
import { withSignUpChoice, withSignUpPassword } from './sign-up-rules';
import { SocialButtons } from './social-buttons';

const signInModes = ['SignInAndRegister', 'SignIn', 'Register'] as const;
const signUpChoices: readonly SignUpChoice[] = ['username', 'email', 'phone', 'emailOrPhone', 'none'];
type ForgotMethod = Settings['forgotPasswordMethods'][number];

export interface SignUpSignInTabProps extends TabProps {
  /** Replaces the whole draft: a sign-up choice also adds the sign-in methods it needs. */
  replace: (draft: Settings) => void;
  needs: SaveFailure['needs'];
  social: readonly SocialConnector[];
}

/** Who may register and how, how they sign in, social buttons, password reset. */
export function SignUpSignInTab(props: SignUpSignInTabProps) {
  const { t } = useI18n();
  const { draft, update, replace, errors, readOnly, needs } = props;
  const choice = signUpChoiceOf(draft.signUp.identifiers);
  const byCode = choice === 'email' || choice === 'phone' || choice === 'emailOrPhone';
  return (
    <div className="sie-fields">
      <Select
        label={t('signInExperience.field.signInMode')}
        value={draft.signInMode}
        onChange={(signInMode) => update({ signInMode })}
        options={signInModes.map((id) => ({ id, label: t(`signInExperience.signInMode.${id}`) }))}
        isDisabled={readOnly}
        error={errors.signInMode}
      />
      <section className="sie-group" aria-labelledby="sie-sign-up-heading">
        <h3 id="sie-sign-up-heading">{t('signInExperience.signUp.title')}</h3>
        <Select
          label={t('signInExperience.field.signUpIdentifier')}
          value={choice}
          onChange={(next) => replace(withSignUpChoice(draft, next))}
          options={signUpChoices.map((id) => ({ id, label: t(`signInExperience.signUpChoice.${id}`) }))}
          isDisabled={readOnly}
          error={errors.signUp}
          description={t('signInExperience.signUp.identifierHint')}
        />
        {needs?.field === 'signUp' && <ConnectorLink connector={needs.connector} />}
        <Checkbox
          label={t('signInExperience.field.signUpPassword')}
          description={choice === 'username' ? t('signInExperience.signUp.usernameNeedsPassword') : undefined}
          isSelected={draft.signUp.password}
          onChange={(password) => replace(withSignUpPassword(draft, password))}
          isReadOnly={readOnly || choice === 'username'}
        />
        <Checkbox
          label={t('signInExperience.field.signUpVerify')}
          description={byCode ? t('signInExperience.signUp.verifyForced') : undefined}
          isSelected={draft.signUp.verify}
          onChange={(verify) => update({ signUp: { ...draft.signUp, verify } })}
          isReadOnly={readOnly || byCode}
        />
      </section>
      <SignInMethods {...props} />
      <SocialButtons {...props} />
      <section className="sie-group" aria-labelledby="sie-forgot-heading">
        <h3 id="sie-forgot-heading">{t('signInExperience.field.forgotPassword')}</h3>
        <CheckboxGroup
          label={t('signInExperience.forgotPassword.label')}
          description={t('signInExperience.forgotPassword.hint')}
          value={draft.forgotPasswordMethods}
          onChange={(next) => update({ forgotPasswordMethods: next as ForgotMethod[] })}
          error={errors.forgotPasswordMethods}
          isReadOnly={readOnly}
        >
          <Checkbox value="EmailVerificationCode" label={t('signInExperience.forgotPassword.EmailVerificationCode')} />
          <Checkbox value="PhoneVerificationCode" label={t('signInExperience.forgotPassword.PhoneVerificationCode')} />
        </CheckboxGroup>
      </section>
    </div>
  );
}

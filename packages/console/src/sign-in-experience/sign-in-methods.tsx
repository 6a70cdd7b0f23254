import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { CheckboxGroup } from '../ui/checkbox-group';
import { ConnectorLink } from './connector-link';
import { ReorderList } from './reorder-list';
import type { SaveFailure } from './save-errors';
import type { Settings, TabProps } from './settings';
import { newMethod } from './sign-up-rules';

type Method = Settings['signIn']['methods'][number];
const identifiers = ['username', 'email', 'phone'] as const;

/** The sign-in methods in the order the page offers them, each with its password and code factors. */
export function SignInMethods({ draft, update, errors, readOnly, needs }: TabProps & { needs: SaveFailure['needs'] }) {
  const { t } = useI18n();
  const { methods } = draft.signIn;
  const setMethods = (next: Method[]) => update({ signIn: { methods: next } });
  const change = (identifier: Method['identifier'], patch: Partial<Method>) =>
    setMethods(methods.map((m) => (m.identifier === identifier ? { ...m, ...patch } : m)));
  const name = (method: Method) => t(`signInExperience.identifier.${method.identifier}`);
  const missing = identifiers.filter((identifier) => !methods.some((m) => m.identifier === identifier));

  const factors = (method: Method) => {
    const field = `signIn.methods.${method.identifier}`;
    const value = [method.password && 'password', method.verificationCode && 'verificationCode'].filter(
      (v): v is string => Boolean(v),
    );
    return (
      <>
        <CheckboxGroup
          label={t('signInExperience.signIn.factorsOf', { identifier: name(method) })}
          value={value}
          onChange={(next) =>
            change(method.identifier, {
              password: next.includes('password'),
              verificationCode: next.includes('verificationCode'),
            })
          }
          error={errors[field]}
          errorAction={needs?.field === field && <ConnectorLink connector={needs.connector} />}
          isReadOnly={readOnly}
        >
          <Checkbox value="password" label={t('signInExperience.factor.password')} />
          <Checkbox value="verificationCode" label={t('signInExperience.factor.verificationCode')} />
        </CheckboxGroup>
        {method.password && method.verificationCode && (
          <Checkbox
            label={t('signInExperience.signIn.passwordFirst', { identifier: name(method) })}
            isSelected={method.isPasswordPrimary}
            onChange={(isPasswordPrimary) => change(method.identifier, { isPasswordPrimary })}
            isReadOnly={readOnly}
          />
        )}
      </>
    );
  };

  return (
    <section className="sie-group" aria-labelledby="sie-sign-in-heading">
      <h3 id="sie-sign-in-heading">{t('signInExperience.signIn.title')}</h3>
      <p className="note">{t('signInExperience.signIn.intro')}</p>
      <ReorderList
        label={t('signInExperience.signIn.listLabel')}
        items={methods}
        keyOf={(method) => method.identifier}
        nameOf={name}
        onChange={setMethods}
        renderItem={factors}
        readOnly={readOnly}
      />
      {errors['signIn.methods'] && <p className="field-error">{errors['signIn.methods']}</p>}
      {!readOnly && missing.length > 0 && (
        <div className="sie-add-row">
          {missing.map((identifier) => (
            <Button key={identifier} onPress={() => setMethods([...methods, newMethod(identifier)])}>
              {t('signInExperience.signIn.add', { identifier: t(`signInExperience.identifier.${identifier}`) })}
            </Button>
          ))}
        </div>
      )}
    </section>
  );
}

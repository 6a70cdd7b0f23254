import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Checkbox } from '../ui/checkbox';
import { ConnectorLink } from './connector-link';
import type { SocialConnector } from './queries';
import { ReorderList } from './reorder-list';
import type { SaveFailure } from './save-errors';
import type { TabProps } from './settings';

/** A connector's name in the console's language, else English, else its target. */
export function connectorNameOf(social: readonly SocialConnector[], language: string) {
  return (target: string) => {
    const name = social.find((c) => c.target === target)?.name ?? {};
    return name[language] ?? name.en ?? Object.values(name)[0] ?? target;
  };
}

/** The social sign-in buttons: which configured connectors show one, and in what order. */
export function SocialButtons({
  draft,
  update,
  errors,
  readOnly,
  needs,
  social,
}: TabProps & { needs: SaveFailure['needs']; social: readonly SocialConnector[] }) {
  const { t, language } = useI18n();
  const targets = draft.socialSignInConnectorTargets;
  const nameOf = connectorNameOf(social, language);
  const unused = social.filter((c) => !targets.includes(c.target));
  const setTargets = (next: string[]) => update({ socialSignInConnectorTargets: next });
  const error = errors.socialSignInConnectorTargets;
  return (
    <section className="sie-group" aria-labelledby="sie-social-heading">
      <h3 id="sie-social-heading">{t('signInExperience.social.title')}</h3>
      {social.length === 0 && targets.length === 0 ? (
        <p className="note">
          {t('signInExperience.social.none')} <ConnectorLink connector="Social" />
        </p>
      ) : (
        <>
          <p className="note">{t('signInExperience.social.intro')}</p>
          {targets.length === 0 ? (
            <p>{t('signInExperience.social.empty')}</p>
          ) : (
            <ReorderList
              label={t('signInExperience.social.listLabel')}
              items={targets}
              keyOf={(target) => target}
              nameOf={nameOf}
              onChange={setTargets}
              readOnly={readOnly}
            />
          )}
          {!readOnly && unused.length > 0 && (
            <div className="sie-add-row">
              {unused.map((connector) => (
                <Button key={connector.target} onPress={() => setTargets([...targets, connector.target])}>
                  {t('signInExperience.social.add', { name: nameOf(connector.target) })}
                </Button>
              ))}
            </div>
          )}
        </>
      )}
      {error && (
        <p className="field-error">
          {error} {needs?.field === 'socialSignInConnectorTargets' && <ConnectorLink connector="Social" />}
        </p>
      )}
      <Checkbox
        label={t('signInExperience.field.accountLinking')}
        description={t('signInExperience.social.accountLinkingHint')}
        isSelected={draft.socialSignIn.automaticAccountLinking === true}
        onChange={(automaticAccountLinking) =>
          update({ socialSignIn: { ...draft.socialSignIn, automaticAccountLinking } })
        }
        isReadOnly={readOnly}
      />
    </section>
  );
}

import { Link } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { actionTypes, actionTypeText } from './action-types';
import { useActions } from './queries';
import '../custom-jwt/custom-jwt.css';

/** /console/actions: the two actions, whether each is set and enabled, and a way to edit it. */
export default function ActionsPage() {
  const { t } = useI18n();
  const configs = useActions();
  return (
    <Page title={t('actions.title')} intro={t('actions.intro')}>
      {configs.error ? (
        <LoadError error={configs.error} onRetry={() => configs.refetch()} />
      ) : !configs.data ? (
        <Progress label={t('app.loading')} />
      ) : (
        <ul className="token-kinds">
          {actionTypes.map((type) => {
            const { name, about } = actionTypeText(t, type);
            const stored = configs.data.find((config) => config.key === type)?.value;
            const state = !stored
              ? t('actions.state.unset')
              : stored.enabled
                ? t('actions.state.enabled')
                : t('actions.state.disabled');
            return (
              <li key={type} className="token-kind">
                <h2>{name}</h2>
                <p>{about}</p>
                <p>
                  <span className={stored?.enabled ? 'state state-set' : 'state'}>{state}</span>
                </p>
                <Link className="button button-secondary" href={`/console/actions/${type}`}>
                  {stored ? t('actions.edit', { type: name }) : t('actions.setUp', { type: name })}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </Page>
  );
}

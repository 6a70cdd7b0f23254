import { Link } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import { kindText } from './kind-text';
import { useJwtCustomizers } from './queries';
import { tokenKinds } from './samples';
import './custom-jwt.css';

const configKey = { 'access-token': 'jwt.accessToken', 'client-credentials': 'jwt.clientCredentials' } as const;

/** /console/custom-jwt: the two kinds of token, whether each has a script, and a way to edit it. */
export default function CustomJwtPage() {
  const { t } = useI18n();
  const configs = useJwtCustomizers();
  return (
    <Page title={t('customJwt.title')} intro={t('customJwt.intro')}>
      {configs.error ? (
        <LoadError error={configs.error} onRetry={() => configs.refetch()} />
      ) : !configs.data ? (
        <Progress label={t('app.loading')} />
      ) : (
        <ul className="token-kinds">
          {tokenKinds.map((kind) => {
            const { name, about } = kindText(t, kind);
            const set = configs.data.some((config) => config.key === configKey[kind]);
            return (
              <li key={kind} className="token-kind">
                <h2>{name}</h2>
                <p>{about}</p>
                <p>
                  <span className={set ? 'state state-set' : 'state'}>
                    {set ? t('customJwt.state.set') : t('customJwt.state.unset')}
                  </span>
                </p>
                <Link className="button button-secondary" href={`/console/custom-jwt/${kind}`}>
                  {set ? t('customJwt.edit', { kind: name }) : t('customJwt.setUp', { kind: name })}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </Page>
  );
}

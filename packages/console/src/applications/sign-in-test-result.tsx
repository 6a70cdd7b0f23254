import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { operations } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { LoadError } from '../ui/load-error';
import { Progress } from '../ui/progress';
import { formatMoment } from '../users/format';

export type SignInTest =
  operations['getApplicationsByIdSignInTestsByTestId']['responses'][200]['content']['application/json'];

/** Claims in seconds since the epoch (OIDC's NumericDate); Logto's created_at/updated_at are milliseconds. */
const timeClaims = new Set(['iat', 'exp', 'auth_time', 'nbf']);

/** A test sign-in, asked again every second while it is pending. */
export function useSignInTest(applicationId: string, testId: string) {
  return useQuery({
    queryKey: ['sign-in-test', applicationId, testId],
    queryFn: () =>
      unwrap(
        api.GET('/api/applications/{id}/sign-in-tests/{testId}', {
          params: { path: { id: applicationId, testId } },
        }),
      ),
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 1000 : false),
    refetchIntervalInBackground: true,
  });
}

function ClaimsTable({ caption, claims }: { caption: string; claims: Record<string, unknown> }) {
  const { t, language } = useI18n();
  const show = (name: string, value: unknown) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return timeClaims.has(name) && typeof value === 'number'
      ? `${text} (${formatMoment(value * 1000, language)})`
      : text;
  };
  return (
    <table className="claims">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('applications.test.claim')}</th>
          <th scope="col">{t('applications.test.value')}</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(claims).map(([name, value]) => (
          <tr key={name}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>
              <code>{show(name, value)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where a test stands: waiting, the claims it returned, or why it failed, in words. */
export function SignInTestResult({ applicationId, testId }: { applicationId: string; testId: string }) {
  const { t } = useI18n();
  const test = useSignInTest(applicationId, testId);
  if (test.error) return <LoadError error={test.error} onRetry={() => test.refetch()} />;
  if (!test.data || test.data.status === 'pending') return <Progress label={t('applications.test.waiting')} />;
  const { status, result, error } = test.data;
  if (status === 'expired')
    return (
      <p role="alert" className="field-error">
        {t('applications.test.expired')}
      </p>
    );
  if (status === 'failed' || !result)
    return (
      <p role="alert" className="field-error">
        {t('applications.test.failed', {
          step: t(`applications.test.step.${error?.step ?? 'authorization'}`),
          message: error?.message ?? '',
          code: error?.code ?? status,
        })}
      </p>
    );
  return (
    <div className="sign-in-test-result">
      <p role="status" className="success">
        {t('applications.test.succeeded')}
      </p>
      <p>{t('applications.test.grantedScopes', { scope: result.scope })}</p>
      <ClaimsTable caption={t('applications.test.idToken')} claims={result.idTokenClaims} />
      {result.userinfo && <ClaimsTable caption={t('applications.test.userinfo')} claims={result.userinfo} />}
      {result.accessTokenClaims && (
        <ClaimsTable caption={t('applications.test.accessToken')} claims={result.accessTokenClaims} />
      )}
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState } from 'react';
import { api, unwrap } from '../api/client';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { LoadError } from '../ui/load-error';
import { Page } from '../ui/page';
import { Progress } from '../ui/progress';
import './dashboard.css';

// The chart library loads after the numbers, in its own chunk of this area.
const ActiveUsersChart = lazy(() => import('./active-users-chart'));

interface CountDelta {
  count: number;
  delta: number;
}

type Previous =
  | 'dashboard.previous.24h'
  | 'dashboard.previous.day'
  | 'dashboard.previous.week'
  | 'dashboard.previous.month';

/** The change in words and with its sign, so it never relies on colour. */
function Delta({ value, previous }: { value: CountDelta; previous: Previous }) {
  const { t } = useI18n();
  const direction = value.delta > 0 ? 'up' : value.delta < 0 ? 'down' : 'same';
  const key: MessageKey = `dashboard.delta.${direction}`;
  return (
    <span className={`delta delta-${direction}`}>
      {t(key, { delta: Math.abs(value.delta), previous: t(previous) })}
    </span>
  );
}

function Figure({ label, value, previous }: { label: string; value: CountDelta | number; previous?: Previous }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>
        <span className="stat-value">{typeof value === 'number' ? value : value.count}</span>
        {typeof value !== 'number' && previous && <Delta value={value} previous={previous} />}
      </dd>
    </div>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

function UserCounts() {
  const { t } = useI18n();
  const total = useQuery({
    queryKey: ['dashboard', 'total'],
    queryFn: () => unwrap(api.GET('/api/dashboard/users/total')),
  });
  const fresh = useQuery({
    queryKey: ['dashboard', 'new'],
    queryFn: () => unwrap(api.GET('/api/dashboard/users/new')),
  });
  const failed = total.error ?? fresh.error;
  if (failed) return <LoadError error={failed} onRetry={() => Promise.all([total.refetch(), fresh.refetch()])} />;
  if (!total.data || !fresh.data) return <Progress label={t('app.loading')} />;
  return (
    <dl className="stats">
      <Figure label={t('dashboard.total')} value={total.data.totalUserCount} />
      <Figure label={t('dashboard.newToday')} value={fresh.data.today} previous="dashboard.previous.24h" />
      <Figure label={t('dashboard.new7Days')} value={fresh.data.last7Days} previous="dashboard.previous.week" />
    </dl>
  );
}

function ActiveUsers() {
  const { t } = useI18n();
  const dateId = useId();
  const helpId = useId();
  const [draft, setDraft] = useState(today);
  // An empty or future day keeps the last valid one, and says why next to the field.
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(draft) && draft <= today();
  const [date, setDate] = useState(draft);
  const active = useQuery({
    queryKey: ['dashboard', 'active', date],
    queryFn: () => unwrap(api.GET('/api/dashboard/users/active', { params: { query: { date } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <section aria-labelledby={`${dateId}-heading`}>
      <h2 id={`${dateId}-heading`}>{t('dashboard.active')}</h2>
      <p className="intro">{t('dashboard.activeIntro')}</p>
      <div className="field date-field">
        <label htmlFor={dateId}>{t('dashboard.date')}</label>
        <input
          id={dateId}
          className="input"
          type="date"
          value={draft}
          max={today()}
          aria-describedby={helpId}
          aria-invalid={valid ? undefined : true}
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            if (/^\d{4}-\d{2}-\d{2}$/.test(next) && next <= today()) setDate(next);
          }}
        />
        <span id={helpId} className={valid ? 'field-description' : 'field-error'}>
          {valid ? t('dashboard.dateHelp') : t('dashboard.dateInvalid')}
        </span>
      </div>
      {active.error ? (
        <LoadError error={active.error} onRetry={() => active.refetch()} />
      ) : !active.data ? (
        <Progress label={t('app.loading')} />
      ) : (
        <>
          <dl className="stats">
            <Figure label={t('dashboard.dau')} value={active.data.dau} previous="dashboard.previous.day" />
            <Figure label={t('dashboard.wau')} value={active.data.wau} previous="dashboard.previous.week" />
            <Figure label={t('dashboard.mau')} value={active.data.mau} previous="dashboard.previous.month" />
          </dl>
          <Suspense fallback={<Progress label={t('dashboard.chart.loading')} />}>
            <ActiveUsersChart curve={active.data.dauCurve} date={date} />
          </Suspense>
        </>
      )}
    </section>
  );
}

export default function DashboardPage() {
  const { t } = useI18n();
  return (
    <Page title={t('dashboard.title')} intro={t('dashboard.intro')}>
      <section aria-labelledby="dashboard-users">
        <h2 id="dashboard-users">{t('dashboard.users')}</h2>
        <UserCounts />
      </section>
      <ActiveUsers />
    </Page>
  );
}

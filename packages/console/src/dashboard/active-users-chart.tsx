import { useId, useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';

// Set through the CSSOM by React, which the CSP allows; the values are the theme's variables.
const tooltipStyle = { background: 'var(--surface-raised)', borderColor: 'var(--border)', color: 'var(--text)' };

export interface ActiveUsersChartProps {
  curve: ReadonlyArray<{ date: string; count: number }>;
  /** The reference day (the curve's last day). */
  date: string;
}

/**
 * Daily active users as a line chart (recharts), named and summed up for screen readers, with
 * the same numbers as a table on request. Colours come from the theme through CSS classes.
 */
export default function ActiveUsersChart({ curve, date }: ActiveUsersChartProps) {
  const { t } = useI18n();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const first = curve[0];
  const last = curve.at(-1);
  const peak = curve.reduce((best, point) => (point.count > best.count ? point : best), curve[0] ?? { date, count: 0 });
  const summary = t('dashboard.chart.summary', {
    from: first?.date ?? date,
    to: last?.date ?? date,
    max: peak.count,
    maxDate: peak.date,
    last: last?.count ?? 0,
  });
  const data = curve.map((point) => ({ ...point, day: point.date.slice(5) }));
  return (
    <figure className="chart">
      <figcaption>{t('dashboard.chart.title', { date })}</figcaption>
      <div className="chart-area" role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" minTickGap={16} />
            <YAxis allowDecimals={false} width={40} />
            <Tooltip
              contentStyle={tooltipStyle}
              labelFormatter={(_, payload) => String(payload?.[0]?.payload?.date ?? '')}
              formatter={(value) => [String(value), t('dashboard.dau')]}
            />
            <Line type="linear" dataKey="count" name={t('dashboard.dau')} dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <Button aria-expanded={showTable} aria-controls={tableId} onPress={() => setShowTable(!showTable)}>
        {showTable ? t('dashboard.chart.hideTable') : t('dashboard.chart.showTable')}
      </Button>
      <div id={tableId} hidden={!showTable}>
        {showTable && (
          <table className="table chart-table">
            <caption>{t('dashboard.chart.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.chart.day')}</th>
                <th scope="col">{t('dashboard.chart.count')}</th>
              </tr>
            </thead>
            <tbody>
              {curve.map((point) => (
                <tr key={point.date}>
                  <th scope="row">{point.date}</th>
                  <td>{point.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </figure>
  );
}

import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { Swatch } from '../ui/Swatch';
import { actionTimeline, type TimelineRow } from './planModel';
import { STATUS_COLOURS } from './statusColours';
import { ACTION_STATUSES, type PlanAction } from './types';

/**
 * The actions as bars from start to target, coloured by status, with today's line and the overdue marked.
 * Time runs left to right in every language, as in the charts (docs/i18n.md): the track is laid out LTR.
 */
export function ActionTimeline({ actions, today }: { actions: readonly PlanAction[]; today: string }) {
  const { t, format } = useI18n();
  const titleId = useId();
  const model = actionTimeline(actions, today);
  if (!model) return null;
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="plan-timeline">
      <h2 id={titleId}>{t('planTimelineTitle')}</h2>
      <p className="chart-description">{t('planTimelineText')}</p>
      <ul className="inline-legend">
        {ACTION_STATUSES.map((status) => (
          <li key={status}>
            <Swatch colour={STATUS_COLOURS[status]} />
            {t(`planStatus_${status}`)}
          </li>
        ))}
        <li>
          <span className="plan-overdue-key" aria-hidden="true" />
          {t('planOverdue')}
        </li>
      </ul>
      <ol className="plan-timeline">
        {model.rows.map((row) => (
          <TimelineBar key={row.id} row={row} today={model.today} />
        ))}
        <li aria-hidden="true">
          <span />
          <span className="plan-timeline-axis">
            {model.ticks.map((tick) => (
              <span key={tick.year} className="plan-year-tick" style={{ insetInlineStart: `${tick.offset}%` }}>
                {tick.year}
              </span>
            ))}
            <span className="plan-today-label" style={{ insetInlineStart: `${model.today}%` }}>
              {t('planTimelineToday', { date: format.date(today) })}
            </span>
          </span>
        </li>
      </ol>
    </section>
  );
}

function TimelineBar({ row, today }: { row: TimelineRow; today: number }) {
  const { t, format } = useI18n();
  const dates = t('planDates', { from: format.date(row.start), to: format.date(row.target) });
  const status = t(`planStatus_${row.status}`);
  const text = `${row.text}: ${status}, ${dates}${row.overdue ? `, ${t('planOverdue')}` : ''}`;
  return (
    <li data-action={row.id} data-status={row.status} data-overdue={row.overdue}>
      <span className="timeline-label" title={row.text}>
        {row.overdue && <span className="plan-overdue-badge">{t('planOverdue')}</span>} {row.text}
      </span>
      <span className="plan-timeline-track" title={text}>
        <span
          className={row.overdue ? 'plan-timeline-bar is-overdue' : 'plan-timeline-bar'}
          style={{
            insetInlineStart: `${row.offset}%`,
            inlineSize: `${Math.max(row.length, 0.5)}%`,
            backgroundColor: STATUS_COLOURS[row.status],
          }}
        />
        <span className="plan-today-line" style={{ insetInlineStart: `${today}%` }} aria-hidden="true" />
        <span className="visually-hidden">{text}</span>
      </span>
    </li>
  );
}

import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { INSTRUMENT_KINDS, isGlobalRole, type InstrumentKind, type SessionUser } from '@cpc/domain';
import { instrumentListQuery } from '../api/instrumentQueries';
import { useI18n } from '../i18n/useI18n';
import { isoToday } from '../instruments/instrumentGroups';
import { instrumentDates } from '../instruments/instrumentSummary';
import { instrumentTimeline, type TimelineBar } from '../instruments/timeline';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { Swatch } from '../ui/Swatch';
import '../styles/instruments.css';

/** A colour per kind (Okabe–Ito, and the black of the sixth), the same in the bars and the key. */
const KIND_COLOURS: Record<InstrumentKind, string> = {
  agreement: '#0072B2',
  committee: '#D55E00',
  liaison_officer: '#009E73',
  training: '#CC79A7',
  joint_unit: '#A36F00',
  interpol_access: '#404040',
};

/** The country's instruments over time: a bar each, from its start to its end or to today, coloured by kind. */
export function InstrumentTimeline({ iso3, country, user }: { iso3: string; country: string; user: SessionUser }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const list = useQuery(instrumentListQuery({ country: iso3 }));
  // A register the reader may not see (another country's, for a national user) is left out of the profile.
  if (!list.data) return null;
  // Another country's register reaches a national user only as far as that country shares it: an empty list
  // says nothing of what is on record, so it is not shown as "none".
  if (list.data.instruments.length === 0 && !isGlobalRole(user.role) && user.country !== iso3) return null;
  const timeline = instrumentTimeline(list.data.instruments, isoToday());
  return (
    <section className="analytics-section" aria-labelledby={headingId} data-testid="instrument-timeline">
      <h2 id={headingId}>{t('instTimelineTitle', { country })}</h2>
      <p className="assessment-links">
        <Link to={hrefFor(paths.instruments(), lang, { country: iso3 })}>{t('instTimelineLink')}</Link>
      </p>
      {timeline ? (
        <>
          <p className="chart-description">{t('instTimelineText')}</p>
          <ul className="inline-legend">
            {INSTRUMENT_KINDS.map((kind) => (
              <li key={kind}>
                <Swatch colour={KIND_COLOURS[kind]} />
                {t(`instKindOne_${kind}`)}
              </li>
            ))}
          </ul>
          <ol className="instrument-timeline">
            {timeline.bars.map((bar) => (
              <TimelineRow key={bar.id} bar={bar} />
            ))}
            <li aria-hidden="true">
              <span />
              <span className="timeline-axis">
                {timeline.ticks.map((tick) => (
                  <span key={tick.year} style={{ insetInlineStart: `${tick.position}%` }}>
                    {tick.year}
                  </span>
                ))}
              </span>
            </li>
          </ol>
        </>
      ) : (
        <p className="muted">{t('instTimelineEmpty', { country })}</p>
      )}
    </section>
  );
}

function TimelineRow({ bar }: { bar: TimelineBar }) {
  const i18n = useI18n();
  const { t } = i18n;
  const dates = instrumentDates(bar, i18n);
  const text = `${t(`instKindOne_${bar.kind}`)}: ${bar.title}, ${dates}`;
  return (
    <li data-kind={bar.kind}>
      <span className="timeline-label" title={bar.title}>
        {bar.title}
      </span>
      <span className="timeline-track" title={text}>
        <span
          className={bar.open ? 'timeline-bar is-open' : 'timeline-bar'}
          style={{
            insetInlineStart: `${bar.start}%`,
            inlineSize: `${Math.max(bar.length, 0.5)}%`,
            backgroundColor: KIND_COLOURS[bar.kind],
          }}
        />
        <span className="visually-hidden">{text}</span>
      </span>
    </li>
  );
}

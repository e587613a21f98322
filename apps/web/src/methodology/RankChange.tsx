import { useI18n } from '../i18n/useI18n';

/** A change of rank from v1 to v2: an arrow that shows the way, and words that say it for a screen reader. */
export function RankChange({ change }: { change: number | null }) {
  const { t, format } = useI18n();
  if (change === null) return <span className="muted">{t('methodologyRankNotCompared')}</span>;
  if (change === 0) return <span className="rank-same">{t('methodologyRankSame')}</span>;
  const up = change > 0;
  const places = Math.abs(change);
  return (
    <span className={up ? 'rank-change rank-up' : 'rank-change rank-down'}>
      <span aria-hidden="true">
        {up ? '↑' : '↓'}
        {format.count(places)}
      </span>
      <span className="visually-hidden">
        {t(up ? 'methodologyRankUp' : 'methodologyRankDown', { places: format.count(places) })}
      </span>
    </span>
  );
}

import { SEGMENT_KEYS } from '../analytics/levelRows';
import { useI18n } from '../i18n/useI18n';
import { levelColour } from '../map/colourScale';
import { segmentLabel } from '../components/SegmentLabel';
import { Swatch } from '../components/Swatch';

/** What each part of a level bar means, in the order the bars stack them (bottom first). */
export function LevelLegend({ showWithheld }: { showWithheld: boolean }) {
  const i18n = useI18n();
  const keys = SEGMENT_KEYS.filter((key) => showWithheld || key !== 'withheld');
  return (
    <ul className="inline-legend" aria-label={i18n.t('legendTitleShort')}>
      {keys.map((key) => (
        <li key={key}>
          {key === 'withheld' || key === 'notAssessed' ? (
            <Swatch pattern={key} />
          ) : (
            <Swatch colour={levelColour(Number(key))} />
          )}
          {segmentLabel(key, i18n)}
        </li>
      ))}
    </ul>
  );
}

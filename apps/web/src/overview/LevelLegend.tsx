import { SEGMENT_KEYS, type SegmentKey } from '../analytics/levelRows';
import type { KeyEntry } from '../export/chartKey';
import type { I18n } from '../i18n/I18nContext';
import { useI18n } from '../i18n/useI18n';
import { levelColour } from '../chart/colourScale';
import { segmentLabel } from '../chart/SegmentLabel';
import { Swatch } from '../ui/Swatch';

const shownKeys = (showWithheld: boolean): SegmentKey[] =>
  SEGMENT_KEYS.filter((key) => showWithheld || key !== 'withheld');

/** The same key for a downloaded picture of the level chart. */
export function levelKey(showWithheld: boolean, i18n: I18n): KeyEntry[] {
  return shownKeys(showWithheld).map((key) =>
    key === 'withheld' || key === 'notAssessed'
      ? { label: segmentLabel(key, i18n), colour: '#ffffff', striped: true }
      : { label: segmentLabel(key, i18n), colour: levelColour(Number(key)) },
  );
}

/** What each part of a level bar means, in the order the bars stack them (bottom first). */
export function LevelLegend({ showWithheld }: { showWithheld: boolean }) {
  const i18n = useI18n();
  const keys = shownKeys(showWithheld);
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

import { SEGMENT_KEYS, type LevelRow } from '../analytics/levelRows';
import { segmentLabel } from '../chart/SegmentLabel';
import { useI18n } from '../i18n/useI18n';

/** The level chart's figures: administrations per level, withheld and not assessed, by year. */
export function LevelTable({ rows, caption }: { rows: readonly LevelRow[]; caption: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="level-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            {SEGMENT_KEYS.map((key) => (
              <th key={key} scope="col" className="numeric">
                {segmentLabel(key, i18n)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('members')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year} data-year={row.year}>
              <th scope="row">{row.year}</th>
              {row.suppressed ? (
                // No count beside a withheld year: not even how many were assessed.
                <td colSpan={SEGMENT_KEYS.length} className="withheld" data-segment="withheld">
                  {t('withheld')}
                </td>
              ) : (
                SEGMENT_KEYS.map((key) => (
                  <td key={key} className="numeric" data-segment={key}>
                    {row.counts[key]}
                  </td>
                ))
              )}
              <td className="numeric">{row.members}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useId } from 'react';
import { DIMENSION_DEFINITIONS, type AssessmentResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

type Scores = NonNullable<AssessmentResponse['scores']>;

/** The nine dimension scores as a table; the bars repeat the figures for the eye and are hidden from screen readers. */
export function DimensionScoresTable({ scores }: { scores: Scores }) {
  const { t, localize, format } = useI18n();
  const captionId = useId();
  return (
    <div className="table-scroll">
      <table className="dimension-scores" aria-labelledby={captionId} data-testid="dimension-scores">
        <caption id={captionId}>{t('dimensionScoresTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dimension')}</th>
            <th scope="col">{t('handbookSectionShort')}</th>
            <th scope="col" className="numeric">
              {t('score')}
            </th>
            <th scope="col" className="bar-column">
              <span className="visually-hidden">{t('scoreBar')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {DIMENSION_DEFINITIONS.map((dimension) => {
            const score = scores.dimensions[dimension.code];
            return (
              <tr key={dimension.code} data-dimension={dimension.code}>
                <th scope="row">{localize(dimension.label)}</th>
                <td>{dimension.section}</td>
                <td className="numeric">{format.index(score)}</td>
                <td className="bar-column" aria-hidden="true">
                  <span className="score-bar">
                    <span className="score-bar-fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

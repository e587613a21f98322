import { CONTINUUM_LEVELS, METHODOLOGY_VERSION_TEXTS } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import type { VersionScore } from './countryVersions';
import { IndexBars } from './IndexBars';

interface CountryIndexTableProps {
  scores: readonly VersionScore[];
  caption: string;
}

/** The country's overall index and level under each version, the difference, and the two indexes as bars. */
export function CountryIndexTable({ scores, caption }: CountryIndexTableProps) {
  const { t, localize, format } = useI18n();
  const title = (score: VersionScore) => localize(METHODOLOGY_VERSION_TEXTS[score.version].title);
  const levelName = (level: number) => {
    const known = CONTINUUM_LEVELS.find((l) => l.level === level);
    return known ? t('levelValue', { level, name: localize(known.name) }) : String(level);
  };
  const [first, second] = scores;
  return (
    <>
      <div className="table-scroll">
        <table className="data-table country-versions-table" data-testid="methodology-country-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('methodologyVersion')}</th>
              <th scope="col" className="numeric">
                {t('methodologyOverallIndex')}
              </th>
              <th scope="col">{t('methodologyLevel')}</th>
            </tr>
          </thead>
          <tbody>
            {scores.map((score) => (
              <tr key={score.version} data-version={score.version}>
                <th scope="row">{title(score)}</th>
                <td className="numeric">{format.index(score.overall)}</td>
                <td>{levelName(score.level)}</td>
              </tr>
            ))}
          </tbody>
          {first && second && (
            <tfoot>
              <tr data-testid="methodology-country-difference">
                <th scope="row">{t('methodologyDifference')}</th>
                <td className="numeric">{format.signedIndex(second.overall - first.overall)}</td>
                <td>{format.signedInteger(second.level - first.level)}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <IndexBars scores={scores} />
    </>
  );
}

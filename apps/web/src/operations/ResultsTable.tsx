import {
  CHECK_DATABASE_LABELS,
  COMMODITY_LABELS,
  SEIZURE_UNIT_LABELS,
  UNIT_TYPE_LABELS,
  hitRate,
  type OperationResult,
} from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

interface ResultsTableProps {
  results: readonly OperationResult[];
  countryName: (iso3: string) => string;
  caption: string;
}

/** Each country's reported result: its unit, the four counts, its database checks and its seizures. */
export function ResultsTable({ results, countryName, caption }: ResultsTableProps) {
  const { t } = useI18n();
  const sorted = [...results].sort((a, b) => countryName(a.country).localeCompare(countryName(b.country)));
  return (
    <div className="table-scroll">
      <table className="data-table compact-table" data-testid="results-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('country')}</th>
            <th scope="col">{t('resultUnit')}</th>
            <th scope="col" className="numeric">
              {t('resultArrests')}
            </th>
            <th scope="col" className="numeric">
              {t('resultInvestigations')}
            </th>
            <th scope="col" className="numeric">
              {t('resultControlledDeliveries')}
            </th>
            <th scope="col" className="numeric">
              {t('resultPersonsChecked')}
            </th>
            <th scope="col">{t('resultDatabaseChecks')}</th>
            <th scope="col">{t('resultSeizures')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <ResultRow key={r.id} result={r} countryName={countryName} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The result's seizures, one line per commodity and unit, or a dash. */
function SeizuresCell({ result: r }: { result: OperationResult }) {
  const { t, localize, format } = useI18n();
  return (
    <td>
      {r.seizures.length === 0 ? (
        '—'
      ) : (
        <ul className="cell-list">
          {r.seizures.map((s) => (
            <li key={`${s.commodity}-${s.unit}`} data-commodity={s.commodity}>
              {t('resultSeizureLine', {
                commodity: localize(COMMODITY_LABELS[s.commodity]),
                cases: s.cases,
                quantity: format.quantity(s.quantity),
                unit: localize(SEIZURE_UNIT_LABELS[s.unit]),
              })}
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}

/** The result's INTERPOL database checks with their hit rates, or a dash. */
function DatabaseChecksCell({ result: r }: { result: OperationResult }) {
  const { t, localize, format } = useI18n();
  return (
    <td>
      {r.databaseChecks.length === 0 ? (
        '—'
      ) : (
        <ul className="cell-list">
          {r.databaseChecks.map((c) => {
            const rate = hitRate(c.hits, c.queries);
            return (
              <li key={c.database} data-database={c.database}>
                {t('resultCheckLine', {
                  database: localize(CHECK_DATABASE_LABELS[c.database]),
                  queries: format.count(c.queries),
                  hits: format.count(c.hits),
                  rate: rate === null ? '—' : format.rate(rate),
                })}
              </li>
            );
          })}
        </ul>
      )}
    </td>
  );
}

interface ResultRowProps {
  result: OperationResult;
  countryName: (iso3: string) => string;
}

function ResultRow({ result: r, countryName }: ResultRowProps) {
  const { localize, format } = useI18n();
  return (
    <tr key={r.id} data-country={r.country}>
      <th scope="row">{countryName(r.country)}</th>
      <td>
        {localize(UNIT_TYPE_LABELS[r.unitType])}
        {r.unitName && <span className="cell-sub">{r.unitName}</span>}
      </td>
      <td className="numeric">{format.count(r.arrests)}</td>
      <td className="numeric">{format.count(r.investigationsOpened)}</td>
      <td className="numeric">{format.count(r.controlledDeliveries)}</td>
      <td className="numeric">{format.count(r.personsChecked)}</td>
      <DatabaseChecksCell result={r} />
      <SeizuresCell result={r} />
    </tr>
  );
}

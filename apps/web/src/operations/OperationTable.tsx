import { PROGRAMME_LABELS, isGlobalRole, type OperationResponse, type SessionUser } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

interface OperationTableProps {
  operations: readonly OperationResponse[];
  user: SessionUser;
  caption: string;
}

/** One page of operations, in the API's order (latest end date first). */
export function OperationTable({ operations, user, caption }: OperationTableProps) {
  const { t, lang, localize, format } = useI18n();
  const global = isGlobalRole(user.role);
  // National users learn whether their own country reported; the others' reports are not theirs to see.
  const resultText = (o: OperationResponse) =>
    global
      ? t('opsReportedOf', { reported: o.reportedCountries.length, total: o.countries.length })
      : t(user.country !== null && o.reportedCountries.includes(user.country) ? 'opsReported' : 'opsNotReported');
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="operation-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('opsCode')}</th>
            <th scope="col">{t('opsName')}</th>
            <th scope="col">{t('opsProgramme')}</th>
            <th scope="col">{t('opsPeriod')}</th>
            <th scope="col" className="numeric">
              {t('opsParticipants')}
            </th>
            <th scope="col">{global ? t('opsResultsReported') : t('opsYourResult')}</th>
          </tr>
        </thead>
        <tbody>
          {operations.map((o) => (
            <tr key={o.id} data-operation={o.code}>
              <td>
                <code>{o.code}</code>
              </td>
              <th scope="row">
                <Link to={hrefFor(paths.operation(o.id), lang)}>{o.name}</Link>
              </th>
              <td>{localize(PROGRAMME_LABELS[o.programme])}</td>
              <td className="nowrap">
                {t('opsDateRange', { start: format.date(o.startDate), end: format.date(o.endDate) })}
              </td>
              <td className="numeric">{o.countries.length}</td>
              <td>{resultText(o)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

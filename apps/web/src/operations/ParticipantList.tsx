import { isGlobalRole, type OperationResponse, type SessionUser } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { sortByName } from '../i18n/sortByName';

interface ParticipantListProps {
  operation: OperationResponse;
  user: SessionUser;
  countryName: (iso3: string) => string;
}

/**
 * The participating countries, by name in the page's language, and whether each has reported. A national user learns it of their own country,
 * and is told which of the countries that share their figures reported; of the others, nothing.
 */
export function ParticipantList({ operation, user, countryName }: ParticipantListProps) {
  const { t, lang } = useI18n();
  const reported = new Set(operation.reportedCountries);
  const knows = (iso3: string) => isGlobalRole(user.role) || iso3 === user.country || reported.has(iso3);
  const statusOf = (iso3: string) =>
    !knows(iso3) ? null : reported.has(iso3) ? t('opsReported') : t('opsNotReported');
  return (
    <ul className="participant-list" data-testid="participants">
      {sortByName(operation.countries, countryName, lang).map((iso3) => {
        const status = statusOf(iso3);
        return (
          <li key={iso3} data-country={iso3} data-reported={knows(iso3) ? reported.has(iso3) : undefined}>
            {countryName(iso3)}
            {status && <span className="cell-sub">{status}</span>}
          </li>
        );
      })}
    </ul>
  );
}

import { isGlobalRole, type OperationResponse, type SessionUser } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

interface ParticipantListProps {
  operation: OperationResponse;
  user: SessionUser;
  countryName: (iso3: string) => string;
}

/** The participating countries and whether each has reported; a national user learns it of their own only. */
export function ParticipantList({ operation, user, countryName }: ParticipantListProps) {
  const { t } = useI18n();
  const knows = (iso3: string) => isGlobalRole(user.role) || iso3 === user.country;
  const reported = new Set(operation.reportedCountries);
  const statusOf = (iso3: string) =>
    !knows(iso3) ? null : reported.has(iso3) ? t('opsReported') : t('opsNotReported');
  return (
    <ul className="participant-list" data-testid="participants">
      {operation.countries.map((iso3) => {
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

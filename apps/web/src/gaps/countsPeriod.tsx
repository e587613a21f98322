import type { DifficultiesResponse, GapsResponse } from '@cpc/domain';
import type { I18n } from '../i18n/I18nContext';
import { useI18n } from '../i18n/useI18n';

type CountsResponse = Pick<GapsResponse | DifficultiesResponse, 'protected' | 'period'>;

/** What a gaps or difficulties title names: the year asked for, or the reporting cycle national users read. */
export function countsPeriodLabel(t: I18n['t'], year: number, data: CountsResponse | undefined): string {
  return data?.protected ? t('countsCycle', { from: data.period.from, to: data.period.to }) : String(year);
}

/** Why a national user's counts cover a reporting cycle; nothing for exact figures. */
export function CountsCycleNote({ data }: { data: CountsResponse | undefined }) {
  const { t } = useI18n();
  if (!data?.protected) return null;
  return (
    <p className="muted" data-testid="counts-cycle-note">
      {t('countsCycleNote', { from: data.period.from, to: data.period.to })}
    </p>
  );
}

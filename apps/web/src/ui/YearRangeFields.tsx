import { useI18n } from '../i18n/useI18n';
import { YearSelect } from './YearSelect';

interface YearRangeFieldsProps {
  from: number;
  to: number;
  years: readonly number[];
  onChange: (patch: { from?: number; to?: number }) => void;
}

/** The period: each list offers only years that keep from ≤ to, so an impossible range cannot be chosen. */
export function YearRangeFields({ from, to, years, onChange }: YearRangeFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <YearSelect
        label={t('fromLabel')}
        value={from}
        years={years.filter((y) => y <= to)}
        onChange={(year) => {
          onChange({ from: year });
        }}
      />
      <YearSelect
        label={t('toLabel')}
        value={to}
        years={years.filter((y) => y >= from)}
        onChange={(year) => {
          onChange({ to: year });
        }}
      />
    </>
  );
}

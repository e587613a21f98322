import { useId } from 'react';
import type { GroupingsResponse } from '@cpc/domain';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';

type Grouping = GroupingsResponse['groupings'][number];

interface GroupingSelectProps {
  groupings: readonly Grouping[] | undefined;
  value: string;
  onChange: (groupingId: string) => void;
  loadError: Error | null;
  onRetry: () => void;
}

/** The built-in groupings, then the analysts' custom ones under their own heading. */
export function GroupingSelect({ groupings, value, onChange, loadError, onRetry }: GroupingSelectProps) {
  const i18n = useI18n();
  const { t, localize } = i18n;
  const id = useId();
  const errorId = useId();
  const builtIn = groupings?.filter((g) => g.builtIn) ?? [];
  const custom = groupings?.filter((g) => !g.builtIn) ?? [];
  const option = (g: Grouping) => (
    <option key={g.id} value={g.id}>
      {localize(g.name)}
    </option>
  );
  return (
    <div className="field">
      <label htmlFor={id}>{t('groupingLabel')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
        disabled={!groupings}
        aria-describedby={loadError ? errorId : undefined}
      >
        {groupings ? (
          <>
            {builtIn.map(option)}
            {custom.length > 0 && <optgroup label={t('customGroupings')}>{custom.map(option)}</optgroup>}
          </>
        ) : (
          <option value={value}>{loadError ? value : t('groupingsLoading')}</option>
        )}
      </select>
      {loadError && (
        <p id={errorId} className="field-error" role="alert">
          {t('groupingsError', { message: errorText(loadError, i18n) })}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            {t('retry')}
          </button>
        </p>
      )}
    </div>
  );
}

import { COMMODITIES, COMMODITY_LABELS, SEIZURE_UNITS, SEIZURE_UNIT_LABELS } from '@cpc/domain';
import { TextField } from '../ui/TextField';
import { useI18n } from '../i18n/useI18n';
import { emptySeizure, type SeizureDraft } from './resultDraft';
import { VocabularySelect } from './VocabularySelect';

interface SeizureRowsEditorProps {
  seizures: readonly SeizureDraft[];
  onChange: (seizures: SeizureDraft[]) => void;
  /** Problems by the API's paths: `seizures.<row>.quantity`. */
  errorOf: (field: string) => string | undefined;
  /** A problem with the list as a whole (e.g. too many rows). */
  listError?: string;
}

/** One row per commodity and unit seized: how many cases, and how much of it. Rows can be added and removed. */
export function SeizureRowsEditor({ seizures, onChange, errorOf, listError }: SeizureRowsEditorProps) {
  const { t } = useI18n();
  const update = (key: number, patch: Partial<SeizureDraft>) => {
    onChange(seizures.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  };
  return (
    <fieldset className="field-group seizure-rows" data-testid="seizure-rows">
      <legend>{t('resultSeizures')}</legend>
      <p className="field-hint">{t('resultSeizuresHint')}</p>
      {listError && <p className="field-error">{listError}</p>}
      {seizures.map((seizure, i) => (
        <SeizureRow
          key={seizure.key}
          seizure={seizure}
          index={i}
          errorOf={errorOf}
          onUpdate={(patch) => {
            update(seizure.key, patch);
          }}
          onRemove={() => {
            onChange(seizures.filter((s) => s.key !== seizure.key));
          }}
        />
      ))}
      <p>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            onChange([...seizures, emptySeizure()]);
          }}
        >
          {t('resultAddSeizure')}
        </button>
      </p>
    </fieldset>
  );
}

interface SeizureRowProps {
  seizure: SeizureDraft;
  index: number;
  errorOf: (field: string) => string | undefined;
  onUpdate: (patch: Partial<SeizureDraft>) => void;
  onRemove: () => void;
}

/** One seizure: commodity, cases, quantity and its unit, with its problems at `seizures.<row>.<field>`. */
function SeizureRow({ seizure, index: i, errorOf, onUpdate, onRemove }: SeizureRowProps) {
  const { t } = useI18n();
  const at = (field: string) => errorOf(`seizures.${i}.${field}`);
  return (
    <fieldset className="form-row" data-seizure={i}>
      <legend>{t('resultSeizureNumber', { number: i + 1 })}</legend>
      <VocabularySelect
        label={t('resultCommodity')}
        values={COMMODITIES}
        labels={COMMODITY_LABELS}
        value={seizure.commodity}
        emptyLabel={t('opsChoose')}
        error={at('commodity')}
        onChange={(commodity) => {
          onUpdate({ commodity });
        }}
      />
      <SeizureAmountFields seizure={seizure} at={at} onUpdate={onUpdate} />
      <VocabularySelect
        label={t('resultUnitOfQuantity')}
        values={SEIZURE_UNITS}
        labels={SEIZURE_UNIT_LABELS}
        value={seizure.unit}
        emptyLabel={t('opsChoose')}
        error={at('unit')}
        onChange={(unit) => {
          onUpdate({ unit });
        }}
      />
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>
        {t('resultRemoveSeizure', { number: i + 1 })}
      </button>
    </fieldset>
  );
}

interface SeizureAmountFieldsProps {
  seizure: SeizureDraft;
  at: (field: string) => string | undefined;
  onUpdate: (patch: Partial<SeizureDraft>) => void;
}

/** How many cases, and how much was seized. */
function SeizureAmountFields({ seizure, at, onUpdate }: SeizureAmountFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('resultCases')}
        type="number"
        min={0}
        step={1}
        value={seizure.cases}
        error={at('cases')}
        onChange={(cases) => {
          onUpdate({ cases });
        }}
      />
      <TextField
        label={t('resultQuantity')}
        type="number"
        min={0}
        step="any"
        value={seizure.quantity}
        error={at('quantity')}
        onChange={(quantity) => {
          onUpdate({ quantity });
        }}
      />
    </>
  );
}

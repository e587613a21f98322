import { UNIT_TYPES, UNIT_TYPE_LABELS } from '@cpc/domain';
import { TextField } from '../ui/TextField';
import { useI18n } from '../i18n/useI18n';
import { COUNT_FIELDS, type CountField, type ResultDraft } from './resultDraft';
import { VocabularySelect } from './VocabularySelect';

const COUNT_LABELS = {
  arrests: 'resultArrests',
  investigationsOpened: 'resultInvestigations',
  controlledDeliveries: 'resultControlledDeliveries',
  personsChecked: 'resultPersonsChecked',
} as const satisfies Record<CountField, string>;

interface ResultFieldsProps {
  draft: ResultDraft;
  setDraft: (draft: ResultDraft) => void;
  errorOf: (field: string) => string | undefined;
}

/** The unit that reports the result: its type and, optionally, its name. */
export function ResultUnitFields({ draft, setDraft, errorOf }: ResultFieldsProps) {
  const { t } = useI18n();
  return (
    <div className="form-row">
      <VocabularySelect
        label={t('resultUnitType')}
        values={UNIT_TYPES}
        labels={UNIT_TYPE_LABELS}
        value={draft.unitType}
        emptyLabel={t('opsChoose')}
        error={errorOf('unitType')}
        onChange={(unitType) => {
          setDraft({ ...draft, unitType });
        }}
      />
      <TextField
        label={t('resultUnitName')}
        hint={t('opsOptional')}
        value={draft.unitName}
        maxLength={200}
        error={errorOf('unitName')}
        onChange={(unitName) => {
          setDraft({ ...draft, unitName });
        }}
      />
    </div>
  );
}

/** The four counts: arrests, investigations, controlled deliveries and persons checked. */
export function ResultCountFields({ draft, setDraft, errorOf }: ResultFieldsProps) {
  const { t } = useI18n();
  return (
    <div className="form-row">
      {COUNT_FIELDS.map((field) => (
        <TextField
          key={field}
          label={t(COUNT_LABELS[field])}
          type="number"
          min={0}
          step={1}
          value={draft.counts[field]}
          error={errorOf(field)}
          onChange={(value) => {
            setDraft({ ...draft, counts: { ...draft.counts, [field]: value } });
          }}
        />
      ))}
    </div>
  );
}

import { TextField } from '../ui/TextField';
import { useI18n } from '../i18n/useI18n';
import type { InstrumentDraft } from './instrumentDraft';

export interface DraftFieldsProps {
  draft: InstrumentDraft;
  /** The problem with a field, by the name the API gives it. */
  errorOf: (field: string) => string | undefined;
  onChange: (draft: InstrumentDraft) => void;
}

/** What every instrument has: a title, its dates (an INTERPOL access has its year instead) and notes. */
export function InstrumentCommonFields({ draft, errorOf, onChange }: DraftFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="form-grid">
        <TextField
          label={t('instFieldTitle')}
          className="field-wide"
          value={draft.title}
          maxLength={200}
          error={errorOf('title')}
          onChange={(title) => {
            onChange({ ...draft, title });
          }}
        />
        {draft.kind !== 'interpol_access' && <DateFields draft={draft} errorOf={errorOf} onChange={onChange} />}
      </div>
      <TextField
        label={t('instFieldNotes')}
        hint={t('instOptional')}
        multiline
        value={draft.notes}
        maxLength={4000}
        error={errorOf('notes')}
        onChange={(notes) => {
          onChange({ ...draft, notes });
        }}
      />
    </>
  );
}

/** From and to; an empty end while the instrument is in force. */
function DateFields({ draft, errorOf, onChange }: DraftFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('instFieldFrom')}
        type="date"
        value={draft.from}
        error={errorOf('from')}
        onChange={(from) => {
          onChange({ ...draft, from });
        }}
      />
      <TextField
        label={t('instFieldTo')}
        hint={t('instFieldToHint')}
        type="date"
        value={draft.to}
        error={errorOf('to')}
        onChange={(to) => {
          onChange({ ...draft, to });
        }}
      />
    </>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { fieldErrorTextsOf, errorText, type FieldLabels } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { FormProblems } from '../ui/FormProblems';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { InstrumentField } from './InstrumentField';
import type { ActionDraft } from './actionDraft';
import { ACTION_LEADS, ACTION_STATUSES, type ActionLead, type ActionStatus } from './types';

const LABELS: FieldLabels = {
  text: 'planFieldText',
  items: 'planFieldItems',
  lead: 'planFieldLead',
  owner: 'planFieldOwner',
  start: 'planFieldStart',
  target: 'planFieldTarget',
  status: 'planFieldStatus',
  notes: 'planFieldNotes',
  instrumentId: 'planFieldInstrument',
};

interface ActionFormProps {
  /** The country, whose register records the action may name. */
  iso3: string;
  title: string;
  initial: ActionDraft;
  pending: boolean;
  error: Error | null;
  onSubmit: (draft: ActionDraft) => void;
  onCancel: () => void;
}

/** A new action or an edited one: every field of the plan, its problems under each field. */
export function ActionForm({ iso3, title, initial, pending, error, onSubmit, onCancel }: ActionFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const [draft, setDraft] = useState(initial);
  const formRef = useRef<HTMLFormElement>(null);
  // Opened from a candidate or a row further down: the form comes into view.
  useEffect(() => {
    (formRef.current as Partial<HTMLFormElement> | null)?.scrollIntoView?.({ block: 'start' });
  }, []);
  const set = (patch: Partial<ActionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };
  const fieldErrors = fieldErrorTextsOf(error, i18n, LABELS);
  const general = error && fieldErrors.size === 0 ? [errorText(error, i18n, LABELS)] : [];
  return (
    <form
      ref={formRef}
      className="plan-form"
      aria-labelledby={titleId}
      data-testid="plan-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(draft);
      }}
    >
      <h3 id={titleId}>{title}</h3>
      <FormProblems title={t('planFormProblems')} messages={general} testId="plan-form-problems" />
      <ActionFields draft={draft} set={set} errors={fieldErrors} iso3={iso3} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('planSaving') : t('planSave')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

interface ActionFieldsProps {
  iso3: string;
  draft: ActionDraft;
  set: (patch: Partial<ActionDraft>) => void;
  errors: ReadonlyMap<string, string>;
}

function ActionFields({ draft, set, errors, iso3 }: ActionFieldsProps) {
  const { t } = useI18n();
  const err = (field: string) => errors.get(field);
  return (
    <div className="plan-form-fields">
      <TextField
        className="plan-field-wide"
        label={t('planFieldText')}
        value={draft.text}
        multiline
        onChange={(text) => {
          set({ text });
        }}
        error={err('text')}
      />
      <TextField
        label={t('planFieldItems')}
        hint={t('planFieldItemsHint')}
        value={draft.items}
        onChange={(items) => {
          set({ items });
        }}
        error={err('items')}
      />
      <TextField
        label={t('planFieldOwner')}
        value={draft.owner}
        onChange={(owner) => {
          set({ owner });
        }}
        error={err('owner')}
      />
      <DateAndStatusFields draft={draft} set={set} errors={errors} iso3={iso3} />
      <NotesAndRecordFields draft={draft} set={set} errors={errors} iso3={iso3} />
    </div>
  );
}

function DateAndStatusFields({ draft, set, errors }: ActionFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        label={t('planFieldLead')}
        value={draft.lead}
        options={ACTION_LEADS.map((lead) => ({ value: lead, label: t(`planLead_${lead}`) }))}
        onChange={(lead) => {
          set({ lead: lead as ActionLead });
        }}
        error={errors.get('lead')}
      />
      <TextField
        type="date"
        label={t('planFieldStart')}
        value={draft.start}
        onChange={(start) => {
          set({ start });
        }}
        error={errors.get('start')}
      />
      <TextField
        type="date"
        label={t('planFieldTarget')}
        value={draft.target}
        onChange={(target) => {
          set({ target });
        }}
        error={errors.get('target')}
      />
      <SelectField
        label={t('planFieldStatus')}
        value={draft.status}
        options={ACTION_STATUSES.map((status) => ({ value: status, label: t(`planStatus_${status}`) }))}
        onChange={(status) => {
          set({ status: status as ActionStatus });
        }}
        error={errors.get('status')}
      />
    </>
  );
}

function NotesAndRecordFields({ draft, set, errors, iso3 }: ActionFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        className="plan-field-wide"
        label={t('planFieldNotes')}
        value={draft.notes}
        multiline
        onChange={(notes) => {
          set({ notes });
        }}
        error={errors.get('notes')}
      />
      <InstrumentField
        iso3={iso3}
        value={draft.instrumentId}
        onChange={(instrumentId) => {
          set({ instrumentId });
        }}
        error={errors.get('instrumentId')}
      />
    </>
  );
}

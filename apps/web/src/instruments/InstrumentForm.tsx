import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { CreateInstrumentRequest, Instrument, InstrumentKind } from '@cpc/domain';
import { versionConflictOf } from '../api/errorBodies';
import { createInstrument, updateInstrument } from '../api/instrumentMutations';
import { errorText, fieldErrorTextsOf } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { formErrors } from '../operations/formErrors';
import { FormProblems } from '../ui/FormProblems';
import { COMMON_FIELDS, KIND_FIELDS, toInstrumentRequest, type InstrumentDraft } from './instrumentDraft';
import { InstrumentCommonFields } from './InstrumentCommonFields';
import { InstrumentKindFields } from './InstrumentKindFields';
import { INSTRUMENT_LABELS } from './fieldLabels';

interface InstrumentFormProps {
  initial: InstrumentDraft;
  /** The instrument edited; absent to add one. */
  editing?: Instrument;
  onSaved: (instrument: Instrument) => void;
  /** Someone else saved the instrument first (a 409): the page reloads it. */
  onStale: () => void;
  onCancel: () => void;
}

function useSaveInstrument({
  editing,
  onSaved,
  onStale,
}: Pick<InstrumentFormProps, 'editing' | 'onSaved' | 'onStale'>) {
  return useMutation({
    mutationFn: (request: CreateInstrumentRequest) =>
      editing ? updateInstrument(editing.id, { ...request, version: editing.version }) : createInstrument(request),
    onSuccess: onSaved,
    onError: (error) => {
      if (versionConflictOf(error)) onStale();
    },
  });
}

/** Adds or edits one instrument of a kind; the API checks it and each problem shows at its field. */
export function InstrumentForm({ initial, editing, onSaved, onStale, onCancel }: InstrumentFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const [draft, setDraft] = useState(initial);
  const save = useSaveInstrument({ editing, onSaved, onStale });
  const kind: InstrumentKind = draft.kind;
  const fields = [...COMMON_FIELDS, ...KIND_FIELDS[kind]];
  const serverErrors = fieldErrorTextsOf(save.error, i18n, INSTRUMENT_LABELS);
  const { errorOf, unplaced } = formErrors(new Map(), serverErrors, fields, t);
  if (save.error && serverErrors.size === 0 && !versionConflictOf(save.error))
    unplaced.push(errorText(save.error, i18n, INSTRUMENT_LABELS));

  return (
    <form
      className="instrument-form"
      aria-labelledby={titleId}
      noValidate
      data-kind={kind}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(toInstrumentRequest(draft));
      }}
    >
      <h3 id={titleId}>
        {editing ? t('instEditTitle', { title: editing.title }) : t('instNewTitle', { kind: t(`instKindOne_${kind}`) })}
      </h3>
      <FormProblems title={t('instNotSaved')} messages={unplaced} testId="instrument-form-problems" />
      <InstrumentCommonFields draft={draft} errorOf={errorOf} onChange={setDraft} />
      <InstrumentKindFields draft={draft} errorOf={errorOf} onChange={setDraft} />
      <div className="button-row form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('instSaving') : t('instSave')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

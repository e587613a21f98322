import { useId } from 'react';
import type { GroupingResponse } from '@cpc/domain';
import { errorText, type FieldLabels } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { NAME_MAX_LENGTH, type DraftProblem, type GroupingDraft } from './groupingDraft';
import { useGroupingForm } from './useGroupingForm';
import { GroupingRegionList } from './GroupingRegionList';
import { TextField } from '../ui/TextField';

/** The form's labels of the fields the API names. */
const GROUPING_LABELS: FieldLabels = { name: 'groupingName' };

interface GroupingFormProps {
  initial: GroupingDraft;
  /** The grouping edited; absent to create one. */
  editing?: GroupingResponse;
  onSaved: (grouping: GroupingResponse) => void;
  onCancel: () => void;
}

/** Creates or edits a custom grouping. Checked here first; the API's own message shows if it refuses. */
export function GroupingForm({ initial, editing, onSaved, onCancel }: GroupingFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const form = useGroupingForm(initial, editing, onSaved);
  const { draft, setDraft, save } = form;

  return (
    <form
      className="grouping-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.submit();
      }}
    >
      <h2 id={titleId}>{editing ? t('groupingEditTitle') : t('groupingCreateTitle')}</h2>
      <GroupingProblems problems={form.problems} message={form.message} />
      {save.error && (
        <p className="form-error" role="alert" data-testid="grouping-api-error">
          {t('groupingSaveFailed', { message: errorText(save.error, i18n, GROUPING_LABELS) })}
        </p>
      )}
      <GroupingNameFields draft={draft} setDraft={setDraft} nameError={form.errorOf('name')} />
      <GroupingRegionList draft={draft} setDraft={setDraft} errorOf={form.errorOf} />
      <div className="button-row form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('saving') : editing ? t('groupingSaveChanges') : t('groupingCreate')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

interface GroupingProblemsProps {
  problems: readonly DraftProblem[];
  message: (problem: DraftProblem) => string;
}

function GroupingProblems({ problems, message }: GroupingProblemsProps) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <div className="form-error" role="alert" data-testid="grouping-problems">
      <p>{t('groupingProblems', { count: problems.length })}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.field}-${i}`}>{message(p)}</li>
        ))}
      </ul>
    </div>
  );
}

interface GroupingNameFieldsProps {
  draft: GroupingDraft;
  setDraft: (draft: GroupingDraft) => void;
  nameError: string | undefined;
}

function GroupingNameFields({ draft, setDraft, nameError }: GroupingNameFieldsProps) {
  const { t } = useI18n();
  return (
    <div className="region-fields-row">
      <TextField
        label={t('groupingNameEn')}
        value={draft.nameEn}
        maxLength={NAME_MAX_LENGTH}
        error={nameError}
        onChange={(nameEn) => {
          setDraft({ ...draft, nameEn });
        }}
      />
      <TextField
        label={t('groupingNameFr')}
        hint={t('groupingNameFrHint')}
        value={draft.nameFr}
        maxLength={NAME_MAX_LENGTH}
        onChange={(nameFr) => {
          setDraft({ ...draft, nameFr });
        }}
      />
    </div>
  );
}

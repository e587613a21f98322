import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GroupingResponse } from '@cpc/domain';
import { countriesQuery } from '../api/countriesQuery';
import { createGrouping, updateGrouping } from '../api/groupingMutations';
import { useI18n } from '../i18n/useI18n';
import {
  NAME_MAX_LENGTH,
  draftProblems,
  emptyRegion,
  heldElsewhere,
  toRequest,
  type DraftProblem,
  type GroupingDraft,
} from './groupingDraft';
import { RegionFields } from './RegionFields';
import { TextField } from '../ui/TextField';

interface GroupingFormProps {
  initial: GroupingDraft;
  /** The grouping edited; absent to create one. */
  editing?: GroupingResponse;
  onSaved: (grouping: GroupingResponse) => void;
  onCancel: () => void;
}

/** Creates or edits a custom grouping. Checked here first; the API's own message shows if it refuses. */
export function GroupingForm({ initial, editing, onSaved, onCancel }: GroupingFormProps) {
  const { t } = useI18n();
  const titleId = useId();
  const queryClient = useQueryClient();
  const countries = useQuery(countriesQuery());
  const [draft, setDraft] = useState(initial);
  const [checked, setChecked] = useState(false);
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof toRequest>) =>
      editing ? updateGrouping(editing.id, body) : createGrouping(body),
    onSuccess: async (grouping) => {
      await queryClient.invalidateQueries({ queryKey: ['groupings'] });
      onSaved(grouping);
    },
  });

  const problems = checked ? draftProblems(draft) : [];
  const message = (p: DraftProblem) => t(p.message, p.params);
  const errorOf = (field: string) => {
    const found = problems.find((p) => p.field === field);
    return found ? message(found) : undefined;
  };

  const submit = () => {
    setChecked(true);
    if (draftProblems(draft).length === 0) save.mutate(toRequest(draft));
  };

  return (
    <form
      className="grouping-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id={titleId}>{editing ? t('groupingEditTitle') : t('groupingCreateTitle')}</h2>
      {problems.length > 0 && (
        <div className="form-error" role="alert" data-testid="grouping-problems">
          <p>{t('groupingProblems', { count: problems.length })}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={`${p.field}-${i}`}>{message(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {save.error && (
        <p className="form-error" role="alert" data-testid="grouping-api-error">
          {t('groupingSaveFailed', { message: save.error.message })}
        </p>
      )}
      <div className="region-fields-row">
        <TextField
          label={t('groupingNameEn')}
          value={draft.nameEn}
          maxLength={NAME_MAX_LENGTH}
          error={errorOf('name')}
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
      {draft.regions.map((region, i) => (
        <RegionFields
          key={region.key}
          region={region}
          index={i}
          countries={countries.data?.countries ?? []}
          heldElsewhere={heldElsewhere(draft, region.key)}
          errors={{
            code: errorOf(`regions.${i}.code`),
            name: errorOf(`regions.${i}.name`),
            members: errorOf(`regions.${i}.members`),
          }}
          onChange={(next) => {
            setDraft({ ...draft, regions: draft.regions.map((r) => (r.key === next.key ? next : r)) });
          }}
          onRemove={
            draft.regions.length > 1
              ? () => {
                  setDraft({ ...draft, regions: draft.regions.filter((r) => r.key !== region.key) });
                }
              : null
          }
        />
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDraft({ ...draft, regions: [...draft.regions, emptyRegion()] });
          }}
        >
          {t('groupingAddRegion')}
        </button>
      </div>
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

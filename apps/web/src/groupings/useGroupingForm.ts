import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GroupingResponse } from '@cpc/domain';
import { createGrouping, updateGrouping } from '../api/groupingMutations';
import { useI18n } from '../i18n/useI18n';
import { draftProblems, toRequest, type DraftProblem, type GroupingDraft } from './groupingDraft';

/**
 * A grouping's draft, its problems once the reader has tried to save, and the save itself. The problems
 * are shown only after a first attempt, so an empty form does not open with errors.
 */
export function useGroupingForm(
  initial: GroupingDraft,
  editing: GroupingResponse | undefined,
  onSaved: (grouping: GroupingResponse) => void,
) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
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

  return { draft, setDraft, problems, message, errorOf, submit, save };
}

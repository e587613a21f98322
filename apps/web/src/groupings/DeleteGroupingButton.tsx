import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GroupingResponse } from '@cpc/domain';
import { deleteGrouping } from '../api/groupingMutations';
import { useI18n } from '../i18n/useI18n';

/** Delete, then confirm: the second click deletes, Cancel keeps it. */
export function DeleteGroupingButton({
  grouping,
  onDeleted,
}: {
  grouping: GroupingResponse;
  onDeleted: (g: GroupingResponse) => void;
}) {
  const { t, localize } = useI18n();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const name = localize(grouping.name);
  const remove = useMutation({
    mutationFn: () => deleteGrouping(grouping.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['groupings'] });
      onDeleted(grouping);
    },
  });

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t('groupingDeleteNamed', { name })}
        onClick={() => {
          setConfirming(true);
        }}
      >
        {t('groupingDelete')}
      </button>
    );
  }
  return (
    <span className="inline-confirm" role="group" aria-label={t('groupingDeleteConfirm', { name })}>
      <span>{t('groupingDeleteConfirm', { name })}</span>{' '}
      <button
        type="button"
        className="button button-danger button-small"
        disabled={remove.isPending}
        onClick={() => {
          remove.mutate();
        }}
      >
        {t('groupingDeleteYes')}
      </button>{' '}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          setConfirming(false);
        }}
      >
        {t('cancel')}
      </button>
      {remove.error && (
        <span className="field-error" role="alert">
          {remove.error.message}
        </span>
      )}
    </span>
  );
}

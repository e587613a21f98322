import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { GroupingResponse } from '@cpc/domain';
import { deleteGrouping } from '../api/groupingMutations';
import { ConfirmButton } from '../ui/ConfirmButton';
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
  const name = localize(grouping.name);
  const remove = useMutation({
    mutationFn: () => deleteGrouping(grouping.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['groupings'] });
      onDeleted(grouping);
    },
  });
  return (
    <ConfirmButton
      label={t('groupingDelete')}
      accessibleLabel={t('groupingDeleteNamed', { name })}
      question={t('groupingDeleteConfirm', { name })}
      confirmLabel={t('groupingDeleteYes')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => {
        remove.mutate();
      }}
    />
  );
}

import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { TextField } from '../ui/TextField';
import type { ActionWrites } from './useActionWrites';
import type { PlanAction } from './types';

interface CommentEditorProps {
  action: PlanAction;
  writes: ActionWrites;
  onDone: () => void;
  onError: (error: Error) => void;
}

/** An analyst's comment on an action, saved at the version read (an empty one clears it). */
export function CommentEditor({ action, writes, onDone, onError }: CommentEditorProps) {
  const { t } = useI18n();
  const [comment, setComment] = useState(action.analystComment ?? '');
  return (
    <form
      className="plan-comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        const analystComment = comment.trim() === '' ? null : comment.trim();
        writes.update.mutate(
          { id: action.id, request: { analystComment, version: action.version } },
          { onSuccess: onDone, onError },
        );
      }}
    >
      <TextField label={t('planFieldComment')} value={comment} multiline onChange={setComment} />
      <button type="submit" className="button button-small" disabled={writes.update.isPending}>
        {t('planSaveComment')}
      </button>{' '}
      <button type="button" className="button button-secondary button-small" onClick={onDone}>
        {t('cancel')}
      </button>
    </form>
  );
}

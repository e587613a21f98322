import { useState } from 'react';
import { ConfirmButton } from '../ui/ConfirmButton';
import { useI18n } from '../i18n/useI18n';
import { CommentEditor } from './CommentEditor';
import type { PlanRights } from './planRights';
import type { ActionWrites } from './useActionWrites';
import type { PlanAction } from './types';

interface ActionRowToolsProps {
  action: PlanAction;
  rights: PlanRights;
  writes: ActionWrites;
  historyShown: boolean;
  onToggleHistory: () => void;
  onEdit: (action: PlanAction) => void;
  onError: (error: Error) => void;
}

/** Edit, delete (asked twice), comment, and the action's history, as the reader's rights allow. */
export function ActionRowTools(props: ActionRowToolsProps) {
  const { action, rights, writes, historyShown, onToggleHistory, onError } = props;
  const { t } = useI18n();
  const [commenting, setCommenting] = useState(false);
  return (
    <div className="plan-row-tools">
      {rights.edit && <EditAndDelete {...props} />}
      {rights.comment && !commenting && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            setCommenting(true);
          }}
        >
          {t('planComment')}
        </button>
      )}
      <button
        type="button"
        className="button button-secondary button-small"
        aria-expanded={historyShown}
        onClick={onToggleHistory}
      >
        {historyShown ? t('planHistoryHide') : t('planHistoryShow')}
      </button>
      {commenting && (
        <CommentEditor
          action={action}
          writes={writes}
          onDone={() => {
            setCommenting(false);
          }}
          onError={onError}
        />
      )}
    </div>
  );
}

/** The editor's two tools: open the form, or delete the action (asked twice). */
function EditAndDelete({ action, writes, onEdit, onError }: ActionRowToolsProps) {
  const { t } = useI18n();
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t('planEditLabel', { text: action.text })}
        onClick={() => {
          onEdit(action);
        }}
      >
        {t('planEdit')}
      </button>
      <ConfirmButton
        label={t('planDelete')}
        accessibleLabel={t('planDeleteLabel', { text: action.text })}
        question={t('planDeleteQuestion')}
        confirmLabel={t('planDelete')}
        pending={writes.remove.isPending}
        error={null}
        onConfirm={() => {
          writes.remove.mutate({ id: action.id, version: action.version }, { onError });
        }}
      />
    </>
  );
}

import { useId, useRef, useState, type RefObject } from 'react';
import { COMMENT_MAX_LENGTH } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { CharacterCount } from '../questionnaire/CharacterCount';

interface ReturnFormProps {
  onReturn: (comment: string) => void;
  onCancel: () => void;
  pending: boolean;
}

/** Sending an assessment back needs a comment: the coordinator must know what to change. */
export function ReturnForm({ onReturn, onCancel, pending }: ReturnFormProps) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [error, setError] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  return (
    <form
      className="return-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (comment.trim() === '') {
          setError(true);
          textareaRef.current?.focus();
          return;
        }
        onReturn(comment.trim());
      }}
    >
      <ReturnCommentField
        comment={comment}
        setComment={setComment}
        error={error}
        setError={setError}
        textareaRef={textareaRef}
      />
      <div className="button-row">
        <button type="submit" className="button button-danger" disabled={pending}>
          {t('returnConfirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={pending}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

interface ReturnCommentFieldProps {
  comment: string;
  setComment: (comment: string) => void;
  error: boolean;
  setError: (error: boolean) => void;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

function ReturnCommentField({ comment, setComment, error, setError, textareaRef }: ReturnCommentFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const errorId = useId();
  const countId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('returnCommentLabel')}</label>
      {error && (
        <p id={errorId} className="field-error">
          {t('returnCommentRequired')}
        </p>
      )}
      <textarea
        ref={textareaRef}
        id={id}
        rows={4}
        required
        maxLength={COMMENT_MAX_LENGTH}
        value={comment}
        aria-invalid={error || undefined}
        aria-describedby={[error ? errorId : '', countId].filter(Boolean).join(' ')}
        onChange={(e) => {
          setComment(e.target.value);
          if (e.target.value.trim() !== '') setError(false);
        }}
      />
      <CharacterCount id={countId} length={comment.length} max={COMMENT_MAX_LENGTH} />
    </div>
  );
}

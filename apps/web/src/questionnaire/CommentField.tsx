import { useId } from 'react';
import { COMMENT_MAX_LENGTH } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { CharacterCount } from './CharacterCount';

interface CommentFieldProps {
  code: string;
  value: string;
  onChange: (text: string) => void;
}

/** The handbook's "Réponse" box: a free comment on the item, optional. */
export function CommentField({ code, value, onChange }: CommentFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const countId = useId();
  return (
    <div className="field comment-field">
      <label htmlFor={id}>{t('commentLabel', { code })}</label>
      <textarea
        id={id}
        rows={2}
        maxLength={COMMENT_MAX_LENGTH}
        value={value}
        aria-describedby={countId}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      <CharacterCount id={countId} length={value.length} max={COMMENT_MAX_LENGTH} />
    </div>
  );
}

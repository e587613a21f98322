import { useId } from 'react';
import type { AnswerValue, InstrumentItem } from '@cpc/domain';
import { answerIssueText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { itemAnchorId } from './sections';
import type { SubmissionIssue } from './submissionIssues';
import { MultiChoiceField } from './MultiChoiceField';
import { SingleChoiceField } from './SingleChoiceField';
import { LevelField } from './LevelField';
import { TextAnswerField } from './TextAnswerField';
import { CommentField } from './CommentField';
import { ItemHelp } from './ItemHelp';
import { RegisterNote } from './RegisterNotes';

interface ItemBlockProps {
  item: InstrumentItem;
  value: AnswerValue | undefined;
  comment: string;
  issue: SubmissionIssue | undefined;
  onAnswer: (value: AnswerValue | undefined) => void;
  onComment: (text: string) => void;
}

function AnswerField({
  item,
  value,
  onAnswer,
  errorId,
  invalid,
}: ItemBlockProps & { errorId?: string; invalid: boolean }) {
  const common = { item, describedBy: errorId, invalid };
  switch (item.type) {
    case 'multi':
      return <MultiChoiceField {...common} value={Array.isArray(value) ? value : undefined} onChange={onAnswer} />;
    case 'tri':
    case 'choice':
    case 'yesno':
      return (
        <SingleChoiceField {...common} value={typeof value === 'string' ? value : undefined} onChange={onAnswer} />
      );
    case 'level':
      return <LevelField {...common} value={typeof value === 'number' ? value : undefined} onChange={onAnswer} />;
    case 'text':
      return <TextAnswerField {...common} value={typeof value === 'string' ? value : undefined} onChange={onAnswer} />;
  }
}

/** One item of the questionnaire: its question and answer, the problem found with it, the handbook's help, a comment. */
export function ItemBlock(props: ItemBlockProps) {
  // The editor passes only the problems that still stand (see isStillOpen).
  const { item, comment, issue: error, onComment } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const errorId = useId();
  return (
    <div id={itemAnchorId(item.code)} className={error ? 'item-block has-error' : 'item-block'} data-item={item.code}>
      {error && (
        <p id={errorId} className="field-error item-error">
          {error.kind === 'missing' ? t('issueMissing') : t('issueInvalid', { message: answerIssueText(error, i18n) })}
        </p>
      )}
      <AnswerField {...props} errorId={error ? errorId : undefined} invalid={error !== undefined} />
      <RegisterNote code={item.code} />
      <ItemHelp item={item} />
      <CommentField code={item.code} value={comment} onChange={onComment} />
    </div>
  );
}

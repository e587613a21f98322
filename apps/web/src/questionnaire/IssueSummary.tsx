import { useId, type Ref } from 'react';
import { findItem, type Answers } from '@cpc/domain';
import { answerIssueText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { jumpTargetOf } from './answerState';
import { focusItem } from './focusItem';
import { itemAnchorId } from './sections';
import type { SubmissionIssue } from './submissionIssues';

interface IssueSummaryProps {
  issues: readonly SubmissionIssue[];
  answers: Answers;
  ref?: Ref<HTMLElement>;
}

/**
 * What keeps the assessment from being submitted, as links that move to each item and focus its first
 * control. It takes the focus when it appears (see the caller), so it is read out at once; it is not a
 * live region, since it shrinks with every answer and would otherwise interrupt each time.
 */
export function IssueSummary({ issues, answers, ref }: IssueSummaryProps) {
  const i18n = useI18n();
  const { t, localize } = i18n;
  const titleId = useId();
  return (
    <section ref={ref} className="issue-summary" tabIndex={-1} aria-labelledby={titleId} data-testid="issue-summary">
      <h2 id={titleId}>{t('issuesTitle')}</h2>
      <p>
        {t('issuesIntro', {
          missing: issues.filter((i) => i.kind === 'missing').length,
          invalid: issues.filter((i) => i.kind === 'invalid').length,
        })}
      </p>
      <ul>
        {issues.map((issue) => {
          const target = jumpTargetOf(issue.code, answers);
          const item = findItem(issue.code);
          const message =
            issue.kind === 'invalid'
              ? t('issueInvalid', { message: answerIssueText(issue, i18n) })
              : target === issue.code
                ? t('issueMissing')
                : t('issueMissingDependent', { code: target });
          return (
            <li key={`${issue.kind}-${issue.code}`}>
              <a
                href={`#${itemAnchorId(target)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusItem(target);
                }}
              >
                {issue.code}
                {item && ` — ${localize(item.question)}`}
              </a>
              <span className="issue-message">{message}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

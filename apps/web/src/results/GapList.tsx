import { useId } from 'react';
import { DIMENSION_DEFINITIONS, findItem, type AssessmentResponse } from '@cpc/domain';
import { TranslationNotice } from '../ui/TranslationNotice';
import { EditorialNote } from '../ui/EditorialNote';
import { useI18n } from '../i18n/useI18n';

type Gap = AssessmentResponse['gaps'][number];

/** The items scoring under half their points, each with the handbook's common gaps and possible solutions. */
export function GapList({ gaps, note }: { gaps: readonly Gap[]; note?: string }) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section className="gap-list" aria-labelledby={titleId} data-testid="gap-list">
      <h2 id={titleId}>{t('gapsTitle')}</h2>
      {note && <p className="muted">{note}</p>}
      <TranslationNotice />
      {gaps.length === 0 ? (
        <p>{t('gapsNone')}</p>
      ) : (
        <>
          <p className="muted">{t('gapsIntro')}</p>
          <ol>
            {gaps.map((gap) => (
              <GapEntry key={gap.code} gap={gap} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** One gap: the item, its dimension and points, the handbook's common gaps and possible solutions. */
function GapEntry({ gap }: { gap: Gap }) {
  const { t, localize, format } = useI18n();
  const item = findItem(gap.code);
  const dimension = DIMENSION_DEFINITIONS.find((d) => d.code === gap.dimension);
  const gapText = localize(gap.gaps).trim();
  return (
    <li className="gap" data-gap={gap.code}>
      <h3>
        <span className="item-code">{gap.code}</span> {item ? localize(item.question) : ''}
      </h3>
      <p className="muted">
        {dimension && localize(dimension.label)} · {t('gapPoints', { points: format.percent(gap.points) })}
      </p>
      <dl>
        {gapText && (
          <>
            <dt>{t('commonGaps')}</dt>
            <dd>
              {gapText}
              <EditorialNote item={item} />
            </dd>
          </>
        )}
        <dt>{t('possibleSolutions')}</dt>
        <dd>
          {localize(gap.solutions)}
          {gap.solutionsFromGuidance && (
            <p className="guidance-note">{t('solutionsFromGuidance', { section: dimension?.section ?? '' })}</p>
          )}
        </dd>
      </dl>
    </li>
  );
}

import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssessmentSummary } from '@cpc/domain';
import { ApiError } from '../api/ApiError';
import { assessmentKeys } from '../api/assessmentQueries';
import { createAssessment } from '../api/assessmentMutations';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { navigate } from '../router/history';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { FIRST_SELECTABLE_YEAR } from '../url/pageState';

interface NewAssessmentFormProps {
  country: string;
  /** The country's assessments, so a taken year is not offered (and can be linked to). */
  existing: readonly AssessmentSummary[];
  currentYear: number;
}

/** Creates an empty draft of the year, then opens it. */
function useCreateAssessment(country: string, year: number) {
  const { lang } = useI18n();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createAssessment({ country, year, answers: {} }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.lists() });
      queryClient.setQueryData(assessmentKeys.detail(created.id), created);
      navigate(hrefFor(paths.assessment(created.id), lang));
    },
  });
}

/**
 * The years a coordinator may open, newest first: an administration may already prepare next year's
 * questionnaire, though the form starts at this year.
 */
function questionnaireYears(currentYear: number): number[] {
  const years: number[] = [];
  for (let y = currentYear + 1; y >= FIRST_SELECTABLE_YEAR; y--) years.push(y);
  return years;
}

/** The default year when free, else the latest free year before it, else the first free one (next year). */
function firstChoice(freeYears: readonly number[], defaultYear: number): number {
  if (freeYears.includes(defaultYear)) return defaultYear;
  return freeYears.find((y) => y < defaultYear) ?? freeYears[0] ?? defaultYear;
}

/** A coordinator opens the questionnaire of a year: an empty draft is created, then edited. */
export function NewAssessmentForm({ country, existing, currentYear }: NewAssessmentFormProps) {
  const { t } = useI18n();
  const titleId = useId();
  const yearId = useId();
  const takenYears = new Set(existing.map((a) => a.year));
  const freeYears = questionnaireYears(currentYear).filter((y) => !takenYears.has(y));
  const [year, setYear] = useState(firstChoice(freeYears, currentYear));
  const create = useCreateAssessment(country, year);

  return (
    <section className="new-assessment" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('newAssessmentTitle')}</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <div className="field">
          <label htmlFor={yearId}>{t('newAssessmentYear')}</label>
          <select
            id={yearId}
            value={year}
            onChange={(e) => {
              setYear(Number(e.target.value));
              create.reset();
            }}
          >
            {freeYears.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={create.isPending || freeYears.length === 0}>
          {create.isPending ? t('creating') : t('newAssessmentCreate')}
        </button>
      </form>
      <CreateError error={create.error} year={year} existingForYear={existing.find((a) => a.year === year)} />
    </section>
  );
}

interface CreateErrorProps {
  error: Error | null;
  year: number;
  /** The assessment the year already has, if the API says so. */
  existingForYear: AssessmentSummary | undefined;
}

/** Why the draft was not created; for a year that has one already, a link to it. */
function CreateError({ error, year, existingForYear }: CreateErrorProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const duplicate = error instanceof ApiError && error.status === 409;
  if (!error) return null;
  return (
    <p className="notice notice-error" role="alert">
      {duplicate ? t('newAssessmentExists', { year }) : errorText(error, i18n, { year: 'newAssessmentYear' })}{' '}
      {duplicate && existingForYear && (
        <Link to={hrefFor(paths.assessment(existingForYear.id), lang)}>{t('openExisting')}</Link>
      )}
    </p>
  );
}

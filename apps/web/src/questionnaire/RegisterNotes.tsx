import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AssessmentResponse, RegisterChecksDetailResponse, RegisterSummaryResponse } from '@cpc/domain';
import { registerChecksQuery, registerSummaryQuery } from '../api/registerChecksQuery';
import { useI18n } from '../i18n/useI18n';
import { registerCheckText } from '../instruments/registerCheckText';
import { instrumentDates } from '../instruments/instrumentSummary';
import '../styles/instruments.css';

type ItemSummary = RegisterSummaryResponse['items'][number];
type Check = RegisterChecksDetailResponse['checks'][number];

interface RegisterNotes {
  year: number;
  /** What the register holds for an item, by item code. */
  items: ReadonlyMap<string, ItemSummary>;
  /** The answers it contradicts, by item code. */
  checks: ReadonlyMap<string, Check[]>;
}

const RegisterNotesContext = createContext<RegisterNotes | null>(null);

/** Groups checks by their item code, in the order the API lists them. */
export function checksByItem(checks: readonly Check[]): Map<string, Check[]> {
  const byItem = new Map<string, Check[]>();
  for (const check of checks) byItem.set(check.code, [...(byItem.get(check.code) ?? []), check]);
  return byItem;
}

/** Gives the questionnaire's items what the country's register says for the assessment's year. */
export function RegisterNotesProvider({
  assessment,
  children,
}: {
  assessment: AssessmentResponse;
  children: ReactNode;
}) {
  const summary = useQuery(registerSummaryQuery(assessment.country, assessment.year));
  const checks = useQuery(registerChecksQuery(assessment.id));
  const notes = useMemo<RegisterNotes | null>(() => {
    if (!summary.data) return null;
    return {
      year: summary.data.year,
      items: new Map(summary.data.items.map((item) => [item.code, item])),
      checks: checksByItem(checks.data?.checks ?? []),
    };
  }, [summary.data, checks.data]);
  return <RegisterNotesContext.Provider value={notes}>{children}</RegisterNotesContext.Provider>;
}

/** Beside an item the register speaks to: the instruments it holds that year, and any contradiction. */
export function RegisterNote({ code }: { code: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const notes = useContext(RegisterNotesContext);
  const item = notes?.items.get(code);
  if (!notes || !item) return null;
  const checks = notes.checks.get(code) ?? [];
  return (
    <aside
      className={checks.length > 0 ? 'register-note has-warning' : 'register-note'}
      data-testid="register-note"
      aria-label={t('instRegisterSays', { year: notes.year })}
    >
      <strong>{t('instRegisterSays', { year: notes.year })}</strong>
      {item.instruments.length === 0 ? (
        <p>{t('instRegisterNothing', { year: notes.year })}</p>
      ) : (
        <ul>
          {item.instruments.map((instrument) => (
            <li key={instrument.id}>
              {t(`instKindOne_${instrument.kind}`)}: {instrument.title} ({instrumentDates(instrument, i18n)})
            </li>
          ))}
        </ul>
      )}
      {checks.map((check, i) => (
        <p key={`${check.code}-${i}`} className="register-note-check">
          {registerCheckText(check, t)}
        </p>
      ))}
    </aside>
  );
}

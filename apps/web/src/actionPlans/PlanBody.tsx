import { useI18n } from '../i18n/useI18n';
import { ActionForm } from './ActionForm';
import { ActionTable } from './ActionTable';
import { ActionTimeline } from './ActionTimeline';
import { CandidateList } from './CandidateList';
import { ClosureSection } from './ClosureSection';
import { PlanTrajectory } from './PlanTrajectory';
import { draftFromAction, draftFromCandidate, emptyDraft, isoToday } from './actionDraft';
import type { PlanRights } from './planRights';
import { usePlanEditing, type PlanNotice } from './usePlanEditing';
import type { ActionPlanResponse } from './types';

interface PlanBodyProps {
  iso3: string;
  country: string;
  plan: ActionPlanResponse;
  rights: PlanRights;
}

/** The plan once loaded: candidates, timeline, actions and their form, what closed, the trajectory. */
export function PlanBody({ iso3, country, plan, rights }: PlanBodyProps) {
  const { t, localize } = useI18n();
  const today = isoToday();
  const { writes, editing, notice, open, close, save, onError } = usePlanEditing(iso3);
  // A conflict closes the form and says so above it; a refused new action keeps its form and its problems.
  const formError = editing?.action ? null : writes.create.error;
  return (
    <>
      {notice && <NoticeLine notice={notice} />}
      {editing && (
        <ActionForm
          iso3={iso3}
          key={editing.key}
          title={editing.action ? t('planFormEdit') : t('planFormNew')}
          initial={editing.draft}
          pending={writes.create.isPending || writes.update.isPending}
          error={formError}
          onSubmit={save}
          onCancel={close}
        />
      )}
      <CandidateList
        plan={plan}
        onAdopt={
          rights.edit
            ? (c) => {
                open(draftFromCandidate(c, localize, today), null);
              }
            : undefined
        }
      />
      <ActionTimeline actions={plan.actions} today={today} />
      <ActionTable
        iso3={iso3}
        actions={plan.actions}
        rights={rights}
        writes={writes}
        today={today}
        onEdit={(action) => {
          open(draftFromAction(action), action);
        }}
        onAdd={() => {
          open(emptyDraft(today), null);
        }}
        onError={onError}
      />
      <ClosureSection actions={plan.actions} />
      <PlanTrajectory iso3={iso3} country={country} actions={plan.actions} />
    </>
  );
}

/** What the last write did: saved, or why not (a conflict, a refusal). */
function NoticeLine({ notice }: { notice: PlanNotice }) {
  return (
    <p
      className={notice.problem ? 'notice notice-error' : 'notice'}
      role={notice.problem ? 'alert' : 'status'}
      data-testid="plan-notice"
    >
      {notice.text}
    </p>
  );
}

import { Fragment, useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ActionHistory } from './ActionHistory';
import { InstrumentRef } from './InstrumentField';
import { ActionRowTools } from './ActionRowTools';
import { StatusCell } from './StatusCell';
import type { PlanRights } from './planRights';
import type { ActionWrites } from './useActionWrites';
import type { PlanAction } from './types';

interface ActionTableProps {
  iso3: string;
  actions: readonly PlanAction[];
  rights: PlanRights;
  writes: ActionWrites;
  today: string;
  onEdit: (action: PlanAction) => void;
  onAdd: () => void;
  onError: (error: Error) => void;
}

/** The plan's actions, one row each, with their status changes, owner, lead and notes, and what a reader may do. */
export function ActionTable(props: ActionTableProps) {
  const { actions, rights, onAdd } = props;
  const { t } = useI18n();
  const titleId = useId();
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="plan-actions">
      <div className="chart-heading">
        <h2 id={titleId}>{t('planActionsTitle')}</h2>
        {rights.edit && (
          <button type="button" className="button button-small" onClick={onAdd}>
            {t('planAdd')}
          </button>
        )}
      </div>
      {actions.length === 0 ? (
        <p className="muted">{t('planActionsEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table plan-table">
            <caption className="visually-hidden">{t('planActionsTitle')}</caption>
            <ActionTableHead manage={rights.edit || rights.comment} />
            <tbody>
              {actions.map((action) => (
                <Fragment key={action.id}>
                  <ActionRow
                    {...props}
                    action={action}
                    historyShown={historyOf === action.id}
                    onToggleHistory={() => {
                      setHistoryOf((current) => (current === action.id ? null : action.id));
                    }}
                  />
                  {historyOf === action.id && (
                    <tr className="plan-history-row">
                      <td colSpan={7}>
                        <ActionHistory iso3={props.iso3} action={action} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ActionTableHead({ manage }: { manage: boolean }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{t('planColAction')}</th>
        <th scope="col">{t('planColLead')}</th>
        <th scope="col">{t('planColOwner')}</th>
        <th scope="col">{t('planColDates')}</th>
        <th scope="col">{t('planColStatus')}</th>
        <th scope="col">{t('planColNotes')}</th>
        <th scope="col">{manage ? t('planColManage') : t('planHistoryShow')}</th>
      </tr>
    </thead>
  );
}

interface ActionRowProps extends ActionTableProps {
  action: PlanAction;
  historyShown: boolean;
  onToggleHistory: () => void;
}

function ActionRow(props: ActionRowProps) {
  const { action } = props;
  const { t, format } = useI18n();
  return (
    <tr data-action={action.id} data-status={action.status}>
      <th scope="row" className="plan-action-text">
        <span>{action.text}</span>
        <span className="plan-items">{action.items.join(', ')}</span>
      </th>
      <td>{t(`planLead_${action.lead}`)}</td>
      <td>{action.owner}</td>
      <td className="plan-dates">
        {t('planDates', { from: format.date(action.start), to: format.date(action.target) })}
      </td>
      <td>
        <StatusCell {...props} />
      </td>
      <td className="plan-notes">
        {action.notes && <p>{action.notes}</p>}
        {action.instrumentId && <InstrumentRef iso3={props.iso3} id={action.instrumentId} />}
        {action.analystComment && (
          <p className="plan-comment">
            <strong>{t('planColComment')}:</strong> {action.analystComment}
          </p>
        )}
      </td>
      <td>
        <ActionRowTools {...props} />
      </td>
    </tr>
  );
}

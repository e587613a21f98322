import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Instrument, InstrumentKind } from '@cpc/domain';
import { deleteInstrument } from '../api/instrumentMutations';
import { useI18n } from '../i18n/useI18n';
import { ConfirmButton } from '../ui/ConfirmButton';
import { instrumentStatus } from './instrumentGroups';
import { instrumentDates, instrumentSummary } from './instrumentSummary';
import { InstrumentHistory } from './InstrumentHistory';

interface InstrumentTableProps {
  instruments: readonly Instrument[];
  kind: InstrumentKind;
  canManage: boolean;
  today: string;
  onEdit: (id: string) => void;
  onDeleted: (title: string) => void;
}

/** A kind's instruments: title, dates, in force or ended, what they are, and what may be done with them. */
export function InstrumentTable({ instruments, kind, canManage, today, onEdit, onDeleted }: InstrumentTableProps) {
  const { t } = useI18n();
  if (instruments.length === 0) return <p className="muted">{t('instNone')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table instrument-table" data-testid={`instruments-${kind}`}>
        <caption className="visually-hidden">{t(`instKind_${kind}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('instColTitle')}</th>
            <th scope="col">{t('instColDates')}</th>
            <th scope="col">{t('instColStatus')}</th>
            <th scope="col">{t('instColDetails')}</th>
            <th scope="col">{t('instColActions')}</th>
          </tr>
        </thead>
        <tbody>
          {instruments.map((instrument) => (
            <InstrumentRow
              key={instrument.id}
              instrument={instrument}
              canManage={canManage}
              today={today}
              onEdit={onEdit}
              onDeleted={onDeleted}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type InstrumentRowProps = Omit<InstrumentTableProps, 'instruments' | 'kind'> & { instrument: Instrument };

function InstrumentRow({ instrument, canManage, today, onEdit, onDeleted }: InstrumentRowProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [showHistory, setShowHistory] = useState(false);
  const status = instrumentStatus(instrument, today);
  const dates = instrumentDates(instrument, i18n);
  return (
    <>
      <tr data-instrument={instrument.id}>
        <th scope="row">{instrument.title}</th>
        <td>{dates}</td>
        <td>
          <span className={`instrument-status status-${status}`}>
            {t(status === 'inForce' ? 'instStatusInForce' : 'instStatusEnded')}
          </span>
        </td>
        <td>{instrumentSummary(instrument, i18n)}</td>
        <td>
          <RowActions
            instrument={instrument}
            canManage={canManage}
            onEdit={onEdit}
            onDeleted={onDeleted}
            historyShown={showHistory}
            onHistory={() => {
              setShowHistory((shown) => !shown);
            }}
          />
        </td>
      </tr>
      {showHistory && (
        <tr className="instrument-history-row">
          <td colSpan={5}>
            <InstrumentHistory id={instrument.id} title={instrument.title} />
          </td>
        </tr>
      )}
    </>
  );
}

interface RowActionsProps {
  instrument: Instrument;
  canManage: boolean;
  onEdit: (id: string) => void;
  onDeleted: (title: string) => void;
  onHistory: () => void;
  historyShown: boolean;
}

function RowActions({ instrument, canManage, onEdit, onDeleted, onHistory, historyShown }: RowActionsProps) {
  const { t } = useI18n();
  const { id, title, version } = instrument;
  const remove = useMutation({
    mutationFn: () => deleteInstrument(id, version),
    onSuccess: () => {
      onDeleted(title);
    },
  });
  return (
    <div className="button-row row-actions">
      {canManage && (
        <button
          type="button"
          className="button button-secondary button-small"
          aria-label={t('instEditOf', { title })}
          onClick={() => {
            onEdit(id);
          }}
        >
          {t('instEdit')}
        </button>
      )}
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t('instHistoryOf', { title })}
        aria-expanded={historyShown}
        onClick={onHistory}
      >
        {t('instHistory')}
      </button>
      {canManage && (
        <ConfirmButton
          label={t('instDelete')}
          accessibleLabel={t('instDeleteOf', { title })}
          question={t('instDeleteQuestion', { title })}
          confirmLabel={t('instDeleteConfirm')}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => {
            remove.mutate();
          }}
        />
      )}
    </div>
  );
}

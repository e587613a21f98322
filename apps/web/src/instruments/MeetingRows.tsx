import { useI18n } from '../i18n/useI18n';
import { TextField } from '../ui/TextField';
import type { MeetingDraft } from './instrumentDraft';

interface MeetingRowsProps {
  meetings: readonly MeetingDraft[];
  errorOf: (field: string) => string | undefined;
  onChange: (meetings: MeetingDraft[]) => void;
}

/** A committee's meetings, one row each (a date and notes), added and removed in place. */
export function MeetingRows({ meetings, errorOf, onChange }: MeetingRowsProps) {
  const { t } = useI18n();
  const change = (index: number, patch: Partial<MeetingDraft>) => {
    onChange(meetings.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  };
  return (
    <fieldset className="field-group meeting-rows" data-testid="meeting-rows">
      <legend>{t('instFieldMeetings')}</legend>
      {meetings.length === 0 && <p className="muted">{t('instNoMeetings')}</p>}
      <ol className="row-list">
        {meetings.map((meeting, index) => (
          <MeetingRow
            key={index}
            meeting={meeting}
            index={index}
            errorOf={errorOf}
            onChange={(patch) => {
              change(index, patch);
            }}
            onRemove={() => {
              onChange(meetings.filter((_, i) => i !== index));
            }}
          />
        ))}
      </ol>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            onChange([...meetings, { date: '', notes: '' }]);
          }}
        >
          {t('instMeetingAdd')}
        </button>
      </div>
    </fieldset>
  );
}

interface MeetingRowProps {
  meeting: MeetingDraft;
  index: number;
  errorOf: (field: string) => string | undefined;
  onChange: (patch: Partial<MeetingDraft>) => void;
  onRemove: () => void;
}

function MeetingRow({ meeting, index, errorOf, onChange, onRemove }: MeetingRowProps) {
  const { t } = useI18n();
  const number = index + 1;
  return (
    <li className="meeting-row">
      <TextField
        label={t('instMeetingDate', { number })}
        type="date"
        value={meeting.date}
        error={errorOf(`meetings.${index}.date`)}
        onChange={(date) => {
          onChange({ date });
        }}
      />
      <TextField
        label={t('instMeetingNotes', { number })}
        className="field-wide"
        value={meeting.notes}
        maxLength={2000}
        error={errorOf(`meetings.${index}.notes`)}
        onChange={(notes) => {
          onChange({ notes });
        }}
      />
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>
        {t('instMeetingRemove', { number })}
      </button>
    </li>
  );
}

import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { GroupingResponse, MembershipChangeRequest } from '@cpc/domain';
import { countriesQuery } from '../api/countriesQuery';
import { recordMembershipChange } from '../api/groupingMutations';
import { errorText, type FieldLabels } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';

const NO_REGION = '';

/** The form's labels of the fields the API names. */
const CHANGE_LABELS: FieldLabels = {
  iso3: 'membershipChangeCountry',
  region: 'membershipChangeRegion',
  effective: 'membershipChangeEffective',
};

/** Admins record an accession, a move or a departure of the WCO grouping, with its date (audited by the API). */
export function MembershipChangeForm({ grouping }: { grouping: GroupingResponse }) {
  const { t } = useI18n();
  const titleId = useId();
  const queryClient = useQueryClient();
  const [change, setChange] = useState<MembershipChangeRequest>({
    iso3: '',
    region: grouping.regions[0]?.code ?? NO_REGION,
    effective: '',
  });
  const record = useMutation({
    mutationFn: (request: MembershipChangeRequest) => recordMembershipChange(grouping.id, request),
    // Every figure may count the change: groupings and analytics alike are read again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
  return (
    <form
      className="membership-change-form"
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate({ ...change, region: change.region === NO_REGION ? null : change.region });
      }}
    >
      <h2 id={titleId}>{t('membershipChangeTitle')}</h2>
      <p className="muted">{t('membershipChangeIntro')}</p>
      <MembershipChangeFields grouping={grouping} change={change} setChange={setChange} />
      <button
        type="submit"
        className="button"
        disabled={record.isPending || change.iso3 === '' || change.effective === ''}
      >
        {t('membershipChangeSubmit')}
      </button>
      <MembershipChangeOutcome record={record} />
    </form>
  );
}

/** What became of the last change: recorded, or refused with the API's reason. */
function MembershipChangeOutcome({
  record,
}: {
  record: UseMutationResult<GroupingResponse, Error, MembershipChangeRequest>;
}) {
  const i18n = useI18n();
  const { t, localize } = i18n;
  const countries = useQuery(countriesQuery());
  const nameOf = (iso3: string) => countries.data?.countries.find((c) => c.iso3 === iso3);
  return (
    <>
      {record.isSuccess && (
        <p className="notice notice-success" role="status" data-testid="membership-change-recorded">
          {t('membershipChangeRecorded', {
            country: localize(
              nameOf(record.variables.iso3)?.name ?? { en: record.variables.iso3, fr: record.variables.iso3 },
            ),
            date: record.variables.effective,
          })}
        </p>
      )}
      {record.error && (
        <p className="form-error" role="alert" data-testid="membership-change-error">
          {t('membershipChangeFailed', { message: errorText(record.error, i18n, CHANGE_LABELS) })}
        </p>
      )}
    </>
  );
}

interface FieldsProps {
  grouping: GroupingResponse;
  change: MembershipChangeRequest;
  setChange: (change: MembershipChangeRequest) => void;
}

/** The country, its region from the date (or none), and the date. */
function MembershipChangeFields({ grouping, change, setChange }: FieldsProps) {
  const { t, localize } = useI18n();
  const ids = { country: useId(), region: useId(), effective: useId() };
  return (
    <div className="field-row">
      <CountryChoice
        id={ids.country}
        value={change.iso3}
        onChange={(iso3) => {
          setChange({ ...change, iso3 });
        }}
      />
      <div className="field">
        <label htmlFor={ids.region}>{t('membershipChangeRegion')}</label>
        <select
          id={ids.region}
          value={change.region ?? NO_REGION}
          onChange={(e) => {
            setChange({ ...change, region: e.target.value });
          }}
        >
          {grouping.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {localize(r.name)}
            </option>
          ))}
          <option value={NO_REGION}>{t('membershipChangeNoRegion')}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.effective}>{t('membershipChangeEffective')}</label>
        <input
          id={ids.effective}
          type="date"
          value={change.effective}
          onChange={(e) => {
            setChange({ ...change, effective: e.target.value });
          }}
        />
      </div>
    </div>
  );
}

/** Every country by name in the page's language. */
function CountryChoice({ id, value, onChange }: { id: string; value: string; onChange: (iso3: string) => void }) {
  const { t, localize } = useI18n();
  const countries = useQuery(countriesQuery());
  const sorted = [...(countries.data?.countries ?? [])].sort((a, b) =>
    localize(a.name).localeCompare(localize(b.name)),
  );
  return (
    <div className="field">
      <label htmlFor={id}>{t('membershipChangeCountry')}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">{t('membershipChangeChooseCountry')}</option>
        {sorted.map((c) => (
          <option key={c.iso3} value={c.iso3}>
            {localize(c.name)}
          </option>
        ))}
      </select>
    </div>
  );
}

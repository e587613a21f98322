import { useQuery } from '@tanstack/react-query';
import { countriesQuery } from '../api/countriesQuery';
import { useI18n } from '../i18n/useI18n';
import { emptyRegion, heldElsewhere, type GroupingDraft } from './groupingDraft';
import { RegionFields } from './RegionFields';

interface GroupingRegionListProps {
  draft: GroupingDraft;
  setDraft: (draft: GroupingDraft) => void;
  errorOf: (field: string) => string | undefined;
}

/** The grouping's regions, each removable while another remains, and a button to add one. */
export function GroupingRegionList({ draft, setDraft, errorOf }: GroupingRegionListProps) {
  const { t } = useI18n();
  const countries = useQuery(countriesQuery());
  return (
    <>
      {draft.regions.map((region, i) => (
        <RegionFields
          key={region.key}
          region={region}
          index={i}
          countries={countries.data?.countries ?? []}
          heldElsewhere={heldElsewhere(draft, region.key)}
          errors={{
            code: errorOf(`regions.${i}.code`),
            name: errorOf(`regions.${i}.name`),
            members: errorOf(`regions.${i}.members`),
          }}
          onChange={(next) => {
            setDraft({ ...draft, regions: draft.regions.map((r) => (r.key === next.key ? next : r)) });
          }}
          onRemove={
            draft.regions.length > 1
              ? () => {
                  setDraft({ ...draft, regions: draft.regions.filter((r) => r.key !== region.key) });
                }
              : null
          }
        />
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDraft({ ...draft, regions: [...draft.regions, emptyRegion()] });
          }}
        >
          {t('groupingAddRegion')}
        </button>
      </div>
    </>
  );
}

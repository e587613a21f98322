import { useCallback, useMemo, type Ref } from 'react';
import type { GroupingResponse, ParticipationResponse, SessionUser } from '@cpc/domain';
import { useCountryName } from '../assessments/useCountryName';
import { ScaleLegend } from '../chart/ScaleLegend';
import { useI18n } from '../i18n/useI18n';
import { participationEntries, participationFill, participationTicks } from '../map/participationEntries';
import { WorldMap } from '../map/WorldMap';
import '../map/map.css';

interface ParticipationMapProps {
  items: ParticipationResponse['items'];
  grouping: GroupingResponse;
  user: SessionUser;
  national: boolean;
  label: string;
  /** The map with its key, for its download as a picture. */
  pictureRef?: Ref<HTMLDivElement>;
}

/** The world, each country coloured by the number of operations it took part in. Loaded with the map's libraries. */
export function ParticipationMap({ items, grouping, user, national, label, pictureRef }: ParticipationMapProps) {
  const { t } = useI18n();
  const countryName = useCountryName();
  const entries = useMemo(() => participationEntries(items, grouping, national), [items, grouping, national]);
  const ticks = useMemo(() => participationTicks(entries), [entries]);
  const top = ticks[ticks.length - 1] ?? 1;
  const reported = useMemo(() => new Map(items.map((i) => [i.country, i.reported])), [items]);

  const describe = useCallback(
    (iso3: string | null, atlasName: string) => {
      const name = iso3 ? countryName(iso3) : atlasName;
      const entry = iso3 ? entries.get(iso3) : undefined;
      if (!entry || !iso3) return t('mapTooltipOutside', { country: name });
      if (entry.cell.state !== 'value') return t('participationTooltipNone', { country: name });
      return t('participationTooltip', {
        country: name,
        operations: entry.cell.value,
        reported: reported.get(iso3) ?? 0,
      });
    },
    [countryName, entries, reported, t],
  );

  return (
    <div ref={pictureRef} className="chart-picture">
      <WorldMap
        entries={entries}
        fillOf={participationFill(top)}
        label={label}
        emphasised={national ? user.country : null}
        describe={describe}
        hrefOf={() => null}
      />
      <ScaleLegend
        title={t('participationScaleTitle')}
        ticks={ticks}
        description={t('participationScaleText', { max: top })}
        emptyLabel={t('participationNone')}
        showWithheld={false}
      />
    </div>
  );
}

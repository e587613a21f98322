import { useCallback, type Ref } from 'react';
import type { GroupingResponse, MethodologyVersion, SessionUser } from '@cpc/domain';
import { useCountryName } from '../assessments/useCountryName';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { paths } from '../router/routes';
import type { MapMetric, StatusFilter } from '../url/pageState';
import { fillFor } from '../chart/colourScale';
import { CountryTable } from './CountryTable';
import { MapLegend } from './MapLegend';
import { useCellText } from './useCellText';
import { useMapEntries } from './useMapEntries';
import { WorldMap } from './WorldMap';

interface MapViewProps {
  user: SessionUser;
  grouping: GroupingResponse | undefined;
  year: number;
  status: StatusFilter;
  methodology: MethodologyVersion | null;
  metric: MapMetric;
  title: string;
  /** The map with its key, for its download as a picture. */
  pictureRef?: Ref<HTMLDivElement>;
}

/** The choropleth with its key and its table; a click on a country opens its profile. */
export function MapView(props: MapViewProps) {
  const { user, grouping, methodology, metric, title, pictureRef } = props;
  const { t, lang, localize } = useI18n();
  const countryName = useCountryName();
  const cellText = useCellText(metric);
  const { entries, error, retry, national, canOpen } = useMapEntries(props);

  const describe = useCallback(
    (iso3: string | null, atlasName: string) => {
      const name = iso3 ? countryName(iso3) : atlasName;
      const entry = iso3 ? entries?.get(iso3) : undefined;
      if (!entry) return t('mapTooltipOutside', { country: name });
      const region = grouping?.regions.find((r) => r.code === entry.region);
      const value = cellText(entry.cell);
      if (entry.source === 'region')
        return t('mapTooltipRegion', { country: name, region: region ? localize(region.name) : '', value });
      return entry.assessment
        ? t('mapTooltipCountry', { country: name, value, year: entry.assessment.year })
        : t('mapTooltipNone', { country: name, value });
    },
    [countryName, entries, grouping, cellText, t, localize],
  );

  // The map and its table open the same profile, with the grouping and methodology on screen.
  const hrefOf = (iso3: string) =>
    grouping && canOpen(iso3) ? hrefFor(paths.country(iso3), lang, { grouping: grouping.id, methodology }) : null;

  if (error) return <ErrorState error={error} onRetry={retry} retrying={false} />;
  if (!entries || !grouping) return <LoadingState />;

  return (
    <>
      <div ref={pictureRef} className="chart-picture">
        <WorldMap
          entries={entries}
          fillOf={(cell) => fillFor(cell, metric)}
          label={title}
          emphasised={national ? user.country : null}
          describe={describe}
          hrefOf={hrefOf}
        />
        <MapLegend metric={metric} national={national} />
      </div>
      <TableToggle subject={title} testId="country-table-panel">
        <CountryTable entries={entries} grouping={grouping} metric={metric} hrefOf={hrefOf} caption={title} />
      </TableToggle>
    </>
  );
}

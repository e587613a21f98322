import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { GroupingResponse, InstrumentsAnalyticsResponse } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { useCountryName } from '../assessments/useCountryName';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { ScaleLegend } from '../chart/ScaleLegend';
import { fillFor, indexColour } from '../chart/colourScale';
import { useI18n } from '../i18n/useI18n';
import type { MapEntry } from '../map/mapValues';
import { WorldMap } from '../map/WorldMap';
import { SelectField } from '../ui/SelectField';
import { Swatch } from '../ui/Swatch';
import { YearSelect } from '../ui/YearSelect';
import { SHARE_MEASURES, shareMapEntries, type ShareMeasure } from './instrumentSeries';
import '../map/map.css';

interface InstrumentMapSectionProps {
  data: InstrumentsAnalyticsResponse;
  grouping: GroupingResponse;
  source: ExportSource;
}

/** One share, one year, on the map: each member country in its region's colour. */
export function InstrumentMapSection({ data, grouping, source }: InstrumentMapSectionProps) {
  const { t } = useI18n();
  const headingId = useId();
  const pictureRef = useRef<HTMLDivElement>(null);
  const [measure, setMeasure] = useState<ShareMeasure>('withAgreement');
  const [year, setYear] = useState(data.to);
  const shownYear = Math.min(Math.max(year, data.from), data.to);
  const entries = useMemo(
    () => shareMapEntries(data.series, grouping.regions, shownYear, measure),
    [data.series, grouping.regions, shownYear, measure],
  );
  const measureName = t(`instMeasure_${measure}`);
  const title = t('instDashMap', { measure: measureName, year: shownYear });
  const describe = useMapDescription(entries, grouping);
  const years = Array.from({ length: data.to - data.from + 1 }, (_, i) => data.from + i);

  return (
    <section className="analytics-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="chart-description">{t('instDashMapText')}</p>
      <div className="chart-heading">
        <SelectField
          label={t('instMapMeasure')}
          value={measure}
          options={SHARE_MEASURES.map((m) => ({ value: m, label: t(`instMeasure_${m}`) }))}
          onChange={(next) => {
            setMeasure(next as ShareMeasure);
          }}
        />
        <YearSelect label={t('instMapYear')} value={shownYear} years={years} onChange={setYear} />
        <ChartDownloadMenu
          howToRead="chartHelpInstrumentMap"
          chart={pictureRef}
          title={title}
          source={{ ...source, name: [...source.name, 'map'] }}
        />
      </div>
      <div ref={pictureRef} className="chart-picture" data-testid="instrument-map">
        <WorldMap
          entries={entries}
          fillOf={(cell) => fillFor(cell, 'overall')}
          label={title}
          emphasised={null}
          describe={describe}
          hrefOf={() => null}
        />
        <InstrumentMapKey />
      </div>
    </section>
  );
}

/** What the map's tooltip says of an area: the country, its region and the region's share. */
function useMapDescription(entries: ReadonlyMap<string, MapEntry>, grouping: GroupingResponse) {
  const { t, localize, format } = useI18n();
  const countryName = useCountryName();
  return useCallback(
    (iso3: string | null, atlasName: string) => {
      const name = iso3 ? countryName(iso3) : atlasName;
      const entry = iso3 ? entries.get(iso3) : undefined;
      if (!entry) return t('mapTooltipOutside', { country: name });
      const region = grouping.regions.find((r) => r.code === entry.region);
      const { cell } = entry;
      const value =
        cell.state === 'value'
          ? format.percent(cell.value / 100)
          : cell.state === 'withheld'
            ? t('withheldShort')
            : '—';
      return t('instMapTooltip', { country: name, region: region ? localize(region.name) : '', value });
    },
    [countryName, entries, grouping, t, localize, format],
  );
}

/** The map's key: the 0–100 % ramp, the patterns of what has no figure, and the countries outside. */
function InstrumentMapKey() {
  const { t } = useI18n();
  return (
    <div className="map-legend">
      <ScaleLegend title={t('instMapScale')} emptyLabel={t('instMapNoValue')} />
      <ul className="inline-legend">
        <li>
          <Swatch colour={indexColour(60)} pattern="regionValue" />
          {t('instMapRegionValue')}
        </li>
        <li>
          <Swatch colour="#f2f2f2" />
          {t('mapOutside')}
        </li>
      </ul>
    </div>
  );
}

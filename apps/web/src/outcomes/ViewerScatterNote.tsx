import { intlLocale, type MaturityVsOutcomesResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import type { RegionReference } from './regionReference';

interface ViewerScatterNoteProps {
  data: MaturityVsOutcomesResponse;
  /** The reader's own country. */
  country: string;
  countryName: (iso3: string) => string;
  regionName: string;
  reference: RegionReference | null;
  metricLabel: string;
  formatValue: (value: number) => string;
  /** The reference's value: an average per country (one decimal) or a rate. */
  formatReference: (value: number) => string;
}

/** What a national user sees: their country's point, and their region as a whole beside it (or why not). */
export function ViewerScatterNote(props: ViewerScatterNoteProps) {
  const { data, country, countryName, regionName, reference, metricLabel, formatValue, formatReference } = props;
  const { t, lang, format } = useI18n();
  const own = data.points.find((p) => p.country === country);
  if (!own || own.value === null) return null;
  const params = {
    country: countryName(country),
    overall: format.index(own.overall),
    value: formatValue(own.value),
    metric: metricLabel.toLocaleLowerCase(intlLocale(lang)),
    year: data.year,
    region: regionName,
  };
  const text =
    reference === null
      ? t('scatterViewerWithheld', params)
      : t(data.metric === 'hitRate' ? 'scatterViewerRate' : 'scatterViewerCount', {
          ...params,
          refOverall: format.index(reference.overall),
          refValue: formatReference(reference.value),
        });
  return (
    <p className="chart-description" data-testid="scatter-viewer-note">
      {text}
    </p>
  );
}

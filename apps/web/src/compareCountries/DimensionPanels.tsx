import type { Ref } from 'react';
import { DIMENSIONS, type ComparedCountry, type Dimension } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { useDimensionLabel } from '../profile/useDimensionLabel';
import type { SeriesStyle } from './seriesStyle';

export interface StyledCountry {
  compared: ComparedCountry;
  name: string;
  style: SeriesStyle;
}

interface DimensionPanelsProps {
  countries: readonly StyledCountry[];
  chartRef?: Ref<HTMLDivElement>;
  label: string;
}

/**
 * Small multiples, one panel per dimension: a bar per country (its newest score) in its colour, and a
 * black tick at the mean of its region in the same year, so each country reads against both the others
 * and its region.
 */
export function DimensionPanels({ countries, chartRef, label }: DimensionPanelsProps) {
  const dimensionLabel = useDimensionLabel();
  return (
    <div ref={chartRef} className="compare-dimensions" role="group" aria-label={label} data-testid="compare-dimensions">
      {DIMENSIONS.map((dimension) => (
        <figure key={dimension} className="compare-dimension" data-dimension={dimension}>
          <figcaption className="compare-dimension-title">{dimensionLabel(dimension)}</figcaption>
          <ul className="compare-bars">
            {countries.map((country) => (
              <BarRow key={country.compared.country.iso3} country={country} dimension={dimension} />
            ))}
          </ul>
        </figure>
      ))}
    </div>
  );
}

function BarRow({ country, dimension }: { country: StyledCountry; dimension: Dimension }) {
  const { t, format } = useI18n();
  const figures = country.compared.dimensions.find((d) => d.dimension === dimension);
  const score = figures?.score ?? null;
  const mean = figures?.regionMean ?? null;
  const meanText = mean === null ? '' : `; ${t('compareRegionMean')} ${format.index(mean)}`;
  return (
    <li className="compare-bar-row" title={`${country.name}: ${score === null ? '—' : format.index(score)}${meanText}`}>
      <span className="compare-bar-name">{country.compared.country.iso3}</span>
      <span className="compare-bar-track">
        {score !== null && (
          <span className="compare-bar" style={{ inlineSize: `${String(score)}%`, background: country.style.colour }} />
        )}
        {mean !== null && (
          <span className="compare-bar-mean" style={{ insetInlineStart: `${String(mean)}%` }} aria-hidden="true" />
        )}
      </span>
      <span className="compare-bar-value">{score === null ? '—' : format.index(score)}</span>
    </li>
  );
}

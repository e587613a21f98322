import { useId, useRef, type ReactNode, type RefObject } from 'react';
import type { ExportSource } from '../api/exportSource';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import type { ChartHelpKey } from '../i18n/chartHelp.en';
import type { KeyEntry } from '../export/chartKey';
import { useI18n } from '../i18n/useI18n';
import { TableToggle } from '../ui/TableToggle';
import { ComparedGaps } from './ComparedGaps';
import { ComparisonTable } from './ComparisonTable';
import { DimensionPanels, type StyledCountry } from './DimensionPanels';
import { DimensionTable, SeriesLegend, TrajectoryTable } from './FigureTables';
import { TrajectoriesChart, type TrajectoryLine } from './TrajectoriesChart';

interface CompareSectionsProps {
  countries: readonly StyledCountry[];
  from: number;
  to: number;
  source: ExportSource;
}

/** The comparison: trajectories, dimensions against the regions, the table of figures and the gaps. */
export function CompareSections({ countries, from, to, source }: CompareSectionsProps) {
  const { t } = useI18n();
  const keyEntries: KeyEntry[] = countries.map(({ name, style }) => ({
    label: name,
    colour: style.colour,
    mark: 'dot',
  }));
  return (
    <>
      <TrajectoriesSection countries={countries} from={from} to={to} source={source} keyEntries={keyEntries} />
      <ChartSection<HTMLDivElement>
        howToRead="chartHelpCompareDimensions"
        title={t('compareDimensionsTitle')}
        source={source}
        keyEntries={keyEntries}
      >
        {(ref) => (
          <>
            <p className="chart-description">{t('compareDimensionsDescription')}</p>
            <SeriesLegend countries={countries} />
            <DimensionPanels countries={countries} chartRef={ref} label={t('compareDimensionsTitle')} />
            <TableToggle subject={t('compareDimensionsTitle')} testId="compare-dimensions-table">
              <DimensionTable countries={countries} />
            </TableToggle>
          </>
        )}
      </ChartSection>
      <section className="analytics-section">
        <ComparisonTable countries={countries} caption={t('compareTableTitle')} />
      </section>
      <section className="analytics-section">
        <h2>{t('compareGapsTitle')}</h2>
        <ComparedGaps countries={countries} />
      </section>
    </>
  );
}

/** Each country's counted assessments within the period, as a line. */
function linesOf(countries: readonly StyledCountry[], from: number, to: number): TrajectoryLine[] {
  return countries.map(({ compared, name, style }) => ({
    iso3: compared.country.iso3,
    name,
    style,
    points: compared.trajectory.flatMap((p) =>
      p.overall !== null && p.year >= from && p.year <= to
        ? [{ year: p.year, overall: p.overall, validated: p.status === 'validated' }]
        : [],
    ),
  }));
}

function TrajectoriesSection({
  countries,
  from,
  to,
  source,
  keyEntries,
}: CompareSectionsProps & { keyEntries: KeyEntry[] }) {
  const { t } = useI18n();
  const lines = linesOf(countries, from, to);
  // The axis spans the years with an assessment in the period, not the empty years around them.
  const drawn = lines.flatMap((line) => line.points.map((p) => p.year));
  const years = drawn.length > 0 ? drawn : [from, to];
  return (
    <ChartSection<SVGSVGElement>
      howToRead="chartHelpCompareTrajectories"
      title={t('compareTrajectoriesTitle')}
      source={source}
      keyEntries={keyEntries}
    >
      {(ref) => (
        <>
          <p className="chart-description">{t('compareTrajectoriesDescription')}</p>
          <SeriesLegend countries={countries} />
          <div className="compare-chart-scroll">
            <TrajectoriesChart
              lines={lines}
              from={Math.min(...years)}
              to={Math.max(...years)}
              label={t('compareTrajectoriesTitle')}
              svgRef={ref}
            />
          </div>
          <TableToggle subject={t('compareTrajectoriesTitle')} testId="compare-trajectories-table">
            <TrajectoryTable countries={countries} from={from} to={to} />
          </TableToggle>
        </>
      )}
    </ChartSection>
  );
}

interface ChartSectionProps<E extends Element> {
  title: string;
  source: ExportSource;
  keyEntries: KeyEntry[];
  howToRead: ChartHelpKey;
  children: (ref: RefObject<E | null>) => ReactNode;
}

/** A chart under its title with the download menu every chart has (PNG, SVG, CSV, XLSX). */
function ChartSection<E extends Element>({ title, source, keyEntries, howToRead, children }: ChartSectionProps<E>) {
  const titleId = useId();
  const ref = useRef<E>(null);
  return (
    <section className="analytics-section" aria-labelledby={titleId}>
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu howToRead={howToRead} chart={ref} title={title} source={source} keyEntries={keyEntries} />
      </div>
      {children(ref)}
    </section>
  );
}

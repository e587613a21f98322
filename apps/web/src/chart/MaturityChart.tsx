import { ALL_REGIONS } from '@cpc/domain';
import { useId, useRef, useState, type RefObject } from 'react';
import type { ExportSource } from '../api/exportSource';
import { useI18n } from '../i18n/useI18n';
import type { ChartModel } from './chartModel';
import type { KeyEntry } from '../export/chartKey';
import type { I18n } from '../i18n/I18nContext';
import { ALL_MEMBERS_STYLE, regionStyle } from './regionStyle';
import { regionKey, type StyledRegion } from './styledRegions';
import { MaturityPlot } from './MaturityPlot';
import { ChartDownloadMenu } from './ChartDownloadMenu';
import { ChartLegend } from './ChartLegend';

interface MaturityChartProps {
  model: ChartModel;
  regions: readonly StyledRegion[];
  showBand: boolean;
  showAllMembers: boolean;
  updating: boolean;
  title: string;
  axisLabel: string;
  /** The resource the figures come from, for the download menu. */
  source: ExportSource;
}

export function MaturityChart(props: MaturityChartProps) {
  const { model, regions, showBand, showAllMembers, updating, title, axisLabel, source } = props;
  const titleId = useId();
  const descriptionId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const activeHighlight = regions.some((r) => r.code === highlighted) ? highlighted : null;
  const drawAllMembers = showAllMembers && model.allMembers !== null;
  // Six overlapping bands read as one mass: by default only the highlighted region's band is drawn, every
  // region's only when asked for. National users get no quartiles: no band, and no word of one in the key.
  const drawBand = model.orderStatistics && (showBand || activeHighlight !== null);

  const drawnCodes = [...regions.map((r) => r.code), ...(drawAllMembers ? [ALL_REGIONS] : [])];
  const caption = { title, titleId, descriptionId, plotRef, source, regions, drawAllMembers, drawBand, axisLabel };

  return (
    <figure
      className="maturity-chart"
      data-testid="maturity-chart"
      data-regions={drawnCodes.join(',')}
      data-band={drawBand}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      aria-busy={updating}
    >
      <MaturityChartCaption {...caption} />
      <p className="axis-label">{axisLabel}</p>
      <MaturityPlot
        plotRef={plotRef}
        model={model}
        regions={regions}
        drawBand={drawBand}
        drawAllMembers={drawAllMembers}
        highlighted={activeHighlight}
        title={title}
      />
      <ChartLegend
        regions={regions}
        showAllMembers={drawAllMembers}
        showBand={drawBand}
        bandAvailable={model.orderStatistics}
        highlighted={activeHighlight}
        onHighlight={setHighlighted}
      />
    </figure>
  );
}

interface MaturityChartCaptionProps {
  title: string;
  titleId: string;
  descriptionId: string;
  plotRef: RefObject<HTMLDivElement | null>;
  source: ExportSource;
  regions: readonly StyledRegion[];
  drawAllMembers: boolean;
  drawBand: boolean;
  axisLabel: string;
}

/** The chart's key for its picture: the regions, all members, and what hollow markers and bands mean. */
function maturityKey(props: MaturityChartCaptionProps, { t, localize }: I18n): KeyEntry[] {
  const { regions, drawAllMembers, drawBand } = props;
  const colour = (regions[0]?.style ?? regionStyle(0)).colour;
  return [
    ...regionKey(regions, localize),
    ...(drawAllMembers ? [{ label: t('allMembers'), colour: ALL_MEMBERS_STYLE.colour, mark: 'dashed' as const }] : []),
    { label: t('legendLowCoverage'), colour, mark: 'ring' },
    ...(drawBand ? [{ label: t('legendBand'), colour, mark: 'band' as const }] : []),
  ];
}

/** The chart's title, download menu and description. */
function MaturityChartCaption(props: MaturityChartCaptionProps) {
  const { title, titleId, descriptionId, plotRef, source, axisLabel } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const keyEntries = maturityKey(props, i18n);
  return (
    <figcaption>
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu
          howToRead="chartHelpMaturity"
          chart={plotRef}
          title={title}
          source={source}
          keyEntries={keyEntries}
          axisTitles={{ x: t('year'), y: axisLabel }}
        />
      </div>
      <p id={descriptionId} className="chart-description">
        {t('chartDescription')}
      </p>
    </figcaption>
  );
}

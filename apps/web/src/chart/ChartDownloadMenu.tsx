import type { RefObject } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ExportSource } from '../api/exportSource';
import { metaQuery } from '../api/metaQuery';
import { methodologyInAddress } from '../methodology/shownMethodology';
import type { ChartFormat } from '../export/chartDownloads';
import type { KeyEntry } from '../export/chartKey';
import type { AxisTitles } from '../export/serializeChart';
import { useI18n } from '../i18n/useI18n';
import { MenuButton } from '../ui/MenuButton';
import { useProtectedFigures } from '../disclosure/protectedFigures';
import { useProtectedFiguresNote } from '../disclosure/ProtectedFiguresNotice';
import { useDownloadStatus } from '../ui/useDownloadStatus';
import type { ChartHelpKey } from '../i18n/chartHelp.en';
import { HowToRead } from './HowToRead';

const FORMATS = [
  { format: 'png', label: 'chartDownloadPng' },
  { format: 'svg', label: 'chartDownloadSvg' },
  { format: 'csv', label: 'chartDownloadCsv' },
  { format: 'xlsx', label: 'chartDownloadXlsx' },
  { format: 'zip', label: 'chartDownloadZip' },
] as const satisfies readonly { format: ChartFormat; label: string }[];

interface ChartDownloadMenuProps {
  /** The chart as drawn: its <svg>, the element recharts draws in, or an HTML chart. */
  chart: RefObject<Element | null>;
  /** Names the chart in the button, and heads the picture. */
  title: string;
  /** The API resource the chart reads, with the page's query: its CSV or XLSX holds the figures drawn. */
  source: ExportSource;
  /** The chart's key, drawn under the picture, where the page shows it beside the chart rather than in it. */
  keyEntries?: readonly KeyEntry[];
  /** The titles of the chart's axes that the page shows outside the chart's drawing, for the picture. */
  axisTitles?: AxisTitles;
  /** The chart's "how to read this chart" text, shown beside the menu: required, so that no chart goes without. */
  howToRead: ChartHelpKey;
}

/**
 * The download menu of every chart: the chart as a picture (PNG, SVG), or its figures (CSV, XLSX), after its
 * "how to read this chart". Both stay outside the chart's element, so the picture holds neither.
 */
export function ChartDownloadMenu(props: ChartDownloadMenuProps) {
  const { chart, title, source, keyEntries, axisTitles, howToRead } = props;
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  // A picture says which methodology its figures follow and whether they are synthetic, as the API's files do:
  // the version its resource asks for, else the default the API applies to it.
  const meta = async () => {
    const installation = await queryClient.query(metaQuery());
    const asked = methodologyInAddress(source.path.slice(source.path.indexOf('?') + 1));
    return { ...installation, methodologyVersion: asked ?? installation.methodologyVersion };
  };
  const { run, text, failed } = useDownloadStatus();
  // A picture of protected figures travels with their explanation (the API's XLSX carries it in its metadata).
  const protectedNote = useProtectedFiguresNote();
  const note = useProtectedFigures() ? protectedNote : undefined;
  const download = (format: ChartFormat) => {
    run(async () => {
      // The drawing and download code is loaded on the first download only.
      const { downloadChart } = await import('../export/chartDownloads');
      const picture = { keyEntries, axisTitles, note, meta };
      await downloadChart(format, { element: chart.current, title, source, lang, ...picture });
    });
  };

  return (
    <div className="chart-download">
      <div className="chart-tools">
        <HowToRead text={howToRead} subject={title} />
        <MenuButton
          testId="chart-download"
          actions={FORMATS.map(({ format, label }) => ({
            key: format,
            label: t(label),
            onSelect: () => {
              download(format);
            },
          }))}
        >
          {t('chartDownload')}
          <span className="visually-hidden">: {title}</span>
        </MenuButton>
      </div>
      <p className={failed ? 'download-status field-error' : 'download-status'} aria-live="polite">
        {text}
      </p>
    </div>
  );
}

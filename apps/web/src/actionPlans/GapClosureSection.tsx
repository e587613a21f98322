import { useId, useRef } from 'react';
import { ALL_REGIONS, type GapClosureResponse } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { WITHHELD, valueCell } from '../analytics/cells';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { useI18n } from '../i18n/useI18n';
import { CellText } from '../ui/CellText';
import { Swatch } from '../ui/Swatch';
import { TableToggle } from '../ui/TableToggle';
import { closureBars, type ClosureBar } from './actionsSeries';
import { CLOSURE_PARTS, ClosureChart } from './ClosureChart';

interface GapClosureSectionProps {
  data: GapClosureResponse;
  region: string;
  regionName: string;
  source: ExportSource;
}

/** Which gaps close at the next assessment, with and without an action, under its caveat: few cases, not causal. */
export function GapClosureSection({ data, region, regionName, source }: GapClosureSectionProps) {
  const { t, localize } = useI18n();
  const titleId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const title = t('actionsDashClosureTitle', { region: regionName });
  const bars = closureBars(data.items, region);
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="gap-closure">
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        {bars.length > 0 && (
          <ChartDownloadMenu
            howToRead="chartHelpGapClosure"
            chart={plotRef}
            title={title}
            source={{ ...source, name: [...source.name, region === ALL_REGIONS ? 'all' : region] }}
            keyEntries={CLOSURE_PARTS.map((p) => ({ label: t(p.label), colour: p.colour }))}
            axisTitles={{ x: t('actionsDashColGaps'), y: t('actionsDashColItem') }}
          />
        )}
      </div>
      <div className="notice notice-warning actions-caveat" role="note" data-testid="gap-closure-caveat">
        <h3>{t('actionsDashClosureCaveat')}</h3>
        <p>{localize(data.caveat)}</p>
      </div>
      <p className="chart-description">{t('actionsDashClosureText', { from: data.from, to: data.to })}</p>
      {bars.length === 0 ? (
        <p className="muted">{t('actionsDashClosureEmpty')}</p>
      ) : (
        <>
          <ul className="inline-legend">
            {CLOSURE_PARTS.map((part) => (
              <li key={part.key}>
                <Swatch colour={part.colour} />
                {t(part.label)}
              </li>
            ))}
          </ul>
          <ClosureChart bars={bars} label={title} plotRef={plotRef} />
          <TableToggle subject={title}>
            <ClosureTableView bars={bars} caption={title} />
          </TableToggle>
        </>
      )}
    </section>
  );
}

function ClosureTableView({ bars, caption }: { bars: readonly ClosureBar[]; caption: string }) {
  const { t } = useI18n();
  const columns = [
    'actionsDashColGaps',
    'actionsDashColClosedWith',
    'actionsDashColClosedWithout',
    'actionsDashColStillOpen',
  ] as const;
  return (
    <table className="data-table compact-table" data-testid="gap-closure-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('actionsDashColItem')}</th>
          {columns.map((c) => (
            <th key={c} scope="col" className="numeric">
              {t(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.code} data-item={bar.code}>
            <th scope="row">{bar.code}</th>
            {[bar.gaps, bar.withAction, bar.withoutAction, bar.stillOpen].map((value, i) => (
              <td key={i} className="numeric">
                <CellText cell={bar.withheld ? WITHHELD : valueCell(value)} as="count" />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useId, useRef, useState } from 'react';
import { ALL_REGIONS, JOINT_UNIT_TYPES, type InstrumentsAnalyticsResponse } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import type { StyledRegion } from '../chart/styledRegions';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { useI18n } from '../i18n/useI18n';
import { SelectField } from '../ui/SelectField';
import { Swatch } from '../ui/Swatch';
import { TableToggle } from '../ui/TableToggle';
import { WithheldText } from '../ui/WithheldText';
import { jointUnitRows, type JointUnitRow } from './instrumentSeries';
import { JointUnitsChart, UNIT_COLOURS } from './JointUnitsChart';

interface JointUnitsSectionProps {
  data: InstrumentsAnalyticsResponse;
  regions: readonly StyledRegion[];
  source: ExportSource;
}

/** The joint units in force by type, stacked, for the whole grouping or one region the reader picks. */
export function JointUnitsSection({ data, regions, source }: JointUnitsSectionProps) {
  const { t, localize } = useI18n();
  const headingId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const [region, setRegion] = useState<string>(ALL_REGIONS);
  const picked = regions.find((r) => r.code === region);
  const regionName = picked ? localize(picked.name) : t('allMembers');
  const rows = jointUnitRows(data.series, region, data.from, data.to);
  const title = t('instDashUnits', { region: regionName, from: data.from, to: data.to });
  const keyEntries = JOINT_UNIT_TYPES.map((type) => ({ label: t(`instUnit_${type}`), colour: UNIT_COLOURS[type] }));
  return (
    <section className="analytics-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="chart-description">{t('instDashUnitsText')}</p>
      <div className="chart-heading">
        <SelectField
          label={t('instDashUnitsRegion')}
          value={region}
          options={[
            { value: ALL_REGIONS, label: t('allMembers') },
            ...regions.map((r) => ({ value: r.code, label: localize(r.name) })),
          ]}
          onChange={setRegion}
        />
        <ChartDownloadMenu
          howToRead="chartHelpJointUnits"
          chart={plotRef}
          title={title}
          source={{ ...source, name: [...source.name, 'joint-units'] }}
          keyEntries={keyEntries}
          axisTitles={{ x: t('instYear'), y: t('instKind_joint_unit') }}
        />
      </div>
      <ul className="inline-legend" data-testid="joint-units-legend">
        {keyEntries.map((entry) => (
          <li key={entry.label}>
            <Swatch colour={entry.colour} />
            {entry.label}
          </li>
        ))}
      </ul>
      <JointUnitsChart rows={rows} label={title} plotRef={plotRef} />
      <TableToggle subject={title}>
        <JointUnitsTable rows={rows} caption={title} />
      </TableToggle>
    </section>
  );
}

function JointUnitsTable({ rows, caption }: { rows: readonly JointUnitRow[]; caption: string }) {
  const { t, format } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table compact-table" data-testid="joint-units-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('instYear')}</th>
            {JOINT_UNIT_TYPES.map((type) => (
              <th key={type} scope="col" className="numeric">
                {t(`instUnit_${type}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {JOINT_UNIT_TYPES.map((type) => {
                const value = row.units[type];
                return (
                  <td key={type} className="numeric" data-type={type}>
                    {row.withheld ? <WithheldText /> : value === null ? '—' : format.count(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

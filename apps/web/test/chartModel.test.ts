import { describe, expect, it } from 'vitest';
import { buildChartModel, interquartileRangeOf, meanOf } from '../src/chart/chartModel';
import { point } from './fixtures';

const series = [
  point({ region: 'ESA', year: 2020, members: 10, assessed: 4, coverage: 0.4, mean: 40, median: 42, p25: 30, p75: 50 }),
  point({ region: 'ESA', year: 2021, members: 10, assessed: 0, coverage: 0 }),
  // ESA has no row at all for 2022.
  point({ region: 'EUR', year: 2020, members: 4, assessed: 3, coverage: 0.75, mean: 60, median: 61, p25: 55, p75: 65 }),
  // A statistic on an empty region must still read as "not assessed".
  point({ region: 'EUR', year: 2021, members: 4, assessed: 0, coverage: 0, mean: 0, median: 0, p25: 0, p75: 0 }),
  point({ region: 'EUR', year: 2022, members: 4, assessed: 4, coverage: 1, mean: 70, median: 71, p25: 65, p75: 75 }),
  point({
    region: 'ALL',
    year: 2020,
    members: 14,
    assessed: 7,
    coverage: 0.5,
    mean: 51.43,
    median: 55,
    p25: 40,
    p75: 61,
  }),
  point({
    region: 'ALL',
    year: 2022,
    members: 14,
    assessed: 4,
    coverage: 4 / 14,
    mean: 70,
    median: 71,
    p25: 65,
    p75: 75,
  }),
  // Outside the requested period: ignored.
  point({ region: 'EUR', year: 2019, members: 4, assessed: 4, coverage: 1, mean: 99 }),
  // Not in the grouping list: appended after the grouping's regions.
  point({ region: 'XYZ', year: 2021, members: 2, assessed: 1, coverage: 0.5, mean: 20, median: 20, p25: 20, p75: 20 }),
];

const groupingRegions = [
  { code: 'EUR', name: { en: 'Europe', fr: 'Europe' } },
  { code: 'ESA', name: { en: 'East and Southern Africa', fr: 'Afrique orientale et australe' } },
  { code: 'WCA', name: { en: 'West and Central Africa', fr: 'Afrique occidentale et centrale' } },
];

describe('buildChartModel', () => {
  const model = buildChartModel({ from: 2020, to: 2022, series }, groupingRegions);

  it('orders regions as the grouping does, excludes ALL, and keeps regions without data', () => {
    expect(model.regions.map((r) => r.code)).toEqual(['EUR', 'ESA', 'WCA', 'XYZ']);
    expect(model.regions[1]?.name.fr).toBe('Afrique orientale et australe');
    expect(model.allMembers?.code).toBe('ALL');
  });

  it('has one row per year of the period, including years without any data', () => {
    expect(model.rows.map((r) => r.year)).toEqual([2020, 2021, 2022]);
  });

  it('turns unassessed and missing region-years into nulls, never zeros', () => {
    expect(model.rows.map(meanOf('ESA'))).toEqual([40, null, null]);
    expect(model.rows.map(meanOf('EUR'))).toEqual([60, null, 70]);
    expect(model.rows.map(meanOf('WCA'))).toEqual([null, null, null]);
    expect(model.rows.map(meanOf('ALL'))).toEqual([51.43, null, 70]);
    expect(model.rows[1]?.stats.EUR).toEqual({
      assessed: 0,
      members: 4,
      coverage: 0,
      mean: null,
      median: null,
      p25: null,
      p75: null,
      lowCoverage: false,
      suppressed: false,
    });
  });

  it('flags a region-year withheld from national users, with no count beside it', () => {
    const withheld = buildChartModel({
      from: 2024,
      to: 2024,
      protected: true,
      series: [point({ region: 'EUR', year: 2024, members: 6, assessed: null, coverage: null, suppressed: true })],
    });
    expect(withheld.rows[0]?.stats.EUR).toMatchObject({
      assessed: null,
      coverage: null,
      members: 6,
      mean: null,
      suppressed: true,
    });
    // A period of withheld cells only is not an empty period.
    expect(withheld.latestAssessedYear).toBeNull();
    expect(withheld.anyWithheld).toBe(true);
  });

  it('has medians and quartiles for analysts, none for national users', () => {
    expect(model.orderStatistics).toBe(true);
    const national = buildChartModel({
      from: 2020,
      to: 2020,
      protected: true,
      series: [point({ region: 'EUR', year: 2020, members: 20, assessed: 12, coverage: 0.6, mean: 61.2 })],
    });
    expect(national.orderStatistics).toBe(false);
    expect(national.rows[0]?.stats.EUR).toMatchObject({ mean: 61.2, median: null, p25: null, p75: null });
    expect(national.rows.map(interquartileRangeOf('EUR'))).toEqual([null]);
  });

  it('gives the interquartile band as [p25, p75]', () => {
    expect(model.rows.map(interquartileRangeOf('ESA'))).toEqual([[30, 50], null, null]);
    expect(model.rows.map(interquartileRangeOf('EUR'))).toEqual([[55, 65], null, [65, 75]]);
  });

  it('flags coverage below 50 % as low, and exactly 50 % as not', () => {
    expect(model.rows[0]?.stats.ESA?.lowCoverage).toBe(true);
    expect(model.rows[0]?.stats.ALL?.lowCoverage).toBe(false);
    expect(model.rows[2]?.stats.ALL?.lowCoverage).toBe(true);
  });

  it('finds the latest year with an assessment', () => {
    expect(model.latestAssessedYear).toBe(2022);
  });

  it('uses the series order when no grouping is known, and reports an empty period', () => {
    const empty = buildChartModel({
      from: 2020,
      to: 2021,
      series: [
        point({ region: 'B', year: 2020, members: 3, assessed: 0, coverage: 0 }),
        point({ region: 'ALL', year: 2020, members: 5, assessed: 0, coverage: 0 }),
        point({ region: 'A', year: 2020, members: 2, assessed: 0, coverage: 0 }),
      ],
    });
    expect(empty.regions.map((r) => r.code)).toEqual(['B', 'A']);
    expect(empty.latestAssessedYear).toBeNull();
    expect(empty.rows.map(meanOf('A'))).toEqual([null, null]);
  });
});

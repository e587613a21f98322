import { useStatsText } from './useStatsText';
import type { RegionYearStats } from './chartModel';

/** A region-year's mean, and its median and interquartile range where the reader may see order statistics. */
export function MeanStatCells({ stats, orderStatistics }: { stats: RegionYearStats; orderStatistics: boolean }) {
  const text = useStatsText();
  return (
    <>
      <td>{text.index(stats.mean)}</td>
      {orderStatistics && (
        <>
          <td>{text.index(stats.median)}</td>
          <td>{text.interquartileRange(stats)}</td>
        </>
      )}
    </>
  );
}

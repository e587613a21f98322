import type { DotItemDotProps } from 'recharts';
import { isChartRow } from './chartModel';
import type { RegionStyle } from './regionStyle';
import { RegionSymbol } from './RegionSymbol';

/**
 * A `dot` renderer for a region's line: the region's symbol, hollow where coverage is low,
 * and nothing in a gap. Dots are always drawn because a year between two gaps has no line segment.
 */
export function renderCoverageDot(regionCode: string, style: RegionStyle, opacity: number) {
  return function CoverageDot({ cx, cy, payload }: DotItemDotProps) {
    const row: unknown = payload;
    const stats = isChartRow(row) ? row.stats[regionCode] : undefined;
    if (cx === undefined || cy === undefined || stats?.mean == null) return null;
    return (
      <RegionSymbol
        cx={cx}
        cy={cy}
        symbol={style.symbol}
        colour={style.colour}
        hollow={stats.lowCoverage}
        opacity={opacity}
      />
    );
  };
}

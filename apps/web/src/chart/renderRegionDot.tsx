import type { DotItemDotProps } from 'recharts';
import type { RegionStyle } from './regionStyle';
import { RegionSymbol } from './RegionSymbol';

/**
 * A `dot` renderer for a region's line: the region's symbol, and nothing in a gap. Dots are always
 * drawn because a year between two gaps has no line segment to show it.
 */
export function renderRegionDot(style: RegionStyle, opacity: number) {
  return function RegionDot({ cx, cy, value }: DotItemDotProps) {
    if (cx === undefined || cy === undefined || typeof value !== 'number') return null;
    return (
      <RegionSymbol
        cx={cx}
        cy={cy}
        symbol={style.symbol}
        colour={style.colour}
        hollow={false}
        size={30}
        opacity={opacity}
      />
    );
  };
}

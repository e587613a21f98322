import { Symbols, type SymbolType } from 'recharts';

const SURFACE_COLOUR = '#ffffff';

interface RegionSymbolProps {
  cx: number;
  cy: number;
  symbol: SymbolType;
  colour: string;
  /** Drawn hollow: the value rests on fewer than half of the region's members. */
  hollow: boolean;
  size?: number;
  opacity?: number;
}

export function RegionSymbol({ cx, cy, symbol, colour, hollow, size = 56, opacity = 1 }: RegionSymbolProps) {
  return (
    <Symbols
      cx={cx}
      cy={cy}
      type={symbol}
      size={size}
      fill={hollow ? SURFACE_COLOUR : colour}
      stroke={colour}
      strokeWidth={hollow ? 2 : 1}
      opacity={opacity}
    />
  );
}

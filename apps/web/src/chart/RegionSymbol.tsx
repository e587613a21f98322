import { symbolPath, type SymbolShape } from './symbolPath';

const SURFACE_COLOUR = '#ffffff';

interface RegionSymbolProps {
  cx: number;
  cy: number;
  symbol: SymbolShape;
  colour: string;
  /** Drawn hollow: the value rests on fewer than half of the region's members. */
  hollow: boolean;
  /** The marker's area in square pixels. */
  size?: number;
  opacity?: number;
}

export function RegionSymbol({ cx, cy, symbol, colour, hollow, size = 56, opacity = 1 }: RegionSymbolProps) {
  return (
    <path
      className="region-symbol"
      d={symbolPath(symbol, size)}
      transform={`translate(${cx}, ${cy})`}
      fill={hollow ? SURFACE_COLOUR : colour}
      stroke={colour}
      strokeWidth={hollow ? 2 : 1}
      opacity={opacity}
    />
  );
}

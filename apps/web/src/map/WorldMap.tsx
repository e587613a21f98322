import { useMemo, useState } from 'react';
import type { Cell } from '../analytics/cells';
import { ChartPatterns } from '../chart/ChartPatterns';
import { usePatternIds } from '../chart/patterns';
import type { Fill } from '../chart/colourScale';
import { MapArea, MapMark, type AreaInteraction, type PointAt } from './MapArea';
import type { MapEntry } from './mapValues';
import { MAP_HEIGHT, MAP_WIDTH, smallAreaMarks, worldPaths, type AreaPath } from './worldPaths';

const OWN_BORDER = '#000000';

interface WorldMapProps {
  entries: ReadonlyMap<string, MapEntry>;
  /** How a country's cell is filled: a colour of the scale, or a pattern for no value. */
  fillOf: (cell: Cell) => Fill;
  label: string;
  /** The country whose border is drawn bold (a national user's own). */
  emphasised: string | null;
  /** What the tooltip says of an area. */
  describe: (iso3: string | null, atlasName: string) => string;
  /** The country's profile address, or null when the reader may not open it. */
  hrefOf: (iso3: string) => string | null;
}

interface Hover {
  text: string;
  x: number;
  y: number;
}

/**
 * The choropleth. Small states are drawn as circles at their location; every country the reader may open is a
 * link, reached by Tab in the map's order, with the country table under it as the sortable alternative.
 */
export function WorldMap({ entries, fillOf, label, emphasised, describe, hrefOf }: WorldMapProps) {
  const patterns = usePatternIds();
  const paths = useMemo(() => worldPaths(), []);
  const marks = useMemo(() => smallAreaMarks(), []);
  const [hover, setHover] = useState<Hover | null>(null);

  const pointAt: PointAt = (event, iso3, name) => {
    const box = event.currentTarget.closest('.world-map')?.getBoundingClientRect();
    if (!box) return;
    const at = 'clientX' in event ? event : centreOf(event.currentTarget.getBoundingClientRect());
    setHover({ text: describe(iso3, name), x: at.clientX - box.left, y: at.clientY - box.top });
  };
  const leave = () => {
    setHover(null);
  };
  const on: AreaInteraction = { entries, fillOf, patterns, hrefOf, describe, pointAt, leave };

  return (
    <div className="world-map" onMouseLeave={leave}>
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label={label} data-testid="world-map">
        <ChartPatterns ids={patterns} />
        {paths.map((area) => (
          <MapArea key={area.key} area={area} on={on} />
        ))}
        {emphasised && <OwnBorder paths={paths} iso3={emphasised} />}
        {marks.map((mark) => (
          <MapMark key={mark.key} mark={mark} on={on} />
        ))}
      </svg>
      {hover && (
        <div className="map-tooltip" role="presentation" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          {hover.text}
        </div>
      )}
    </div>
  );
}

function centreOf(rect: DOMRect): { clientX: number; clientY: number } {
  return { clientX: rect.left + rect.width / 2, clientY: rect.top + rect.height / 2 };
}

/** The bold border of the reader's own country, drawn over its neighbours'. */
function OwnBorder({ paths, iso3 }: { paths: readonly AreaPath[]; iso3: string }) {
  return (
    <>
      {paths
        .filter((a) => a.iso3 === iso3)
        .map((a) => (
          <path key={`own-${a.key}`} d={a.d} fill="none" stroke={OWN_BORDER} strokeWidth={1.5} pointerEvents="none" />
        ))}
    </>
  );
}

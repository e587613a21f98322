import { useMemo, useState, type MouseEvent } from 'react';
import type { Cell } from '../analytics/cells';
import { ChartPatterns } from '../chart/ChartPatterns';
import { fillUrl, usePatternIds, type PatternIds } from '../chart/patterns';
import type { Fill } from '../chart/colourScale';
import type { MapEntry } from './mapValues';
import { MAP_HEIGHT, MAP_WIDTH, worldPaths, type AreaPath } from './worldPaths';

/** Areas outside the grouping: present, but plainly not part of the figures. */
const OUTSIDE_FILL = '#f2f2f2';
const BORDER = '#ffffff';
/** Outside areas get a grey outline, or they would vanish into the white page. */
const OUTSIDE_BORDER = '#c4c4c4';
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
  /** Whether a click on the country opens its profile. */
  canOpen: (iso3: string) => boolean;
  onOpen: (iso3: string) => void;
}

interface Hover {
  text: string;
  x: number;
  y: number;
}

/** The choropleth. Keyboard and screen-reader users have the country table under it instead. */
export function WorldMap({ entries, fillOf, label, emphasised, describe, canOpen, onOpen }: WorldMapProps) {
  const patterns = usePatternIds();
  const paths = useMemo(() => worldPaths(), []);
  const [hover, setHover] = useState<Hover | null>(null);

  const onMove = (event: MouseEvent<SVGPathElement>, iso3: string | null, atlasName: string) => {
    const box = event.currentTarget.ownerSVGElement?.parentElement?.getBoundingClientRect();
    if (!box) return;
    setHover({ text: describe(iso3, atlasName), x: event.clientX - box.left, y: event.clientY - box.top });
  };

  return (
    <div
      className="world-map"
      onMouseLeave={() => {
        setHover(null);
      }}
    >
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-label={label} data-testid="world-map">
        <ChartPatterns ids={patterns} />
        {paths.map((area) => (
          <MapArea
            key={area.key}
            area={area}
            entry={area.iso3 ? entries.get(area.iso3) : undefined}
            fillOf={fillOf}
            patterns={patterns}
            canOpen={canOpen}
            onOpen={onOpen}
            onMove={onMove}
          />
        ))}
        {emphasised && <OwnBorder paths={paths} iso3={emphasised} />}
      </svg>
      {hover && (
        <div className="map-tooltip" role="presentation" style={{ left: hover.x + 12, top: hover.y + 12 }}>
          {hover.text}
        </div>
      )}
    </div>
  );
}

interface MapAreaProps {
  area: AreaPath;
  entry: MapEntry | undefined;
  fillOf: (cell: Cell) => Fill;
  patterns: PatternIds;
  canOpen: (iso3: string) => boolean;
  onOpen: (iso3: string) => void;
  onMove: (event: MouseEvent<SVGPathElement>, iso3: string | null, atlasName: string) => void;
}

/** One area: its fill (a colour, or a pattern for no value), hatched when it shows its region's mean. */
function MapArea({ area, entry, fillOf, patterns, canOpen, onOpen, onMove }: MapAreaProps) {
  const fill = entry ? fillOf(entry.cell) : null;
  const colour =
    fill === null
      ? OUTSIDE_FILL
      : fill.kind === 'colour'
        ? fill.colour
        : fillUrl(fill.kind === 'withheld' ? patterns.withheld : patterns.notAssessed);
  const iso3 = area.iso3;
  const clickable = iso3 !== null && entry !== undefined && canOpen(iso3);
  return (
    <g>
      <path
        d={area.d}
        fill={colour}
        stroke={entry ? BORDER : OUTSIDE_BORDER}
        strokeWidth={0.5}
        className={clickable ? 'map-area is-clickable' : 'map-area'}
        data-iso3={iso3 ?? undefined}
        data-state={entry?.cell.state ?? 'outside'}
        data-source={entry?.source}
        onMouseMove={(e) => {
          onMove(e, iso3, area.atlasName);
        }}
        onClick={() => {
          if (clickable) onOpen(iso3);
        }}
      />
      {entry?.source === 'region' && fill?.kind === 'colour' && (
        <path d={area.d} fill={fillUrl(patterns.regionValue)} pointerEvents="none" />
      )}
    </g>
  );
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

/** The marker shapes of the region lines: a second cue besides colour. */
export type SymbolShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'wye';

const { sqrt, sin, cos, PI } = Math;
const TAU = 2 * PI;
const SQRT3 = sqrt(3);
const TAN30 = sqrt(1 / 3);
const STAR_KA = 0.8908130915292852;
const STAR_KR = sin(PI / 10) / sin((7 * PI) / 10);
const STAR_KX = sin(TAU / 10) * STAR_KR;
const STAR_KY = -cos(TAU / 10) * STAR_KR;
const WYE_K = 1 / sqrt(12);
const WYE_A = (WYE_K / 2 + 1) * 3;

type Point = readonly [number, number];

const polygon = (points: readonly Point[]) =>
  `M${points.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`).join('L')}Z`;

function circlePath(area: number): string {
  const r = sqrt(area / PI);
  return `M${r},0A${r},${r},0,1,1,${-r},0A${r},${r},0,1,1,${r},0Z`;
}

function squarePath(area: number): string {
  const h = sqrt(area) / 2;
  return polygon([
    [-h, -h],
    [h, -h],
    [h, h],
    [-h, h],
  ]);
}

function trianglePath(area: number): string {
  const y = -sqrt(area / (SQRT3 * 3));
  return polygon([
    [0, y * 2],
    [-SQRT3 * y, -y],
    [SQRT3 * y, -y],
  ]);
}

function diamondPath(area: number): string {
  const y = sqrt(area / (TAN30 * 2));
  const x = y * TAN30;
  return polygon([
    [0, -y],
    [x, 0],
    [0, y],
    [-x, 0],
  ]);
}

function starPath(area: number): string {
  const r = sqrt(area * STAR_KA);
  const x = STAR_KX * r;
  const y = STAR_KY * r;
  const points: Point[] = [
    [0, -r],
    [x, y],
  ];
  for (let i = 1; i < 5; i++) {
    const a = (TAU * i) / 5;
    const c = cos(a);
    const s = sin(a);
    points.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
  }
  return polygon(points);
}

function wyePath(area: number): string {
  const r = sqrt(area / WYE_A);
  const c = -0.5;
  const s = SQRT3 / 2;
  const [x0, y0] = [r / 2, r * WYE_K];
  const [x1, y1] = [x0, r * WYE_K + r];
  const [x2, y2] = [-x1, y1];
  return polygon([
    [x0, y0],
    [x1, y1],
    [x2, y2],
    [c * x0 - s * y0, s * x0 + c * y0],
    [c * x1 - s * y1, s * x1 + c * y1],
    [c * x2 - s * y2, s * x2 + c * y2],
    [c * x0 + s * y0, c * y0 - s * x0],
    [c * x1 + s * y1, c * y1 - s * x1],
    [c * x2 + s * y2, c * y2 - s * x2],
  ]);
}

/** Each shape's path maker, by name. */
const PATHS: Record<SymbolShape, (area: number) => string> = {
  circle: circlePath,
  square: squarePath,
  triangle: trianglePath,
  diamond: diamondPath,
  star: starPath,
  wye: wyePath,
};

/**
 * The SVG path of a marker of `area` square pixels centred on 0,0: the shapes and areas of d3-shape's
 * symbols, which the recharts chart draws, so hand-drawn charts need not load recharts for their markers.
 */
export function symbolPath(shape: SymbolShape, area: number): string {
  return PATHS[shape](area);
}

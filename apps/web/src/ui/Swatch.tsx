/** A legend's sample of a fill: a colour, or the pattern of "not assessed", "withheld" or a region's value. */
export function Swatch({ colour, pattern }: { colour?: string; pattern?: 'notAssessed' | 'withheld' | 'regionValue' }) {
  const className = pattern ? `swatch swatch-${pattern}` : 'swatch';
  return <span className={className} style={colour ? { backgroundColor: colour } : undefined} aria-hidden="true" />;
}

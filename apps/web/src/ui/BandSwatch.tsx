export function BandSwatch() {
  return (
    <svg className="legend-swatch" width="32" height="16" viewBox="0 0 32 16" aria-hidden="true" focusable="false">
      <rect x="1" y="3" width="30" height="10" fill="#0072B2" fillOpacity="0.2" />
      <line x1="1" y1="8" x2="31" y2="8" stroke="#0072B2" strokeWidth="2" />
    </svg>
  );
}

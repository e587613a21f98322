import { SEQUENTIAL_STOPS } from './colourScale';
import { Swatch } from '../ui/Swatch';
import { useI18n } from '../i18n/useI18n';

const INDEX_TICKS = [0, 25, 50, 75, 100];

interface ScaleLegendProps {
  title: string;
  showWithheld?: boolean;
  /** The values marked under the ramp, from its low end to its high end; the 0–100 index unless given. */
  ticks?: readonly number[];
  /** The ramp in words, for screen readers; the 0–100 scale unless given. */
  description?: string;
  /** What the "no value" pattern stands for; "Not assessed" unless given. */
  emptyLabel?: string;
}

/** The colour ramp, and the patterns of what has no value. */
export function ScaleLegend({
  title,
  showWithheld = true,
  ticks = INDEX_TICKS,
  description,
  emptyLabel,
}: ScaleLegendProps) {
  const { t } = useI18n();
  const gradient = `linear-gradient(to right, ${SEQUENTIAL_STOPS.join(', ')})`;
  const low = ticks[0] ?? 0;
  const span = (ticks[ticks.length - 1] ?? 1) - low || 1;
  return (
    <div className="scale-legend" data-testid="scale-legend">
      <p className="scale-legend-title">{title}</p>
      <div className="scale-ramp" aria-hidden="true" style={{ backgroundImage: gradient }} />
      <div className="scale-ticks" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick} style={{ left: `${((tick - low) / span) * 100}%` }}>
            {tick}
          </span>
        ))}
      </div>
      <p className="visually-hidden">{description ?? t('scaleLegendText')}</p>
      <ul className="inline-legend">
        <li>
          <Swatch pattern="notAssessed" />
          {emptyLabel ?? t('notAssessed')}
        </li>
        {showWithheld && (
          <li>
            <Swatch pattern="withheld" />
            {t('withheldShort')}
          </li>
        )}
      </ul>
    </div>
  );
}
